/**
 * The typed-array inference engine: evaluates the trained unit model (one shared embedding table, two
 * towers: content and voice, each embedding bag + dense features -> relu hidden layer -> logits) directly
 * on typed arrays: integer sums of the quantised embedding rows, float64 arithmetic for the dense layers.
 * It computes what the TF.js graph of model.ts computes (a parity test holds it to that), without tensor
 * allocation per call. The dense layers and the uint8 row sums run either as plain JS (the reference,
 * `createJsScorer`) or as the WebAssembly SIMD kernels of src/kernels/ (`createScorer`'s default where the
 * runtime supports them), with bit-identical logits.
 */
import { ThreatframeError } from './errors.js';
import type { TowerInput, UnitInput } from './features.js';
import { FeatureVocab } from './vocab.js';
import { Slab } from './slab.js';
import type { DecodedTensor } from './weights.js';
import { kernelChoiceFromEnv, wasmKernels, type DenseTower, type KernelChoice, type RowBag, type TowerWeights } from './kernels/wasm.js';

export type { KernelChoice } from './kernels/wasm.js';

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

/** Forms whose static row sums the engine keeps (the feature extractor keeps at most 65,536). */
const MAX_SUMS = 1 << 16;

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

interface Tower extends TowerWeights {
  denseSize: number;
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
    inSize, hidden, outs, denseSize,
  };
}

/** The scalar JS dense layers: the reference the wasm kernel is held to (bit for bit). Exported for its test. */
export function jsTower(t: TowerWeights): DenseTower {
  const arrays = { x: new Float64Array(t.inSize), h: new Float64Array(t.hidden), y: new Float64Array(t.outs) };
  const forward = (): void => {
    const { hk, hb, ok, ob, hidden, inSize, outs } = t;
    const { x, h, y } = arrays;
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
      y[c] = s;
    }
  };
  return { x: arrays.x, y: arrays.y, forward };
}

/** The engine in scalar JS throughout (the reference implementation). */
export function createJsScorer(weights: Map<string, DecodedTensor>, contentDense: number, voiceDense: number): UnitScorer {
  return createScorer(weights, contentDense, voiceDense, 'js');
}

/**
 * The engine with the dense layers (and, for a uint8 table, the row sums) in the WebAssembly SIMD kernels
 * ('wasm'; INVALID_OPTIONS where the runtime lacks WebAssembly SIMD), in JS ('js'), or ('auto', the default) in
 * the kernels where supported, else JS. The default follows the THREATFRAME_ENGINE environment variable (js,
 * wasm or auto) when it is set.
 */
