/**
 * Every command shown in README.md's CLI section and in every `--help` text runs as shown, from the built
 * bin, in a temp dir that holds a copy of fixtures/ (the inputs the examples name) and a `threatframe`
 * on PATH. The model comes from $THREATFRAME_MODEL (the tiny test model: the bundled one is not what
 * these tests are about). Two adaptations, both stated here: `train` examples run with `--dry-run`
 * (training takes minutes and has `npm run train`), with $THREATFRAME_DATA_DIR naming an empty folder;
 * `serve` examples run until they log that they listen, the `curl` examples run against them, then
 * SIGTERM stops them (exit 0).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureBuilt, tempDir, tinyModelDir } from './helpers.js';

/** The shell lines of the first ```sh block of a README section. */
export function readmeCommands(readme: string, heading = '## CLI'): string[] {
  const at = readme.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`README has no "${heading}" section`);
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error(`README's "${heading}" section has no sh block`);
  return joinContinuations((block[1] as string).split('\n')).map(stripComment).filter((l) => /(^|\|\s*)threatframe\b/.test(l));
}

/** The commands under "Example:" / "Examples:" in a --help text (indented lines, `\` continues a line). */
export function helpExamples(help: string): string[] {
  const out: string[] = [];
  const lines = help.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^Examples?:\s*$/.test(lines[i] as string)) continue;
    const block: string[] = [];
    for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j] as string); j++) block.push((lines[j] as string).trim());
    out.push(...joinContinuations(block).map(stripComment).filter(Boolean));
  }
  return out;
}

function joinContinuations(lines: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.endsWith('\\')) {
      cur += line.slice(0, -1).trim() + ' ';
      continue;
    }
    out.push(cur + line);
    cur = '';
  }
  if (cur) out.push(cur.trim());
  return out.filter(Boolean);
}

/** A trailing `# comment` (outside quotes) goes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) {
      return line.slice(0, i).trim();
    }
  }
  return line.trim();
}

let dir: string;
let env: Record<string, string>;
const helps: Record<string, string> = {};

function sh(command: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['-c', command], { cwd: dir, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  symlinkSync(join(ROOT, 'seeds'), join(dir, 'seeds'));
  const binDir = join(dir, '.bin');
  mkdirSync(binDir);
  const shim = join(binDir, 'threatframe');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  const data = join(dir, 'empty-data');
  mkdirSync(data);
  env = {
    ...(process.env as Record<string, string>),
    PATH: `${binDir}:${process.env.PATH ?? ''}`,
    THREATFRAME_MODEL: await tinyModelDir(),
    THREATFRAME_DATA_DIR: data,
  };
  for (const cmd of ['', 'score', 'eval', 'train', 'serve']) {
    const r = sh(`threatframe ${cmd} --help`);
    expect(r.code, `threatframe ${cmd} --help`).toBe(0);
    helps[cmd || 'threatframe'] = r.stdout;
  }
}, 180_000);

const isServe = (c: string): boolean => /\bthreatframe serve\b/.test(c);
const isCurl = (c: string): boolean => /^curl\b/.test(c);

/** Run one non-server example and check that it did what it shows. */
function runExample(command: string): void {
  const shown = /\bthreatframe train\b/.test(command) && !command.includes('--dry-run') ? `${command} --dry-run` : command;
  const r = sh(shown);
  const where = `\`${shown}\` exited ${r.code}\nstderr: ${r.stderr.slice(0, 2000)}`;
  if (/\bthreatframe eval\b/.test(command)) {
    // A report always; exit 1 only for a missed floor of a metric (the tiny model is no good), never
    // for a group the fixtures do not have or a usage error.
    expect(r.stdout, where).toMatch(/threatframe eval: /);
    expect(r.stderr, where).not.toMatch(/no rows in the fixtures/);
    if (r.code !== 0) {
      expect(r.code, where).toBe(1);
      expect(r.stderr, where).toMatch(/floors missed/);
    }
    return;
  }
  expect(r.code, where).toBe(0);
  if (/\bthreatframe score\b/.test(command) && !/ -o /.test(command)) {
    const lines = r.stdout.trim().split('\n');
    expect(lines.length, where).toBeGreaterThan(0);
    for (const l of lines) expect(JSON.parse(l), where).toHaveProperty('label');
  }
  if (/\bthreatframe train\b/.test(command)) expect(JSON.parse(r.stdout.trim()), where).toMatchObject({ dryRun: true });
}

