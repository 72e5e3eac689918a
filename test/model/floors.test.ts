/**
 * Regression floors of the shipped model on the earlier fixtures (fixtures/voice.jsonl and
 * fixtures/handwritten.jsonl, never trained on; they served for model selection). The floors sit five points below the
 * figures measured for the shipped model (scripts/floors.mjs); they guard against a
 * retrain that gets worse on voice, they are not the product targets.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadClassifier, readFixtures, type EvaluationReport } from '../../src/index.js';

type Floor = { minThreatRecall?: number; maxThreatRate?: number };
const floors = JSON.parse(readFileSync('fixtures/floors.json', 'utf8')) as Record<string, Floor>;
let report: EvaluationReport;

beforeAll(async () => {
  const classifier = await loadClassifier();
  const rows = [...readFixtures('fixtures/voice.jsonl'), ...readFixtures('fixtures/handwritten.jsonl')];
  report = evaluate(rows.map((r) => classifier.classify({ text: r.text, ...(r.kind ? { kind: r.kind } : {}) })), rows);
}, 120_000);

describe('shipped model on held-out voice-versus-genre fixtures', () => {
  it.each(Object.entries(floors))('%s stays above its floor', (group, floor) => {
    const m = report.groups[group];
    expect(m, `group ${group} missing from the fixtures`).toBeDefined();
    if (floor.minThreatRecall !== undefined) expect(m?.threatRecall ?? 0).toBeGreaterThanOrEqual(floor.minThreatRecall);
    if (floor.maxThreatRate !== undefined) expect(m?.threatRate ?? 1).toBeLessThanOrEqual(floor.maxThreatRate);
  });

});
