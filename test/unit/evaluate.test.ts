import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import type { FixtureRow, Result } from '../../src/schemas.js';

const model = { name: 'm', version: '1', sha256: 'x' };
function pred(label: Result['label'], threat: number, spans: Result['spans'] = []): Result {
  const rest = (1 - threat) / 2;
  const scores = { threat, reporting: rest, benign: rest };
  return { label, scores, confidence: scores[label], language: 'en', spans, model };
}

describe('evaluate', () => {
  it('computes per-label metrics, confusion matrix and per-group reports', () => {
    const gold: FixtureRow[] = [
      { text: 'a', label: 'threat', group: 'g1' },
      { text: 'b', label: 'threat', group: 'g1' },
      { text: 'c', label: 'reporting', group: 'g2' },
      { text: 'd', label: 'benign', group: 'g2' },
    ];
    const preds = [pred('threat', 0.9), pred('reporting', 0.2), pred('threat', 0.6), pred('benign', 0.1)];
    const r = evaluate(preds, gold);
    expect(r.overall.n).toBe(4);
    expect(r.overall.confusion.threat.threat).toBe(1);
    expect(r.overall.confusion.threat.reporting).toBe(1);
    expect(r.overall.confusion.reporting.threat).toBe(1);
    expect(r.overall.labels.threat.precision).toBeCloseTo(0.5);
    expect(r.overall.labels.threat.recall).toBeCloseTo(0.5);
    expect(r.overall.threatRecall).toBeCloseTo(0.5);
    expect(r.overall.threatFalsePositiveRate).toBeCloseTo(0.5);
    expect(Object.keys(r.groups)).toEqual(['g1', 'g2']);
    expect(r.groups.g1?.threatRecall).toBeCloseTo(0.5);
    expect(r.groups.g2?.threatRecall).toBeNull();
  });

  it('reports recall at a fixed false-positive rate from the threat scores', () => {
    const gold: FixtureRow[] = [
      ...Array.from({ length: 10 }, () => ({ text: 't', label: 'threat' as const })),
      ...Array.from({ length: 20 }, () => ({ text: 'n', label: 'benign' as const })),
    ];
    const preds = [
      ...Array.from({ length: 10 }, (_, i) => pred('threat', 0.5 + i * 0.05)),
      ...Array.from({ length: 20 }, (_, i) => pred('benign', i === 0 ? 0.72 : 0.1)),
    ];
    const r = evaluate(preds, gold);
    // One negative at 0.72: at 5% FPR (1 of 20 allowed) every threat above 0.1 counts.
    expect(r.overall.recallAtFpr['0.05']).toBeCloseTo(1);
    expect(r.overall.recallAtFpr['0.10']).toBeCloseTo(1);
  });

  it('scores spans by label and overlap', () => {
    const gold: FixtureRow[] = [{ text: 'x'.repeat(50), label: 'reporting', spans: [{ start: 0, end: 50, label: 'reporting' }, { start: 10, end: 30, label: 'quoted_threat' }] }];
    const spans: Result['spans'] = [
      { start: 0, end: 50, text: 'x'.repeat(50), label: 'reporting', confidence: 0.9, kind: 'sentence', scores: { threat: 0.05, reporting: 0.9, benign: 0.05 }, explanation: { content: 0.1, voice: 0.5 } },
      { start: 12, end: 30, text: 'x'.repeat(18), label: 'quoted_threat', confidence: 0.8, kind: 'quote', parent: 0, scores: { threat: 0.1, reporting: 0.8, benign: 0.1 }, explanation: { content: 0.9, voice: 0.1 } },
    ];
    const r = evaluate([pred('reporting', 0.1, spans)], gold);
    expect(r.overall.span?.f1).toBeCloseTo(1);
  });

  it('rejects mismatched lengths and invalid rows with coded errors', () => {
    expect(() => evaluate([pred('threat', 0.9)], [])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => evaluate([pred('threat', 0.9)], [{ text: 'a', label: 'nope' } as never])).toThrow(expect.objectContaining({ code: 'FIXTURE_INVALID' }));
  });

  it('expected calibration error is 0 for perfectly calibrated confident predictions', () => {
    const gold: FixtureRow[] = [{ text: 'a', label: 'threat' }, { text: 'b', label: 'benign' }];
    const r = evaluate([pred('threat', 1), { ...pred('benign', 0), scores: { threat: 0, reporting: 0, benign: 1 }, confidence: 1 }], gold);
    expect(r.overall.ece).toBeCloseTo(0);
  });
});
