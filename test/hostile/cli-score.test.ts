/**
 * Hostile records through the built CLI (`node bin/threatframe.js score`): one output line per record,
 * in order, each a schema-valid result with exact offsets into the record's text or a coded error line;
 * the per-record size limit (--max-record-bytes, default 1 MiB) gives INPUT_TOO_LARGE and scoring goes on;
 * one worker and two worker threads write identical output. (The CLI's own tests live in test/cli.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileText } from './arbitraries.js';
import { BIN, contractViolations, ensureBuilt, ROOT, TEST_MODEL } from './helpers.js';
import { HOSTILE } from './inputs.js';

const MODEL = TEST_MODEL ?? join(ROOT, 'models', 'default');

function score(args: string[], input: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'score', '-', '--model', MODEL, '-q', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

let texts: string[];
beforeAll(() => {
  ensureBuilt();
  texts = [
    ...HOSTILE.map((c) => c.make()).filter((t) => t.length <= 100_000),
    '\n'.repeat(100_000),
    ...fc.sample(hostileText(300), { numRuns: 60, seed: 5 }),
  ];
}, 180_000);

describe('score on hostile records', () => {
  it('every JSONL record yields one line, in order: a valid result with exact offsets or a coded error', async () => {
    const input = `${texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n')}\n`;
    const r = await score(['--spans', 'all'], input);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(texts.length);
    out.forEach((o, i) => {
      expect(o.id).toBe(i);
      expect(contractViolations(texts[i] as string, o, { id: i, spans: 'all' })).toEqual([]);
    });
  }, 120_000);

  it('txt input (one text per line) with control characters, bidi, zero-width and surrogates', async () => {
    const rows = ['I will k\u200Bill you', '\u202Eevil\u202C "quoted" he said', 'a\u0000b\u0007c', '\uD800 lone \uDFFF', '🔪🔪🔪', '<script>x</script>', '\u001b[31mred\u001b[0m'];
    const r = await score(['--format', 'txt', '--spans', 'all'], `${rows.join('\n')}\n`);
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(rows.length);
    // Lone surrogates cannot survive UTF-8 input: they arrive as U+FFFD, and offsets refer to that text.
    out.forEach((o, i) => expect(contractViolations((rows[i] as string).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'), o, { id: String(i + 1), spans: 'all' })).toEqual([]));
  }, 60_000);

  it('a record over the per-record limit is an INPUT_TOO_LARGE line and the records after it are scored', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(1_100_000) });
    const input = [JSON.stringify({ id: 'a', text: 'before' }), big, JSON.stringify({ id: 'b', text: 'after "quoted" he said' })].join('\n');
    const r = await score([], `${input}\n`);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'a' });
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'INPUT_TOO_LARGE' } });
    expect(out[2]).toMatchObject({ id: 'b' });
    const raised = await score(['--max-record-bytes', '2MB'], `${big}\n`);
    expect(raised.code, raised.stderr).toBe(0);
    expect(contractViolations('x'.repeat(1_100_000), lines(raised.stdout)[0], { id: 'big' })).toEqual([]);
  }, 60_000);

  it('two worker threads write byte-identical output to one', async () => {
    const input = `${texts.slice(0, 60).map((text, i) => JSON.stringify({ id: i, text })).join('\n')}\n`;
    const dir = mkdtempSync(join(tmpdir(), 'tf-hostile-cli-'));
    writeFileSync(join(dir, 'in.jsonl'), input);
    const one = await score(['--spans', 'all', '--workers', '1', '--batch-size', '7'], input);
    const two = await score(['--spans', 'all', '--workers', '2', '--batch-size', '7'], input);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);
});
