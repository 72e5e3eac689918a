#!/usr/bin/env node
/**
 * `npm run bench`: end-to-end throughput of `threatframe score` on real posts and articles (1 and 2
 * workers), single-call latency, cold start, peak RSS while streaming, and a tokenize-only floor over
 * the same JSONL. Writes bench/results/latest.json and prints a table.
 *
 * Env: THREATFRAME_DATA_DIR (corpora, default ../shared/data/raw), BENCH_MODEL (model dir, default the
 * bundled models/default), BENCH_POSTS (default 200000), BENCH_ARTICLES (default 4000).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, describeTexts, loadArticles, loadPosts } from './corpus.mjs';
import { cpuOf, rssOf } from './proc.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'threatframe.js');
const N_POSTS = Number(process.env.BENCH_POSTS ?? 200_000);
const N_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 4000);
const log = (m) => process.stderr.write(`[bench] ${m}\n`);

function ensureBuilt() {
  if (existsSync(join(ROOT, 'dist', 'cli.js')) && existsSync(join(ROOT, 'dist', 'index.js'))) return;
  log('dist/ missing: building with tsup');
  const r = spawnSync('npx', ['tsup'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function pickModel() {
  if (process.env.BENCH_MODEL) return { dir: resolve(process.env.BENCH_MODEL), note: 'BENCH_MODEL' };
  const def = join(ROOT, 'models', 'default');
  if (existsSync(join(def, 'manifest.json'))) return { dir: def, note: 'bundled default model' };
  const tiny = join(ROOT, 'fixtures', 'tiny-model');
  if (existsSync(join(tiny, 'manifest.json'))) return { dir: tiny, note: 'TINY TEST MODEL: models/default is missing, figures are not representative' };
  throw new Error('no model: models/default and fixtures/tiny-model are missing (set BENCH_MODEL)');
}

function writeJsonl(path, texts, n, kind) {
  let buf = '';
  const parts = [];
  for (let i = 0; i < n; i++) {
    buf += JSON.stringify({ id: i, kind, text: texts[i % texts.length] }) + '\n';
    if (buf.length > 1 << 22) { parts.push(buf); buf = ''; }
  }
  parts.push(buf);
  writeFileSync(path, parts.join(''));
  return statSync(path).size;
}

/** Run a node script; wall time, peak RSS (sampled every 20 ms from /proc), stdout. */
function runNode(args, { stdin } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, rssOf(child.pid));
      cpu = cpuOf(child.pid) ?? cpu;
    }, 20);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolvePromise({ seconds, cpuSeconds: cpu, peakRss: peak, stdout, stderr });
    });
    child.stdin.end(stdin ?? '');
  });
}

/** Time from spawn to the first byte of output for one record through the CLI. */
function firstResult(model) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'score', '-', '--model', model, '-q'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let first;
    child.stdout.once('data', () => { first = performance.now() - started; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && first !== undefined ? resolvePromise(first) : reject(new Error(`cold start run exited ${code}`))));
    child.stdin.end('{"id":1,"text":"We are watching the station, waiting for the hour."}\n');
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b) => Math.round((b / 1024 / 1024) * 10) / 10;

