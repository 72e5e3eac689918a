/**
 * The training loop for the unit model, in plain JavaScript over typed arrays: one embedding table shared
 * by two bags (content ids, voice ids), two small relu towers, four weighted binary losses:
 *   t: own-voice threat on p = sigmoid(content) x sigmoid(voice),
 *   c: content on sigmoid(content), v: voice on sigmoid(voice), r: topic on sigmoid(topic).
 * Adam for the dense layers; lazy Adam for the embedding (only the rows a batch touches are updated,
 * which is what keeps a 2^18-row table cheap). Every random source is seeded, so a retrain on the same
 * data writes the same weights. No TF.js here: the run-time engine computes the same function.
 */
import type { TowerInput } from '../features.js';
import { mulberry32, shuffleInPlace } from './random.js';
import type { TrainUnit } from './units.js';

export interface Architecture {
  buckets: number;
  embeddingDim: number;
  maxIds: number;
  contentDense: number;
  voiceDense: number;
  contentHidden: number;
  voiceHidden: number;
}

export interface FitOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Learning rate of the embedding table (lazy Adam). */
  embeddingLearningRate?: number;
  /** L2 penalty on the dense kernels. */
  l2: number;
  /** Share of each unit's hashed ids dropped at random in every epoch, so no template n-gram is indispensable. */
  idDropout: number;
  /** Weights of the auxiliary losses relative to the threat loss. */
  lossWeights: { t: number; c: number; v: number; r: number };
  seed: number;
  log?: (message: string) => void;
  /** Called after each epoch (e.g. to measure dev loss). */
  onEpoch?: (epoch: number, weights: FittedWeights) => void;
}

export interface DenseLayer {
  kernel: Float32Array;
  bias: Float32Array;
  rows: number;
  cols: number;
}

export interface FittedWeights {
  arch: Architecture;
  emb: Float32Array;
  contentHidden: DenseLayer;
  contentOut: DenseLayer;
  voiceHidden: DenseLayer;
  voiceOut: DenseLayer;
}

