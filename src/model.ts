/**
 * The only module of the main entry that touches TF.js: the unit model's architecture, backend
 * selection (tfjs-node when installed, else wasm, else cpu) and a TF.js scorer used when the
 * caller asks for a TF.js backend (and by the parity test that holds the typed-array engine to it).
 * TF.js is imported lazily, so the default typed-array engine never pays for loading it.
 */
import { ThreatframeError } from './errors.js';
import type { UnitScorer } from './engine.js';
import type { UnitInput } from './features.js';
import type { LoadedArtifacts } from './io/artifacts.js';

type Core = typeof import('@tensorflow/tfjs-core');
type Layers = typeof import('@tensorflow/tfjs-layers');

export type TfjsBackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface Tf {
  core: Core;
  layers: Layers;
  backend: TfjsBackendName;
}

async function tryImport(name: string): Promise<boolean> {
  try {
    await import(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Load TF.js and pick a backend. `preference` 'tfjs' (or 'auto' when TF.js is wanted) tries
 * tfjs-node, then wasm, then cpu; a named backend is used or fails with a coded error.
 */
export async function loadTf(preference: 'tfjs' | 'tfjs-node' | 'wasm' | 'cpu'): Promise<Tf> {
  const core = await import('@tensorflow/tfjs-core');
  // Silence TF.js's console notices (e.g. the cpu backend's "install tfjs-node" banner).
  core.env().set('PROD', true);
  const layers = await import('@tensorflow/tfjs-layers');
  const order: TfjsBackendName[] =
    preference === 'tfjs' ? ['tensorflow', 'wasm', 'cpu'] : [preference === 'tfjs-node' ? 'tensorflow' : preference];
  for (const name of order) {
    const ok =
      name === 'tensorflow' ? await tryImport('@tensorflow/tfjs-node')
        : name === 'wasm' ? await tryImport('@tensorflow/tfjs-backend-wasm')
          : await tryImport('@tensorflow/tfjs-backend-cpu');
    if (!ok) continue;
    try {
      if (await core.setBackend(name)) {
        await core.ready();
        return { core, layers, backend: name };
      }
    } catch {
      // fall through to the next backend
    }
  }
  throw new ThreatframeError('INVALID_OPTIONS', `TF.js backend "${preference}" is not available here. Install @tensorflow/tfjs-node for "tfjs-node", or use backend "wasm", "cpu" or "js".`);
}

export interface Architecture {
  buckets: number;
  embeddingDim: number;
  maxIds: number;
  denseSize: number;
  hidden: number;
  classes: number;
}

/** The unit model as a TF.js layers graph: embedding bag (weighted by `pool`) + dense -> relu -> logits. */
export function buildUnitModel(tf: Tf, a: Architecture) {
  const L = tf.layers;
  const ids = L.input({ shape: [a.maxIds], dtype: 'int32', name: 'ids' });
  const pool = L.input({ shape: [a.maxIds], name: 'pool' });
  const dense = L.input({ shape: [a.denseSize], name: 'dense' });
  const emb = L.layers.embedding({ inputDim: a.buckets, outputDim: a.embeddingDim, name: 'emb' }).apply(ids);
  const w = L.layers.reshape({ targetShape: [a.maxIds, 1], name: 'pool3' }).apply(pool);
  const bag = L.layers.flatten({ name: 'bag' }).apply(L.layers.dot({ axes: 1, name: 'bagdot' }).apply([emb, w] as never));
  const x = L.layers.concatenate({ name: 'features' }).apply([bag, dense] as never);
  const h = L.layers.dense({ units: a.hidden, activation: 'relu', name: 'hidden' }).apply(x);
  const logits = L.layers.dense({ units: a.classes, name: 'logits' }).apply(h);
  return L.model({ inputs: [ids, pool, dense], outputs: logits as never, name: 'threatframe_unit' });
}

/** Pack units into the three input tensors' flat buffers. */
export function packUnits(units: UnitInput[], maxIds: number, denseSize: number) {
  const ids = new Int32Array(units.length * maxIds);
  const pool = new Float32Array(units.length * maxIds);
  const dense = new Float32Array(units.length * denseSize);
  units.forEach((u, i) => {
    const n = Math.min(u.ids.length, maxIds);
    ids.set(u.ids.subarray(0, n), i * maxIds);
    if (n > 0) pool.fill(1 / n, i * maxIds, i * maxIds + n);
    dense.set(u.dense, i * denseSize);
  });
  return { ids, pool, dense };
}

export async function createTfjsScorer(artifacts: LoadedArtifacts, preference: 'tfjs' | 'tfjs-node' | 'wasm' | 'cpu') {
  const tf = await loadTf(preference);
  const { modelJson, weightData, manifest } = artifacts;
  const weightSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
  let model;
  try {
    const buffer = weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength) as ArrayBuffer;
    model = await tf.layers.loadLayersModel(
      tf.core.io.fromMemory({ modelTopology: modelJson.modelTopology as object, weightSpecs: weightSpecs as never, weightData: buffer }),
    );
  } catch (cause) {
    throw new ThreatframeError('MODEL_INVALID', `TF.js could not load the model from ${artifacts.origin}: ${(cause as Error).message}`, { cause });
  }
  const { maxIds, denseNames } = manifest.features;
  const denseSize = denseNames.length;
  const classes = manifest.unitClasses.length;
  const scorer: UnitScorer = {
    classes,
    logits(units: UnitInput[]): Float32Array {
      if (units.length === 0) return new Float32Array(0);
      const p = packUnits(units, maxIds, denseSize);
      const c = tf.core;
      const out = c.tidy(() => {
        const y = model.predict([
          c.tensor2d(p.ids, [units.length, maxIds], 'int32'),
          c.tensor2d(p.pool, [units.length, maxIds]),
          c.tensor2d(p.dense, [units.length, denseSize]),
        ]) as import('@tensorflow/tfjs-core').Tensor;
        return y.dataSync() as Float32Array;
      });
      return Float32Array.from(out);
    },
  };
  return { scorer, backend: tf.backend, dispose: () => model.dispose() };
}
