/**
 * `threatframe score`: stream records in, one JSON line per record out, in input order.
 *
 * reader (batches of raw records) -> engine (in-process, or a piscina pool of worker threads with a
 * bounded number of batches in flight) -> results awaited in submission order -> sink (waits for
 * "drain"). The reader is only pulled when there is room in flight, so memory stays bounded
 * whatever the input size.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { loadClassifier } from '../classifier.js';
import { ThreatframeError } from '../errors.js';
import type { ClassifierOptionsInput, Result } from '../schemas.js';
import { EXIT, type CliIo } from './io.js';
import { formatFromPath, type ScoreOptions } from './options.js';
import { createProgress } from './progress.js';
import { readRecords, type RawRecord, type ReaderStats } from './readers.js';
import { headOf, internalErrorBatch, modelHeaderLine, scoreBatch, type BatchOutput, type FieldOptions } from './records.js';
import { RecordHasher, ResumeLog, cutOutput, planResume, resumeFileOf, type ResumeIdentity } from './resume.js';
import type { ScoreTask, ScoreTaskResult } from './worker.js';
import { fileSink, lazySink, streamSink, type Sink } from './writer.js';

export interface ScoreRuntime {
  /** The module exporting `scoreTask`, loaded by each worker thread (the built dist/cli.js). */
  workerFile: string;
}

interface Engine {
  run(records: RawRecord[]): Promise<BatchOutput>;
  close(): Promise<void>;
  /** The model that scores (for the --model-header line). */
  model: Result['model'];
}

/** Largest batch handed to one task, in characters of raw record text. */
const BATCH_CHARS = 1 << 20;
/**
 * Heap caps per worker thread, so that N workers stay near the memory of one process. V8 otherwise
 * lets every isolate grow ~48 MB of young space and an old space several times its live set
 * (measured: `--workers 2` on 200k posts, 420 MB RSS uncapped, ~300 MB capped, ~10% more CPU).
 * The old-space cap grows with the record size limit: classifying text takes ~35 MB of heap per
 * MB of text (a 4 MB article peaked at 167 MB).
 */
export function workerHeapLimits(maxRecordBytes: number): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  return { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 + 48 * Math.ceil(maxRecordBytes / (1024 * 1024)) };
}

async function inlineEngine(options: ClassifierOptionsInput, fields: FieldOptions): Promise<Engine> {
  const classifier = await loadClassifier(options);
  return {
    run: (records) => Promise.resolve(scoreBatch(classifier, records, fields)),
    close: async () => classifier.dispose(),
    model: classifier.model,
  };
}

