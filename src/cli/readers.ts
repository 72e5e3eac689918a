/**
 * Streaming readers for `score`: JSONL, txt (one record per line) and CSV. Each yields batches of
 * raw records in input order, never holds more than one record (plus one read chunk) in memory,
 * and turns what it cannot read into an error record in place, so nothing is dropped.
 *
 * Per-record size limit: a JSONL/txt line longer than `maxRecordBytes` bytes is not buffered at all
 * (its bytes are counted and discarded) and becomes an INPUT_TOO_LARGE error record. A CSV record
 * over the limit is also an INPUT_TOO_LARGE record; csv-parse must hold a record to find its end, so
 * past 4x the limit (an unclosed quote, usually) parsing stops with a final error record.
 */
import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import { ThreatframeError, type ErrorCode } from '../errors.js';
import type { InputFormat } from './options.js';

export interface RecordError {
  code: ErrorCode;
  message: string;
}

export type RawRecord =
  /** A JSONL line, parsed and validated by the scorer (in a worker when there are workers). */
  | { kind: 'json'; line: number; raw: string }
  /** A txt line or a CSV record whose fields were already picked. */
  | { kind: 'text'; line: number; text: string; id?: string | number }
  /** A record the reader could not read; written in place as an error line. */
  | { kind: 'error'; line: number; id?: string | number; error: RecordError };

export interface ReaderStats {
  /** Bytes consumed from the input so far (for progress). */
  bytesRead: number;
}

export interface ReaderOptions {
  format: InputFormat;
  maxRecordBytes: number;
  textField: string;
  /** Undefined: use an `id` column when there is one. */
  idField?: string;
  stats?: ReaderStats;
}

export interface Line {
  line: number;
  text: string;
  /** Set (and text empty) when the line was longer than the limit. */
  tooLarge?: number;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new ThreatframeError('INTERNAL', 'input stream yielded something that is not bytes or text');
}

export function tooLargeError(line: number, bytes: number, limit: number, what = 'record'): RecordError {
  return {
    code: 'INPUT_TOO_LARGE',
    message: `${what} at line ${line} is ${bytes} bytes, over the per-record limit of ${limit} bytes; split it, or raise --max-record-bytes`,
  };
}

/**
 * Split a byte stream into lines ("\n", optional "\r" before it; a UTF-8 BOM at the start is
 * dropped). Lines over `maxBytes` are counted, not kept. Yields one batch per input chunk.
 */
export async function* splitLines(source: AsyncIterable<unknown>, maxBytes: number, stats?: ReaderStats): AsyncGenerator<Line[]> {
  let pieces: Buffer[] = [];
  let lineBytes = 0;
  let lineNo = 1;
  let tooLarge = false;
  const finish = (last: Buffer | undefined): Line => {
    let out: Line;
    if (tooLarge) {
      out = { line: lineNo, text: '', tooLarge: lineBytes };
    } else {
      const buf = pieces.length === 0 ? last ?? Buffer.alloc(0) : Buffer.concat(last ? [...pieces, last] : pieces);
      let end = buf.length;
      if (end > 0 && buf[end - 1] === 13) end--;
      const start = lineNo === 1 && end >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      out = { line: lineNo, text: buf.toString('utf8', start, end) };
    }
    pieces = [];
    lineBytes = 0;
    tooLarge = false;
    lineNo++;
    return out;
  };
  const keep = (part: Buffer): void => {
    lineBytes += part.length;
    if (tooLarge) return;
    if (lineBytes > maxBytes) {
      tooLarge = true;
      pieces = [];
    } else if (part.length > 0) {
      pieces.push(Buffer.from(part)); // copy: the chunk may be reused by the stream
    }
  };
  for await (const raw of source) {
    const chunk = toBuffer(raw);
    if (stats) stats.bytesRead += chunk.length;
    const batch: Line[] = [];
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        keep(chunk.subarray(pos));
        break;
      }
      const part = chunk.subarray(pos, nl);
      if (pieces.length === 0 && !tooLarge && lineBytes + part.length <= maxBytes) {
        lineBytes += part.length;
        batch.push(finish(part)); // fast path: decode straight from the chunk
      } else {
        keep(part);
        batch.push(finish(undefined));
      }
      pos = nl + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (lineBytes > 0 || pieces.length > 0 || tooLarge) yield [finish(undefined)];
}

