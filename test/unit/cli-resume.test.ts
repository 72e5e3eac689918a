import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, findResumePoint, prepareResume } from '../../src/cli/resume.js';

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
