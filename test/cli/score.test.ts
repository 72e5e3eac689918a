import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/schemas.js';
import { BIN, ROOT, ensureBuilt, jsonLines, run, tempDir, tinyModelDir } from './helpers.js';

let model: string;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  model = await tinyModelDir();
  dir = tempDir();
}, 180_000);

/** n JSONL records with ids 0..n-1; every `badEvery`-th line is broken in a rotating way. */
function jsonl(n: number, badEvery = 0): string {
  const bad = ['{not json', '{"id":"x","text":42}', '[1,2,3]', '{"id":"y","body":"no text field"}'];
  let s = '';
  for (let i = 0; i < n; i++) {
    if (badEvery > 0 && i % badEvery === badEvery - 1) s += bad[i % bad.length] + '\n';
    else s += JSON.stringify({ id: i, text: `Record ${i}: they said "we will burn it down" at the meeting. I will find you.` }) + '\n';
  }
  return s;
}

describe('score: JSONL', () => {
  it('file to stdout: one line per record, in order, errors in place with the right line numbers, exit 1', async () => {
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(input, '{"id":"a","text":"I will hurt you."}\n{broken\n\n{"id":"c","text":"Police said he threatened staff."}\n{"id":"d","text":null}\n"a bare string"\n{"id":"f","text":"ok"}');
    const r = await run(['score', input, '--model', model]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(6);
    expect(out.map((o) => o.id ?? (o as { line?: number }).line ?? null)).toEqual(['a', 2, 'c', 'd', null, 'f']);
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'INVALID_INPUT', message: expect.stringContaining('not valid JSON') } });
    expect(out[3]).toMatchObject({ line: 5, id: 'd', error: { code: 'INVALID_INPUT', message: expect.stringContaining('"text" must be a string') } });
    for (const i of [0, 2, 4, 5]) expect(ResultSchema.safeParse(out[i]).success).toBe(true);
    expect(r.stderr).toMatch(/scored 6 records.*2 failed/);
  });

  it('stdin to stdout with -, exit 0 when everything scored', async () => {
    const r = await run(['score', '-', '--model', model, '--spans', 'all'], { input: jsonl(50) });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect((out[0] as { spans: unknown[] }).spans.length).toBeGreaterThan(0);
  });

  it('file to file with -o: stdout stays empty', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, jsonl(20));
    const r = await run(['score', input, '-o', output, '--model', model, '--spans', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const out = jsonLines(readFileSync(output, 'utf8'));
    expect(out).toHaveLength(20);
    expect(out.every((o) => Array.isArray(o.spans) && o.spans.length === 0)).toBe(true);
  });

  it('a record over --max-record-bytes is an INPUT_TOO_LARGE line and scoring goes on', async () => {
    const input = join(dir, 'big.jsonl');
    writeFileSync(input, `{"id":1,"text":"short"}\n{"id":2,"text":"${'long '.repeat(400)}"}\n{"id":3,"text":"after"}\n`);
    const r = await run(['score', input, '--model', model, '--max-record-bytes', '1k']);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id ?? o.line)).toEqual([1, 2, 3]);
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'INPUT_TOO_LARGE', message: expect.stringContaining('--max-record-bytes') } });
  });

  it('--fail-fast stops after the first bad record', async () => {
    const r = await run(['score', '-', '--model', model, '--fail-fast'], { input: jsonl(40, 10) });
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(10);
    expect(out[9]).toMatchObject({ line: 10, error: { code: 'INVALID_INPUT' } });
    expect(r.stderr).toMatch(/--fail-fast/);
  });

  it('--text-field and --id-field with dotted paths', async () => {
    const r = await run(['score', '-', '--model', model, '--text-field', 'post.body', '--id-field', 'post.pid'], {
      input: '{"post":{"pid":"p1","body":"hello"}}\n{"post":{"pid":"p2"}}\n',
    });
    const out = jsonLines(r.stdout);
    expect(out[0]).toMatchObject({ id: 'p1' });
    expect(out[1]).toMatchObject({ line: 2, id: 'p2', error: { message: expect.stringContaining('no "post.body" field') } });
  });
});

