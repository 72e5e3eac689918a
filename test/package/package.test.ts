/**
 * Packs the package as npm would publish it, installs the tarball into a temporary project and uses
 * it the way users do: ESM import, CommonJS require, the subpath exports and the bin.
 * Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let project: string;
let files: string[];

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before the package tests');
  const packDir = mkdtempSync(join(tmpdir(), 'threatframe-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' });
  const info = JSON.parse(out)[0] as { filename: string; files: Array<{ path: string }> };
  files = info.files.map((f) => f.path);
  project = mkdtempSync(join(tmpdir(), 'threatframe-user-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(packDir, info.filename)], { cwd: project, encoding: 'utf8' });
}, 240_000);

const run = (args: string[], input?: string): string =>
  execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', ...(input === undefined ? {} : { input }) });

describe('packed tarball', () => {
  it('ships dist, bin, models and schemas but not sources, tests or seeds', () => {
    expect(files).toContain('models/default/manifest.json');
    expect(files).toContain('models/default/weights.bin');
    expect(files).toContain('bin/threatframe.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.cjs');
    expect(files.some((f) => f.startsWith('schemas/'))).toBe(true);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('seeds/'))).toBe(false);
  });

  it('works through ESM import with the bundled model, printing nothing on import', () => {
    const out = run(['--input-type=module', '-e', `
      import { loadClassifier } from 'threatframe';
      const c = await loadClassifier();
      const r = c.classify({ id: 'a', text: 'Police said he wrote "I will burn your house down" in a text.' });
      console.log(JSON.stringify({ label: r.label, spans: r.spans.map((s) => s.label), engine: c.engine }));
    `]);
    const parsed = JSON.parse(out.trim());
    expect(parsed.engine).toBe('js');
    expect(parsed.label).toBe('reporting');
    expect(parsed.spans).toContain('quoted_threat');
  });

  it('works through CommonJS require', () => {
    const out = run(['-e', `
      const tf = require('threatframe');
      tf.loadClassifier().then((c) => console.log(c.classify('I am going to hurt you tonight.').label));
    `]);
    expect(['threat', 'reporting', 'benign']).toContain(out.trim());
  });

  it('exposes the train entry and package.json through the exports map', () => {
    const out = run(['--input-type=module', '-e', `
      import { train, splitOf } from 'threatframe/train';
      import { createRequire } from 'node:module';
      const pkg = createRequire(import.meta.url)('threatframe/package.json');
      console.log(typeof train, splitOf('x'), pkg.name);
    `]);
    expect(out.trim()).toMatch(/^function (train|dev|test) threatframe$/);
  });

  it('prints nothing when imported', () => {
    expect(run(['--input-type=module', '-e', "import 'threatframe';"])).toBe('');
    expect(run(['-e', "require('threatframe');"])).toBe('');
  });

  it('runs the bin from the installed package', () => {
    const bin = join(project, 'node_modules', '.bin', 'threatframe');
    const out = execFileSync(bin, ['score', '-'], { cwd: project, encoding: 'utf8', input: '{"id":"1","text":"See you at the game tonight!"}\n' });
    const line = JSON.parse(out.trim());
    expect(line.id).toBe('1');
    expect(line.model.name).toBe('threatframe-default');
    const version = execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' }).trim();
    expect(version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
