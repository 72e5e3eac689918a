/**
 * Where texts get scored. `workers: 1` scores on the event loop (lowest overhead for short texts);
 * `workers: N` hands work to N piscina worker threads so the event loop keeps accepting, parsing
 * and answering. Requests waiting for a thread are coalesced into tasks (each up to 64 records or
 * 64 K characters, and its share of the queue), so under load one message round trip carries many
 * requests without one thread taking everything while another idles; when the pool is
 * idle a request goes out alone at once. A request cancelled (timed out, client gone)
 * while queued is dropped before it costs any scoring.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClassifier } from '../classifier.js';
import { ThreatframeError } from '../errors.js';
import type { ClassifierOptionsInput, Input, ModelInfo, Result } from '../schemas.js';
import { ApiError } from './errors.js';
import { isFailure, scoreRecords, type RecordOutcome, type ServeTask, type ServeTaskResult } from './worker.js';

/** Set `aborted` when the answer is no longer wanted (timed out, client gone). */
export interface Cancel {
  readonly aborted: boolean;
}

export interface Scorer {
  readonly model: ModelInfo;
  readonly workers: number;
  /** Results in input order; throws the first failing record's error (index named for batches). */
  score(records: Input[], cancel?: Cancel): Promise<Result[]>;
  close(): Promise<void>;
}

const MAX_TASK_RECORDS = 64;
/** ~12 articles of 800 words: a task stays a few tens of milliseconds of work. */
const MAX_TASK_CHARS = 64 * 1024;

/** A part's `records[i]` error, renamed to the index in the whole batch. */
function reindex(error: unknown, offset: number): unknown {
  if (!(error instanceof ThreatframeError) || offset === 0) return error;
  const m = /^records\[(\d+)\]: ([\s\S]*)$/.exec(error.message);
  return m ? new ThreatframeError(error.code, `records[${Number(m[1]) + offset}]: ${m[2]}`) : error;
}

function unwrap(outcomes: RecordOutcome[], batch: boolean): Result[] {
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i] as RecordOutcome;
    if (isFailure(o)) throw new ThreatframeError(o.error.code, batch ? `records[${i}]: ${o.error.message}` : o.error.message);
  }
  return outcomes as Result[];
}

export async function createInlineScorer(classifierOptions: ClassifierOptionsInput): Promise<Scorer> {
  const classifier = await loadClassifier(classifierOptions);
  return {
    model: classifier.model,
    workers: 1,
    score: async (records) => unwrap(scoreRecords(classifier, records), records.length > 1),
    close: async () => classifier.dispose(),
  };
}

const moduleFile = fileURLToPath(import.meta.url);

/** dist/cli.js of the threatframe package this module belongs to (it re-exports `serveTask`). */
export function defaultWorkerFile(): string {
  let dir = dirname(moduleFile);
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'threatframe') return join(dir, 'dist', 'cli.js');
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  throw new ThreatframeError('INVALID_OPTIONS', 'Cannot find the threatframe package root to locate dist/cli.js for worker threads; pass workerFile.');
}

interface Pending {
  records: Input[];
  /** Part of a multi-record request: errors name the record index. */
  batch: boolean;
  chars: number;
  signal: Cancel | undefined;
  resolve: (results: Result[]) => void;
  reject: (error: unknown) => void;
}

const timedOut = (): ApiError => new ApiError(503, 'TIMEOUT', 'The request was not answered within the time limit (--timeout-ms); retry later.', 1);

