/** A tiny randomly-trained model built by the real training code, for tests that need artifacts fast. */
import { DEFAULT_FEATURE_CONFIG } from '../../src/config.js';
import { loadTf } from '../../src/model.js';
import { fitUnitModel } from '../../src/train/fit.js';
import { mulberry32 } from '../../src/train/random.js';
import { buildArtifacts, type BuiltModel } from '../../src/train/save.js';
import type { TrainUnit } from '../../src/train/units.js';

export const TINY_CONFIG = { ...DEFAULT_FEATURE_CONFIG, buckets: 512, embeddingDim: 8, maxIds: 16 };

export function randomUnits(n: number, seed: number): TrainUnit[] {
  const D = TINY_CONFIG.denseNames.length;
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    ids: Int32Array.from({ length: Math.floor(rand() * 17) }, () => 1 + Math.floor(rand() * 511)),
    dense: Float32Array.from({ length: D }, () => (rand() < 0.3 ? rand() : 0)),
    target: i % 4,
    weight: 1,
    source: 's',
    docId: String(i),
  }));
}

export async function tinyModel(seed = 3): Promise<BuiltModel> {
  const tf = await loadTf('cpu');
  const fitted = await fitUnitModel(tf, randomUnits(64, 1), { buckets: 512, embeddingDim: 8, maxIds: 16, denseSize: TINY_CONFIG.denseNames.length }, { hidden: 6, epochs: 2, batchSize: 16, learningRate: 0.01, l2: 0, dropout: 0, seed, classes: 4 });
  const names = ['max_threat'];
  const calibration = { unitTemperature: 1, threatThreshold: 0.5, docHead: { features: names, weights: [[1], [0], [0]], bias: [0, 0, 0], mean: [0], scale: [1] } };
  return buildArtifacts(tf, fitted, TINY_CONFIG, { name: 'tiny', version: '0.0.1', calibration });
}
