/** A tiny randomly-trained model built by the real training code, for tests that need artifacts fast. */
import { DEFAULT_FEATURE_CONFIG } from '../../src/config.js';
import { loadTf } from '../../src/model.js';
import { fitUnitModel } from '../../src/train/fit.js';
import { mulberry32 } from '../../src/train/random.js';
import { buildArtifacts, type BuiltModel } from '../../src/train/save.js';
import type { TrainUnit } from '../../src/train/units.js';
import { FeatureVocab } from '../../src/vocab.js';

export const TINY_CONFIG = { ...DEFAULT_FEATURE_CONFIG, buckets: 512, embeddingDim: 8, maxIds: 16 };
export const DC = TINY_CONFIG.contentDense.length;
export const DV = TINY_CONFIG.voiceDense.length;

export function randomUnits(n: number, seed: number): TrainUnit[] {
  const rand = mulberry32(seed);
  const tower = (d: number) => ({
    ids: Int32Array.from({ length: Math.floor(rand() * 17) }, () => 1 + Math.floor(rand() * 511)),
    dense: Float32Array.from({ length: d }, () => (rand() < 0.3 ? rand() : 0)),
  });
  return Array.from({ length: n }, (_, i) => ({
    content: tower(DC), voice: tower(DV),
    t: i % 2, c: i % 3 === 0 ? 1 : 0, v: i % 5 === 0 ? -1 : i % 2, r: i % 4 === 0 ? 1 : -1,
    weight: 1, source: 's', docId: String(i), group: 'g', kind: i % 3 === 0 ? 'quote' : 'sentence', tokens: 1,
  }));
}

export async function tinyModel(seed = 3): Promise<BuiltModel> {
  const tf = await loadTf('cpu');
  const fitted = fitUnitModel(randomUnits(64, 1), { buckets: 512, embeddingDim: 8, maxIds: 16, contentDense: DC, voiceDense: DV, contentHidden: 6, voiceHidden: 4 }, {
    epochs: 2, batchSize: 16, learningRate: 0.01, l2: 0, idDropout: 0, lossWeights: { t: 1, c: 0.5, v: 0.5, r: 0.3 }, seed,
  });
  const calibration = { unit: { a: 1, b: 0 }, document: { a: 1, b: 0 }, threatThreshold: 0.5 };
  // Feature ids 1..511 are their own rows (key k owns row k).
  const vocab = new FeatureVocab(Int32Array.from({ length: 511 }, (_, i) => i + 1));
  return buildArtifacts(tf, fitted, vocab, TINY_CONFIG, { name: 'tiny', version: '0.0.1', calibration });
}