function gauss(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function layer(rows: number, cols: number, rand: () => number): DenseLayer {
  const std = Math.sqrt(2 / (rows + cols));
  const kernel = new Float32Array(rows * cols);
  for (let i = 0; i < kernel.length; i++) kernel[i] = gauss(rand) * std;
  return { kernel, bias: new Float32Array(cols), rows, cols };
}

/** Adam state for a flat parameter array. */
class Adam {
  m: Float32Array;
  v: Float32Array;
  constructor(size: number) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  step(param: Float32Array, grad: Float32Array, lr: number, t: number, from = 0, to = param.length): void {
    const b1 = 0.9, b2 = 0.999;
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    const { m, v } = this;
    for (let i = from; i < to; i++) {
      const g = grad[i] as number;
      const mi = b1 * (m[i] as number) + (1 - b1) * g;
      const vi = b2 * (v[i] as number) + (1 - b2) * g * g;
      m[i] = mi;
      v[i] = vi;
      param[i] = (param[i] as number) - (lr * (mi / c1)) / (Math.sqrt(vi / c2) + 1e-8);
    }
  }
}

interface TowerState {
  hidden: DenseLayer;
  out: DenseLayer;
  gh: DenseLayer;
  go: DenseLayer;
  ah: [Adam, Adam];
  ao: [Adam, Adam];
  // per-unit scratch
  x: Float32Array;
  h: Float32Array;
  dh: Float32Array;
  dx: Float32Array;
}

function towerState(inSize: number, hidden: number, outs: number, rand: () => number): TowerState {
  const h = layer(inSize, hidden, rand);
  const o = layer(hidden, outs, rand);
  return {
    hidden: h,
    out: o,
    gh: { kernel: new Float32Array(h.kernel.length), bias: new Float32Array(hidden), rows: inSize, cols: hidden },
    go: { kernel: new Float32Array(o.kernel.length), bias: new Float32Array(outs), rows: hidden, cols: outs },
    ah: [new Adam(h.kernel.length), new Adam(hidden)],
    ao: [new Adam(o.kernel.length), new Adam(outs)],
    x: new Float32Array(inSize),
    h: new Float32Array(hidden),
    dh: new Float32Array(hidden),
    dx: new Float32Array(inSize),
  };
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Forward one tower for one unit; `kept` receives the ids used (after dropout). Returns the outputs. */
function forward(st: TowerState, input: TowerInput, emb: Float32Array, E: number, V: number, maxIds: number, keepP: number, rand: () => number, kept: number[], out: Float64Array): void {
  const { x, h, hidden, out: o } = st;
  x.fill(0);
  kept.length = 0;
  const limit = Math.min(input.ids.length, maxIds);
  for (let j = 0; j < limit; j++) {
    const id = input.ids[j] as number;
    if (id <= 0 || id >= V) continue;
    if (keepP < 1 && rand() >= keepP) continue;
    kept.push(id);
  }
  const n = kept.length;
  if (n > 0) {
    for (const id of kept) {
      const base = id * E;
      for (let e = 0; e < E; e++) x[e] = (x[e] as number) + (emb[base + e] as number);
    }
    for (let e = 0; e < E; e++) x[e] = (x[e] as number) / n;
  }
  const d = input.dense;
  for (let i = 0; i < st.x.length - E; i++) x[E + i] = d[i] ?? 0;
  const H = hidden.cols;
  const hk = hidden.kernel;
  for (let k = 0; k < H; k++) h[k] = hidden.bias[k] as number;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    const row = i * H;
    for (let k = 0; k < H; k++) h[k] = (h[k] as number) + xi * (hk[row + k] as number);
  }
  for (let k = 0; k < H; k++) if ((h[k] as number) < 0) h[k] = 0;
  const O = o.cols;
  for (let c = 0; c < O; c++) {
    let s = o.bias[c] as number;
    for (let k = 0; k < H; k++) s += (h[k] as number) * (o.kernel[k * O + c] as number);
    out[c] = s;
  }
}

/** Backward one tower for one unit given d(loss)/d(outputs); accumulates gradients, returns d/d(bag) in dx[0..E). */
function backward(st: TowerState, dOut: Float64Array, E: number): void {
  const { x, h, dh, dx, hidden, out: o, gh, go } = st;
  const H = hidden.cols;
  const O = o.cols;
  for (let k = 0; k < H; k++) {
    const hk = h[k] as number;
    let s = 0;
    for (let c = 0; c < O; c++) {
      const g = dOut[c] as number;
      if (hk > 0) go.kernel[k * O + c] = (go.kernel[k * O + c] as number) + hk * g;
      s += g * (o.kernel[k * O + c] as number);
    }
    dh[k] = hk > 0 ? s : 0;
  }
  for (let c = 0; c < O; c++) go.bias[c] = (go.bias[c] as number) + (dOut[c] as number);
  for (let k = 0; k < H; k++) gh.bias[k] = (gh.bias[k] as number) + (dh[k] as number);
  const kern = hidden.kernel;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const row = i * H;
    let s = 0;
    for (let k = 0; k < H; k++) {
      const g = dh[k] as number;
      if (g === 0) continue;
      if (xi !== 0) gh.kernel[row + k] = (gh.kernel[row + k] as number) + xi * g;
      if (i < E) s += g * (kern[row + k] as number);
    }
    if (i < E) dx[i] = s;
  }
}

function applyTower(st: TowerState, lr: number, step: number, l2: number, scale: number): void {
  for (const [layerW, grad, adam] of [[st.hidden, st.gh, st.ah], [st.out, st.go, st.ao]] as const) {
    for (let i = 0; i < grad.kernel.length; i++) grad.kernel[i] = (grad.kernel[i] as number) * scale + l2 * (layerW.kernel[i] as number);
    for (let i = 0; i < grad.bias.length; i++) grad.bias[i] = (grad.bias[i] as number) * scale;
    adam[0].step(layerW.kernel, grad.kernel, lr, step);
    adam[1].step(layerW.bias, grad.bias, lr, step);
    grad.kernel.fill(0);
    grad.bias.fill(0);
  }
}

