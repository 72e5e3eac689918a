import { describe, expect, it } from 'vitest';
import { documentScores, logit, platt, reportingShare, sigmoid, unitProbs } from '../../src/combine.js';
import { fitPlatt } from '../../src/train/calib.js';
import { chooseQuotedThreshold } from '../../src/train/train.js';
import { mulberry32 } from '../../src/train/random.js';

describe('combination of unit outputs', () => {
  it('a unit is an own-voice threat by content x voice, and its four probabilities sum to one', () => {
    const logits = Float32Array.from([4, 0, 4, 4, 0, -4, -4, 3, 4]);
    const id = { a: 1, b: 0 };
    const own = unitProbs(logits, 0, id);
    const quoted = unitProbs(logits, 1, id);
    const about = unitProbs(logits, 2, id);
    for (const p of [own, quoted, about]) expect(p.threat + p.quoted + p.reporting + p.benign).toBeCloseTo(1, 6);
    expect(own.threat).toBeCloseTo(sigmoid(4) * sigmoid(4), 6);
    expect(quoted.threat).toBeLessThan(0.05);
    expect(quoted.quoted).toBeGreaterThan(0.9);
    expect(about.reporting).toBeGreaterThan(about.benign);
    expect(reportingShare(about)).toBeGreaterThan(0.5);
  });

  it('the document threat score is a monotone map of the highest unit: other units cannot lower it', () => {
    const map = { a: 1.3, b: -0.2 };
    const u = (t: number, r: number) => ({ content: 0, voice: 0, threat: t, quoted: 0, reporting: (1 - t) * r, benign: (1 - t) * (1 - r) });
    const alone = documentScores([u(0.8, 0)], map);
    const withOthers = documentScores([u(0.8, 0), u(0.01, 0.9), u(0.2, 0.1), u(0.001, 0)], map);
    expect(withOthers.threat).toBe(alone.threat);
    expect(alone.threat).toBeCloseTo(platt(0.8, map), 12);
    for (const s of [alone, withOthers]) expect(s.threat + s.reporting + s.benign).toBeCloseTo(1, 9);
    expect(documentScores([], map)).toEqual({ threat: 0, reporting: 0, benign: 1 });
    expect(logit(sigmoid(2.5))).toBeCloseTo(2.5, 6);
  });
});

describe('Platt calibration', () => {
  it('fits an over-confident score down to its accuracy and keeps the map increasing', () => {
    const rand = mulberry32(5);
    const p: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const claimed = rand() < 0.5 ? 0.99 : 0.01;
      // Claims 99% but is right only 75% of the time.
      y.push(rand() < 0.75 ? (claimed > 0.5 ? 1 : 0) : (claimed > 0.5 ? 0 : 1));
      p.push(claimed);
    }
    const map = fitPlatt(p, y);
    expect(map.a).toBeGreaterThan(0);
    expect(platt(0.99, map)).toBeGreaterThan(0.7);
    expect(platt(0.99, map)).toBeLessThan(0.8);
    expect(platt(0.01, map)).toBeLessThan(0.3);
  });

  it('stays finite and bounded on separable data', () => {
    const map = fitPlatt([1e-12, 1e-9, 1 - 1e-9, 1 - 1e-12], [0, 0, 1, 1]);
    expect(Number.isFinite(map.a) && Number.isFinite(map.b)).toBe(true);
    expect(map.a).toBeLessThanOrEqual(20);
    expect(map.a).toBeGreaterThan(0);
  });
});

describe('the quoted_threat content threshold', () => {
  const tower = { ids: new Int32Array(0), dense: new Float32Array(0) };
  const unit = (start: number, end: number) => ({ kind: 'quote' as const, start, end, parent: 0, tokens: 4, content: tower, voice: tower });
  const probs = (content: number, threat = 0.01) => ({ content, voice: 0.05, threat, quoted: 0.1, reporting: 0.5, benign: 0.39 });
  const doc = (id: string, group: string, quoted: Array<[number, number]>) => ({
    id, source: 'written', text: 'x'.repeat(200), kind: 'post' as const, label: 'reporting' as const, split: 'dev' as const, group,
    spans: quoted.map(([start, end]) => ({ start, end, label: 'quoted_threat' as const })),
  });
  const identity = { a: 1, b: 0 };

  it('separates listed threatening quotations from the other quotations of checked documents', () => {
    const scored = [
      { doc: doc('w-a:1', 'quotes-checked', [[0, 20]]), units: [unit(0, 20), unit(40, 60)], probs: [probs(0.9), probs(0.3)] },
      { doc: doc('w-a:2', 'quotes-checked', [[10, 30]]), units: [unit(10, 30), unit(50, 70)], probs: [probs(0.8), probs(0.55)] },
      // Not a checked group: its unlisted quotations say nothing, so they are not negatives.
      { doc: doc('w-b:1', 'voice', []), units: [unit(0, 20)], probs: [probs(0.99)] },
      // An own-voice threat is labelled threat whatever its content: left out.
      { doc: doc('w-a:3', 'quotes-checked', []), units: [unit(0, 20)], probs: [probs(0.95, 0.99)] },
    ];
    const chosen = chooseQuotedThreshold(scored, identity, 0.5);
    expect(chosen?.units).toBe(4);
    expect(chosen?.value).toBeGreaterThan(0.55);
    expect(chosen?.value).toBeLessThanOrEqual(0.8);
    expect(chosen?.score).toBe(1);
  });

  it('is undefined without both kinds of quotation', () => {
    const scored = [{ doc: doc('w-a:1', 'quotes-checked', []), units: [unit(0, 20)], probs: [probs(0.2)] }];
    expect(chooseQuotedThreshold(scored, identity, 0.5)).toBeUndefined();
  });
});
