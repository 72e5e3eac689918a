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
    // The summary counts what was scored and what failed, not lines written as "scored".
    expect(r.stderr).toMatch(/: 4 scored, 2 failed: /);
    expect(r.stderr).not.toMatch(/scored 6/);
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

  it('txt: one record per line, the line number as id (a string, as in every format), blank lines skipped', async () => {
    const input = join(dir, 'posts.txt');
    writeFileSync(input, 'first post\n\nthird post\r\nfourth\n');
    const r = await run(['score', input, '--model', model]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => o.id)).toEqual(['1', '3', '4']);
    expect(r.stderr).toMatch(/: 3 scored\n$/);
  });

  it('a JSONL "kind" is validated with the library schema: "tweet" is an error line naming the field and the allowed values', async () => {
    const r = await run(['score', '-', '--model', model], { input: '{"id":"a","text":"hi","kind":"post"}\n{"id":"b","text":"hi","kind":"tweet"}\n{"id":"c","text":"hi","kind":"article"}\n' });
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(out[1]).toEqual({ line: 2, id: 'b', error: { code: 'INVALID_INPUT', message: 'line 2: field "kind": Invalid option: expected one of "post"|"article" (got "tweet")' } });
    expect(r.stderr).toMatch(/: 2 scored, 1 failed: /);
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

  it('--resume after a truncated run: back to the last checkpoint, partial last line dropped, nothing duplicated or lost', async () => {
    const input = join(dir, 'r.jsonl');
    const output = join(dir, 'r.out.jsonl');
    writeFileSync(input, jsonl(500, 50));
    const full = await run(['score', input, '--model', model, '-q']);
    // A complete run with -o writes the resume record next to the output (a checkpoint every batch).
    expect((await run(['score', input, '-o', output, '--model', model, '-q', '--batch-size', '50'])).code).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
    const record = JSON.parse(readFileSync(`${output}.resume.json`, 'utf8')) as { identity: { input: string; inputBytes: number }; checkpoints: Array<{ records: number }> };
    expect(record.identity).toMatchObject({ input, inputBytes: statSync(input).size, format: 'jsonl', textField: 'text' });
    expect(record.checkpoints.map((c) => c.records)).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
    const lines = full.stdout.split('\n');
    writeFileSync(output, lines.slice(0, 123).join('\n') + '\n' + (lines[123] as string).slice(0, 40));
    const r = await run(['score', input, '-o', output, '--model', model, '--resume']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/resuming .*: 100 records already scored, 23 lines after the last checkpoint will be scored again, dropped a partial last line/);
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
    expect((await run(['score', input, '-o', output, '--model', model, '-q', '--batch-size', '5'])).code).toBe(0);
    const lines = full.stdout.split('\n');
    writeFileSync(output, lines.slice(0, 17).join('\n') + '\n' + (lines[17] as string).slice(0, 10));
    const r = await run(['score', input, '-o', output, '--model', model, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/: 15 records already scored, 2 lines after the last checkpoint/);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
  });
});

describe('score --model-header', () => {
  it('writes the model block once, as the first line, and leaves it out of every result line', async () => {
    const input = join(dir, 'mh.jsonl');
    writeFileSync(input, jsonl(300, 37));
    const plain = jsonLines((await run(['score', input, '--model', model, '-q'])).stdout);
    const one = await run(['score', input, '--model', model, '-q', '--model-header']);
    const two = await run(['score', input, '--model', model, '-q', '--model-header', '--workers', '2', '--batch-size', '40']);
    expect(two.stdout).toBe(one.stdout);
    const [head, ...rest] = jsonLines(one.stdout);
    const scored = plain.find((o) => 'model' in o) as { model: unknown };
    expect(head).toEqual({ model: scored.model });
    expect(rest).toHaveLength(plain.length);
    rest.forEach((o, i) => {
      expect(o).not.toHaveProperty('model');
      const { model: _m, ...want } = plain[i] as Record<string, unknown>;
      expect(o).toEqual(want);
    });
  }, 60_000);

  it('an input without records gives the header alone', async () => {
    const input = join(dir, 'mh-empty.jsonl');
    writeFileSync(input, '\n\n');
    const r = await run(['score', input, '--model', model, '-q', '--model-header']);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([{ model: expect.objectContaining({ name: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }) }]);
  });

  it('--resume keeps the header once, and refuses to mix outputs with and without it', async () => {
    const input = join(dir, 'mh-r.jsonl');
    const output = join(dir, 'mh-r.out.jsonl');
    writeFileSync(input, jsonl(200, 0));
    const full = await run(['score', input, '--model', model, '-q', '--model-header']);
    expect((await run(['score', input, '-o', output, '--model', model, '-q', '--model-header', '--batch-size', '50'])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
    const lines = full.stdout.split('\n');
    writeFileSync(output, lines.slice(0, 90).join('\n') + '\n');
    expect((await run(['score', input, '-o', output, '--model', model, '-q', '--model-header', '--resume'])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
    const mixed = await run(['score', input, '-o', output, '--model', model, '-q', '--resume']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--model-header');
    expect(readFileSync(output, 'utf8')).toBe(full.stdout);
  });
});

describe('score --resume refuses an output that belongs to another run (exit 2, nothing changed)', () => {
  /** Score `input` into a fresh -o and cut it back to `keep` lines, as a killed run leaves it. */
  async function partialRun(name: string, input: string, keep: number, args: string[] = []): Promise<string> {
    const output = join(dir, `${name}.out.jsonl`);
    expect((await run(['score', input, '-o', output, '--model', model, '-q', '--batch-size', '4', ...args])).code).toBeLessThan(2);
    const lines = readFileSync(output, 'utf8').split('\n');
    writeFileSync(output, lines.slice(0, keep).join('\n') + '\n');
    return output;
  }
  async function refused(args: string[], output: string, message: RegExp, input?: string): Promise<void> {
    const before = readFileSync(output, 'utf8');
    const sidecar = readFileSync(`${output}.resume.json`, 'utf8');
    const r = await run(['score', ...args, '-o', output, '--model', model, '--resume'], input === undefined ? {} : { input });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^threatframe: \[USAGE\] --resume: /);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(output, 'utf8')).toBe(before);
    expect(readFileSync(`${output}.resume.json`, 'utf8')).toBe(sidecar);
  }

  it('another input file (the issue: big.jsonl resumed into the output of posts.jsonl)', async () => {
    const posts = join(dir, 'posts-a.jsonl');
    const big = join(dir, 'big-a.jsonl');
    writeFileSync(posts, jsonl(30));
    writeFileSync(big, jsonl(200));
    const output = await partialRun('posts-a', posts, 22);
    await refused([big], output, /it was written for input .*posts-a\.jsonl \(\d+ bytes\), not .*big-a\.jsonl/);
  });

  it('the same file with other records in it (same path, same size)', async () => {
    const input = join(dir, 'same-size.jsonl');
    writeFileSync(input, jsonl(30));
    const output = await partialRun('same-size', input, 20);
    const changed = readFileSync(input, 'utf8').replace('Record 3:', 'Record X:');
    expect(changed.length).toBe(statSync(input).size);
    writeFileSync(input, changed);
    await refused([input], output, /the first 20 records of .*same-size\.jsonl are not the records .* holds \(their sha256 differs/);
  });

  it('other flags: --text-field, --format, --spans', async () => {
    const input = join(dir, 'flags.jsonl');
    writeFileSync(input, jsonl(30));
    const output = await partialRun('flags', input, 20);
    await refused([input, '--text-field', 'body'], output, /--text-field text, not body/);
    await refused([input, '--format', 'txt'], output, /--format jsonl, not txt/);
    await refused([input, '--spans', 'all'], output, /--spans flagged, not all/);
  });

  it('stdin with fewer or other records than the output holds', async () => {
    const output = join(dir, 'stdin.out.jsonl');
    expect((await run(['score', '-', '-o', output, '--model', model, '-q', '--batch-size', '4'], { input: jsonl(12) })).code).toBe(0);
    await refused(['-'], output, /already has 12 lines but the input has only 3 records/, jsonl(3));
    await refused(['-'], output, /the first 12 records of stdin are not the records/, jsonl(12).replace('Record 5', 'Record 6'));
    // The same records again: nothing to add, and nothing changes.
    const before = readFileSync(output, 'utf8');
    const same = await run(['score', '-', '-o', output, '--model', model, '--resume', '-q'], { input: jsonl(12) });
    expect(same.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(before);
  });

  it('an output with no resume record (written some other way)', async () => {
    const input = join(dir, 'noside.jsonl');
    const output = join(dir, 'noside.out.jsonl');
    writeFileSync(input, jsonl(3));
    writeFileSync(output, '{}\n{}\n');
    const r = await run(['score', input, '-o', output, '--model', model, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\[USAGE\] --resume: .*noside\.out\.jsonl has 2 lines but no record of the input it belongs to \(noside\.out\.jsonl\.resume\.json is missing/);
    expect(readFileSync(output, 'utf8')).toBe('{}\n{}\n');
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
    // Commander's own errors too: one line in the form of every other usage error.
    expect(r.stderr).toMatch(/^threatframe: \[USAGE\] /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^error:/m);
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
