/** Running the built bin (node bin/threatframe.js) in temp dirs, for the CLI end-to-end tests. */
import { buildDistOnce } from '../helpers/build.js';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'threatframe.js');

/** `npm test` builds first; when dist is missing (a bare `vitest run`) build it once. */
export function ensureBuilt(): void {
  buildDistOnce(() => existsSync(join(ROOT, 'dist', 'cli.js')));
}

/**
 * The tiny test model shipped in fixtures/, else (missing, or built for another feature set while
 * the code moves on) one built by the training code into a temp dir.
 */
export async function tinyModelDir(): Promise<string> {
  const shipped = join(ROOT, 'fixtures', 'tiny-model');
  if (existsSync(join(shipped, 'manifest.json'))) {
    const { loadClassifier } = await import('../../src/classifier.js');
    const usable = await loadClassifier({ model: shipped }).then(() => true, () => false);
    if (usable) return shipped;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tf-cli-model-'));
  const { tinyModel } = await import('../helpers/tiny.js');
  const { writeArtifacts } = await import('../../src/train/save.js');
  writeArtifacts(dir, await tinyModel());
  return dir;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tf-cli-'));
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

export function jsonLines(text: string): Array<Record<string, unknown>> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}