const nonBlank = /\S/;

async function* readJsonl(source: AsyncIterable<unknown>, opts: ReaderOptions): AsyncGenerator<RawRecord[]> {
  for await (const lines of splitLines(source, opts.maxRecordBytes, opts.stats)) {
    const out: RawRecord[] = [];
    for (const l of lines) {
      if (l.tooLarge !== undefined) out.push({ kind: 'error', line: l.line, error: tooLargeError(l.line, l.tooLarge, opts.maxRecordBytes) });
      else if (nonBlank.test(l.text)) out.push({ kind: 'json', line: l.line, raw: l.text });
    }
    if (out.length > 0) yield out;
  }
}

async function* readTxt(source: AsyncIterable<unknown>, opts: ReaderOptions): AsyncGenerator<RawRecord[]> {
  for await (const lines of splitLines(source, opts.maxRecordBytes, opts.stats)) {
    const out: RawRecord[] = [];
    for (const l of lines) {
      // The line number is the id, as a string, like the ids of CSV records.
      const id = String(l.line);
      if (l.tooLarge !== undefined) out.push({ kind: 'error', line: l.line, id, error: tooLargeError(l.line, l.tooLarge, opts.maxRecordBytes) });
      else if (nonBlank.test(l.text)) out.push({ kind: 'text', line: l.line, text: l.text, id });
    }
    if (out.length > 0) yield out;
  }
}

/**
 * Physical line numbers from byte offsets. csv-parse's own line count is off for CRLF inside quoted
 * fields, so the CSV reader keeps the recent input bytes and counts "\n" itself.
 */
export class LineIndex {
  private chunks: Array<{ start: number; buf: Buffer; linesBefore: number }> = [];
  private total = 0;
  private lines = 0;

  add(buf: Buffer): void {
    this.chunks.push({ start: this.total, buf, linesBefore: this.lines });
    this.total += buf.length;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) this.lines++;
  }

  private byteAt(offset: number): number | undefined {
    for (const c of this.chunks) {
      if (offset < c.start + c.buf.length) return c.buf[offset - c.start];
    }
    return undefined;
  }

  /**
   * 1-based line of the first non-blank line at or after byte `offset` (a record's first line when
   * `offset` is where the previous record ended). Bytes before `offset` are forgotten.
   */
  lineAt(offset: number): number {
    while (this.chunks.length > 1 && (this.chunks[0] as { start: number; buf: Buffer }).start + (this.chunks[0] as { buf: Buffer }).buf.length <= offset) this.chunks.shift();
    const c = this.chunks[0];
    if (!c) return 1;
    let line = c.linesBefore + 1;
    const upto = Math.min(Math.max(offset - c.start, 0), c.buf.length);
    for (let i = c.buf.indexOf(10); i !== -1 && i < upto; i = c.buf.indexOf(10, i + 1)) line++;
    for (let pos = offset; pos < this.total; pos++) {
      const b = this.byteAt(pos);
      if (b === 10) line++;
      else if (b !== 13) break;
    }
    return line;
  }
}

type CsvItem = { record: Record<string, string | undefined>; info: Info } | { skipped: CsvError };

const CSV_MESSAGES: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'record has a different number of fields from the header (an unquoted comma or quote in a field?)',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'record has a different number of fields from the header (an unquoted comma or quote in a field?)',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed; everything up to the end of the file was read as this record',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other characters',
};

