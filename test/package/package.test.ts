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
import { tinyModelDir } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');
let project: string;
let files: string[];
/** The serve tests use the tiny test model by path (the bundled one is tested above). */
let tiny: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before the package tests');
  const packDir = mkdtempSync(join(tmpdir(), 'threatframe-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' });
  const info = JSON.parse(out)[0] as { filename: string; files: Array<{ path: string }> };
  files = info.files.map((f) => f.path);
  project = mkdtempSync(join(tmpdir(), 'threatframe-user-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(packDir, info.filename)], { cwd: project, encoding: 'utf8' });
  tiny = await tinyModelDir();
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
    for (const f of ['dist/serve.js', 'dist/serve.cjs', 'dist/serve.d.ts', 'dist/serve.d.cts']) expect(files).toContain(f);
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

  it('exposes createServer and startServer through threatframe/serve (ESM): inject, metrics, a real port with worker threads', () => {
    const out = run(['--input-type=module', '-e', `
      import { createServer, startServer, ServeOptionsSchema, THREAT_SCORE_BUCKETS } from 'threatframe/serve';
      const model = ${JSON.stringify(tiny)};
      const app = createServer({ model, logLevel: 'silent' });
      await app.ready();
      const res = await app.inject({ method: 'POST', url: '/v1/classify', payload: { text: 'I will find you tonight.' } });
      const metrics = (await app.inject('/metrics')).body;
      await app.close();
      let bad;
      try { createServer({ port: 'eighty' }); } catch (e) { bad = e.code; }
      const server = await startServer({ model, port: 0, workers: 2, logLevel: 'silent' });
      const live = await fetch(server.url + '/v1alpha1/comments:analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ comment: { text: 'See you at the game.' }, requestedAttributes: { THREAT: {} } }) });
      const body = await live.json();
      await server.close();
      console.log(JSON.stringify({ status: res.statusCode, label: res.json().label, counted: /threatframe_results_total\\{label="\\w+"\\} 1/.test(metrics), bad, live: live.status, threat: typeof body.attributeScores.THREAT.summaryScore.value, schema: typeof ServeOptionsSchema.parse, buckets: THREAT_SCORE_BUCKETS.length > 0 }));
    `]);
    expect(JSON.parse(out.trim())).toEqual({ status: 200, label: expect.stringMatching(/^(threat|reporting|benign)$/), counted: true, bad: 'INVALID_OPTIONS', live: 200, threat: 'number', schema: 'function', buckets: true });
  });

  it('exposes createServer through threatframe/serve (CommonJS)', () => {
    const out = run(['-e', `
      const { createServer } = require('threatframe/serve');
      const app = createServer({ model: ${JSON.stringify(tiny)}, logLevel: 'silent' });
      app.ready()
        .then(() => app.inject({ method: 'POST', url: '/v1/classify', payload: { records: [{ id: 'a', text: 'hello' }, { id: 'b', text: 'I will hurt you.' }] } }))
        .then((res) => { console.log(res.statusCode, res.json().results.map((r) => r.id).join(',')); return app.close(); });
    `]);
    expect(out.trim()).toBe('200 a,b');
  });

  it('types threatframe/serve for TypeScript users (nodenext): typed options, wrong ones rejected', () => {
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] },
      include: ['*.mts', '*.cts'],
    }));
    writeFileSync(join(project, 'ok.mts'), `
      import { createServer, startServer, type ServeOptionsInput, type RunningServer, type ThreatframeServer } from 'threatframe/serve';
      const options: ServeOptionsInput = { port: 0, workers: 2, maxQueue: 64, logLevel: 'warn', apiKey: 'k' };
      const app: ThreatframeServer = createServer(options);
      const queued: number = app.threatframe.admitted();
      const running: Promise<RunningServer> = startServer({ host: '127.0.0.1' });
      void queued; void running;
    `);
    writeFileSync(join(project, 'ok.cts'), `
      import serve = require('threatframe/serve');
      const app = serve.createServer({ timeoutMs: 1000 });
      void app.threatframe.options.timeoutMs.toFixed();
    `);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
    writeFileSync(join(project, 'bad.mts'), `
      import { createServer } from 'threatframe/serve';
      createServer({ port: '8080' });
    `);
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/bad\.mts.*error TS2322: Type 'string' is not assignable to type 'number'/s);
  }, 60_000);

  it('prints nothing when imported', () => {
    expect(run(['--input-type=module', '-e', "import 'threatframe';"])).toBe('');
    expect(run(['-e', "require('threatframe');"])).toBe('');
    expect(run(['--input-type=module', '-e', "import 'threatframe/serve';"])).toBe('');
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
