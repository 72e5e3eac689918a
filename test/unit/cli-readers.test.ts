import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readRecords, splitLines, type RawRecord, type ReaderOptions } from '../../src/cli/readers.js';

async function collect<T>(gen: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}

/** Feed `text` in chunks of `size` bytes, to cross line and UTF-8 boundaries. */
function chunked(text: string | Buffer, size: number): AsyncIterable<Buffer> {
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return Readable.from(parts);
}

const read = (text: string, opts: Partial<ReaderOptions> & { format: ReaderOptions['format'] }, size = 7): Promise<RawRecord[]> =>
  collect(readRecords(chunked(text, size), { maxRecordBytes: 1 << 20, textField: 'text', ...opts }));

describe('splitLines', () => {
  it('splits on \\n and \\r\\n across chunk boundaries and multi-byte characters, dropping a BOM', async () => {
    const text = '\ufeffhé\u00e9llo 🙂\r\nsecond\n\nlast-without-newline';
    for (const size of [1, 2, 3, 5, 64]) {
      const lines = await collect(splitLines(chunked(text, size), 1000));
      expect(lines.map((l) => [l.line, l.text])).toEqual([[1, 'hé\u00e9llo 🙂'], [2, 'second'], [3, ''], [4, 'last-without-newline']]);
    }
  });

  it('counts but does not keep a line over the limit, and goes on with the next', async () => {
    const big = 'x'.repeat(5000);
    const stats = { bytesRead: 0 };
    const text = `a\n${big}\nb\n`;
    const lines = await collect(splitLines(chunked(text, 100), 1000, stats));
    expect(lines).toEqual([{ line: 1, text: 'a' }, { line: 2, text: '', tooLarge: 5000 }, { line: 3, text: 'b' }]);
    expect(stats.bytesRead).toBe(Buffer.byteLength(text));
  });

  it('treats a line of exactly the limit as fine and one byte more as too large', async () => {
    const lines = await collect(splitLines(chunked('abcd\nabcde\n', 3), 4));
    expect(lines[0]).toEqual({ line: 1, text: 'abcd' });
    expect(lines[1]).toEqual({ line: 2, text: '', tooLarge: 5 });
  });

  it('handles a too-large last line without newline', async () => {
    const lines = await collect(splitLines(chunked('ok\n' + 'y'.repeat(50), 8), 10));
    expect(lines).toEqual([{ line: 1, text: 'ok' }, { line: 2, text: '', tooLarge: 50 }]);
  });
});

describe('readRecords: jsonl', () => {
  it('keeps physical line numbers, skips blank lines, passes raw lines on', async () => {
    const recs = await read('{"text":"a"}\n\n   \n{bad\n{"text":"c"}', { format: 'jsonl' });
    expect(recs).toEqual([
      { kind: 'json', line: 1, raw: '{"text":"a"}' },
      { kind: 'json', line: 4, raw: '{bad' },
      { kind: 'json', line: 5, raw: '{"text":"c"}' },
    ]);
  });

  it('turns an over-limit line into INPUT_TOO_LARGE in place', async () => {
    const recs = await read(`{"text":"a"}\n{"text":"${'z'.repeat(300)}"}\n{"text":"b"}\n`, { format: 'jsonl', maxRecordBytes: 100 }, 50);
    expect(recs.map((r) => r.kind)).toEqual(['json', 'error', 'json']);
    const err = recs[1] as Extract<RawRecord, { kind: 'error' }>;
    expect(err.line).toBe(2);
    expect(err.error.code).toBe('INPUT_TOO_LARGE');
    expect(err.error.message).toMatch(/line 2 is 311 bytes, over the per-record limit of 100 bytes/);
  });
});

describe('readRecords: txt', () => {
  it('one record per non-blank line, the line number as id (a string, like CSV ids)', async () => {
    const recs = await read('first post\r\n\nthird post\n', { format: 'txt' }, 4);
    expect(recs).toEqual([
      { kind: 'text', line: 1, text: 'first post', id: '1' },
      { kind: 'text', line: 3, text: 'third post', id: '3' },
    ]);
  });
});

