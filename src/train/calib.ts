/**
 * Fitting calibration on dev data (pure JavaScript: small problems): a monotone Platt map for the unit
 * threat probability and one for the document's, and the document threat threshold.
 */
import { logit } from '../combine.js';
import type { Platt } from '../schemas.js';

/**
 * Weighted Platt scaling: p -> sigmoid(a * logit(p) + b), fitted by damped Newton steps on the weighted
 * log-loss (each step halved until the loss falls), with a kept in [0.05, 20] so the map stays monotone and
 * sane on separable data. Deterministic.
 */
export function fitPlatt(p: ArrayLike<number>, y: ArrayLike<number>, w?: ArrayLike<number>): Platt {
  const n = p.length;
  const x = Float64Array.from({ length: n }, (_, i) => logit(p[i] as number));
  const wt = Float64Array.from({ length: n }, (_, i) => (w ? (w[i] as number) : 1));
  const total = wt.reduce((a, b) => a + b, 0) || 1;
  const loss = (a: number, b: number): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const z = a * (x[i] as number) + b;
      // log(1 + e^z) - y z, computed stably.
      const sp = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      s += (wt[i] as number) * (sp - (y[i] as number) * z);
    }
    return s / total + 1e-4 * ((a - 1) ** 2 + b * b);
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const z = a * xi + b;
      const q = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      const wi = (wt[i] as number) / total;
      const d = wi * (q - (y[i] as number));
      const h = wi * q * (1 - q);
      ga += d * xi;
      gb += d;
      haa += h * xi * xi;
      hab += h * xi;
      hbb += h;
    }
    ga += 2e-4 * (a - 1);
    gb += 2e-4 * b;
    haa += 2e-4;
    hbb += 2e-4;
    const det = haa * hbb - hab * hab;
    if (!(det > 1e-15)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    let step = 1;
    let improved = false;
    for (let k = 0; k < 30; k++) {
      const na = Math.min(20, Math.max(0.05, a - step * da));
      const nb = b - step * db;
      const l = loss(na, nb);
      if (l < current - 1e-12) {
        a = na;
        b = nb;
        current = l;
        improved = true;
        break;
      }
      step /= 2;
    }
    if (!improved) break;
  }
  return { a, b };
}

/**
 * The document threat threshold that maximises balanced accuracy over cells of the dev set: the mean recall
 * over threat cells and the mean specificity over the other cells, averaged (each cell is a source, or a
 * phenomenon of the project's own data). A large news corpus cannot outvote the threat sources, many small
 * not-threat phenomena cannot outvote the threat phenomena, and the reverse.
 */
export function chooseThreshold(threatP: number[], isThreat: boolean[], cells: string[]): { value: number; score: number; cells: number } {
  const names = [...new Set(cells)];
  const index = new Map(names.map((n, i) => [n, i]));
  const threatCell = names.map(() => false);
  cells.forEach((c, i) => {
    if (isThreat[i]) threatCell[index.get(c) as number] = true;
  });
  let best = { value: 0.5, score: -1, cells: names.length };
  for (let k = 5; k <= 95; k++) {
    const t = k / 100;
    const right = new Array<number>(names.length).fill(0);
    const count = new Array<number>(names.length).fill(0);
    cells.forEach((c, i) => {
      const j = index.get(c) as number;
      count[j] = (count[j] as number) + 1;
      if (((threatP[i] as number) >= t) === isThreat[i]) right[j] = (right[j] as number) + 1;
    });
    let tSum = 0, tN = 0, oSum = 0, oN = 0;
    for (let j = 0; j < names.length; j++) {
      const acc = (right[j] as number) / (count[j] as number);
      if (threatCell[j]) { tSum += acc; tN++; } else { oSum += acc; oN++; }
    }
    const score = tN > 0 && oN > 0 ? (tSum / tN + oSum / oN) / 2 : (tSum + oSum) / Math.max(1, tN + oN);
    if (score > best.score + 1e-9) best = { value: t, score, cells: names.length };
  }
  return best;
}
