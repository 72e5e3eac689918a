/**
 * The only module of the main entry that touches TF.js: the unit model's architecture, backend
 * selection (tfjs-node when installed, else wasm, else cpu) and a TF.js scorer used when the
 * caller asks for a TF.js backend (and by the parity test that holds the typed-array engine to it).
 * TF.js is imported lazily, so the default typed-array engine never pays for loading it.
 */
import { ThreatframeError } from './errors.js';
import { LAYER_NAMES, vocabOf, type UnitScorer } from './engine.js';
import type { FeatureVocab } from './vocab.js';
import { decodeWeights } from './weights.js';
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
  contentDense: number;
  voiceDense: number;
  contentHidden: number;
  voiceHidden: number;
}

/**
 * The unit model as a TF.js layers graph: one embedding table shared by two bags (content ids, voice ids,
 * each weighted by its `pool` row), each concatenated with its dense features -> relu hidden -> logits;
 * outputs [content, topic, voice].
 */
export function buildUnitModel(tf: Tf, a: Architecture) {
  const L = tf.layers;
  const emb = L.layers.embedding({ inputDim: a.buckets, outputDim: a.embeddingDim, name: 'emb' });
  const towerOf = (name: 'content' | 'voice', denseSize: number, hidden: number, outs: number) => {
    const ids = L.input({ shape: [a.maxIds], dtype: 'int32', name: `${name}_ids` });
    const pool = L.input({ shape: [a.maxIds], name: `${name}_pool` });
    const dense = L.input({ shape: [denseSize], name: `${name}_dense` });
    const rows = emb.apply(ids);
    const w = L.layers.reshape({ targetShape: [a.maxIds, 1], name: `${name}_pool3` }).apply(pool);
    const bag = L.layers.flatten({ name: `${name}_bag` }).apply(L.layers.dot({ axes: 1, name: `${name}_bagdot` }).apply([rows, w] as never));
    const x = L.layers.concatenate({ name: `${name}_features` }).apply([bag, dense] as never);
    const h = L.layers.dense({ units: hidden, activation: 'relu', name: `${name}_hidden` }).apply(x);
    const out = L.layers.dense({ units: outs, name: `${name}_out` }).apply(h);
    return { inputs: [ids, pool, dense], out };
  };
  const c = towerOf('content', a.contentDense, a.contentHidden, 2);
  const v = towerOf('voice', a.voiceDense, a.voiceHidden, 1);
  const logits = L.layers.concatenate({ name: 'logits' }).apply([c.out, v.out] as never);
  return L.model({ inputs: [...c.inputs, ...v.inputs], outputs: logits as never, name: 'threatframe_unit' });
}

/** Pack one view of the units into the three input tensors' flat buffers (feature ids mapped to rows by `vocab`). */
export function packUnits(units: UnitInput[], view: 'content' | 'voice', maxIds: number, denseSize: number, vocab: FeatureVocab) {
  const ids = new Int32Array(units.length * maxIds);
  const pool = new Float32Array(units.length * maxIds);
  const dense = new Float32Array(units.length * denseSize);
  units.forEach((u, i) => {
    const t = u[view];
    const rows = vocab.map(t.ids.length > maxIds ? t.ids.subarray(0, maxIds) : t.ids);
    const n = rows.length;
    ids.set(rows, i * maxIds);
    if (n > 0) pool.fill(1 / n, i * maxIds, i * maxIds + n);
    dense.set(t.dense.subarray(0, denseSize), i * denseSize);
  });
  return { ids, pool, dense };
}

export async function createTfjsScorer(artifacts: LoadedArtifacts, preference: 'tfjs' | 'tfjs-node' | 'wasm' | 'cpu') {
  const tf = await loadTf(preference);
  const { modelJson, weightData, manifest } = artifacts;
  const allSpecs = modelJson.weightsManifest.flatMap((g) => g.weights);
  const vocab = vocabOf(decodeWeights(allSpecs, weightData));
  // The vocabulary is stored last and is not a layer weight: TF.js gets the layers' part of the buffer.
  const weightSpecs = allSpecs.filter((w) => w.name !== LAYER_NAMES.vocab);
  const layerBytes = weightData.byteLength - vocab.keys.length * 4;
  let model;
  try {
    const buffer = weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + layerBytes) as ArrayBuffer;
    model = await tf.layers.loadLayersModel(
      tf.core.io.fromMemory({ modelTopology: modelJson.modelTopology as object, weightSpecs: weightSpecs as never, weightData: buffer }),
    );
  } catch (cause) {
    throw new ThreatframeError('MODEL_INVALID', `TF.js could not load the model from ${artifacts.origin}: ${(cause as Error).message}`, { cause });
  }
  const { maxIds, contentDense, voiceDense } = manifest.features;
  const scorer: UnitScorer = {
    logits(units: UnitInput[]): Float32Array {
      if (units.length === 0) return new Float32Array(0);
      const c = tf.core;
      const n = units.length;
      const pc = packUnits(units, 'content', maxIds, contentDense.length, vocab);
      const pv = packUnits(units, 'voice', maxIds, voiceDense.length, vocab);
      const out = c.tidy(() => {
        const y = model.predict([
          c.tensor2d(pc.ids, [n, maxIds], 'int32'),
          c.tensor2d(pc.pool, [n, maxIds]),
          c.tensor2d(pc.dense, [n, contentDense.length]),
          c.tensor2d(pv.ids, [n, maxIds], 'int32'),
          c.tensor2d(pv.pool, [n, maxIds]),
          c.tensor2d(pv.dense, [n, voiceDense.length]),
        ]) as import('@tensorflow/tfjs-core').Tensor;
        return y.dataSync() as Float32Array;
      });
      return Float32Array.from(out);
    },
  };
  return { scorer, backend: tf.backend, dispose: () => model.dispose() };
}
