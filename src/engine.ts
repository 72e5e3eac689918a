/**
 * The typed-array inference engine: evaluates the trained TF.js layers model
 * (embedding bag -> concat dense -> relu hidden -> logits) directly on typed arrays: integer sums of
 * the quantised embedding rows, float64 arithmetic for the dense layers.
 * It computes exactly what the TF.js graph computes (a parity test holds it to that), without
 * tensor allocation per call, which is what makes the hot path fast.
 */
import { ThreatframeError } from './errors.js';
import { contextIds, staticIds, type TokenView, type UnitInput } from './features.js';
import type { FeatureConfig } from './schemas.js';
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

/**
 * Per-token embedding-sum cache, per scope, in two generations: when the young map is full it
 * becomes the old one and the previous old one is dropped, so hot words survive and memory stays
 * bounded on endless streams (at most 2 x CACHE_LIMIT entries per scope in use).
 */
const CACHE_LIMIT = 16_384;
/** Longer forms are not cached: they are rare, and caching distinct huge tokens would pin their strings. */
const CACHE_MAX_FORM = 64;

interface TokenSum {
  /** Sum of the table rows of the token's static ids (unigram + char n-grams), in quantised units. */
  sum: Int32Array | Float64Array;
  /** The static ids themselves, for the rare token that straddles the maxIds cut. */
  ids: Int32Array;
}

class TokenCache {
  private young = new Map<string, TokenSum>();
  private old = new Map<string, TokenSum>();

  get(form: string): TokenSum | undefined {
    const hit = this.young.get(form);
    if (hit) return hit;
    const aged = this.old.get(form);
    if (aged) this.set(form, aged);
    return aged;
  }

  set(form: string, value: TokenSum): void {
    if (this.young.size >= CACHE_LIMIT) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(form, value);
  }
}

export function createJsScorer(weights: Map<string, DecodedTensor>, denseSize: number, config?: FeatureConfig): UnitScorer {
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
  // float64 copies of the small dense layers: no float32 conversion in the inner loops.
  const hkv = Float64Array.from(hk.values);
  const hbv = Float64Array.from(hb.values);
  const lkv = Float64Array.from(lk.values);
  const lbv = Float64Array.from(lb.values);
  // A quantised table holds integers: sum its rows exactly in int32 and scale once per unit.
  const integer = !(table instanceof Float32Array);
  const newSum = (): Int32Array | Float64Array => (integer ? new Int32Array(dim) : new Float64Array(dim));
  const acc = newSum();
  const x = new Float64Array(inSize);
  const h = new Float64Array(hidden);
  const caches: TokenCache[] = [];

  const addRow = (id: number): void => {
    if (id <= 0 || id >= buckets) return;
    const base = id * dim;
    for (let e = 0; e < dim; e++) acc[e] = (acc[e] as number) + (table[base + e] as number);
  };

  const tokenSum = (form: string, sc: number, cfg: FeatureConfig): TokenSum => {
    const cache = (caches[sc] ??= new TokenCache());
    let entry = cache.get(form);
    if (entry) return entry;
    const list: number[] = [];
    staticIds(form, sc, cfg, list);
    const ids = Int32Array.from(list);
    const sum = newSum();
    for (const id of ids) {
      if (id <= 0 || id >= buckets) continue;
      const base = id * dim;
      for (let e = 0; e < dim; e++) sum[e] = (sum[e] as number) + (table[base + e] as number);
    }
    entry = { sum, ids };
    if (form.length <= CACHE_MAX_FORM) cache.set(form, entry);
    return entry;
  };

  /**
   * Sum the embedding rows of a unit's ids without materialising them: cached per-token sums for
   * the static ids plus one row per bigram, in the same order and with the same maxIds cut as
   * hashUnit. Table values are integers (quantised), so the sums are exact whatever the order.
   */
  const sumView = (v: TokenView, cfg: FeatureConfig): number => {
    const { maxIds } = cfg;
    const ctx: number[] = [];
    let count = 0;
    for (let i = v.from; i < v.to && count < maxIds; i++) {
      const t = tokenSum(v.forms[i] as string, v.scopes[i - v.from] as number, cfg);
      ctx.length = 0;
      contextIds(v, i, cfg, ctx);
      const total = t.ids.length + ctx.length;
      if (count + total <= maxIds) {
        const ts = t.sum;
        for (let e = 0; e < dim; e++) acc[e] = (acc[e] as number) + (ts[e] as number);
        for (const id of ctx) addRow(id);
        count += total;
      } else {
        // The cut falls inside this token: add its ids one by one in hashing order.
        for (const id of [t.ids[0] as number, ...ctx, ...t.ids.subarray(1)]) {
          if (count >= maxIds) break;
          addRow(id);
          count++;
        }
      }
    }
    return count;
  };

  return {
    classes,
    logits(units: UnitInput[]): Float32Array {
      const out = new Float32Array(units.length * classes);
      units.forEach((u, ui) => {
        acc.fill(0);
        let n: number;
        if (u.view && config) {
          n = sumView(u.view, config);
        } else {
          const ids = u.ids;
          n = ids.length;
          for (let j = 0; j < n; j++) addRow(ids[j] as number);
        }
        if (n > 0) {
          // Quantised table: sum(min + scale*q)/n = min + scale*sum(q)/n.
          const inv = embScale / n;
          for (let e = 0; e < dim; e++) x[e] = (acc[e] as number) * inv + embMin;
        } else {
          x.fill(0, 0, dim);
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
