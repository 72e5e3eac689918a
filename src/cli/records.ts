/**
 * Turning raw records into classifier inputs and output lines. Pure and synchronous: the same code
 * runs in the main thread (one worker) and inside worker threads, so the output is identical.
 */
import { isThreatframeError } from '../errors.js';
import type { Input, Result } from '../schemas.js';
import { safeParseInputRecord } from '../validate.js';
import type { RawRecord, RecordError } from './readers.js';

export interface FieldOptions {
  textField: string;
  /** Undefined: use `id` when the record has one. */
  idField?: string;
  /** Significant digits of every number written (undefined or 17: exact doubles). */
  precision?: number;
  /** Leave the model block out of every result line (`--model-header` writes it once instead). */
  omitModel?: boolean;
}

/** A JSON.stringify replacer that rounds numbers to `digits` significant digits (integers stay as they are). */
export function roundingReplacer(digits: number): (key: string, value: unknown) => unknown {
  return (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(digits)) : value);
}

export interface BatchOutput {
  /** One JSON line per record, each ending in "\n", in record order (UTF-8 bytes when from a worker). */
  text: string | Uint8Array;
  records: number;
  failed: number;
  /** Offset (characters, or bytes for a Uint8Array) just past the first error line, or -1 (for --fail-fast). */
  firstErrorEnd: number;
  /** The scoring model (set by a worker's warm-up task, which scores no record). */
  model?: Result['model'];
}

/** The header line `--model-header` writes before the first result: `{"model": {name, version, sha256}}`. */
export function modelHeaderLine(model: Result['model']): string {
  return `${JSON.stringify({ model })}\n`;
}

/** The output up to `end` and the number of lines in it. */
export function headOf(text: string | Uint8Array, end: number): { head: string | Uint8Array; lines: number } {
  const head = text.slice(0, end);
  let lines = 0;
  if (typeof head === 'string') {
    for (let i = head.indexOf('\n'); i !== -1; i = head.indexOf('\n', i + 1)) lines++;
  } else {
    for (let i = head.indexOf(10); i !== -1; i = head.indexOf(10, i + 1)) lines++;
  }
  return { head, lines };
}

/** Encode a batch's output as UTF-8 in its own ArrayBuffer (so it can be transferred, not copied). */
export function encodeOutput(out: BatchOutput): BatchOutput & { text: Uint8Array } {
  const text = typeof out.text === 'string' ? new TextEncoder().encode(out.text) : out.text;
  const firstErrorEnd = out.firstErrorEnd < 0 || typeof out.text !== 'string' ? out.firstErrorEnd : Buffer.byteLength(out.text.slice(0, out.firstErrorEnd));
  return { ...out, text, firstErrorEnd };
}

export interface Scorer {
  classify(input: Input): Result;
}

type Id = string | number;

export function errorLine(line: number, id: Id | undefined, error: RecordError): string {
  return JSON.stringify(id === undefined ? { line, error } : { line, id, error });
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Own property by exact name first, then as a dotted path ("post.body"). */
export function getField(obj: Record<string, unknown>, path: string): unknown {
  if (Object.prototype.hasOwnProperty.call(obj, path)) return obj[path];
  if (!path.includes('.')) return undefined;
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function validId(value: unknown): value is Id {
  return (typeof value === 'string' && value.length <= 1024) || (typeof value === 'number' && Number.isFinite(value));
}

type Prepared = { ok: true; input: Exclude<Input, string>; id?: Id } | { ok: false; id?: Id; error: RecordError };

/** Parse and check one JSONL record: a JSON object with a string text field, or a bare JSON string. */
export function prepareJson(raw: string, line: number, fields: FieldOptions): Prepared {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INVALID_INPUT', message: `line ${line} is not valid JSON (${why.slice(0, 200)})` } };
  }
  if (typeof value === 'string') return { ok: true, input: { text: value } };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `line ${line} is ${describeType(value)}; each line must be a JSON object with a "${fields.textField}" string (or a JSON string)` } };
  }
  const obj = value as Record<string, unknown>;
  const idField = fields.idField ?? 'id';
  const rawId = getField(obj, idField);
  let id: Id | undefined;
  if (rawId !== undefined && rawId !== null) {
    if (!validId(rawId)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `line ${line}: field "${idField}" must be a string (up to 1024 characters) or a finite number, got ${describeType(rawId)}` } };
    }
    id = rawId;
  }
  const withId = id === undefined ? {} : { id };
  const text = getField(obj, fields.textField);
  if (text === undefined) {
    const keys = Object.keys(obj).slice(0, 10).map((k) => JSON.stringify(k)).join(', ');
    return { ok: false, ...withId, error: { code: 'INVALID_INPUT', message: `line ${line} has no "${fields.textField}" field (fields: ${keys || 'none'}); name the text field with --text-field` } };
  }
  if (typeof text !== 'string') {
    return { ok: false, ...withId, error: { code: 'INVALID_INPUT', message: `line ${line}: field "${fields.textField}" must be a string, got ${describeType(text)}` } };
  }
  // The record as the library takes it, checked with the library's own schema (so "kind" is
  // validated here exactly as classify() and the service validate it). A null kind is no kind,
  // as a null id is no id.
  const kind = obj.kind;
  const candidate = kind === undefined || kind === null ? { ...withId, text } : { ...withId, text, kind };
  const parsed = safeParseInputRecord(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    const field = key === 'kind' ? 'kind' : key === 'id' ? idField : key === 'text' ? fields.textField : key;
    const got = key === 'kind' ? ` (got ${JSON.stringify(kind)?.slice(0, 60) ?? describeType(kind)})` : '';
    return { ok: false, ...withId, error: { code: 'INVALID_INPUT', message: `line ${line}: field "${field}": ${issue?.message ?? 'invalid'}${got}` } };
  }
  return { ok: true, input: parsed.data, ...withId };
}