async function main() {
  const t0 = performance.now();
  ensureBuilt();
  const model = pickModel();
  const raw = dataDir(ROOT);
  log(`model: ${model.dir} (${model.note}); corpora: ${raw}`);
  const posts = loadPosts(raw);
  const articles = loadArticles(raw);
  const tmp = mkdtempSync(join(tmpdir(), 'threatframe-bench-'));
  const files = {
    posts: { path: join(tmp, 'posts.jsonl'), n: N_POSTS, texts: posts.texts, kind: 'post' },
    articles: { path: join(tmp, 'articles.jsonl'), n: N_ARTICLES, texts: articles.texts, kind: 'article' },
  };
  for (const f of Object.values(files)) f.bytes = writeJsonl(f.path, f.texts, f.n, f.kind);
  log(`inputs: ${N_POSTS} posts (${mb(files.posts.bytes)} MB), ${N_ARTICLES} articles (${mb(files.articles.bytes)} MB) in ${tmp}`);
  const load = { start: loadavg() };

  try {
    const score = {};
    for (const [name, f] of Object.entries(files)) {
      for (const workers of [1, 2]) {
        const out = join(tmp, `${name}.${workers}.out.jsonl`);
        const r = await runNode([BIN, 'score', f.path, '-o', out, '--model', model.dir, '--workers', String(workers), '-q']);
        const lines = readFileSync(out, 'utf8').split('\n').length - 1;
        if (lines !== f.n) throw new Error(`${name} x${workers}: ${lines} output lines for ${f.n} records`);
        score[`${name}_${workers}w`] = { records: f.n, seconds: r.seconds, perSecond: f.n / r.seconds, cpuSeconds: r.cpuSeconds, perCpuSecond: f.n / r.cpuSeconds, peakRssMB: mb(r.peakRss) };
        rmSync(out);
        log(`score ${name} --workers ${workers}: ${(f.n / r.seconds).toFixed(0)}/s (${(f.n / r.cpuSeconds).toFixed(0)} per CPU-second), peak RSS ${mb(r.peakRss)} MB`);
      }
    }

    const floor = {};
    for (const [name, f] of Object.entries(files)) {
      const out = join(tmp, `${name}.tok.jsonl`);
      const r = await runNode([join(ROOT, 'bench', 'tokenize-floor.mjs'), f.path, out]);
      floor[name] = { records: f.n, seconds: r.seconds, perSecond: f.n / r.seconds, cpuSeconds: r.cpuSeconds };
      rmSync(out);
      log(`tokenize-only ${name}: ${(f.n / r.seconds).toFixed(0)}/s`);
    }

    const textsFile = join(tmp, 'latency.json');
    writeFileSync(textsFile, JSON.stringify({ posts: posts.texts.slice(0, 5000), articles: articles.texts.slice(0, 500) }));
    const latency = JSON.parse((await runNode([join(ROOT, 'bench', 'inprocess.mjs'), 'latency', model.dir, textsFile])).stdout);
    log(`latency: posts p50 ${latency.posts.p50Ms.toFixed(3)} ms, articles p50 ${latency.articles.p50Ms.toFixed(2)} ms`);

    const coldRuns = [];
    const cliRuns = [];
    for (let i = 0; i < 5; i++) {
      coldRuns.push(JSON.parse((await runNode([join(ROOT, 'bench', 'inprocess.mjs'), 'cold', model.dir])).stdout));
      cliRuns.push(await firstResult(model.dir));
    }
    const cold = {
      cliSpawnToFirstResultMs: median(cliRuns),
      inProcessLoadAndFirstClassifyMs: median(coldRuns.map((c) => c.loadAndFirstMs)),
      inProcessImportMs: median(coldRuns.map((c) => c.importMs)),
      inProcessProcessStartToFirstResultMs: median(coldRuns.map((c) => c.processStartToFirstResultMs)),
      engine: coldRuns[0].engine,
      backend: coldRuns[0].backend,
    };
    log(`cold start: CLI ${cold.cliSpawnToFirstResultMs.toFixed(0)} ms, in-process load+first ${cold.inProcessLoadAndFirstClassifyMs.toFixed(0)} ms`);
    load.end = loadavg();

    const best = (name) => Math.max(score[`${name}_1w`].perSecond, score[`${name}_2w`].perSecond);
    const manifest = JSON.parse(readFileSync(join(model.dir, 'manifest.json'), 'utf8'));
    const result = {
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, totalMemMB: mb(totalmem()), freeMemMB: mb(freemem()), loadavg: load },
      model: { dir: model.dir.startsWith(ROOT) ? model.dir.slice(ROOT.length + 1) : model.dir, note: model.note, name: manifest.name, version: manifest.version, sha256: manifest.sha256 },
      inputs: {
        posts: { records: N_POSTS, bytes: files.posts.bytes, ...describeTexts(posts.texts), sources: posts.sources },
        articles: { records: N_ARTICLES, bytes: files.articles.bytes, ...describeTexts(articles.texts), sources: articles.sources },
      },
      score,
      tokenizeFloor: floor,
      ratioToFloor: { posts: floor.posts.perSecond / best('posts'), articles: floor.articles.perSecond / best('articles') },
      latency,
      coldStart: cold,
      peakRssMB: Math.max(...Object.values(score).map((s) => s.peakRssMB)),
      targets: {
        postsPerSecond: { target: 20000, actual: best('posts'), met: best('posts') >= 20000 },
        articlesPerSecond: { target: 500, actual: best('articles'), met: best('articles') >= 500 },
        postsRatioToFloor: { target: 4, actual: floor.posts.perSecond / best('posts'), met: floor.posts.perSecond / best('posts') <= 4 },
        coldStartMs: { target: 500, actual: cold.cliSpawnToFirstResultMs, met: cold.cliSpawnToFirstResultMs <= 500 },
        peakRssMB: { target: 300, actual: Math.max(...Object.values(score).map((s) => s.peakRssMB)), met: Math.max(...Object.values(score).map((s) => s.peakRssMB)) <= 300 },
      },
      benchSeconds: (performance.now() - t0) / 1000,
    };
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), markdown(result));
    printTable(result);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function rowsOf(r) {
  const f0 = (x) => x.toFixed(0);
  return [
    ['posts/s, score, 1 worker', f0(r.score.posts_1w.perSecond), ''],
    ['posts per CPU-second, score, 1 worker', f0(r.score.posts_1w.perCpuSecond), ''],
    ['posts/s, score, 2 workers', f0(r.score.posts_2w.perSecond), '>= 20000'],
    ['posts/s, tokenize-only floor', f0(r.tokenizeFloor.posts.perSecond), ''],
    ['posts: floor / score (best)', r.ratioToFloor.posts.toFixed(2) + 'x', '<= 4x'],
    ['articles/s, score, 1 worker', f0(r.score.articles_1w.perSecond), ''],
    ['articles per CPU-second, score, 1 worker', f0(r.score.articles_1w.perCpuSecond), ''],
    ['articles/s, score, 2 workers', f0(r.score.articles_2w.perSecond), '>= 500'],
    ['articles/s, tokenize-only floor', f0(r.tokenizeFloor.articles.perSecond), ''],
    ['articles: floor / score (best)', r.ratioToFloor.articles.toFixed(2) + 'x', ''],
    ['classify latency, post p50 / p99 (ms)', `${r.latency.posts.p50Ms.toFixed(3)} / ${r.latency.posts.p99Ms.toFixed(3)}`, ''],
    ['classify latency, article p50 / p99 (ms)', `${r.latency.articles.p50Ms.toFixed(2)} / ${r.latency.articles.p99Ms.toFixed(2)}`, ''],
    ['cold start, CLI spawn -> first result (ms)', f0(r.coldStart.cliSpawnToFirstResultMs), '<= 500'],
    ['cold start, loadClassifier + first classify (ms)', f0(r.coldStart.inProcessLoadAndFirstClassifyMs), ''],
    [`peak RSS streaming ${r.inputs.posts.records} posts (MB)`, `${r.score.posts_1w.peakRssMB} (1w) / ${r.score.posts_2w.peakRssMB} (2w)`, '<= 300'],
  ];
}

