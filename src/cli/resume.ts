/**
 * `score -o FILE --resume`: continue a killed run, and only the run that FILE belongs to.
 *
 * Output lines are written whole and in input order, so a prefix of FILE is the output of a prefix of
 * the input. Next to FILE, `FILE.resume.json` records what FILE belongs to: the input (resolved path and
 * size), the options that decide what the records are (format, fields, size limit, spans), and
 * checkpoints: after each batch written, the number of records, the bytes of FILE holding their lines,
 * and a sha256 of those input records as read. `--resume` refuses (USAGE, nothing written) when the
 * input or the options differ, or when the first records of the input hash differently from the
 * checkpoint; otherwise it keeps FILE up to the last checkpoint that FILE still holds whole (lines after
 * it, and a partial line from the kill, are scored again) and appends the rest.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import type { RawRecord } from './readers.js';

export interface ResumePoint {
  /** Complete lines = input records already scored (successfully or as error lines). */
  records: number;
  /** Byte length of the file up to and including the last "\n". */
  keepBytes: number;
  /** Bytes after the last "\n" (a partial line), dropped before appending. */
  partialBytes: number;
}

/** Counts newline-terminated lines over a sequence of chunks. */
export class LineCounter {
  lines = 0;
  bytes = 0;
  lastNewlineEnd = 0;

  push(chunk: Uint8Array): void {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = buf.indexOf(10);
    while (pos !== -1) {
      this.lines++;
      this.lastNewlineEnd = this.bytes + pos + 1;
      pos = buf.indexOf(10, pos + 1);
    }
    this.bytes += buf.length;
  }

  point(): ResumePoint {
    return { records: this.lines, keepBytes: this.lastNewlineEnd, partialBytes: this.bytes - this.lastNewlineEnd };
  }
}

/** Where to resume writing `path`; a missing or empty file resumes from the start. */
export async function findResumePoint(path: string): Promise<ResumePoint> {
  if (!existsSync(path) || statSync(path).size === 0) return { records: 0, keepBytes: 0, partialBytes: 0 };
  const counter = new LineCounter();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) counter.push(chunk as Buffer);
  return counter.point();
}

/** Find the resume point and cut a partial last line off the file, ready for appending. */
export async function prepareResume(path: string): Promise<ResumePoint> {
  const point = await findResumePoint(path);
  if (point.partialBytes > 0) await truncate(path, point.keepBytes);
  return point;
}

// ---------------------------------------------------------------------------------------------------
// What an output belongs to.

/** The input and the options that decide which records an output holds, as recorded next to it. */
export const ResumeIdentitySchema = z.strictObject({
  /** Resolved input path, or "-" for stdin. */
  input: z.string(),
  /** Size of the input file in bytes; null for stdin or a pipe. */
  inputBytes: z.number().int().nonnegative().nullable(),
  format: z.string(),
  textField: z.string(),
  idField: z.string().nullable(),
  maxRecordBytes: z.number().int().positive(),
  spans: z.string(),
  /** The output starts with a model header line and its result lines hold no model block (absent: false). */
  modelHeader: z.boolean().default(false),
});
export type ResumeIdentity = z.infer<typeof ResumeIdentitySchema>;