export function createScorer(weights: Map<string, DecodedTensor>, contentDense: number, voiceDense: number, kernels: KernelChoice = kernelChoiceFromEnv()): UnitScorer & { readonly kernels: 'js' | 'wasm' } {
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
  const wasm = kernels === 'js' ? null : wasmKernels([content, voice], table instanceof Uint8Array ? { values: table, dim } : undefined);
  if (wasm === null && kernels === 'wasm') {
    throw new ThreatframeError('INVALID_OPTIONS', 'The wasm engine kernel was asked for, but this runtime has no WebAssembly SIMD; use the js kernel (THREATFRAME_ENGINE=js).');
  }
  const contentDenseLayers = wasm?.towers[0] ?? jsTower(content);
  const voiceDenseLayers = wasm?.towers[1] ?? jsTower(voice);
  // With the kernel and a uint8 table, the rows are summed in wasm (JS resolves ids to rows), else in JS.
  const bag = wasm?.bag ?? null;
  const acc = bag !== null ? bag.acc[0] : integer ? new Int32Array(dim) : new Float64Array(dim);
  // The JS row sums' table (none when the kernel holds its own copy, so this one can be collected).
  const jsTable = bag === null ? table : new Uint8Array(0);

  // Per-form sums of the context-free ids' rows (and, at [dim], how many of them are known), keyed by the
  // feature extractor's shared per-form id arrays: a form's rows are looked up and added once, not per
  // occurrence. Integer sums do not depend on order, so this path equals the id-by-id one exactly.
  // A Map, not a WeakMap (whose inserts cost far more here), bounded like the extractor's own per-form cache: it
  // is emptied when it reaches MAX_SUMS forms. The sums are views on a slab of their own (src/slab.ts).
  const staticSums = new Map<Int32Array, Int32Array>();
  const sumSlab = new Slab();
  // A small direct-mapped memo of recent ids with a copy of their rows: the position-dependent ids (class
  // n-grams, voice n-grams) come from a small space and recur in every document; their rows then come from a
  // few hundred kilobytes instead of the whole table. Exact: the memo holds the table's own values.
  const MEMO_BITS = 13;
  const memoKeys = new Int32Array(1 << MEMO_BITS);
  const memoRows = new Int32Array(1 << MEMO_BITS); // row + 1 (0 = empty), so an unknown id is memoised as 1
  const Values = table.constructor as new (n: number) => Uint8Array | Uint16Array | Int32Array;
  const memoVals = integer && bag === null ? new Values((1 << MEMO_BITS) * dim) : new Uint8Array(0);
  const addIds = (ids: Int32Array, into: Int32Array | Float64Array, memo: boolean): number => {
    let n = 0;
    for (let j = 0; j < ids.length; j++) {
      const key = ids[j] as number;
      if (memo) {
        const slot = Math.imul(key, 0x9e3779b1) >>> (32 - MEMO_BITS);
        let r = memoRows[slot] as number;
        if (r === 0 || memoKeys[slot] !== key) {
          const row = vocab.rowOf(key);
          r = row + 1;
          memoKeys[slot] = key;
          memoRows[slot] = r;
          if (row !== 0) memoVals.set((jsTable as Uint8Array | Uint16Array | Int32Array).subarray(row * dim, row * dim + dim), slot * dim);
        }
        if (r === 1) continue;
        n++;
        const base = slot * dim;
        for (let e = 0; e < dim; e++) into[e] = (into[e] as number) + (memoVals[base + e] as number);
        continue;
      }
      const id = vocab.rowOf(key);
      if (id === 0) continue;
      n++;
      const base = id * dim;
      for (let e = 0; e < dim; e++) into[e] = (into[e] as number) + (jsTable[base + e] as number);
    }
    return n;
  };
  // The kernel's version: the known ids' rows (through the same memo of rows, without copies of the values)
  // go to the kernel in batches, which adds them into its accumulator `into`.
  const addRows = (ids: Int32Array, into: 0 | 1, memo: boolean): number => {
    const rows = (bag as RowBag).rows;
    let n = 0;
    let m = 0;
    for (let j = 0; j < ids.length; j++) {
      const key = ids[j] as number;
      let row: number;
      if (memo) {
        const slot = Math.imul(key, 0x9e3779b1) >>> (32 - MEMO_BITS);
        let r = memoRows[slot] as number;
        if (r === 0 || memoKeys[slot] !== key) {
          r = vocab.rowOf(key) + 1;
          memoKeys[slot] = key;
          memoRows[slot] = r;
        }
        row = r - 1;
      } else {
        row = vocab.rowOf(key);
      }
      if (row === 0) continue;
      rows[m++] = row;
      if (m === rows.length) {
        (bag as RowBag).sum(m, into);
        n += m;
        m = 0;
      }
    }
    if (m > 0) (bag as RowBag).sum(m, into);
    return n + m;
  };
  const sumOf = (st: Int32Array): Int32Array => {
    let s = staticSums.get(st);
    if (s === undefined) {
      if (staticSums.size >= MAX_SUMS) staticSums.clear();
      s = sumSlab.i32(dim + 1);
      // once per form: not worth a memo slot
      if (bag === null) s[dim] = addIds(st, s, false);
      else {
        const scratch = bag.acc[1];
        scratch.fill(0);
        s[dim] = addRows(st, 1, false);
        s.set(scratch);
      }
      staticSums.set(st, s);
    }
    return s;
  };

  const run = (t: Tower, layers: DenseTower, input: TowerInput, out: Float32Array, at: number): void => {
    acc.fill(0);
    let n = 0;
    const { statics, dynamic } = input;
    if (integer && statics !== undefined && dynamic !== undefined) {
      for (let j = 0; j < statics.length; j++) {
        const s = sumOf(statics[j] as Int32Array);
        n += s[dim] as number;
        for (let e = 0; e < dim; e++) acc[e] = (acc[e] as number) + (s[e] as number);
      }
      n += bag === null ? addIds(dynamic, acc, true) : addRows(dynamic, 0, true);
    } else {
      n = bag === null ? addIds(input.ids, acc, integer) : addRows(input.ids, 0, true);
    }
    const { x, y } = layers;
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
    layers.forward();
    for (let c = 0; c < t.outs; c++) out[at + c] = y[c] as number;
  };

  return {
    kernels: wasm === null ? 'js' : 'wasm',
    logits(units: UnitInput[]): Float32Array {
      const out = new Float32Array(units.length * OUTPUTS);
      for (let i = 0; i < units.length; i++) {
        const u = units[i] as UnitInput;
        run(content, contentDenseLayers, u.content, out, i * OUTPUTS);
        run(voice, voiceDenseLayers, u.voice, out, i * OUTPUTS + 2);
      }
      return out;
    },
  };
}
