/**
 * The training loop for the unit model, in TF.js core ops on the wasm backend. The embedding
 * lookup is wrapped in `customGrad` with a scatterND gradient (the stock gather gradient needs a
 * kernel wasm lacks and is unusably slow on cpu). Every random source is seeded, so a retrain on the
 * same data writes the same weights.
 */
import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { Architecture, Tf } from '../model.js';
import { mulberry32, shuffleInPlace } from './random.js';
import type { TrainUnit } from './units.js';

export interface FitOptions {
  hidden: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 penalty on the dense kernels. */
  l2: number;
  /** Dropout rate on the concatenated features during training. */
  dropout: number;
  /** Share of each unit's hashed ids dropped at random in every epoch, so no template n-gram is indispensable. */
  idDropout?: number;
  seed: number;
  classes: number;
  log?: (message: string) => void;
}

export interface FittedWeights {
  arch: Architecture;
  emb: Float32Array;
  hiddenKernel: Float32Array;
  hiddenBias: Float32Array;
  logitsKernel: Float32Array;
  logitsBias: Float32Array;
}

function initArray(size: number, std: number, rand: () => number): Float32Array {
  const out = new Float32Array(size);
  for (let i = 0; i < size; i += 2) {
    // Box-Muller from the seeded generator.
    const u = Math.max(rand(), 1e-12);
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u)) * std;
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < size) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

export async function fitUnitModel(
  tf: Tf,
  units: TrainUnit[],
  shape: { buckets: number; embeddingDim: number; maxIds: number; denseSize: number },
  opts: FitOptions,
): Promise<FittedWeights> {
  const c = tf.core;
  const { buckets: V, embeddingDim: E, denseSize: D } = shape;
  const H = opts.hidden;
  const K = opts.classes;
  const rand = mulberry32(opts.seed);
  const emb = c.variable(c.tensor2d(initArray(V * E, 0.05, rand), [V, E]), true, 'emb');
  const hk = c.variable(c.tensor2d(initArray((E + D) * H, Math.sqrt(2 / (E + D + H)), rand), [E + D, H]), true, 'hk');
  const hb = c.variable(c.zeros([H]), true, 'hb');
  const lk = c.variable(c.tensor2d(initArray(H * K, Math.sqrt(2 / (H + K)), rand), [H, K]), true, 'lk');
  const lb = c.variable(c.zeros([K]), true, 'lb');

  const lookup = c.customGrad(((table: Tensor, ids: Tensor, save: (t: Tensor[]) => void) => {
    save([ids]);
    return {
      value: c.gather(table, ids),
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const idx = saved[0] as Tensor;
        return [c.scatterND(c.reshape(idx, [-1, 1]), c.reshape(dy, [-1, E]), [V, E]), c.zerosLike(idx)];
      },
    };
  }) as never) as unknown as (table: Tensor, ids: Tensor) => Tensor;

  const optimizer = c.train.adam(opts.learningRate);
  const order = units.map((_, i) => i);
  let dropoutSeed = opts.seed;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let lossSum = 0;
    let batches = 0;
    const started = Date.now();
    for (let b = 0; b < order.length; b += opts.batchSize) {
      const batch = order.slice(b, b + opts.batchSize).map((i) => units[i] as TrainUnit);
      const B = batch.length;
      const L = Math.max(1, Math.min(shape.maxIds, Math.max(...batch.map((u) => u.ids.length))));
      const ids = new Int32Array(B * L);
      const pool = new Float32Array(B * L);
      const dense = new Float32Array(B * D);
      const target = new Int32Array(B);
      const weight = new Float32Array(B);
      const keepP = 1 - (opts.idDropout ?? 0);
      batch.forEach((u, i) => {
        let n = 0;
        const limit = Math.min(u.ids.length, L);
        for (let j = 0; j < limit; j++) {
          if (keepP < 1 && rand() >= keepP) continue;
          ids[i * L + n] = u.ids[j] as number;
          n++;
        }
        if (n > 0) pool.fill(1 / n, i * L, i * L + n);
        dense.set(u.dense, i * D);
        target[i] = u.target;
        weight[i] = u.weight;
      });
      dropoutSeed++;
      const loss = optimizer.minimize(() => {
        const idsT = c.tensor1d(ids, 'int32');
        const rows = c.reshape(lookup(emb, idsT), [B, L, E]);
        const bag = c.sum(c.mul(rows, c.tensor3d(pool, [B, L, 1])), 1);
        let x = c.concat([bag, c.tensor2d(dense, [B, D])], 1);
        if (opts.dropout > 0) x = c.dropout(x, opts.dropout, undefined, dropoutSeed);
        const h = c.relu(c.add(c.matMul(x, hk), hb));
        const logits = c.add(c.matMul(h, lk), lb);
        const onehot = c.oneHot(c.tensor1d(target, 'int32'), K);
        const ce = c.losses.softmaxCrossEntropy(onehot, logits, c.tensor1d(weight));
        const reg = c.mul(opts.l2, c.add(c.sum(c.square(hk)), c.sum(c.square(lk))));
        return c.add(ce, reg) as never;
      }, true);
      if (loss) {
        lossSum += (await loss.data())[0] as number;
        loss.dispose();
      }
      batches++;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: loss ${(lossSum / Math.max(1, batches)).toFixed(4)} (${batches} batches, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const read = async (v: Variable): Promise<Float32Array> => Float32Array.from(await v.data() as Float32Array);
  const out: FittedWeights = {
    arch: { buckets: V, embeddingDim: E, maxIds: shape.maxIds, denseSize: D, hidden: H, classes: K },
    emb: await read(emb),
    hiddenKernel: await read(hk),
    hiddenBias: await read(hb),
    logitsKernel: await read(lk),
    logitsBias: await read(lb),
  };
  for (const v of [emb, hk, hb, lk, lb]) v.dispose();
  optimizer.dispose();
  return out;
}
