/**
 * Scoring shared by the in-process scorer and the worker threads of `serve --workers N`. The worker
 * side (`serveTask`, run by piscina from the built CLI module) loads the classifier once per options
 * and scores a batch that may hold the records of several requests; each record succeeds or fails on
 * its own, and failures travel as values so their codes survive the thread boundary.
 */
import type { Classifier } from '../classifier.js';
import { cachedClassifier } from '../io/classifierCache.js';
import { errorInfo, type ErrorCode } from '../errors.js';
import type { ClassifierOptionsInput, Input, ModelInfo, Result } from '../schemas.js';

export interface RecordFailure {
  error: { code: ErrorCode; message: string };
}
export type RecordOutcome = Result | RecordFailure;

export interface ServeTask {
  classifier: ClassifierOptionsInput;
  /** Empty for the warm-up task that loads (and so validates) the model in a worker. */
  records: Input[];
}

export type ServeTaskResult =
  | { ok: true; model: ModelInfo; outcomes: RecordOutcome[] }
  | { ok: false; code: ErrorCode; message: string };

export const isFailure = (o: RecordOutcome): o is RecordFailure => 'error' in o;

const failureOf = (error: unknown): RecordFailure['error'] => errorInfo(error);

/** Score each record on its own: one bad record does not fail the others sharing the batch. */
export function scoreRecords(classifier: Classifier, records: readonly Input[]): RecordOutcome[] {
  const out: RecordOutcome[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    try {
      out[i] = classifier.classify(records[i] as Input);
    } catch (error) {
      out[i] = { error: failureOf(error) };
    }
  }
  return out;
}


export async function serveTask(task: ServeTask): Promise<ServeTaskResult> {
  let classifier: Classifier;
  try {
    classifier = await cachedClassifier(task.classifier);
  } catch (error) {
    const f = failureOf(error);
    return { ok: false, code: f.code, message: f.message };
  }
  return { ok: true, model: classifier.model, outcomes: scoreRecords(classifier, task.records) };
}
