/**
 * The typed-array inference engine: evaluates the trained TF.js layers model
 * (embedding bag -> concat dense -> relu hidden -> logits) directly on Float32Arrays.
 * It computes exactly what the TF.js graph computes (a parity test holds it to that), without
 * tensor allocation per call, which is what makes the hot path fast.
 */
import { ThreatframeError } from './errors.js';
import type { UnitInput } from './features.js';
import type { DecodedTensor } from './weights.js';

export const LAYER_NAMES = {
  embedding: 'emb/embeddings',
  hiddenKernel: 'hidden/kernel',
  hiddenBias: 'hidden/bias',
  logitsKernel: 'logits/kernel',
  logitsBias: 'logits/bias',
} as const;

export interface UnitScorer {
  /** Raw logits, `classes` per unit, row-major. */
  logits(units: UnitInput[]): Float32Array;
  readonly classes: number;
}

function need(weights: Map<string, DecodedTensor>, name: string, rank: number): DecodedTensor {
  const t = weights.get(name);
  if (!t || t.shape.length !== rank) {
    throw new ThreatframeError('MODEL_INVALID', `The model has no ${rank}-d weight "${name}"; it was not trained by this version of threatframe.`);
  }
  return t;
}

export function createJsScorer(weights: Map<string, DecodedTensor>, denseSize: number): UnitScorer {
  const emb = need(weights, LAYER_NAMES.embedding, 2);
  const hk = need(weights, LAYER_NAMES.hiddenKernel, 2);
  const hb = need(weights, LAYER_NAMES.hiddenBias, 1);
  const lk = need(weights, LAYER_NAMES.logitsKernel, 2);
  const lb = need(weights, LAYER_NAMES.logitsBias, 1);
  const [buckets, dim] = emb.shape as [number, number];
  const [inSize, hidden] = hk.shape as [number, number];
  const [, classes] = lk.shape as [number, number];
  if (inSize !== dim + denseSize || lk.shape[0] !== hidden) {
    throw new ThreatframeError('MODEL_INVALID', `Model layer shapes do not fit together (embedding ${dim} + dense ${denseSize} != hidden input ${inSize}).`);
  }
  const table = emb.values;
  const embMin = emb.min;
  const embScale = emb.scale;
  const hkv = hk.values as Float32Array;
  const hbv = hb.values as Float32Array;
  const lkv = lk.values as Float32Array;
  const lbv = lb.values as Float32Array;
  const x = new Float32Array(inSize);
  const h = new Float32Array(hidden);

  return {
    classes,
    logits(units: UnitInput[]): Float32Array {
      const out = new Float32Array(units.length * classes);
      units.forEach((u, ui) => {
        x.fill(0, 0, dim);
        const n = u.ids.length;
        if (n > 0) {
          for (let j = 0; j < n; j++) {
            const id = u.ids[j] as number;
            if (id <= 0 || id >= buckets) continue;
            const base = id * dim;
            for (let e = 0; e < dim; e++) x[e] = (x[e] as number) + (table[base + e] as number);
          }
          // Quantised table: sum(min + scale*q)/n = min + scale*sum(q)/n.
          const inv = embScale / n;
          for (let e = 0; e < dim; e++) x[e] = (x[e] as number) * inv + embMin;
        }
        x.set(u.dense, dim);
        for (let k = 0; k < hidden; k++) h[k] = hbv[k] as number;
        for (let i = 0; i < inSize; i++) {
          const xi = x[i] as number;
          if (xi === 0) continue;
          const row = i * hidden;
          for (let k = 0; k < hidden; k++) h[k] = (h[k] as number) + xi * (hkv[row + k] as number);
        }
        for (let c = 0; c < classes; c++) {
          let s = lbv[c] as number;
          for (let k = 0; k < hidden; k++) {
            const hk2 = h[k] as number;
            if (hk2 > 0) s += hk2 * (lkv[k * classes + c] as number);
          }
          out[ui * classes + c] = s;
        }
      });
      return out;
    },
  };
}
