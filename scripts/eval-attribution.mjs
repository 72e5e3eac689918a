// The attribution layer, measured two ways (eval only; `npm run build` first):
//  - on PolNeAR (read from the raw-data dir; never shipped): content-span recall and precision at overlap >= 0.5
//    and exact, per content type, cue and source accuracy, per split;
//  - on the hand-written fixtures (fixtures/attribution/attribution.jsonl): the same segmenter table, and the
//    shipped model's quoted_threat spans (threat quotations found with their source; none on other content).
// Usage: node scripts/eval-attribution.mjs [train|dev|test ...] [--fixtures] [--json out.json] [--misses] [--model dir]
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClassifier } from '../dist/index.js';
import {
  defaultRawDir, fixturesAsDocs, loadPolnear, readAttributionFixtures, renderAttribution, renderQuotedThreats, scoreAttribution, scoreQuotedThreats,
} from '../dist/train.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const valueOf = (flag) => (args.includes(flag) ? args.indexOf(flag) + 1 : -1);
const splits = args.filter((a, i) => !a.startsWith('--') && i !== valueOf('--json') && i !== valueOf('--model'));
const withFixtures = args.includes('--fixtures') || splits.length === 0;
const out = { polnear: {}, fixtures: undefined };
const polnearSplits = splits.length > 0 ? splits : ['test'];
for (const split of polnearSplits) out.polnear[split] = scoreAttribution(loadPolnear(defaultRawDir(), split));
process.stdout.write(`## PolNeAR (${polnearSplits.join(', ')})\n\n${renderAttribution(out.polnear)}\n`);
if (withFixtures) {
  const path = join(root, 'fixtures', 'attribution', 'attribution.jsonl');
  if (!existsSync(path)) throw new Error(`no attribution fixtures at ${path}`);
  const rows = readAttributionFixtures(path);
  const segmenter = scoreAttribution(fixturesAsDocs(rows));
  const modelAt = args.indexOf('--model');
  const classifier = await loadClassifier({ spans: 'all', ...(modelAt >= 0 ? { model: args[modelAt + 1] } : {}) });
  const results = rows.map((r) => classifier.classify({ text: r.text, kind: r.kind }));
  const model = scoreQuotedThreats(rows, results);
  out.fixtures = { segmenter, model };
  process.stdout.write(`## Hand-written attribution fixtures (${rows.length} documents)\n\n${renderAttribution({ fixtures: segmenter })}\n${renderQuotedThreats(model)}`);
  if (args.includes('--misses')) for (const m of model.misses) process.stdout.write(`${m.kind}\t${m.id}\t${m.content}\n`);
}
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], `${JSON.stringify(out, null, 1)}\n`);