async function poolEngine(options: ClassifierOptionsInput, fields: FieldOptions, workers: number, workerFile: string, maxRecordBytes: number): Promise<Engine> {
  if (workerFile.endsWith('.ts')) {
    throw new ThreatframeError('USAGE', '--workers above 1 needs the built package (dist/cli.js); run `npm run build` first');
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ScoreTask, ScoreTaskResult>({ filename: workerFile, name: 'scoreTask', minThreads: workers, maxThreads: workers, idleTimeout: 30_000, resourceLimits: workerHeapLimits(maxRecordBytes) });
  const call = async (records: RawRecord[]): Promise<BatchOutput> => {
    const r = await pool.run({ classifier: options, fields, records });
    if (!r.ok) throw new ThreatframeError(r.code, r.message);
    return r.output;
  };
  let model: Result['model'] | undefined;
  try {
    model = (await call([])).model; // loads the model in one worker now: a bad --model fails before any output
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  if (model === undefined) {
    await pool.destroy();
    throw new ThreatframeError('INTERNAL', 'the scoring worker did not report its model');
  }
  return {
    model,
    async run(records) {
      try {
        return await call(records);
      } catch (error) {
        if (error instanceof ThreatframeError) throw error;
        // A worker died on this batch (e.g. out of memory): retry record by record, so only the
        // records that kill a worker on their own become error lines.
        const singles = await Promise.all(records.map((rec) => call([rec]).catch((e: unknown) => {
          if (e instanceof ThreatframeError) throw e;
          return internalErrorBatch([rec], e instanceof Error ? e.message : String(e));
        })));
        const parts = singles.map((s) => (typeof s.text === 'string' ? Buffer.from(s.text) : s.text));
        let offset = 0;
        let failed = 0;
        let firstErrorEnd = -1;
        singles.forEach((s, i) => {
          if (firstErrorEnd < 0 && s.failed > 0) firstErrorEnd = offset + (parts[i] as Uint8Array).length;
          offset += (parts[i] as Uint8Array).length;
          failed += s.failed;
        });
        return { text: Buffer.concat(parts), records: records.length, failed, firstErrorEnd };
      }
    },
    close: () => pool.destroy(),
  };
}

function openInput(opts: ScoreOptions, io: CliIo): { source: AsyncIterable<unknown>; totalBytes?: number } {
  if (opts.input === '-') return { source: io.stdin };
  if (!existsSync(opts.input)) throw new ThreatframeError('USAGE', `input file ${opts.input} does not exist (use - to read stdin)`);
  const st = statSync(opts.input);
  if (!st.isFile() && !st.isFIFO()) throw new ThreatframeError('USAGE', `input ${opts.input} is not a file`);
  return { source: createReadStream(opts.input, { highWaterMark: 1 << 20 }), ...(st.isFile() ? { totalBytes: st.size } : {}) };
}

/** What `-o` output is written for: recorded next to it, checked by --resume. */
function identityOf(opts: ScoreOptions, format: string, totalBytes: number | undefined): ResumeIdentity {
  return {
    input: opts.input === '-' ? '-' : resolve(opts.input),
    inputBytes: totalBytes ?? null,
    format,
    textField: opts.textField,
    idField: opts.idField ?? null,
    maxRecordBytes: opts.maxRecordBytes,
    spans: opts.spans,
    modelHeader: opts.modelHeader,
  };
}

const byteLength = (text: string | Uint8Array): number => (typeof text === 'string' ? Buffer.byteLength(text) : text.length);

export async function runScore(opts: ScoreOptions, io: CliIo, runtime: ScoreRuntime): Promise<number> {
  const started = Date.now();
  const format = opts.format ?? (opts.input === '-' ? 'jsonl' : formatFromPath(opts.input) ?? 'jsonl');
  const input = openInput(opts, io);
  const identity = opts.output !== undefined ? identityOf(opts, format, input.totalBytes) : undefined;
  // Checked before the model loads: resuming against another input fails at once and changes nothing.
  const plan = opts.resume && opts.output !== undefined && identity !== undefined ? await planResume(opts.output, identity) : undefined;
  const fields: FieldOptions = {
    textField: opts.textField, precision: opts.precision,
    ...(opts.idField !== undefined ? { idField: opts.idField } : {}),
    ...(opts.modelHeader ? { omitModel: true } : {}),
  };
  const classifierOptions: ClassifierOptionsInput = {
    spans: opts.spans,
    maxLength: Math.min(opts.maxRecordBytes, 100_000_000),
    ...(opts.model !== undefined ? { model: resolve(opts.model) } : {}),
  };
  const engine = opts.workers > 1
    ? await poolEngine(classifierOptions, fields, opts.workers, runtime.workerFile, opts.maxRecordBytes)
    : await inlineEngine(classifierOptions, fields);

  let sink: Sink | undefined;
  const queue: Array<{ task: Promise<BatchOutput>; sha256: string }> = [];
  const stats: ReaderStats = { bytesRead: 0 };
  let progress = createProgress(io.stderr, false, undefined);
  try {
    const skip = plan?.records ?? 0;
    // Said once the records already in the output have been checked against the input.
    const announce = (): void => {
      if (!plan || opts.quiet || (plan.records === 0 && plan.rescored === 0 && plan.partialBytes === 0)) return;
      const notes = [`${plan.records} records already scored`];
      if (plan.rescored > 0) notes.push(`${plan.rescored} lines after the last checkpoint will be scored again`);
      if (plan.partialBytes > 0) notes.push(`dropped a partial last line (${plan.partialBytes} bytes)`);
      io.stderr.write(`threatframe: resuming ${opts.output}: ${notes.join(', ')}\n`);
    };
    if (skip === 0) announce();
    const log = opts.output !== undefined && identity !== undefined ? new ResumeLog(resumeFileOf(opts.output), opts.output, identity, plan?.checkpoints) : undefined;
    // Opened at the first write, so a run that fails before any output (or a resume whose input does
    // not match) leaves an existing -o and its resume record alone.
    sink = opts.output !== undefined
      ? lazySink(async () => {
        const output = opts.output as string;
        if (opts.resume) await cutOutput(output, plan?.keepBytes ?? 0);
        const file = await fileSink(output, opts.resume);
        log?.save();
        return file;
      })
      : streamSink(io.stdout, false);
    progress = createProgress(io.stderr, opts.progress && !opts.quiet, input.totalBytes);

    const maxInFlight = opts.workers > 1 ? opts.workers * 3 : 1;
    let written = 0;
    let failed = 0;
    let stopped = false;
    let skipped = 0;
    let outputBytes = plan?.keepBytes ?? 0;
    let read = 0; // records the reader produced from the first stats.bytesRead bytes
    const sinkOut = sink;
    // --model-header: the header line opens an output that holds no line yet (a resumed output has it).
    let header = opts.modelHeader && outputBytes === 0 ? modelHeaderLine(engine.model) : '';
    const out = {
      write: async (text: string | Uint8Array): Promise<void> => {
        if (header !== '') {
          const line = header;
          header = '';
          await sinkOut.write(line);
          outputBytes += Buffer.byteLength(line);
        }
        await sinkOut.write(text);
      },
      close: async (): Promise<void> => {
        if (header !== '' && !stopped) await out.write(''); // no record at all: the header alone
        await sinkOut.close();
      },
      get error(): Error | undefined {
        return sinkOut.error;
      },
    };
    const hasher = new RecordHasher();
    const emitNext = async (): Promise<void> => {
      const entry = queue.shift() as { task: Promise<BatchOutput>; sha256: string };
      const batch = await entry.task;
      if (opts.failFast && batch.failed > 0) {
        const { head, lines } = headOf(batch.text, batch.firstErrorEnd >= 0 ? batch.firstErrorEnd : batch.text.length);
        await out.write(head);
        written += lines;
        failed += 1;
        stopped = true;
        return;
      }
      await out.write(batch.text);
      written += batch.records;
      failed += batch.failed;
      outputBytes += byteLength(batch.text);
      log?.add({ records: skip + written, bytes: outputBytes, sha256: entry.sha256 });
      progress.update(skip + written, read, stats.bytesRead);
    };
    const dispatch = async (records: RawRecord[]): Promise<void> => {
      const task = engine.run(records);
      task.catch(() => {}); // awaited in order below; this only silences the early-rejection warning
      queue.push({ task, sha256: hasher.digest() });
      while (queue.length >= maxInFlight && !stopped) await emitNext();
    };

    let pending: RawRecord[] = [];
    let pendingChars = 0;
    const reader = readRecords(input.source, {
      format, maxRecordBytes: opts.maxRecordBytes, textField: opts.textField, stats,
      ...(opts.idField !== undefined ? { idField: opts.idField } : {}),
    });
    let readError: unknown;
    let mismatch: ThreatframeError | undefined;
    try {
      outer: for await (const records of reader) {
        read += records.length;
        for (const rec of records) {
          hasher.add(rec);
          if (skipped < skip) {
            skipped++;
            if (skipped === skip) {
              if (hasher.digest() !== plan?.sha256) {
                mismatch = new ThreatframeError('USAGE', `--resume: the first ${skip} records of ${opts.input === '-' ? 'stdin' : opts.input} are not the records ${opts.output} holds (their sha256 differs from the one recorded in ${basename(resumeFileOf(opts.output as string))}); it is not the output of this input. Nothing was appended; score again without --resume.`);
                break outer;
              }
              announce();
            }
            continue;
          }
          pending.push(rec);
          pendingChars += rec.kind === 'json' ? rec.raw.length : rec.kind === 'text' ? rec.text.length : 0;
          if (pending.length >= opts.batchSize || pendingChars >= BATCH_CHARS) {
            await dispatch(pending);
            pending = [];
            pendingChars = 0;
            if (stopped) break outer;
          }
        }
      }
    } catch (error) {
      // The input failed part way (e.g. CSV that cannot be parsed further): still write every
      // record read before the failure, then report it.
      if (out.error) throw error;
      readError = error;
    }
    if (mismatch) throw mismatch;
    if (skipped < skip && readError === undefined) {
      throw new ThreatframeError('USAGE', `--resume: ${opts.output} already has ${skip} lines but the input has only ${skipped} records; it is not the output of this input (nothing was appended)`);
    }
    if (pending.length > 0 && !stopped) await dispatch(pending);
    while (queue.length > 0 && !stopped) await emitNext();
    if (readError !== undefined && written === 0 && skip === 0) throw readError; // nothing written: leave -o untouched
    await out.close();
    if (readError !== undefined) throw readError;
    progress.update(skip + written, read, stats.bytesRead);
    progress.stop();

    if (!opts.quiet) {
      const seconds = (Date.now() - started) / 1000;
      const rate = written / Math.max(seconds, 1e-3);
      const scored = written - failed;
      const parts = [`threatframe: ${written} records in ${seconds.toFixed(1)} s (${rate.toFixed(0)}/s)${skip > 0 ? ` after ${skip} already in ${opts.output}` : ''}: ${scored} scored`];
      if (failed > 0) parts.push(`${failed} failed: their lines hold "error" and the input "line"${stopped ? '; stopped at the first (--fail-fast)' : ''}`);
      io.stderr.write(parts.join(', ') + '\n');
    }
    return failed > 0 ? EXIT.FAILED : EXIT.OK;
  } catch (error) {
    progress.stop();
    if (sink?.error && (sink.error as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.FAILED;
    throw error;
  } finally {
    await Promise.allSettled(queue.map((q) => q.task));
    await engine.close();
  }
}
