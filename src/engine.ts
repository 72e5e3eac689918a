/**
 * The typed-array inference engine: evaluates the trained unit model (one shared embedding table, two
 * towers: content and voice, each embedding bag + dense features -> relu hidden layer -> logits) directly
 * on typed arrays: integer sums of the quantised embedding rows, float64 arithmetic for the dense layers.
 * It computes what the TF.js graph of model.ts computes (a parity test holds it to that), without tensor
 * allocation per call.
 */
import { ThreatframeError } from './errors.js';
import type { TowerInput, UnitInput } from './features.js';
import { FeatureVocab } from './vocab.js';
import type { DecodedTensor } from './weights.js';

export const LAYER_NAMES = {
  embedding: 'emb/embeddings',
  contentHiddenKernel: 'content_hidden/kernel',
  contentHiddenBias: 'content_hidden/bias',
  contentOutKernel: 'content_out/kernel',
  contentOutBias: 'content_out/bias',
  voiceHiddenKernel: 'voice_hidden/kernel',
  voiceHiddenBias: 'voice_hidden/bias',
  voiceOutKernel: 'voice_out/kernel',
  voiceOutBias: 'voice_out/bias',
  /** The feature vocabulary (sorted int32 feature hashes; key i owns embedding row i + 1), stored last. */
  vocab: 'feature_vocab/keys',
} as const;

/** The feature vocabulary stored with the weights. */
export function vocabOf(weights: Map<string, DecodedTensor>): FeatureVocab {
  const t = weights.get(LAYER_NAMES.vocab);
  if (!t || !(t.values instanceof Int32Array)) {
    throw new ThreatframeError('MODEL_INVALID', `The model has no int32 weight "${LAYER_NAMES.vocab}" (its feature vocabulary); it was not trained by this version of threatframe.`);
  }
  return new FeatureVocab(t.values);
}

/** Logits per unit, in UNIT_OUTPUTS order: content, topic, voice. */
export const OUTPUTS = 3;

export interface UnitScorer {
  /** Raw logits, OUTPUTS per unit, row-major. */
  logits(units: UnitInput[]): Float32Array;
}

function need(weights: Map<string, DecodedTensor>, name: string, rank: number): DecodedTensor {
  const t = weights.get(name);
  if (!t || t.shape.length !== rank) {
    throw new ThreatframeError('MODEL_INVALID', `The model has no ${rank}-d weight "${name}"; it was not trained by this version of threatframe.`);
  }
  return t;
}

interface Tower {
  hk: Float64Array;
  hb: Float64Array;
  ok: Float64Array;
  ob: Float64Array;
  inSize: number;
  hidden: number;
  outs: number;
  denseSize: number;
  x: Float64Array;
  h: Float64Array;
}

function tower(weights: Map<string, DecodedTensor>, names: [string, string, string, string], dim: number, denseSize: number, outs: number): Tower {
  const hk = need(weights, names[0], 2);
  const hb = need(weights, names[1], 1);
  const ok = need(weights, names[2], 2);
  const ob = need(weights, names[3], 1);
  const [inSize, hidden] = hk.shape as [number, number];
  if (inSize !== dim + denseSize || ok.shape[0] !== hidden || ok.shape[1] !== outs) {
    throw new ThreatframeError('MODEL_INVALID', `Model layer shapes do not fit together (${names[0]}: embedding ${dim} + dense ${denseSize} != ${inSize}, or ${outs} outputs expected).`);
  }
  return {
    hk: Float64Array.from(hk.values), hb: Float64Array.from(hb.values), ok: Float64Array.from(ok.values), ob: Float64Array.from(ob.values),
    inSize, hidden, outs, denseSize, x: new Float64Array(inSize), h: new Float64Array(hidden),
  };
}

export function createJsScorer(weights: Map<string, DecodedTensor>, contentDense: number, voiceDense: number): UnitScorer {
  const emb = need(weights, LAYER_NAMES.embedding, 2);
  const vocab = vocabOf(weights);
  const [buckets, dim] = emb.shape as [number, number];
  if (vocab.rows !== buckets) {
    throw new ThreatframeError('MODEL_INVALID', `The feature vocabulary (${vocab.rows - 1} features) does not fit the embedding (${buckets} rows).`);
  }
  const table = emb.values;
  const embMin = emb.min;
  const embScale = emb.scale;
  const content = tower(weights, [LAYER_NAMES.contentHiddenKernel, LAYER_NAMES.contentHiddenBias, LAYER_NAMES.contentOutKernel, LAYER_NAMES.contentOutBias], dim, contentDense, 2);
  const voice = tower(weights, [LAYER_NAMES.voiceHiddenKernel, LAYER_NAMES.voiceHiddenBias, LAYER_NAMES.voiceOutKernel, LAYER_NAMES.voiceOutBias], dim, voiceDense, 1);
  // A quantised table holds integers: sum its rows exactly in int32 and scale once per bag.
  const integer = !(table instanceof Float32Array);
  const acc = integer ? new Int32Array(dim) : new Float64Array(dim);

  const run = (t: Tower, input: TowerInput, out: Float32Array, at: number): void => {
    acc.fill(0);
    const { ids } = input;
    let n = 0;
    for (let j = 0; j < ids.length; j++) {
      const id = vocab.rowOf(ids[j] as number);
      if (id === 0) continue;
      n++;
      const base = id * dim;
      for (let e = 0; e < dim; e++) acc[e] = (acc[e] as number) + (table[base + e] as number);
    }
    const { x, h, hk, hb, ok, ob, hidden, inSize, outs } = t;
    if (n > 0) {
      // Quantised table: sum(min + scale*q)/n = min + scale*sum(q)/n.
      const inv = embScale / n;
      const shift = integer ? embMin : 0;
      for (let e = 0; e < dim; e++) x[e] = (acc[e] as number) * inv + shift;
      if (!integer) for (let e = 0; e < dim; e++) x[e] = (acc[e] as number) / n;
    } else {
      x.fill(0, 0, dim);
    }
    const dense = input.dense;
    for (let i = 0; i < t.denseSize; i++) x[dim + i] = dense[i] ?? 0;
    for (let k = 0; k < hidden; k++) h[k] = hb[k] as number;
    for (let i = 0; i < inSize; i++) {
      const xi = x[i] as number;
      if (xi === 0) continue;
      const row = i * hidden;
      for (let k = 0; k < hidden; k++) h[k] = (h[k] as number) + xi * (hk[row + k] as number);
    }
    for (let c = 0; c < outs; c++) {
      let s = ob[c] as number;
      for (let k = 0; k < hidden; k++) {
        const hv = h[k] as number;
        if (hv > 0) s += hv * (ok[k * outs + c] as number);
      }
      out[at + c] = s;
    }
  };

  return {
    logits(units: UnitInput[]): Float32Array {
      const out = new Float32Array(units.length * OUTPUTS);
      for (let i = 0; i < units.length; i++) {
        const u = units[i] as UnitInput;
        run(content, u.content, out, i * OUTPUTS);
        run(voice, u.voice, out, i * OUTPUTS + 2);
      }
      return out;
    },
  };
}