describe('score: CSV and txt', () => {
  it('CSV with BOM, CRLF, quoted multi-line fields and a malformed row', async () => {
    const input = join(dir, 'posts.csv');
    writeFileSync(input, '\ufeffid,text,lang\r\n1,plain post,en\r\n2,"a ""quoted"" post,\r\nover two lines",en\r\n3,broken,row,extra\r\n4,last,en\r\n');
    const r = await run(['score', input, '--model', model]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['1', '2', undefined, '4']);
    expect(out[2]).toMatchObject({ line: 5, error: { code: 'INVALID_INPUT', message: expect.stringContaining('number of fields') } });
    const spans = (out[1] as { spans: Array<{ start: number; end: number; text: string }> }).spans;
    const text = 'a "quoted" post,\r\nover two lines';
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('CSV from stdin with --format and other column names; a missing column is a usage error', async () => {
    const csv = 'post_id,body\nx1,hello there\nx2,second\n';
    const ok = await run(['score', '-', '--format', 'csv', '--text-field', 'body', '--id-field', 'post_id', '--model', model], { input: csv });
    expect(ok.code).toBe(0);
    expect(jsonLines(ok.stdout).map((o) => o.id)).toEqual(['x1', 'x2']);
    const bad = await run(['score', '-', '--format', 'csv', '--model', model], { input: csv });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no column "text" \(columns: "post_id", "body"\); name the text column with --text-field/);
  });

  it('CSV that cannot be parsed further: records before it are written, then the error line, exit 1', async () => {
    const input = join(dir, 'unclosed.csv');
    writeFileSync(input, 'id,text\n1,first\n2,second\n3,"never closed ' + 'z'.repeat(2000) + '\n4,lost\n');
    const r = await run(['score', input, '--model', model, '--max-record-bytes', '256']);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id ?? o.line)).toEqual(['1', '2', 4]);
    expect(out[2]).toMatchObject({ error: { code: 'INPUT_TOO_LARGE', message: expect.stringContaining('cannot continue') } });
    expect(r.stderr).toMatch(/\[INPUT_TOO_LARGE\] CSV parsing stopped at line 4/);
  });

  it('a CSV header error leaves an existing -o file untouched', async () => {
    const input = join(dir, 'noheader.csv');
    const output = join(dir, 'untouched.jsonl');
    writeFileSync(input, 'a,b\n1,2\n');
    writeFileSync(output, '{"previous":"run"}\n');
    const r = await run(['score', input, '-o', output, '--model', model]);
    expect(r.code).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('{"previous":"run"}\n');
  });

  it('txt: one record per line, the line number as id, blank lines skipped', async () => {
    const input = join(dir, 'posts.txt');
    writeFileSync(input, 'first post\n\nthird post\r\nfourth\n');
    const r = await run(['score', input, '--model', model]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => o.id)).toEqual([1, 3, 4]);
  });
});

