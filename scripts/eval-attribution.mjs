// The segmenter's attribution layer on PolNeAR (eval only, read from the raw-data dir): content-span recall
// and precision at overlap >= 0.5 and exact, per content type, cue and source accuracy.
// Usage (after `npm run build`): node scripts/eval-attribution.mjs [train|dev|test ...] [--json out.json]
import { writeFileSync } from 'node:fs';
import { defaultRawDir, loadPolnear, renderAttribution, scoreAttribution } from '../dist/train.js';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const splits = args.filter((a, i) => !a.startsWith("--") && (jsonAt < 0 || i !== jsonAt + 1));
const reports = {};
for (const split of splits.length > 0 ? splits : ['test']) reports[split] = scoreAttribution(loadPolnear(defaultRawDir(), split));
process.stdout.write(renderAttribution(reports));
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], `${JSON.stringify(reports, null, 1)}\n`);