export async function createPoolScorer(classifierOptions: ClassifierOptionsInput, workers: number, workerFile: string): Promise<Scorer> {
  if (!existsSync(workerFile)) {
    throw new ThreatframeError('INVALID_OPTIONS', `Worker module ${workerFile} does not exist; build the package (npx tsup) or pass workerFile.`);
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ServeTask, ServeTaskResult>({ filename: workerFile, name: 'serveTask', minThreads: workers, maxThreads: workers, idleTimeout: 2 ** 31 - 1 });
  const run = async (records: Input[]): Promise<ServeTaskResult> => {
    try {
      return await pool.run({ classifier: classifierOptions, records });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/serveTask/.test(message)) throw new ThreatframeError('INVALID_OPTIONS', `Worker module ${workerFile} does not export serveTask (a stale build? run npx tsup): ${message}`);
      throw error;
    }
  };
  let model: ModelInfo;
  try {
    // One warm-up per thread, concurrently, so each worker has its model loaded before we are ready.
    const warm = await Promise.all(Array.from({ length: workers }, () => run([])));
    const failed = warm.find((w) => !w.ok);
    if (failed && !failed.ok) throw new ThreatframeError(failed.code, failed.message);
    model = (warm[0] as Extract<ServeTaskResult, { ok: true }>).model;
  } catch (error) {
    await pool.destroy();
    throw error;
  }

  const queue: Pending[] = [];
  let head = 0;
  let tasksInFlight = 0;
  const maxTasksInFlight = workers * 2;

  const dispatch = (batch: Pending[]): void => {
    tasksInFlight++;
    const records = batch.length === 1 ? (batch[0] as Pending).records : batch.flatMap((p) => p.records);
    run(records).then(
      (r) => {
        if (!r.ok) {
          const err = new ThreatframeError(r.code, r.message);
          for (const p of batch) p.reject(err);
          return;
        }
        let offset = 0;
        for (const p of batch) {
          const part = r.outcomes.slice(offset, offset + p.records.length);
          offset += p.records.length;
          try {
            p.resolve(unwrap(part, p.batch));
          } catch (error) {
            p.reject(error);
          }
        }
      },
      (error: unknown) => {
        for (const p of batch) p.reject(error);
      },
    ).finally(() => {
      tasksInFlight--;
      pump();
    });
  };

  const pump = (): void => {
    while (tasksInFlight < maxTasksInFlight && head < queue.length) {
      // Spread what is waiting over the free task slots, so one thread does not take it all while
      // another idles: a task takes its share of the queued requests, within the record/char caps.
      const share = Math.ceil((queue.length - head) / (maxTasksInFlight - tasksInFlight));
      const batch: Pending[] = [];
      let n = 0;
      let chars = 0;
      while (head < queue.length) {
        const p = queue[head] as Pending;
        if (p.signal?.aborted) {
          head++;
          p.reject(timedOut());
          continue;
        }
        if (batch.length > 0 && (batch.length >= share || n + p.records.length > MAX_TASK_RECORDS || chars + p.chars > MAX_TASK_CHARS)) break;
        head++;
        batch.push(p);
        n += p.records.length;
        chars += p.chars;
      }
      if (head === queue.length) {
        queue.length = 0;
        head = 0;
      } else if (head > 1024) {
        queue.splice(0, head);
        head = 0;
      }
      if (batch.length > 0) dispatch(batch);
    }
  };

  const enqueue = (records: Input[], signal: Cancel | undefined, batch: boolean): Promise<Result[]> =>
    new Promise<Result[]>((resolve, reject) => {
      let chars = 0;
      for (const r of records) chars += textLength(r);
      queue.push({ records, batch, chars, signal, resolve, reject });
      pump();
    });

  const textLength = (r: Input): number => (typeof r === 'string' ? r.length : typeof r?.text === 'string' ? r.text.length : 0);

  return {
    model,
    workers,
    async score(records, signal) {
      // A large batch is cut into task-sized parts so every worker takes a share.
      if (records.length <= MAX_TASK_RECORDS) return enqueue(records, signal, records.length > 1);
      const parts: Array<Promise<Result[]>> = [];
      for (let i = 0; i < records.length; i += MAX_TASK_RECORDS) {
        const start = i;
        parts.push(enqueue(records.slice(i, i + MAX_TASK_RECORDS), signal, true).catch((error: unknown) => {
          throw reindex(error, start);
        }));
      }
      return (await Promise.all(parts)).flat();
    },
    async close() {
      await pool.destroy();
    },
  };
}