export function fitUnitModel(units: TrainUnit[], arch: Architecture, opts: FitOptions): FittedWeights {
  const { buckets: V, embeddingDim: E, maxIds } = arch;
  const rand = mulberry32(opts.seed);
  const emb = new Float32Array(V * E);
  for (let i = 0; i < emb.length; i++) emb[i] = gauss(rand) * 0.05;
  const content = towerState(E + arch.contentDense, arch.contentHidden, 2, rand);
  const voice = towerState(E + arch.voiceDense, arch.voiceHidden, 1, rand);
  const embGrad = new Float32Array(V * E);
  const touched = new Uint8Array(V);
  const touchedList: number[] = [];
  const embAdam = new Adam(V * E);
  const embLr = opts.embeddingLearningRate ?? opts.learningRate;
  const lw = opts.lossWeights;
  const keepP = 1 - opts.idDropout;
  const order = units.map((_, i) => i);
  const keptC: number[] = [];
  const keptV: number[] = [];
  const outC = new Float64Array(2);
  const outV = new Float64Array(1);
  const dC = new Float64Array(2);
  const dV = new Float64Array(1);
  let step = 0;
  const snapshot = (): FittedWeights => ({ arch, emb, contentHidden: content.hidden, contentOut: content.out, voiceHidden: voice.hidden, voiceOut: voice.out });

  const addEmbGrad = (kept: number[], dx: Float32Array, scale: number): void => {
    const n = kept.length;
    if (n === 0) return;
    for (const id of kept) {
      if (!touched[id]) {
        touched[id] = 1;
        touchedList.push(id);
      }
      const base = id * E;
      for (let e = 0; e < E; e++) embGrad[base + e] = (embGrad[base + e] as number) + ((dx[e] as number) * scale) / n;
    }
  };

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let lossSum = 0;
    let weightSum = 0;
    const started = Date.now();
    for (let b = 0; b < order.length; b += opts.batchSize) {
      const end = Math.min(order.length, b + opts.batchSize);
      let batchWeight = 0;
      for (let j = b; j < end; j++) batchWeight += (units[order[j] as number] as TrainUnit).weight;
      const scale = 1 / Math.max(batchWeight, 1e-9);
      for (let j = b; j < end; j++) {
        const u = units[order[j] as number] as TrainUnit;
        forward(content, u.content, emb, E, V, maxIds, keepP, rand, keptC, outC);
        forward(voice, u.voice, emb, E, V, maxIds, keepP, rand, keptV, outV);
        const c = sigmoid(outC[0] as number);
        const r = sigmoid(outC[1] as number);
        const v = sigmoid(outV[0] as number);
        const w = u.weight;
        let gc = 0, gr = 0, gv = 0, loss = 0;
        if (u.t >= 0) {
          const p = Math.min(1 - 1e-6, Math.max(1e-6, c * v));
          loss += lw.t * -(u.t * Math.log(p) + (1 - u.t) * Math.log(1 - p));
          const k = (p - u.t) / (1 - p);
          gc += lw.t * k * (1 - c);
          gv += lw.t * k * (1 - v);
        }
        if (u.c >= 0) {
          loss += lw.c * -(u.c * Math.log(Math.max(c, 1e-7)) + (1 - u.c) * Math.log(Math.max(1 - c, 1e-7)));
          gc += lw.c * (c - u.c);
        }
        if (u.v >= 0) {
          loss += lw.v * -(u.v * Math.log(Math.max(v, 1e-7)) + (1 - u.v) * Math.log(Math.max(1 - v, 1e-7)));
          gv += lw.v * (v - u.v);
        }
        if (u.r >= 0) {
          loss += lw.r * -(u.r * Math.log(Math.max(r, 1e-7)) + (1 - u.r) * Math.log(Math.max(1 - r, 1e-7)));
          gr += lw.r * (r - u.r);
        }
        lossSum += w * loss;
        weightSum += w;
        dC[0] = gc * w;
        dC[1] = gr * w;
        dV[0] = gv * w;
        if (gc !== 0 || gr !== 0) {
          backward(content, dC, E);
          addEmbGrad(keptC, content.dx, 1);
        }
        if (gv !== 0) {
          backward(voice, dV, E);
          addEmbGrad(keptV, voice.dx, 1);
        }
      }
      step++;
      applyTower(content, opts.learningRate, step, opts.l2, scale);
      applyTower(voice, opts.learningRate, step, opts.l2, scale);
      // Lazy Adam on the embedding rows this batch touched.
      for (const id of touchedList) {
        const base = id * E;
        for (let e = 0; e < E; e++) embGrad[base + e] = (embGrad[base + e] as number) * scale;
        embAdam.step(emb, embGrad, embLr, step, base, base + E);
        embGrad.fill(0, base, base + E);
        touched[id] = 0;
      }
      touchedList.length = 0;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: loss ${(lossSum / Math.max(weightSum, 1e-9)).toFixed(4)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    opts.onEpoch?.(epoch, snapshot());
  }
  return snapshot();
}
