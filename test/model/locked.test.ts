/**
 * Regression floors of the shipped model on the locked hand-written test (fixtures/locked). The locked test is
 * never used to choose between variants; these floors sit five points below what the shipped model measured
 * there once (models/default/metrics-locked.json, scripts/floors.mjs) and fail a retrain that gets worse.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/index.js';
import { keywordBaseline } from '../../src/train/baseline.js';
import { loadLocked, lockedReport, type LockedReport } from '../../src/train/locked.js';

const floors = JSON.parse(readFileSync('fixtures/locked/floors.json', 'utf8')) as {
  groups: Record<string, { minCorrect: number }>; naturalRecall: number; mixedRatio: number; maxEce: number; minBpsn: number;
};
let report: LockedReport;

beforeAll(async () => {
  const c = await loadClassifier({ spans: 'none' });
  report = lockedReport(loadLocked('fixtures/locked'), (texts) => texts.map((t) => {
    const r = c.classify(t);
    return { threat: r.label === 'threat', score: r.scores.threat };
  }));
}, 300_000);

describe('shipped model on the locked hand-written test', () => {
  it.each(Object.entries(floors.groups))('%s stays above its floor', (group, floor) => {
    expect(report.groups[group], `group ${group} missing`).toBeDefined();
    expect(report.groups[group]?.correct ?? 0).toBeGreaterThanOrEqual(floor.minCorrect);
  });

  it('quoted, reported, relayed, condemned and referred-to threats are kept out more often than a keyword list manages', () => {
    const keyword = lockedReport(loadLocked('fixtures/locked'), (texts) => texts.map((t) => ({ threat: keywordBaseline(t), score: keywordBaseline(t) ? 1 : 0 })));
    for (const g of ['quoted', 'reported', 'relayed', 'condemned', 'referred']) {
      expect(report.groups[g]?.correct ?? 0, g).toBeGreaterThan((keyword.groups[g]?.correct ?? 1) + 0.05);
    }
  });

  it('natural register, threats beside unrelated sentences, calibration and the bias floor hold', () => {
    expect(report.natural.recall).toBeGreaterThanOrEqual(floors.naturalRecall);
    expect(report.pairs.ratio).toBeGreaterThanOrEqual(floors.mixedRatio);
    expect(report.ece).toBeLessThanOrEqual(floors.maxEce);
    expect(report.targets.worstBpsn ?? 0).toBeGreaterThanOrEqual(floors.minBpsn);
  });
});