async function* readCsv(source: AsyncIterable<unknown>, opts: ReaderOptions): AsyncGenerator<RawRecord[]> {
  const limit = opts.maxRecordBytes;
  const hardCap = Math.min(limit * 4, 2 ** 30);
  let headerError: ThreatframeError | undefined;
  let idColumn: string | undefined;
  let headerEnd: number | undefined;
  const parser = parse({
    bom: true,
    info: true,
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: hardCap,
    columns: (header: string[]) => {
      const names = header.map((h) => String(h).trim());
      const list = names.map((n) => JSON.stringify(n)).join(', ');
      if (!names.includes(opts.textField)) {
        headerError = new ThreatframeError('USAGE', `CSV header has no column "${opts.textField}" (columns: ${list}); name the text column with --text-field`);
      } else if (opts.idField !== undefined && !names.includes(opts.idField)) {
        headerError = new ThreatframeError('USAGE', `CSV header has no column "${opts.idField}" for --id-field (columns: ${list})`);
      }
      idColumn = opts.idField ?? (names.includes('id') ? 'id' : undefined);
      headerEnd = parser.info.bytes;
      return names;
    },
    // Pushed into the record stream, so an error keeps its place among the records.
    on_skip: (err: CsvError | undefined) => {
      if (err) parser.push({ skipped: err } satisfies CsvItem);
    },
  });
  const stats = opts.stats;
  const index = new LineIndex();
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const buf = toBuffer(chunk);
      if (stats) stats.bytesRead += buf.length;
      index.add(buf);
      yield buf;
    }
  }
  // Errors from either side surface through the iteration below.
  pipeline(Readable.from(counted()), parser, () => {});

  let prevEnd: number | undefined; // byte offset where the previous record (or the header) ended
  const batch: RawRecord[] = [];
  for await (const item of parser as AsyncIterable<CsvItem>) {
    if (headerError) throw headerError;
    const from = prevEnd ?? headerEnd ?? 0;
    const line = index.lineAt(from);
    if ('skipped' in item) {
      const e = item.skipped as CsvError & { bytes?: number };
      if (e.code === 'CSV_MAX_RECORD_SIZE') {
        // csv-parse cannot resume past this one (it silently stops), so it ends the input.
        batch.push({ kind: 'error', line, error: { code: 'INPUT_TOO_LARGE', message: `CSV record at line ${line} is over ${hardCap} bytes (4x the per-record limit; an unclosed quote?); CSV parsing cannot continue past it` } });
        yield batch.splice(0, batch.length);
        throw new ThreatframeError('INPUT_TOO_LARGE', `CSV parsing stopped at line ${line}: a record over ${hardCap} bytes; the records after it were not read. Fix the quoting or raise --max-record-bytes`);
      }
      if (typeof e.bytes === 'number') prevEnd = e.bytes;
      batch.push({ kind: 'error', line, error: { code: 'INVALID_INPUT', message: `CSV record at line ${line}: ${CSV_MESSAGES[e.code] ?? e.message}` } });
    } else {
      const { record, info } = item;
      const bytes = info.bytes - from;
      prevEnd = info.bytes;
      const rawId = idColumn === undefined ? undefined : record[idColumn];
      const id = rawId === undefined || rawId === '' ? undefined : rawId;
      if (bytes > limit) {
        batch.push({ kind: 'error', line, ...(id !== undefined && id.length <= 1024 ? { id } : {}), error: tooLargeError(line, bytes, limit) });
      } else {
        batch.push({ kind: 'text', line, text: record[opts.textField] ?? '', ...(id !== undefined ? { id } : {}) });
      }
    }
    if (batch.length >= 256) yield batch.splice(0, batch.length);
  }
  if (headerError) throw headerError;
  if (batch.length > 0) yield batch;
}

/** Read `source` in the given format as batches of raw records, in input order. */
export function readRecords(source: AsyncIterable<unknown>, opts: ReaderOptions): AsyncGenerator<RawRecord[]> {
  if (opts.format === 'csv') return readCsv(source, opts);
  if (opts.format === 'txt') return readTxt(source, opts);
  return readJsonl(source, opts);
}
