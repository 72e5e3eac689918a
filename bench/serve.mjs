#!/usr/bin/env node
/**
 * `npm run bench:serve`: bounded load on `threatframe serve` over loopback with autocannon.
 *
 * For each scenario (short comments through the Perspective endpoint, ~800-word articles through
 * /v1/classify) and each worker count (1, 2), the built bin is started as a child process, warmed up,
 * then loaded with N connections for D seconds. Reported: requests/s, p50/p99/max latency, errors
 * (socket errors, timeouts, non-2xx), the server's own p50/p99 from its request log lines, peak RSS
 * of the server process (sampled from /proc every 100 ms), RSS after warm-up, every 2 s and at the
 * end (growth), server CPU seconds. Before the load, the
 * service's THREAT answers are checked against the built library's `classify(text).scores.threat`.
 *
 * Texts are read at run time from the corpora (../shared/data/raw, or THREATFRAME_DATA_DIR); none is
 * copied into the repository. Writes bench/results/serve-latest.json and prints a table.
 *
 * Flags: --duration S (default 12; the 60 s soak is --duration 60), --connections N (64),
 *        --workers 1,2  --scenarios comments,articles  --warmup S (3)  --model DIR
 * Note: autocannon runs on the same 2 cores as the server, so figures include the load generator.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { dataDir, describeTexts, loadArticles, loadPosts } from './corpus.mjs';
import { cpuOf, rssOf } from './proc.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'threatframe.js');
const log = (m) => process.stderr.write(`[bench:serve] ${m}\n`);
const mb = (b) => Math.round((b / 1024 / 1024) * 10) / 10;

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '12' },
    connections: { type: 'string', default: '64' },
    workers: { type: 'string', default: '1,2' },
    scenarios: { type: 'string', default: 'comments,articles' },
    warmup: { type: 'string', default: '3' },
    model: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench', 'results', 'serve-latest.json') },
  },
});
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);
const WARMUP = Number(flags.warmup);
const WORKERS = flags.workers.split(',').map(Number);
const SCENARIOS = flags.scenarios.split(',');
if (![DURATION, CONNECTIONS, WARMUP, ...WORKERS].every((n) => Number.isFinite(n) && n >= 0)) throw new Error('bad numeric flag');

function ensureBuilt() {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (existsSync(cli) && readFileSync(cli, 'utf8').includes('serveTask')) return;
  log('dist/ missing or without serve: building with tsup');
  const r = spawnSync('npx', ['tsup'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/** The model to serve: --model / BENCH_MODEL, else the bundled default (must load with this build). */
async function pickModel() {
  const { loadClassifier } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const explicit = flags.model ?? process.env.BENCH_MODEL;
  const candidates = explicit ? [{ dir: resolve(explicit), note: 'given' }] : [
    { dir: join(ROOT, 'models', 'default'), note: 'bundled default model' },
    { dir: join(ROOT, 'fixtures', 'tiny-model'), note: 'TINY TEST MODEL: models/default does not load with this build; figures are not representative' },
  ];
  const failures = [];
  for (const c of candidates) {
    try {
      const classifier = await loadClassifier({ model: c.dir });
      return { ...c, classifier };
    } catch (error) {
      failures.push(`${c.dir}: [${error.code}] ${error.message}`);
    }
  }
  throw new Error(`no usable model (a model being retrained? retry in a few minutes):\n${failures.join('\n')}`);
}

const words = (t) => t.split(/\s+/).filter(Boolean).length;

/** Start `threatframe serve` and resolve once its listening line names the URL. */
function startServe(model, workers) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--model', model, '--workers', String(workers), '--max-queue', '1024'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    let found = false;
    let lines = 0;
    // Server-side response times from the per-request log lines (collected while `times` is set).
    const state = { times: null };
    const timeRe = /"responseTime":([0-9.]+)/g;
    child.stdout.setEncoding('utf8').on('data', (d) => {
      lines += (d.match(/\n/g) ?? []).length;
      if (state.times) for (const m of d.matchAll(timeRe)) state.times.push(Number(m[1]));
      if (found) return;
      buf += d;
      const m = /"url":"(http:[^"]+)".*"msg":"threatframe serve listening"/.exec(buf);
      if (m) {
        found = true;
        buf = '';
        resolvePromise({ child, url: m[1], logLines: () => lines, state });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    child.on('exit', (code) => { if (!found) reject(new Error(`serve exited ${code}: ${err}`)); });
  });
}

function stopServe(child) {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise(child.exitCode);
    child.once('exit', (code) => resolvePromise(code));
    child.kill('SIGTERM');
  });
}

function load(url, path, bodies, seconds, connections) {
  let i = 0;
  return autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [{
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => {
        req.body = bodies[i++ % bodies.length];
        return req;
      },
    }],
  });
}

