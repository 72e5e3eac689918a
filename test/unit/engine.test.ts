import { describe, expect, it } from 'vitest';
import { createJsScorer, OUTPUTS } from '../../src/engine.js';
import { fromMemory, readModelDir } from '../../src/io/artifacts.js';
import { createTfjsScorer } from '../../src/model.js';
import { DC, DV, randomUnits, tinyModel } from '../helpers/tiny.js';
import { decodeWeights } from '../../src/weights.js';
import { DEFAULT_FEATURE_CONFIG, extractDoc } from '../../src/features.js';

const asUnits = (n: number, seed: number) =>
  randomUnits(n, seed).map((u) => ({ kind: u.kind, start: 0, end: 0, tokens: u.tokens, content: u.content, voice: u.voice }));

describe('typed-array engine', () => {
  it('computes the same logits as the TF.js graph (cpu and wasm) on the same quantised weights', async () => {
    const built = await tinyModel();
    const specs = built.modelJson.weightsManifest.flatMap((g) => g.weights);
    const js = createJsScorer(decodeWeights(specs, built.weightData), DC, DV);
    const units = asUnits(40, 9);
    const a = js.logits(units);
    expect(a.length).toBe(40 * OUTPUTS);
    for (const backend of ['cpu', 'wasm'] as const) {
      const tfjs = await createTfjsScorer(fromMemory({ manifest: built.manifest, modelJson: built.modelJson, weights: built.weightData }), backend);
      expect(tfjs.backend).toBe(backend);
      const b = tfjs.scorer.logits(units);
      expect(b.length).toBe(a.length);
      for (let i = 0; i < a.length; i++) expect(a[i]).toBeCloseTo(b[i] as number, 4);
      tfjs.dispose();
    }
  }, 60_000);

  it('training is reproducible: the same seed gives identical weights', async () => {
    const one = await tinyModel();
    const two = await tinyModel();
    expect(Buffer.from(one.weightData).equals(Buffer.from(two.weightData))).toBe(true);
    expect(one.manifest.sha256).toBe(two.manifest.sha256);
    const other = await tinyModel(4);
    expect(Buffer.from(other.weightData).equals(Buffer.from(one.weightData))).toBe(false);
  }, 60_000);

  it('rejects weights that do not fit the architecture with MODEL_INVALID', async () => {
    const built = await tinyModel();
    const specs = built.modelJson.weightsManifest.flatMap((g) => g.weights);
    expect(() => createJsScorer(decodeWeights(specs, built.weightData), DC + 1, DV)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
    expect(() => createJsScorer(decodeWeights(specs, built.weightData), DC, DV - 1)).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
    expect(() => decodeWeights(specs, built.weightData.subarray(0, 100))).toThrow(expect.objectContaining({ code: 'MODEL_INVALID' }));
  }, 60_000);
});

describe('typed-array engine on real units', () => {
  it('gives the same logits as TF.js on units extracted from text, and the same on a second pass', async () => {
    const { readModelDir } = await import('../../src/io/artifacts.js');
    const { extractDoc } = await import('../../src/features.js');
    const artifacts = readModelDir('fixtures/tiny-model');
    const config = artifacts.manifest.features;
    const specs = artifacts.modelJson.weightsManifest.flatMap((g) => g.weights);
    const js = createJsScorer(decodeWeights(specs, artifacts.weightData), config.contentDense.length, config.voiceDense.length);
    const texts = [
      'Police said the man wrote "I will burn your house down tonight" in a message.',
      'i swear ill k1ll u. see you at the match tomorrow lol',
      `${'word '.repeat(200)}and then a very long tail so that the cut at maxIds falls inside a token`,
      '',
    ];
    const units = texts.flatMap((t) => extractDoc(t, undefined, config).units);
    expect(units.length).toBeGreaterThan(4);
    const a = js.logits(units);
    const a2 = js.logits(units);
    const tfjs = await createTfjsScorer(artifacts, 'cpu');
    const c = tfjs.scorer.logits(units);
    for (let i = 0; i < a.length; i++) {
      expect(a2[i]).toBe(a[i]);
      expect(a[i]).toBeCloseTo(c[i] as number, 4);
    }
    tfjs.dispose();
  }, 60_000);

  it('per-form cached sums of the content ids give exactly the logits of summing every id (shipped model)', () => {
    const a = readModelDir('models/default');
    const specs = a.modelJson.weightsManifest.flatMap((g) => g.weights);
    const js = createJsScorer(decodeWeights(specs, a.weightData), DEFAULT_FEATURE_CONFIG.contentDense.length, DEFAULT_FEATURE_CONFIG.voiceDense.length);
    const texts = [
      'I will kill you tonight, Dave. My neighbour said hello.',
      'Police said the man wrote "I will burn your house down" and then I will kill him, kill him, kill him.',
      'ur dead m8 ur dead ur dead',
      `${'word '.repeat(400)}and a very long sentence that is capped`,
      'Sharing this: "Close the food bank or we will come for you one by one." Police have it.',
    ];
    let grouped = 0;
    for (let round = 0; round < 2; round++) {
      for (const t of texts) {
        const units = extractDoc(t, undefined, DEFAULT_FEATURE_CONFIG).units;
        grouped += units.filter((u) => u.content.statics !== undefined).length;
        const plain = units.map((u) => ({ ...u, content: { ids: u.content.ids, dense: u.content.dense } }));
        expect(Array.from(js.logits(units))).toEqual(Array.from(js.logits(plain)));
      }
    }
    expect(grouped).toBeGreaterThan(10);
  });
});

