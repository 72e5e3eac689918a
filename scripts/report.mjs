// Measures a model for its model card: the earlier fixtures per group (hand-written, then generated), corpora
// per source on a split, eval-only corpora, length buckets; the keyword list and the offensive-language peer on
// the same rows. Writes <model>/metrics-<split>.json and prints the Markdown tables. (The locked test has its
// own script, scripts/eval-locked.mjs.)
// Usage (after `npm run build`): node scripts/report.mjs [modelDir=models/default] [split=test]
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadClassifier } from '../dist/index.js';
import { buildReport, defaultRawDir, isUncertainNegative, loadSources, renderCard } from '../dist/train.js';

const dir = process.argv[2] ?? 'models/default';
const split = process.argv[3] ?? 'test';
const classifier = await loadClassifier({ model: dir });
const raw = defaultRawDir();
const keep = (d) => !isUncertainNegative(d);
const trainDocs = (await loadSources(raw, undefined, { use: 'train' })).filter(keep);
const evalDocs = (await loadSources(raw, ['ethos', 'gab-hate-corpus', 'polnear', 'wikitext-2-eval'], { use: 'eval' }))
  .filter((d) => keep(d) && d.split === 'test');
const peerPath = resolve(process.env.THREATFRAME_PEERS_DIR ?? '../shared/peers', 'alt-profanity-check/score.mjs');
let peer;
if (existsSync(peerPath)) {
  const { loadPeer } = await import(peerPath);
  const p = loadPeer();
  peer = (text) => p(text) >= 0.5;
}
const report = buildReport({ classifier, fixturesDir: 'fixtures', trainDocs, evalDocs, split, ...(peer ? { peer } : {}) });
writeFileSync(join(dir, `metrics-${split}.json`), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(renderCard(report));