function prepare(rec: RawRecord, fields: FieldOptions): Prepared {
  if (rec.kind === 'json') return prepareJson(rec.raw, rec.line, fields);
  if (rec.kind === 'error') return { ok: false, ...(rec.id === undefined ? {} : { id: rec.id }), error: rec.error };
  if (rec.id !== undefined && !validId(rec.id)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `record at line ${rec.line}: id is longer than 1024 characters` } };
  }
  return { ok: true, input: rec.id === undefined ? { text: rec.text } : { id: rec.id, text: rec.text }, ...(rec.id === undefined ? {} : { id: rec.id }) };
}

/** Score one record; any failure (coded or not) becomes its error line. Never throws. */
export function scoreRecord(scorer: Scorer, rec: RawRecord, fields: FieldOptions): { line: string; ok: boolean } {
  const prepared = prepare(rec, fields);
  if (!prepared.ok) return { line: errorLine(rec.line, prepared.id, prepared.error), ok: false };
  try {
    const scored = scorer.classify(prepared.input);
    let result: Partial<Result> = scored;
    if (fields.omitModel) {
      const { model: _model, ...rest } = scored;
      result = rest;
    }
    const p = fields.precision;
    return { line: p === undefined || p >= 17 ? JSON.stringify(result) : JSON.stringify(result, roundingReplacer(p)), ok: true };
  } catch (error) {
    const err: RecordError = isThreatframeError(error)
      ? error.toJSON()
      : { code: 'INTERNAL', message: `scoring failed: ${error instanceof Error ? error.message : String(error)}` };
    return { line: errorLine(rec.line, prepared.id, err), ok: false };
  }
}

export function scoreBatch(scorer: Scorer, records: readonly RawRecord[], fields: FieldOptions): BatchOutput & { text: string } {
  let text = '';
  let failed = 0;
  let firstErrorEnd = -1;
  for (const rec of records) {
    const r = scoreRecord(scorer, rec, fields);
    text += r.line + '\n';
    if (!r.ok) {
      failed++;
      if (firstErrorEnd < 0) firstErrorEnd = text.length;
    }
  }
  return { text, records: records.length, failed, firstErrorEnd };
}

/**
 * Error lines for records a worker thread died on (even one by one). Running out of the worker's
 * heap is the record's size, so it is INPUT_TOO_LARGE; anything else is INTERNAL.
 */
export function internalErrorBatch(records: readonly RawRecord[], reason: string): BatchOutput & { text: string } {
  const error: RecordError = /memory limit|out of memory/i.test(reason)
    ? { code: 'INPUT_TOO_LARGE', message: `scoring this record ran out of the worker's memory (${reason}); split it, or score it with --workers 1` }
    : { code: 'INTERNAL', message: `worker failed on this record: ${reason}` };
  let text = '';
  for (const rec of records) {
    const id = rec.kind === 'json' ? undefined : rec.id;
    text += errorLine(rec.line, id, error) + '\n';
  }
  return { text, records: records.length, failed: records.length, firstErrorEnd: records.length > 0 ? text.indexOf('\n') + 1 : -1 };
}
