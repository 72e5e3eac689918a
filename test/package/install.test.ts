/**
 * The tree installs clean on the Node versions `engines` allows (no EBADENGINE from `npm ci`), and the
 * install's own build is quiet on stdout (the quickstart's `npm ci && npx threatframe score ...` shows
 * results, not a build log). Read from package.json and package-lock.json: no network, no install.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(join(root, 'package.json'));
/** semver comes with fastify (and npm); typed here for the two calls used. */
const semver = require('semver') as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
  dev?: boolean;
  optional?: boolean;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string>; overrides?: Record<string, unknown> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };

describe('install', () => {
  it('every locked package accepts the oldest Node that engines allows (npm ci prints no EBADENGINE)', () => {
    const oldest = semver.minVersion(pkg.engines.node)?.version as string;
    expect(oldest).toMatch(/^20\./);
    const refusing: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      if (path === '' || range === undefined) continue;
      if (!semver.satisfies(oldest, range)) refusing.push(`${path}@${p.version ?? '?'} wants node ${range}`);
    }
    expect(refusing, `engines says node ${pkg.engines.node}`).toEqual([]);
  });

  it('fastify inject gets a cookie that runs on Node 20 (the override), with the function it calls', () => {
    expect(pkg.overrides).toMatchObject({ 'light-my-request': { cookie: expect.stringMatching(/^\^?1\./) } });
    const fromLmr = createRequire(require.resolve('light-my-request'));
    const cookie = fromLmr('cookie') as { stringifySetCookie: (c: { name: string; value: string }) => string };
    expect(cookie.stringifySetCookie({ name: 'a', value: 'b c' })).toBe('a=b%20c');
    const meta = fromLmr('cookie/package.json') as { version: string; engines: { node: string } };
    expect(semver.satisfies(semver.minVersion(pkg.engines.node)?.version as string, meta.engines.node)).toBe(true);
  });

  it('the install-time build (prepare) keeps stdout quiet', () => {
    expect(pkg.scripts.prepare).toMatch(/^tsup --silent$/);
  });
});
