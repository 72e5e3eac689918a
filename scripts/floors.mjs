// Regression floors of the shipped model, five points below what it measures now: on the earlier fixtures
// (fixtures/floors.json, per group) and on the locked test (fixtures/locked/floors.json, per group and for the
// summary figures). They guard against a retrain that gets worse; they are not the product targets.
// Usage (after `npm run build`): node scripts/floors.mjs [modelDir=models/default]
import { writeFileSync } from 'node:fs';
import { evaluate, loadClassifier, readFixtures } from '../dist/index.js';
import { loadLocked, lockedReport } from '../dist/train.js';

const dir = process.argv[2] ?? 'models/default';
const c = await loadClassifier({ model: dir, spans: 'none' });
const down = (x) => Math.max(0, Math.floor((x - 0.05) * 100) / 100);
const up = (x) => Math.min(1, Math.ceil((x + 0.05) * 100) / 100);
const rows = [...readFixtures('fixtures/voice.jsonl'), ...readFixtures('fixtures/handwritten.jsonl')];
const report = evaluate(rows.map((r) => c.classify({ text: r.text, ...(r.kind ? { kind: r.kind } : {}) })), rows);
const floors = {};
for (const [g, m] of Object.entries(report.groups).sort(([a], [b]) => a.localeCompare(b))) {
  if (m.n < 20) continue;
  floors[g] = m.threatRecall !== null && m.threatRecall !== undefined && rows.filter((r) => r.group === g).every((r) => r.label === 'threat')
    ? { minThreatRecall: down(m.threatRecall) }
    : { maxThreatRate: up(m.threatRate) };
}
writeFileSync('fixtures/floors.json', `${JSON.stringify(floors, null, 2)}\n`);
const locked = lockedReport(loadLocked('fixtures/locked'), (texts) => texts.map((t) => { const r = c.classify(t); return { threat: r.label === 'threat', score: r.scores.threat }; }));
const lockedFloors = {
  groups: Object.fromEntries(Object.entries(locked.groups).map(([g, r]) => [g, { minCorrect: down(r.correct) }])),
  naturalRecall: down(locked.natural.recall),
  mixedRatio: down(locked.pairs.ratio),
  maxEce: Math.ceil((locked.ece + 0.02) * 100) / 100,
  minBpsn: down(locked.targets.worstBpsn ?? 0),
};
writeFileSync('fixtures/locked/floors.json', `${JSON.stringify(lockedFloors, null, 2)}\n`);
console.log(JSON.stringify({ floors, lockedFloors }, null, 1));