describe('readRecords: csv', () => {
  it('reads quoted, multi-line fields after a BOM with the start line of each record', async () => {
    const csv = '\ufeffid,text,extra\n1,hello,x\n2,"multi\nline ""quoted""",y\n\n3,"a, b",z\n';
    for (const size of [3, 1000]) {
      const recs = await read(csv, { format: 'csv' }, size);
      expect(recs).toEqual([
        { kind: 'text', line: 2, text: 'hello', id: '1' },
        { kind: 'text', line: 3, text: 'multi\nline "quoted"', id: '2' },
        { kind: 'text', line: 6, text: 'a, b', id: '3' },
      ]);
    }
  });

  it('gets line numbers right with CRLF inside quoted fields, blank lines and mixed line endings', async () => {
    const csv = 'id,text,lang\r\n1,plain,en\r\n2,"two\r\nlines",en\r\n\r\n3,broken,row,extra\r\n\n4,"last\nx",en\n5,"unclosed\r\n6,z,z';
    for (const size of [1, 5, 4096]) {
      const recs = await read(csv, { format: 'csv' }, size);
      expect(recs.map((r) => [r.kind, r.line, r.kind === 'text' ? r.text : ''])).toEqual([
        ['text', 2, 'plain'], ['text', 3, 'two\r\nlines'], ['error', 6, ''], ['text', 8, 'last\nx'], ['error', 10, ''],
      ]);
    }
  });

  it('picks --text-field / --id-field columns, trimming header names', async () => {
    const recs = await read('post id, body\r\np1,hi there\r\n', { format: 'csv', textField: 'body', idField: 'post id' });
    expect(recs).toEqual([{ kind: 'text', line: 2, text: 'hi there', id: 'p1' }]);
  });

  it('has no id when there is no id column', async () => {
    expect(await read('text\nhello\n', { format: 'csv' })).toEqual([{ kind: 'text', line: 2, text: 'hello' }]);
  });

  it('writes a malformed row as an error record in place and goes on', async () => {
    const recs = await read('id,text\n1,ok\n2,too,many\n3,fine\n', { format: 'csv' });
    expect(recs.map((r) => [r.kind, r.line])).toEqual([['text', 2], ['error', 3], ['text', 4]]);
    const err = recs[1] as Extract<RawRecord, { kind: 'error' }>;
    expect(err.error.code).toBe('INVALID_INPUT');
    expect(err.error.message).toMatch(/line 3: .*number of fields/);
  });

  it('reports an unclosed quote as one error record at the end', async () => {
    const recs = await read('text\nok\n"never closed\nmore\n', { format: 'csv' });
    expect(recs.map((r) => r.kind)).toEqual(['text', 'error']);
    expect((recs[1] as Extract<RawRecord, { kind: 'error' }>).error.message).toMatch(/never closed/);
  });

  it('turns an over-limit record into INPUT_TOO_LARGE and continues', async () => {
    const recs = await read(`id,text\n1,short\n2,${'w'.repeat(150)}\n3,after\n`, { format: 'csv', maxRecordBytes: 100 }, 16);
    expect(recs.map((r) => r.kind)).toEqual(['text', 'error', 'text']);
    const err = recs[1] as Extract<RawRecord, { kind: 'error' }>;
    expect(err).toMatchObject({ line: 3, id: '2', error: { code: 'INPUT_TOO_LARGE' } });
    expect(recs[2]).toMatchObject({ line: 4, text: 'after' });
  });

  it('stops with an error record past 4x the limit (csv-parse cannot resume there)', async () => {
    const gen = readRecords(chunked(`text\nok\n"${'q'.repeat(1000)}\n`, 64), { format: 'csv', maxRecordBytes: 100, textField: 'text' });
    const seen: RawRecord[] = [];
    await expect((async () => { for await (const b of gen) seen.push(...b); })()).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(seen.map((r) => r.kind)).toEqual(['text', 'error']);
  });

  it('rejects a header without the text column as a usage error naming the columns', async () => {
    await expect(read('id,body\n1,x\n', { format: 'csv' })).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/no column "text".*"id", "body".*--text-field/) });
  });
});