export const CheckpointSchema = z.strictObject({
  /** Input records whose lines are in the output. */
  records: z.number().int().nonnegative(),
  /** Bytes of the output holding exactly those lines. */
  bytes: z.number().int().nonnegative(),
  /** sha256 (hex) of those input records as read (see recordKey). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const ResumeFileSchema = z.strictObject({
  format: z.literal('threatframe-score-resume/1'),
  output: z.string(),
  identity: ResumeIdentitySchema,
  checkpoints: z.array(CheckpointSchema).min(1),
});
export type ResumeFile = z.infer<typeof ResumeFileSchema>;

/** The sidecar of an output file. */
export function resumeFileOf(output: string): string {
  return `${output}.resume.json`;
}

/** What a record contributes to the checkpoint hash: its kind, line and content (or error code). */
export function recordKey(rec: RawRecord): string {
  if (rec.kind === 'json') return `j${rec.line}\u0000${rec.raw}\u0001`;
  if (rec.kind === 'text') return `t${rec.line}\u0000${rec.id ?? ''}\u0000${rec.text}\u0001`;
  return `e${rec.line}\u0000${rec.id ?? ''}\u0000${rec.error.code}\u0001`;
}

/** A running sha256 over the records read so far. */
export class RecordHasher {
  private readonly hash: Hash = createHash('sha256');
  count = 0;

  add(rec: RawRecord): void {
    this.hash.update(recordKey(rec), 'utf8');
    this.count++;
  }

  /** The hash of every record added so far (the running hash goes on). */
  digest(): string {
    return this.hash.copy().digest('hex');
  }
}

export const EMPTY_SHA256 = createHash('sha256').digest('hex');

/** Checkpoints kept in the sidecar: the first (nothing written) and the most recent ones. */
const KEEP_CHECKPOINTS = 64;

/** The sidecar, rewritten atomically (write + rename) after every batch written to the output. */
export class ResumeLog {
  private readonly checkpoints: Checkpoint[];

  constructor(
    private readonly path: string,
    private readonly output: string,
    private readonly identity: ResumeIdentity,
    checkpoints: readonly Checkpoint[] = [{ records: 0, bytes: 0, sha256: EMPTY_SHA256 }],
  ) {
    this.checkpoints = [...checkpoints];
  }

  add(checkpoint: Checkpoint): void {
    this.checkpoints.push(checkpoint);
    if (this.checkpoints.length > KEEP_CHECKPOINTS + 1) this.checkpoints.splice(1, this.checkpoints.length - KEEP_CHECKPOINTS - 1);
    this.save();
  }

  save(): void {
    const file: ResumeFile = { format: 'threatframe-score-resume/1', output: basename(this.output), identity: this.identity, checkpoints: this.checkpoints };
    const tmp = `${this.path}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(file) + '\n');
    renameSync(tmp, this.path);
  }
}

export interface ResumePlan {
  /** Records already in the output (skipped in the input). */
  records: number;
  /** The output is cut to this many bytes before appending. */
  keepBytes: number;
  /** sha256 the first `records` input records must hash to. */
  sha256: string;
  /** Complete lines after the checkpoint, scored again. */
  rescored: number;
  /** A partial last line (bytes), dropped. */
  partialBytes: number;
  /** The checkpoints still valid, carried into the new sidecar. */
  checkpoints: Checkpoint[];
}

const FRESH: ResumePlan = { records: 0, keepBytes: 0, sha256: EMPTY_SHA256, rescored: 0, partialBytes: 0, checkpoints: [{ records: 0, bytes: 0, sha256: EMPTY_SHA256 }] };

function describeInput(id: ResumeIdentity): string {
  return id.input === '-' ? 'stdin' : `${id.input} (${id.inputBytes ?? '?'} bytes)`;
}

/** Every way `now` differs from what the output was written for, as flags to fix. */
export function identityMismatches(was: ResumeIdentity, now: ResumeIdentity): string[] {
  const out: string[] = [];
  if (was.input !== now.input || (was.inputBytes !== null && now.inputBytes !== null && was.inputBytes !== now.inputBytes) || (was.inputBytes === null) !== (now.inputBytes === null)) {
    out.push(`it was written for input ${describeInput(was)}, not ${describeInput(now)}`);
  }
  if (was.format !== now.format) out.push(`it was written with --format ${was.format}, not ${now.format}`);
  if (was.textField !== now.textField) out.push(`it was written with --text-field ${was.textField}, not ${now.textField}`);
  if (was.idField !== now.idField) out.push(`it was written with ${was.idField === null ? 'no --id-field' : `--id-field ${was.idField}`}, not ${now.idField === null ? 'none' : now.idField}`);
  if (was.maxRecordBytes !== now.maxRecordBytes) out.push(`it was written with --max-record-bytes ${was.maxRecordBytes}, not ${now.maxRecordBytes}`);
  if (was.spans !== now.spans) out.push(`it was written with --spans ${was.spans}, not ${now.spans}`);
  if (was.modelHeader !== now.modelHeader) out.push(`it was written ${was.modelHeader ? 'with' : 'without'} --model-header`);
  return out;
}

function readResumeFile(path: string, output: string): ResumeFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ThreatframeError('USAGE', `--resume: ${path} cannot be read (${error instanceof Error ? error.message : String(error)}); score ${output} again without --resume.`);
  }
  const parsed = ResumeFileSchema.safeParse(raw);
  if (!parsed.success) throw new ThreatframeError('USAGE', `--resume: ${path} is not a threatframe resume record; score ${output} again without --resume.`);
  return parsed.data;
}

/** For each byte offset asked (ascending), the number of "\n" in the file before it, and whether the byte before it is "\n". */
async function linesAt(path: string, offsets: readonly number[]): Promise<Map<number, { lines: number; endsLine: boolean }>> {
  const out = new Map<number, { lines: number; endsLine: boolean }>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let k = 0;
  let pos = 0;
  let lines = 0;
  let lastByte = -1;
  const settle = (): void => {
    while (k < sorted.length && sorted[k] === pos) {
      out.set(pos, { lines, endsLine: pos === 0 || lastByte === 10 });
      k++;
    }
  };
  settle();
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const chunk = raw as Buffer;
    let from = 0;
    while (k < sorted.length && (sorted[k] as number) <= pos + chunk.length) {
      const upto = (sorted[k] as number) - pos;
      for (let i = chunk.indexOf(10, from); i !== -1 && i < upto; i = chunk.indexOf(10, i + 1)) lines++;
      const lb = upto > 0 ? (chunk[upto - 1] as number) : lastByte;
      out.set(sorted[k] as number, { lines, endsLine: sorted[k] === 0 || lb === 10 });
      from = upto;
      k++;
    }
    for (let i = chunk.indexOf(10, from); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    pos += chunk.length;
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1] as number;
  }
  return out;
}

/**
 * Check that `output` belongs to `identity` and find where to continue. Changes no file: the output
 * is cut to `keepBytes` only once the input records have been checked against `sha256`.
 */
export async function planResume(output: string, identity: ResumeIdentity): Promise<ResumePlan> {
  const sidecar = resumeFileOf(output);
  const point = await findResumePoint(output);
  const empty = point.records === 0 && point.partialBytes === 0;
  if (!existsSync(sidecar)) {
    if (empty) return FRESH;
    throw new ThreatframeError('USAGE', `--resume: ${output} has ${point.records} lines but no record of the input it belongs to (${basename(sidecar)} is missing: it was not written by \`threatframe score -o\`, or by an older version); score again without --resume.`);
  }
  if (empty) return FRESH;
  const file = readResumeFile(sidecar, output);
  const problems = identityMismatches(file.identity, identity);
  if (problems.length > 0) {
    throw new ThreatframeError('USAGE', `--resume: ${output} is not the output of this run: ${problems.join('; ')}. Nothing was appended; score again without --resume, or resume with the input and flags it was written with.`);
  }
  // The last checkpoint the output still holds whole (a kill can lose the last writes).
  const at = await linesAt(output, file.checkpoints.map((c) => c.bytes).filter((b) => b <= point.keepBytes));
  let best: Checkpoint | undefined;
  for (const c of file.checkpoints) {
    const seen = at.get(c.bytes);
    if (c.bytes <= point.keepBytes && seen !== undefined && seen.lines === c.records && seen.endsLine && (best === undefined || c.records > best.records)) best = c;
  }
  if (best === undefined) return { ...FRESH, rescored: point.records, partialBytes: point.partialBytes };
  return {
    records: best.records,
    keepBytes: best.bytes,
    sha256: best.sha256,
    rescored: point.records - best.records,
    partialBytes: point.partialBytes,
    checkpoints: file.checkpoints.filter((c) => c.records <= best.records),
  };
}

/** Cut `output` to `bytes` (creating it when missing), ready for appending. */
export async function cutOutput(output: string, bytes: number): Promise<void> {
  if (!existsSync(output)) {
    closeSync(openSync(output, 'a'));
    return;
  }
  if (statSync(output).size !== bytes) await truncate(output, bytes);
}

