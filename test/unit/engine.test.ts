import { describe, expect, it } from 'vitest';
import { createJsScorer } from '../../src/engine.js';
import type { UnitInput } from '../../src/features.js';
import { fromMemory } from '../../src/io/artifacts.js';
import { createTfjsScorer, loadTf } from '../../src/model.js';
import { DEFAULT_FEATURE_CONFIG } from '../../src/config.js';
import { fitUnitModel } from '../../src/train/fit.js';
import { mulberry32 } from '../../src/train/random.js';
import { buildArtifacts } from '../../src/train/save.js';
import { decodeWeights } from '../../src/weights.js';

const D = DEFAULT_FEATURE_CONFIG.denseNames.length;
const shape = { buckets: 512, embeddingDim: 8, maxIds: 16, denseSize: D };
const config = { ...DEFAULT_FEATURE_CONFIG, buckets: 512, embeddingDim: 8, maxIds: 16 };

function randomUnits(n: number, seed: number): Array<UnitInput & { target: number; weight: number; source: string; docId: string }> {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const len = Math.floor(rand() * 17); // 0..16 ids, including empty units
    const ids = Int32Array.from({ length: len }, () => 1 + Math.floor(rand() * 511));
    const dense = Float32Array.from({ length: D }, () => (rand() < 0.3 ? rand() : 0));
    return { kind: 'sentence', start: 0, end: 0, ids, dense, target: i % 4, weight: 1, source: 's', docId: String(i) };
  });
}

async function tinyArtifacts() {
  const tf = await loadTf('cpu');
  const units = randomUnits(64, 1);
  const fitted = await fitUnitModel(tf, units, shape, { hidden: 6, epochs: 2, batchSize: 16, learningRate: 0.01, l2: 0, dropout: 0, seed: 3, classes: 4 });
  const calibration = { unitTemperature: 1, threatThreshold: 0.5, docHead: { features: ['a'], weights: [[0], [0], [0]], bias: [0, 0, 0], mean: [0], scale: [1] } };
  return { fitted, built: await buildArtifacts(tf, fitted, config, { name: 'tiny', version: '0.0.1', calibration }) };
}

describe('typed-array engine', () => {
  it('computes the same logits as the TF.js graph (cpu and wasm) on the same quantised weights', async () => {
    const { built } = await tinyArtifacts();
    const specs = built.modelJson.weightsManifest.flatMap((g) => g.weights);
    const js = createJsScorer(decodeWeights(specs, built.weightData), D);
    const units = randomUnits(40, 9);
    const a = js.logits(units);
    expect(a.length).toBe(40 * 4);
    for (const backend of ['cpu', 'wasm'] as const) {
      const tfjs = await createTfjsScorer(fromMemory({ manifest: built.manifest, modelJson: built.modelJson, weights: built.weightData }), backend);
      expect(tfjs.backend).toBe(backend);
      const b = tfjs.scorer.logits(units);
      for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i] as number, 4);
      tfjs.dispose();
    }
  }, 60_000);

  it('training is reproducible: the same seed gives identical weights', async () => {
    const one = await tinyArtifacts();
    const two = await tinyArtifacts();
    expect(Buffer.from(one.built.weightData).equals(Buffer.from(two.built.weightData))).toBe(true);
    expect(one.built.manifest.sha256).toBe(two.built.manifest.sha256);
  }, 60_000);

  it('rejects weights that do not fit the architecture with MODEL_INVALID', async () => {
    const { built } = await tinyArtifacts();
    const specs = built.modelJson.weightsManifest.flatMap((g) => g.weights);
    expect(() => createJsScorer(decodeWeights(specs, built.weightData), D + 1)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
    expect(() => decodeWeights(specs, built.weightData.subarray(0, 100))).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  }, 60_000);
});
