/** Calibration maths shared by the runtime and the trainer: temperature softmax and the document head. */
import type { DocHead } from './schemas.js';

/** Softmax of each row of `logits` (rows of `k`) divided by `temperature`, in place into a new array. */
export function softmaxRows(logits: Float32Array, k: number, temperature: number): Float32Array {
  const out = new Float32Array(logits.length);
  for (let r = 0; r < logits.length; r += k) {
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, (logits[r + c] as number) / temperature);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((logits[r + c] as number) / temperature - max);
      out[r + c] = e;
      sum += e;
    }
    for (let c = 0; c < k; c++) out[r + c] = (out[r + c] as number) / sum;
  }
  return out;
}

/** Apply the document head: standardise features, linear map, softmax. Returns probabilities per doc label. */
export function applyDocHead(head: DocHead, features: ArrayLike<number>): number[] {
  const z = head.weights.map((row, c) => {
    let s = head.bias[c] ?? 0;
    for (let i = 0; i < row.length; i++) {
      const x = ((features[i] ?? 0) - (head.mean[i] ?? 0)) / (head.scale[i] || 1);
      s += (row[i] ?? 0) * x;
    }
    return s;
  });
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
