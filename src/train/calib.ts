/**
 * Fitting calibration on dev data: a temperature for the unit softmax, and the document head (a
 * small multinomial logistic regression over unit-score statistics and the document frame).
 * Pure JavaScript: these are small problems.
 */
import { applyDocHead, softmaxRows } from '../calibrate.js';
import type { DocHead } from '../schemas.js';

/** Weighted negative log-likelihood of targets under softmax(logits / T). */
function nll(logits: Float32Array, k: number, targets: ArrayLike<number>, weights: ArrayLike<number>, t: number): number {
  const p = softmaxRows(logits, k, t);
  let s = 0;
  let w = 0;
  for (let i = 0; i < targets.length; i++) {
    const wi = weights[i] ?? 1;
    s -= wi * Math.log(Math.max(1e-9, p[i * k + (targets[i] as number)] as number));
    w += wi;
  }
  return s / Math.max(w, 1e-9);
}

/** Temperature by golden-section search on [0.2, 8] of the dev NLL. */
export function fitTemperature(logits: Float32Array, k: number, targets: ArrayLike<number>, weights: ArrayLike<number>): number {
  let lo = 0.2;
  let hi = 8;
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = nll(logits, k, targets, weights, a);
  let fb = nll(logits, k, targets, weights, b);
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b; b = a; fb = fa; a = hi - g * (hi - lo); fa = nll(logits, k, targets, weights, a);
    } else {
      lo = a; a = b; fa = fb; b = lo + g * (hi - lo); fb = nll(logits, k, targets, weights, b);
    }
  }
  return (lo + hi) / 2;
}

export interface DocHeadData {
  x: number[][];
  y: number[];
  w: number[];
}

/**
 * Multinomial logistic regression with L2, full-batch gradient descent with Adam on standardised
 * features. Deterministic (zero init, fixed iteration count).
 */
export function fitDocHead(names: readonly string[], data: DocHeadData, classes: number, opts = { l2: 1e-3, iterations: 1500, lr: 0.05 }): DocHead {
  const f = names.length;
  const n = data.x.length;
  const mean = new Array<number>(f).fill(0);
  const scale = new Array<number>(f).fill(0);
  for (const row of data.x) row.forEach((v, j) => { mean[j] = (mean[j] as number) + v / n; });
  for (const row of data.x) row.forEach((v, j) => { scale[j] = (scale[j] as number) + (v - (mean[j] as number)) ** 2 / n; });
  for (let j = 0; j < f; j++) scale[j] = Math.sqrt(scale[j] as number) || 1;
  const xs = data.x.map((row) => row.map((v, j) => (v - (mean[j] as number)) / (scale[j] as number)));
  const W = Array.from({ length: classes }, () => new Array<number>(f).fill(0));
  const b = new Array<number>(classes).fill(0);
  const m = Array.from({ length: classes }, () => new Array<number>(f + 1).fill(0));
  const v = Array.from({ length: classes }, () => new Array<number>(f + 1).fill(0));
  const wSum = data.w.reduce((a, x) => a + x, 0) || 1;
  for (let it = 1; it <= opts.iterations; it++) {
    const gW = Array.from({ length: classes }, () => new Array<number>(f).fill(0));
    const gb = new Array<number>(classes).fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number[];
      const z = W.map((row, c) => row.reduce((s, wv, j) => s + wv * (x[j] as number), b[c] as number));
      const mx = Math.max(...z);
      const e = z.map((zz) => Math.exp(zz - mx));
      const se = e.reduce((a2, c2) => a2 + c2, 0);
      const wi = (data.w[i] ?? 1) / wSum;
      for (let c = 0; c < classes; c++) {
        const d = wi * ((e[c] as number) / se - (data.y[i] === c ? 1 : 0));
        gb[c] = (gb[c] as number) + d;
        const row = gW[c] as number[];
        for (let j = 0; j < f; j++) row[j] = (row[j] as number) + d * (x[j] as number);
      }
    }
    for (let c = 0; c < classes; c++) {
      for (let j = 0; j <= f; j++) {
        const grad = j < f ? ((gW[c] as number[])[j] as number) + opts.l2 * ((W[c] as number[])[j] as number) : (gb[c] as number);
        const mc = m[c] as number[];
        const vc = v[c] as number[];
        mc[j] = 0.9 * (mc[j] as number) + 0.1 * grad;
        vc[j] = 0.999 * (vc[j] as number) + 0.001 * grad * grad;
        const step = (opts.lr * ((mc[j] as number) / (1 - 0.9 ** it))) / (Math.sqrt((vc[j] as number) / (1 - 0.999 ** it)) + 1e-8);
        if (j < f) (W[c] as number[])[j] = ((W[c] as number[])[j] as number) - step;
        else b[c] = (b[c] as number) - step;
      }
    }
  }
  return { features: [...names], weights: W, bias: b, mean, scale };
}

/** Log-loss of a fitted head on some data (for reporting). */
export function docHeadLoss(head: DocHead, data: DocHeadData): number {
  let s = 0;
  let w = 0;
  data.x.forEach((row, i) => {
    const p = applyDocHead(head, row);
    const wi = data.w[i] ?? 1;
    s -= wi * Math.log(Math.max(1e-9, p[data.y[i] as number] as number));
    w += wi;
  });
  return s / Math.max(1e-9, w);
}

/**
 * The document threat threshold that maximises balanced accuracy over (source, threat/other) cells
 * of the dev set: each cell's recall (threat cells) or specificity (other cells) counts equally, so
 * a large news corpus cannot outvote the threat sources, nor the reverse.
 */
export function chooseThreshold(threatP: number[], isThreat: boolean[], cells: string[]): { value: number; score: number; cells: number } {
  const names = [...new Set(cells)];
  let best = { value: 0.5, score: -1, cells: names.length };
  for (let k = 5; k <= 95; k++) {
    const t = k / 100;
    let total = 0;
    for (const name of names) {
      let right = 0;
      let n = 0;
      cells.forEach((c, i) => {
        if (c !== name) return;
        n++;
        if (((threatP[i] as number) >= t) === isThreat[i]) right++;
      });
      total += right / n;
    }
    const score = total / names.length;
    if (score > best.score + 1e-9) best = { value: t, score, cells: names.length };
  }
  return best;
}
