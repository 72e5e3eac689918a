import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../src/cli/readers.js';
import { EMPTY_SHA256, LineCounter, RecordHasher, ResumeLog, cutOutput, findResumePoint, identityMismatches, planResume, prepareResume, recordKey, resumeFileOf, type ResumeIdentity } from '../../src/cli/resume.js';

const dir = mkdtempSync(join(tmpdir(), 'tf-cli-resume-'));

describe('resume offsets', () => {
  it('counts newline-terminated lines across chunks and the bytes after the last one', () => {
    const c = new LineCounter();
    for (const part of ['{"a":1}\n{"b"', ':2}\n', '{"c":', '3']) c.push(Buffer.from(part));
    expect(c.point()).toEqual({ records: 2, keepBytes: 16, partialBytes: 6 });
  });

  it('a missing or empty file resumes from record 0', async () => {
    expect(await findResumePoint(join(dir, 'nope.jsonl'))).toEqual({ records: 0, keepBytes: 0, partialBytes: 0 });
    writeFileSync(join(dir, 'empty.jsonl'), '');
    expect(await findResumePoint(join(dir, 'empty.jsonl'))).toEqual({ records: 0, keepBytes: 0, partialBytes: 0 });
  });

  it('cuts a partial last line off and leaves complete lines alone', async () => {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, '{"id":1}\n{"id":2}\n{"id":3,"lab');
    expect(await prepareResume(path)).toEqual({ records: 2, keepBytes: 18, partialBytes: 12 });
    expect(readFileSync(path, 'utf8')).toBe('{"id":1}\n{"id":2}\n');
    expect(await prepareResume(path)).toEqual({ records: 2, keepBytes: 18, partialBytes: 0 });
    expect(readFileSync(path, 'utf8')).toBe('{"id":1}\n{"id":2}\n');
  });

  it('a partial first line means nothing was done yet', async () => {
    const path = join(dir, 'first.jsonl');
    writeFileSync(path, '{"id":1,"tex');
    expect(await prepareResume(path)).toEqual({ records: 0, keepBytes: 0, partialBytes: 12 });
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});

describe('what an output belongs to', () => {
  const identity: ResumeIdentity = { input: '/data/posts.jsonl', inputBytes: 2635, format: 'jsonl', textField: 'text', idField: null, maxRecordBytes: 1048576, spans: 'flagged', modelHeader: false };
  const rec = (line: number, text: string): RawRecord => ({ kind: 'json', line, raw: JSON.stringify({ id: line, text }) });

  it('names every difference of input and flags', () => {
    expect(identityMismatches(identity, identity)).toEqual([]);
    expect(identityMismatches(identity, { ...identity, input: '/data/big.jsonl', inputBytes: 90_000 })).toEqual(['it was written for input /data/posts.jsonl (2635 bytes), not /data/big.jsonl (90000 bytes)']);
    expect(identityMismatches(identity, { ...identity, inputBytes: 2636 })).toHaveLength(1);
    expect(identityMismatches(identity, { ...identity, textField: 'body', idField: 'pid', spans: 'all' })).toEqual([
      'it was written with --text-field text, not body', 'it was written with no --id-field, not pid', 'it was written with --spans flagged, not all',
    ]);
  });

  it('hashes records by kind, line and content; the running hash can be read at any point', () => {
    const a = new RecordHasher();
    const b = new RecordHasher();
    expect(a.digest()).toBe(EMPTY_SHA256);
    a.add(rec(1, 'x'));
    const one = a.digest();
    a.add(rec(2, 'y'));
    b.add(rec(1, 'x'));
    expect(b.digest()).toBe(one);
    b.add(rec(2, 'z'));
    expect(b.digest()).not.toBe(a.digest());
    expect(recordKey({ kind: 'text', line: 3, text: 'a', id: '3' })).not.toBe(recordKey({ kind: 'text', line: 4, text: 'a', id: '3' }));
    expect(recordKey({ kind: 'error', line: 3, error: { code: 'INPUT_TOO_LARGE', message: 'm' } })).not.toBe(recordKey({ kind: 'json', line: 3, raw: '' }));
  });

  it('plans from the last checkpoint the output still holds whole, and changes no file while planning', async () => {
    const out = join(dir, 'plan.jsonl');
    const lines = ['{"a":1}\n', '{"a":2}\n', '{"a":3}\n', '{"a":4}\n', '{"a":5}\n'];
    const bytesOf = (n: number): number => lines.slice(0, n).join('').length;
    const log = new ResumeLog(resumeFileOf(out), out, identity);
    log.add({ records: 2, bytes: bytesOf(2), sha256: 'a'.repeat(64) });
    log.add({ records: 4, bytes: bytesOf(4), sha256: 'b'.repeat(64) });
    log.add({ records: 5, bytes: bytesOf(5), sha256: 'c'.repeat(64) });
    // A killed run: the last write never reached the file, and a line was cut in the middle.
    const content = lines.slice(0, 3).join('') + '{"a":';
    writeFileSync(out, content);
    const plan = await planResume(out, identity);
    expect(plan).toMatchObject({ records: 2, keepBytes: bytesOf(2), sha256: 'a'.repeat(64), rescored: 1, partialBytes: 5 });
    expect(plan.checkpoints.map((c) => c.records)).toEqual([0, 2]);
    expect(readFileSync(out, 'utf8')).toBe(content);
    await cutOutput(out, plan.keepBytes);
    expect(readFileSync(out, 'utf8')).toBe(lines.slice(0, 2).join(''));
    // A checkpoint whose offset is not a line end in this file does not count.
    writeFileSync(out, '{"a":1}{"a":2}\n{"a":3}\n{"a":4}\n{"a":5}\n');
    expect((await planResume(out, identity)).records).toBeLessThan(5);
  });

  it('refuses another input, a missing or broken record, and keeps at most 65 checkpoints', async () => {
    const out = join(dir, 'other.jsonl');
    writeFileSync(out, '{"a":1}\n');
    await expect(planResume(out, identity)).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/has 1 lines but no record of the input it belongs to/) });
    const log = new ResumeLog(resumeFileOf(out), out, identity);
    for (let i = 1; i <= 100; i++) log.add({ records: i, bytes: i * 8, sha256: '0'.repeat(64) });
    const saved = JSON.parse(readFileSync(resumeFileOf(out), 'utf8')) as { checkpoints: Array<{ records: number }> };
    expect(saved.checkpoints).toHaveLength(65);
    expect(saved.checkpoints[0]?.records).toBe(0);
    expect(saved.checkpoints.at(-1)?.records).toBe(100);
    await expect(planResume(out, { ...identity, input: '/data/big.jsonl' })).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/not the output of this run: it was written for input \/data\/posts\.jsonl/) });
    writeFileSync(resumeFileOf(out), '{"format":"something else"}');
    await expect(planResume(out, identity)).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(/is not a threatframe resume record/) });
    // An empty output starts afresh whatever the record says.
    writeFileSync(out, '');
    expect(await planResume(out, identity)).toMatchObject({ records: 0, keepBytes: 0 });
  });
});
