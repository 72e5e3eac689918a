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

describe('typed-array engine on real units', () => {
  it('the cached per-token path gives the same logits as summing the ids, and as TF.js', async () => {
    const { readModelDir } = await import('../../src/io/artifacts.js');
    const { extractDoc } = await import('../../src/features.js');
    const artifacts = readModelDir('fixtures/tiny-model');
    const config = artifacts.manifest.features;
    const specs = artifacts.modelJson.weightsManifest.flatMap((g) => g.weights);
    const weights = decodeWeights(specs, artifacts.weightData);
    const fast = createJsScorer(weights, config.denseNames.length, config);
    const plain = createJsScorer(weights, config.denseNames.length);
    const texts = [
      'Police said the man wrote "I will burn your house down tonight" in a message.',
      'i swear ill k1ll u. see you at the match tomorrow lol',
      `${'word '.repeat(200)}and then a very long tail so that the cut at maxIds falls inside a token`,
      '',
    ];
    const units = texts.flatMap((t) => extractDoc(t, undefined, config).units);
    expect(units.some((u) => u.view)).toBe(true);
    const a = fast.logits(units);
    const a2 = fast.logits(units); // second pass hits the cache
    const b = plain.logits(units.map((u) => ({ kind: u.kind, start: u.start, end: u.end, ids: u.ids, dense: u.dense })));
    const tfjs = await createTfjsScorer(artifacts, 'cpu');
    const c = tfjs.scorer.logits(units);
    for (let i = 0; i < a.length; i++) {
      expect(a[i]).toBe(b[i]);
      expect(a2[i]).toBe(a[i]);
      expect(a[i]).toBeCloseTo(c[i] as number, 4);
    }
    tfjs.dispose();
  }, 60_000);
});
