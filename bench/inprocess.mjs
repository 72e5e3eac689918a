/**
 * In-process figures, run in a fresh node process by bench/run.mjs.
 *   cold <model>                 import + loadClassifier + first classify, timed from process start
 *   latency <model> <texts.json> single-call classify latency over the given texts
 */
const t0 = performance.now(); // ms since the process started (node's own bootstrap is before this)
const [mode, model, textsFile] = process.argv.slice(2);
const { loadClassifier } = await import('../dist/index.js');
const tImport = performance.now();
const classifier = await loadClassifier(model ? { model } : {});
const tLoad = performance.now();

if (mode === 'cold') {
  classifier.classify('We are watching the station, waiting for the hour.');
  const tFirst = performance.now();
  process.stdout.write(JSON.stringify({
    processStartToFirstResultMs: tFirst,
    importMs: tImport - t0,
    loadClassifierMs: tLoad - tImport,
    firstClassifyMs: tFirst - tLoad,
    loadAndFirstMs: tFirst - tImport,
    engine: classifier.engine,
    backend: classifier.backend,
  }) + '\n');
} else {
  const { readFileSync } = await import('node:fs');
  const groups = JSON.parse(readFileSync(textsFile, 'utf8'));
  const out = {};
  for (const [name, texts] of Object.entries(groups)) {
    for (const t of texts.slice(0, 200)) classifier.classify(t); // warm up
    const times = new Float64Array(texts.length);
    texts.forEach((t, i) => {
      const s = performance.now();
      classifier.classify(t);
      times[i] = performance.now() - s;
    });
    times.sort();
    const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    out[name] = { calls: texts.length, p50Ms: q(0.5), p90Ms: q(0.9), p99Ms: q(0.99), maxMs: times[times.length - 1] };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}