describe('score: workers and resume', () => {
  it('--workers 2 keeps input order and writes exactly what 1 worker writes', async () => {
    const input = join(dir, 'w.jsonl');
    writeFileSync(input, jsonl(3000, 97));
    const one = await run(['score', input, '--model', model, '-q']);
    const two = await run(['score', input, '--model', model, '-q', '--workers', '2', '--batch-size', '50']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const out = jsonLines(two.stdout);
    expect(out).toHaveLength(3000);
    out.forEach((o, i) => {
      if ('error' in o) expect(o.line).toBe(i + 1);
      else expect(o.id).toBe(i);
    });
  }, 60_000);

  it('--resume after a truncated run: partial last line dropped, nothing duplicated or lost', async () => {
    const input = join(dir, 'r.jsonl');
    const output = join(dir, 'r.out.jsonl');
    writeFileSync(input, jsonl(500, 50));
    const full = await run(['score', input, '--model', model, '-q']);
    const lines = full.stdout.split('\n');
    writeFileSync(output, lines.slice(0, 123).join('\n') + '\n' + (lines[123] as string).slice(0, 40));
    const r = await run(['score', input, '-o', output, '--model', model, '--resume']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/resuming .*: 123 records already scored, dropped a partial last line/);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
    // Resuming a finished run appends nothing.
    const again = await run(['score', input, '-o', output, '--model', model, '--resume', '-q']);
    expect(again.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
  });

  it('--resume after the process was killed mid-run', async () => {
    const input = join(dir, 'k.jsonl');
    const output = join(dir, 'k.out.jsonl');
    writeFileSync(input, jsonl(20_000, 1000));
    const child = spawn(process.execPath, [BIN, 'score', input, '-o', output, '--model', model, '-q', '--batch-size', '64'], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(output) && statSync(output).size > 100_000) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => { clearInterval(poll); resolve(); });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));
    const partial = readFileSync(output, 'utf8');
    const done = partial.split('\n').length - 1;
    expect(child.signalCode).toBe('SIGKILL');
    expect(done).toBeLessThan(20_000);
    const r = await run(['score', input, '-o', output, '--model', model, '--resume', '--workers', '2']);
    expect(r.code).toBe(1);
    const out = jsonLines(readFileSync(output, 'utf8'));
    expect(out).toHaveLength(20_000);
    out.forEach((o, i) => {
      if ('error' in o) expect(o.line).toBe(i + 1);
      else expect(o.id).toBe(i);
    });
  }, 60_000);

  it('--resume counts CSV records, not lines (multi-line fields)', async () => {
    const input = join(dir, 'r.csv');
    const output = join(dir, 'r.csv.out.jsonl');
    const rows = Array.from({ length: 40 }, (_, i) => `${i},"line one of ${i}\nline two, with ""quotes"""`);
    writeFileSync(input, 'id,text\n' + rows.join('\n') + '\n');
    const full = await run(['score', input, '--model', model, '-q']);
    expect(full.code).toBe(0);
    const lines = full.stdout.split('\n');
    writeFileSync(output, lines.slice(0, 17).join('\n') + '\n' + (lines[17] as string).slice(0, 10));
    const r = await run(['score', input, '-o', output, '--model', model, '--resume', '-q']);
    expect(r.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
  });

  it('--resume refuses an output longer than the input', async () => {
    const input = join(dir, 'short.jsonl');
    const output = join(dir, 'short.out.jsonl');
    writeFileSync(input, jsonl(3));
    writeFileSync(output, '{}\n{}\n{}\n{}\n');
    const r = await run(['score', input, '-o', output, '--model', model, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already has 4 lines but the input has only 3 records/);
  });
});

describe('score: usage errors exit 2 with a helpful message', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['missing input file', ['score', 'nope.jsonl'], /input file nope\.jsonl does not exist/],
    ['missing argument', ['score'], /missing required argument 'file'/],
    ['bad format', ['score', '-', '--format', 'xml'], /argument 'xml' is invalid.*jsonl, csv, txt/],
    ['unknown flag', ['score', '-', '--frobnicate'], /unknown option '--frobnicate'/],
    ['bad workers', ['score', '-', '--workers', '0'], /--workers must be a whole number from 1 to 64/],
    ['resume without -o', ['score', '-', '--resume'], /--resume needs -o <file>/],
    ['bad size', ['score', '-', '--max-record-bytes', 'huge'], /--max-record-bytes must be a size/],
    ['unknown command', ['scroe'], /unknown command 'scroe'/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a model directory without a manifest', async () => {
    const r = await run(['score', '-', '--model', dir], { input: '{"text":"x"}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[MODEL_NOT_FOUND\] No manifest\.json/);
  });

  it('a bad model directory does not truncate an existing output', async () => {
    const output = join(dir, 'keep.jsonl');
    writeFileSync(output, '{"kept":true}\n');
    const r = await run(['score', '-', '-o', output, '--model', join(dir, 'no-model')], { input: '{"text":"x"}\n' });
    expect(r.code).toBe(2);
    expect(readFileSync(output, 'utf8')).toBe('{"kept":true}\n');
  });
});

describe('help and version', () => {
  it.each([['score'], ['eval'], ['train']])('%s --help', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Usage: threatframe ${cmd}`));
    expect(r.stdout).toMatch(/Exit codes|Example/);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