async function checkIdentical(url, texts, classifier) {
  let mismatches = 0;
  for (const text of texts) {
    const res = await fetch(`${url}/v1alpha1/comments:analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ comment: { text }, requestedAttributes: { THREAT: {} } }) });
    const body = await res.json();
    if (body?.attributeScores?.THREAT?.summaryScore?.value !== classifier.classify(text).scores.threat) mismatches++;
  }
  return { checked: texts.length, mismatches };
}

async function runScenario(scenario, workers, model, classifier) {
  const { child, url, logLines, state } = await startServe(model, workers);
  const pid = child.pid;
  let peak = 0;
  let ticks = 0;
  let timeline = null; // RSS every 2 s during the measured run
  const sampler = setInterval(() => {
    const rss = rssOf(pid);
    peak = Math.max(peak, rss);
    if (timeline && ++ticks % 20 === 0) timeline.push(mb(rss));
  }, 100);
  try {
    const identical = await checkIdentical(url, scenario.sample, classifier);
    if (WARMUP > 0) await load(url, scenario.path, scenario.bodies, WARMUP, CONNECTIONS);
    const rssAfterWarmup = rssOf(pid);
    const cpu0 = cpuOf(pid) ?? 0;
    const logs0 = logLines();
    timeline = [mb(rssAfterWarmup)];
    state.times = [];
    const r = await load(url, scenario.path, scenario.bodies, DURATION, CONNECTIONS);
    const cpu = (cpuOf(pid) ?? cpu0) - cpu0;
    const times = state.times.sort((a, b) => a - b);
    state.times = null;
    const q = (p) => (times.length ? Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 100) / 100 : null);
    const rssEnd = rssOf(pid);
    const non2xx = r.non2xx ?? 0;
    return {
      scenario: scenario.name,
      endpoint: scenario.path,
      workers,
      connections: CONNECTIONS,
      seconds: DURATION,
      requests: r.requests.total,
      requestsPerSec: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.average },
      // As the server logs it: routing to response end, without client and socket queueing.
      serverLatencyMs: { p50: q(0.5), p99: q(0.99), max: q(1) },
      errors: r.errors + r.timeouts + non2xx,
      errorDetail: { socket: r.errors, timeouts: r.timeouts, non2xx },
      serverCpuSeconds: Math.round(cpu * 100) / 100,
      peakRssMB: mb(Math.max(peak, rssEnd)),
      rssAfterWarmupMB: mb(rssAfterWarmup),
      rssEndMB: mb(rssEnd),
      rssTimelineMB: timeline,
      logLinesPerRequest: r.requests.total ? Math.round(((logLines() - logs0) / r.requests.total) * 100) / 100 : 0,
      identical,
    };
  } finally {
    clearInterval(sampler);
    const code = await stopServe(child);
    if (code !== 0) log(`server exited ${code} after SIGTERM`);
  }
}

function table(results) {
  const head = ['scenario', 'workers', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'server p50 / p99 ms', 'errors', 'peak RSS MB', 'RSS warm -> end MB', 'THREAT == library'];
  const rows = results.map((r) => [r.scenario, r.workers, r.requestsPerSec, r.latencyMs.p50, r.latencyMs.p99, r.latencyMs.max, `${r.serverLatencyMs.p50} / ${r.serverLatencyMs.p99}`, r.errors, r.peakRssMB, `${r.rssAfterWarmupMB} -> ${r.rssEndMB}`, `${r.identical.checked - r.identical.mismatches}/${r.identical.checked}`]);
  const md = [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  return md.join('\n');
}

async function main() {
  ensureBuilt();
  const started = new Date();
  const load0 = loadavg();
  const uptime0 = spawnSync('uptime', { encoding: 'utf8' }).stdout.trim();
  const { dir: model, note, classifier } = await pickModel();
  log(`model ${classifier.model.name} ${classifier.model.version} (${note})`);
  const dir = dataDir(ROOT);
  const posts = loadPosts(dir).texts.filter((t) => { const w = words(t); return w >= 20 && w <= 30; });
  const articles = loadArticles(dir).texts.filter((t) => { const w = words(t); return w >= 700 && w <= 900; });
  const pick = (texts, n) => texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / n)) === 0).slice(0, n);
  const comments = pick(posts, 2000);
  const longs = pick(articles, 300);
  const scenarios = {
    comments: {
      name: 'comments (~25 words)', path: '/v1alpha1/comments:analyze', texts: describeTexts(comments), sample: comments.slice(0, 200),
      bodies: comments.map((text) => JSON.stringify({ comment: { text }, requestedAttributes: { THREAT: {} } })),
    },
    articles: {
      name: 'articles (~800 words)', path: '/v1/classify', texts: describeTexts(longs), sample: longs.slice(0, 20),
      bodies: longs.map((text) => JSON.stringify({ text, kind: 'article' })),
    },
  };
  const results = [];
  for (const name of SCENARIOS) {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`unknown scenario ${name} (comments, articles)`);
    log(`${name}: ${scenario.texts.distinct} distinct texts, ${scenario.texts.meanWords} words on average`);
    for (const w of WORKERS) {
      log(`${name}, ${w} worker(s): ${WARMUP}s warm-up + ${DURATION}s at ${CONNECTIONS} connections`);
      const r = await runScenario(scenario, w, model, classifier);
      r.texts = scenario.texts;
      results.push(r);
      log(`  ${r.requestsPerSec} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors}, peak RSS ${r.peakRssMB} MB`);
    }
  }
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version,
    totalMemMB: mb(totalmem()), freeMemMB: mb(freemem()),
    loadavg: { start: load0, end: loadavg() }, uptimeAtStart: uptime0,
  };
  const report = {
    date: started.toISOString(),
    machine,
    model: { ...classifier.model, note },
    settings: { duration: DURATION, warmup: WARMUP, connections: CONNECTIONS, loadGenerator: 'autocannon 8 in the same machine' },
    targets: { commentsRequestsPerSec: 5000, commentsP99Ms: 20 },
    results,
  };
  mkdirSync(dirname(flags.out), { recursive: true });
  writeFileSync(flags.out, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`\nthreatframe serve on ${machine.cpu}, ${machine.cores} cores, node ${machine.node}\n`);
  process.stdout.write(`load average at start ${load0.map((x) => x.toFixed(2)).join(' ')} (${uptime0}); model ${classifier.model.name} ${classifier.model.version}; ${CONNECTIONS} connections, ${DURATION}s per run after ${WARMUP}s warm-up\n\n`);
  process.stdout.write(table(results) + '\n\n');
  process.stdout.write(`written: ${flags.out}\n`);
}

main().catch((error) => {
  process.stderr.write(`[bench:serve] ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
