/**
 * `npm test` builds dist/ before the suites run. A bare `vitest run` may find it missing: the suites
 * that run the built package then build it once, under one lock directory shared by all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Build dist/ with tsup unless `ready()` already holds; wait instead while another suite builds. */
export function buildDistOnce(ready: () => boolean): void {
  if (ready()) return;
  const lock = join(ROOT, 'dist.build-lock');
  try {
    mkdirSync(lock);
  } catch {
    // A hang guard, not a speed limit: a build takes ~25 s on a quiet 2-core machine, 5x that on a busy one.
    const until = Date.now() + 900_000;
    while (existsSync(lock) && Date.now() < until) spawnSync('sleep', ['0.2']);
    return;
  }
  try {
    const r = spawnSync('npx', ['tsup'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npx tsup failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
