// Model selection on dev data only: prepare the training data once, fit each variant, calibrate it on dev,
// and report it on the dev rows of the written posts, the seeds' dev templates, the earlier fixtures
// (fixtures/voice.jsonl and fixtures/handwritten.jsonl, which served for selection before) and a sample of
// the corpora's dev splits. The locked test (fixtures/locked) is never read here.
// Usage (after `npm run build`): node scripts/experiment.mjs variants.json [out-dir=/tmp/threatframe-exp]
//   variants.json: [{ "name": "base" }, { "name": "wider", "contentHidden": 96 }, ...] (fit options of train());
//   { "name": "shipped", "load": "models/default" } reports existing weights on the same rows, without fitting;
//   "without": ["w-veiled:", ...] leaves the documents whose id starts so out of that variant's fit and out of its
//   calibration (as a training run without those sets would), while every variant is reported on the same dev rows
//   (same vocabulary too); EXP_REPORT_WITHOUT=prefix,... leaves dev rows whose id starts so out of the report
//   (to compare variants on the rows that existed before a new written set, which only some variants train on)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClassifier, readFixtures } from '../dist/index.js';
import { auc, build, fit, prepare, writeArtifacts } from '../dist/train.js';

const [variantsPath, outDir = '/tmp/threatframe-exp'] = process.argv.slice(2);
if (!variantsPath) {
  console.error('usage: node scripts/experiment.mjs variants.json [out-dir]');
  process.exit(2);
}
const variants = JSON.parse(readFileSync(variantsPath, 'utf8'));
const reportWithout = (process.env.EXP_REPORT_WITHOUT ?? '').split(',').filter(Boolean);
const reportOut = (id) => reportWithout.some((prefix) => String(id).startsWith(prefix));
const log = (m) => console.error(m);
const p = await prepare({ log, ...(variants[0]?.prepare ?? {}) });
const earlier = [...readFixtures('fixtures/voice.jsonl'), ...readFixtures('fixtures/handwritten.jsonl')];
const earlierHand = earlier.filter((r) => String(r.id).includes(':hand:'));

function groups(clf, rows) {
  const by = new Map();
  for (const r of rows) by.set(r.group, [...(by.get(r.group) ?? []), r]);
  const out = {};
  for (const [g, rs] of [...by.entries()].sort()) {
    const isThreat = rs.every((r) => r.label === 'threat');
    const right = rs.filter((r) => (clf.classify({ text: r.text }).label === 'threat') === (r.label === 'threat')).length;
    out[g] = { n: rs.length, gold: isThreat ? 'threat' : 'not-threat', correct: right / rs.length };
  }
  return out;
}
const balanced = (g) => {
  const t = Object.values(g).filter((x) => x.gold === 'threat');
  const o = Object.values(g).filter((x) => x.gold !== 'threat');
  const mean = (xs) => xs.reduce((a, x) => a + x.correct, 0) / Math.max(1, xs.length);
  return { threat: mean(t), other: mean(o), balanced: (mean(t) + mean(o)) / 2 };
};
const aucOf = (clf, rows) => {
  const pos = [];
  const neg = [];
  for (const r of rows) (r.label === 'threat' ? pos : neg).push(clf.classify({ text: r.text }).scores.threat);
  return auc(pos, neg);
};

for (const v of variants) {
  const { name, prepare: _p, without = [], ...over } = v;
  const out = (id) => without.some((prefix) => id.startsWith(prefix));
  const pv = without.length === 0 ? p : {
    ...p,
    trainUnits: p.trainUnits.filter((u) => !out(u.docId)),
    devUnits: p.devUnits.filter((u) => !out(u.docId)),
    devDocs: p.devDocs.filter((d) => !out(d.id)),
  };
  if (without.length > 0) log(`${name}: ${p.trainUnits.length - pv.trainUnits.length} training units and ${p.devDocs.length - pv.devDocs.length} dev documents left out (${without.join(', ')})`);
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  let modelOption;
  let threshold;
  if (over.load) {
    modelOption = over.load;
    threshold = JSON.parse(readFileSync(join(over.load, 'manifest.json'), 'utf8')).calibration.threatThreshold;
  } else {
    const fitted = fit(pv, { ...over, log });
    const built = await build(pv, fitted, log);
    writeArtifacts(dir, built);
    modelOption = { manifest: built.manifest, modelJson: built.modelJson, weights: built.weightData };
    threshold = built.manifest.calibration.threatThreshold;
  }
  const clf = await loadClassifier({ model: modelOption });
  const written = p.devDocs.filter((d) => d.source === 'written' && !reportOut(d.id)).map((d) => ({ text: d.text, label: d.label, group: d.group }));
  const seeds = p.devDocs.filter((d) => d.source === 'seeds').map((d) => ({ text: d.text, label: d.label, group: d.group }));
  const corpora = [];
  const seen = new Map();
  for (const d of p.devDocs) {
    if (['seeds', 'written', 'augment'].includes(d.source)) continue;
    const k = `${d.source}:${d.label === 'threat' ? 'threat' : 'other'}`;
    if ((seen.get(k) ?? 0) >= 600) continue;
    seen.set(k, (seen.get(k) ?? 0) + 1);
    corpora.push({ text: d.text, label: d.label, group: k });
  }
  // Quotations on the written dev rows whose every quotation was checked: threatening ones found as
  // quoted_threat, and documents with a quoted_threat span over no listed threatening quotation.
  const quotes = { threats: 0, found: 0, docs: 0, spurious: 0 };
  const spansClf = await loadClassifier({ spans: 'all', model: modelOption });
  for (const d of p.devDocs) {
    if (d.source !== 'written' || d.group !== 'quotes-checked' || reportOut(d.id)) continue;
    const gold = (d.spans ?? []).filter((s) => s.label === 'quoted_threat');
    const qt = spansClf.classify({ text: d.text }).spans.filter((s) => s.label === 'quoted_threat');
    const meet = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
    quotes.threats += gold.length;
    quotes.found += gold.filter((g) => qt.some((s) => meet(s, g))).length;
    quotes.docs++;
    if (qt.some((s) => !gold.some((g) => meet(s, g)))) quotes.spurious++;
  }
  const report = {
    variant: v,
    quotes,
    threshold,
    written: groups(clf, written), earlierHand: groups(clf, earlierHand), seeds: groups(clf, seeds), corpora: groups(clf, corpora),
    aucWritten: aucOf(clf, written), aucEarlierHand: aucOf(clf, earlierHand),
  };
  writeFileSync(join(dir, 'dev-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  const b = (g) => (balanced(g).balanced * 100).toFixed(1);
  console.log(`${name}: written dev balanced ${b(report.written)} (AUC ${report.aucWritten.toFixed(4)}), earlier hand-written ${b(report.earlierHand)} (AUC ${report.aucEarlierHand.toFixed(4)}), seeds dev ${b(report.seeds)}, corpora dev ${b(report.corpora)}, threshold ${report.threshold}; quotes-checked dev: threats found ${quotes.found}/${quotes.threats}, docs with a spurious quoted_threat ${quotes.spurious}/${quotes.docs}`);
}
