// Measures a model for its model card: fixtures per group, corpora per source on a split, eval-only
// corpora, length buckets. Writes <model>/metrics-<split>.json and prints the Markdown tables.
// Usage (after `npm run build`): node scripts/report.mjs [modelDir=models/default] [split=test]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
const report = buildReport({ classifier, fixturesDir: 'fixtures', trainDocs, evalDocs, split });
writeFileSync(join(dir, `metrics-${split}.json`), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(renderCard(report));
