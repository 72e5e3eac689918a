import { describe, expect, it } from 'vitest';
import { createJsScorer } from '../../src/engine.js';
import { fromMemory } from '../../src/io/artifacts.js';
import { createTfjsScorer } from '../../src/model.js';
import { randomUnits, tinyModel, TINY_CONFIG } from '../helpers/tiny.js';
import { decodeWeights } from '../../src/weights.js';

const D = TINY_CONFIG.denseNames.length;

async function tinyArtifacts() {
  return { built: await tinyModel() };
}

describe('typed-array engine', () => {
  it('computes the same logits as the TF.js graph (cpu and wasm) on the same quantised weights', async () => {
    const { built } = await tinyArtifacts();
    const specs = built.modelJson.weightsManifest.flatMap((g) => g.weights);
    const js = createJsScorer(decodeWeights(specs, built.weightData), D);
    const units = randomUnits(40, 9).map((u) => ({ kind: 'sentence' as const, start: 0, end: 0, ids: u.ids, dense: u.dense }));
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
