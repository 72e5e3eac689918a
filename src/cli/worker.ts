/**
 * The worker-thread side of `score --workers N` (run by piscina). Each worker loads the classifier
 * once (cached per options) and scores whole batches, returning their output lines as one string.
 * Failures are returned as values, not thrown, so their codes survive the thread boundary.
 */
import type { Classifier } from '../classifier.js';
import { cachedClassifier } from '../io/classifierCache.js';
import { errorInfo, type ErrorCode } from '../errors.js';
import type { ClassifierOptionsInput } from '../schemas.js';
import type { RawRecord } from './readers.js';
import { encodeOutput, scoreBatch, type BatchOutput, type FieldOptions } from './records.js';

export interface ScoreTask {
  classifier: ClassifierOptionsInput;
  fields: FieldOptions;
  /** Empty for the warm-up task that loads (and so validates) the model. */
  records: RawRecord[];
}

export type ScoreTaskResult = { ok: true; output: BatchOutput } | { ok: false; code: ErrorCode; message: string };

const loadPiscina = () => import('piscina');
let piscinaModule: ReturnType<typeof loadPiscina> | undefined;
const piscina = (): ReturnType<typeof loadPiscina> => (piscinaModule ??= loadPiscina());

export async function scoreTask(task: ScoreTask): Promise<ScoreTaskResult> {
  let classifier: Classifier;
  try {
    classifier = await cachedClassifier(task.classifier);
  } catch (error) {
    return { ok: false, ...errorInfo(error) };
  }
  const output = encodeOutput(scoreBatch(classifier, task.records, task.fields));
  if (task.records.length === 0) output.model = classifier.model; // the warm-up task: which model scores
  // The bytes are transferred, not copied; the main thread writes them as they are.
  const { move, transferableSymbol, valueSymbol } = await piscina();
  const movable = { [transferableSymbol]: [output.text.buffer], [valueSymbol]: { ok: true, output } };
  return move(movable as unknown as ArrayBuffer) as unknown as ScoreTaskResult;
}
