/**
 * One classifier per distinct options object inside a process or worker thread: worker tasks carry
 * options, and loading (and verifying) a model once per thread is what keeps batches cheap.
 */
import { loadClassifier, type Classifier } from '../classifier.js';
import type { ClassifierOptionsInput } from '../schemas.js';

const cache = new Map<string, Promise<Classifier>>();

/** The cached classifier for these options; a failed load is forgotten so that a later task retries. */
export function cachedClassifier(options: ClassifierOptionsInput): Promise<Classifier> {
  const key = JSON.stringify(options);
  let c = cache.get(key);
  if (!c) {
    c = loadClassifier(options);
    c.catch(() => cache.delete(key));
    cache.set(key, c);
  }
  return c;
}