/** Start a serve example, wait until it listens, run `alongside` against it, stop it with SIGTERM. */
async function runServer(command: string, alongside: (url: string) => void): Promise<void> {
  // `exec` all the way down (bash, the shim), so the signal reaches node itself.
  const child = spawn('bash', ['-c', command.replace(/^((?:\w+=\S+\s+)*)threatframe\b/, '$1exec threatframe')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const m = /"url":"(http:\/\/[^"]+)".*threatframe serve listening/.exec(stdout);
        if (m) {
          clearInterval(poll);
          resolve(m[1] as string);
        }
      }, 20);
      void exited.then((code) => {
        clearInterval(poll);
        reject(new Error(`\`${command}\` exited ${code} before listening\nstdout: ${stdout}\nstderr: ${stderr}`));
      });
    });
    const health = spawnSync('curl', ['-s', `${url}/healthz`], { encoding: 'utf8' });
    expect(JSON.parse(health.stdout)).toEqual({ status: 'ok' });
    alongside(url);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited, `\`${command}\` after SIGTERM\nstderr: ${stderr}`).toBe(0);
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

describe('the extraction', () => {
  it('finds the README commands and the examples of every --help', () => {
    const readme = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme.length).toBeGreaterThanOrEqual(6);
    expect(readme.some((c) => c.startsWith('cat ') && c.includes('| threatframe score -'))).toBe(true);
    expect(helpExamples(helps.score as string).length).toBeGreaterThanOrEqual(3);
    expect(helpExamples(helps.eval as string).length).toBeGreaterThanOrEqual(1);
    expect(helpExamples(helps.train as string).length).toBeGreaterThanOrEqual(1);
    expect(helpExamples(helps.serve as string).some(isCurl)).toBe(true);
    expect(helpExamples('Examples:\n  a \\\n    b  # note\n  c "#x"\n\nOther:\n  d')).toEqual(['a b', 'c "#x"']);
  });

  it('every file an example names exists in the repository (fixtures/ is what the temp dir copies)', () => {
    const all = [...readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8')), ...Object.values(helps).flatMap(helpExamples)];
    const files = all.flatMap((c) => c.match(/\bfixtures\/[\w./-]+/g) ?? []);
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });
});

describe('README CLI section', () => {
  const readme = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  it.each(readme.filter((c) => !isServe(c)).map((c) => [c]))('%s', (command) => {
    runExample(command);
  }, 180_000);

  it.each(readme.filter(isServe).map((c) => [c]))('%s', async (command) => {
    if (!(await portFree(8080))) {
      console.warn(`[examples] port 8080 is taken on this machine; not running: ${command}`);
      return;
    }
    await runServer(command, () => {});
  }, 60_000);
});

describe('--help examples', () => {
  for (const cmd of ['threatframe', 'score', 'eval', 'train', 'serve']) {
    it(`${cmd}: every example runs`, async () => {
      const examples = helpExamples(helps[cmd] as string);
      const servers = examples.filter(isServe);
      const curls = examples.filter(isCurl);
      for (const c of examples.filter((e) => !isServe(e) && !isCurl(e))) runExample(c);
      if (servers.length > 0 && !(await portFree(8080))) {
        console.warn(`[examples] port 8080 is taken on this machine; not running: ${servers.join(' / ')}`);
        return;
      }
      // The curl examples go to the first server that takes no key; each server answers /healthz.
      let curled = curls.length === 0;
      for (const s of servers) {
        await runServer(s, () => {
          if (curled || /--api-key-env/.test(s)) return;
          for (const c of curls) {
            const r = sh(c);
            expect(r.code, c).toBe(0);
            const body = JSON.parse(r.stdout) as { attributeScores: { THREAT: { summaryScore: { value: number } } } };
            expect(body.attributeScores.THREAT.summaryScore.value).toBeGreaterThanOrEqual(0);
          }
          curled = true;
        });
      }
      expect(curled, 'a curl example had no server to talk to').toBe(true);
    }, 180_000);
  }
});