function machineLine(r) {
  const m = r.machine;
  return `${m.cpu}, ${m.cores} cores, node ${m.node}, load average ${m.loadavg.start.map((x) => x.toFixed(2)).join(' ')} at start`;
}

/** The same table for the README. */
function markdown(r) {
  return [
    `Benchmark (\`npm run bench\`, ${r.date.slice(0, 10)}): ${machineLine(r)}; model ${r.model.name} ${r.model.version}.`,
    `Posts: ${r.inputs.posts.records} records (${r.inputs.posts.meanWords} words on average); articles: ${r.inputs.articles.records} records (${r.inputs.articles.meanWords} words).`,
    '',
    '| measure | result | target |',
    '| --- | ---: | --- |',
    ...rowsOf(r).map(([a, b, c]) => `| ${a} | ${b} | ${c} |`),
    '',
  ].join('\n');
}

function printTable(r) {
  const rows = rowsOf(r);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  const out = [
    `threatframe bench, ${r.date}`,
    `machine: ${machineLine(r)}`,
    `model: ${r.model.name} ${r.model.version} (${r.model.note})`,
    `posts: ${r.inputs.posts.distinct} distinct, ${r.inputs.posts.meanWords} words avg; articles: ${r.inputs.articles.distinct} distinct, ${r.inputs.articles.meanWords} words avg`,
    '',
    ...rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`),
    '',
    `wrote bench/results/latest.json (${r.benchSeconds.toFixed(0)} s)`,
  ];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`[bench] failed: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
