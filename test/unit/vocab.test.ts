import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVocab, FeatureVocab } from '../../src/vocab.js';

describe('feature vocabulary', () => {
  it('maps every kept key to its own row (key i of the sorted list owns row i + 1) and unknown keys to 0', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 50 }), (keys, probes) => {
        const sorted = Int32Array.from(keys).sort();
        const v = new FeatureVocab(sorted);
        expect(v.rows).toBe(keys.length + 1);
        sorted.forEach((k, i) => expect(v.rowOf(k)).toBe(i + 1));
        const known = new Set(keys);
        for (const p of probes) if (!known.has(p)) expect(v.rowOf(p)).toBe(0);
        const ids = Int32Array.from([...probes, ...keys.slice(0, 5)]);
        expect([...v.map(ids)]).toEqual([...ids].map((k) => v.rowOf(k)).filter((r) => r !== 0));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps features seen in at least minCount units (once per unit), the most frequent first when capped', () => {
    const units = [Int32Array.of(1, 2, 2, 3), Int32Array.of(2, 3), Int32Array.of(3, 4), Int32Array.of(2, 5)];
    expect([...buildVocab(units, 2, 100).keys]).toEqual([2, 3]);
    expect([...buildVocab(units, 1, 2).keys]).toEqual([2, 3]);
    expect([...buildVocab(units, 1, 100).keys]).toEqual([1, 2, 3, 4, 5]);
  });
});
