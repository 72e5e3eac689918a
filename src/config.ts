/** The default feature configuration of newly trained models (a model's own lives in its manifest). */
import { CONTENT_DENSE_NAMES, VOICE_DENSE_NAMES } from './frame.js';
import type { FeatureConfig } from './schemas.js';

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  buckets: 1 << 18,
  embeddingDim: 24,
  maxIds: 384,
  contentDense: [...CONTENT_DENSE_NAMES],
  voiceDense: [...VOICE_DENSE_NAMES],
  wordNgrams: 2,
  charNgrams: [3, 4],
  classNgrams: [2, 3],
  hashSeed: 20261207,
};
