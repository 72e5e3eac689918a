// Rebuilds fixtures/tiny-model, the small model (seeds and written posts only) used by fast tests, with the
// real training code. Run after `npm run build`: node scripts/train-tiny.mjs
import { train } from '../dist/train.js';

await train({
  out: 'fixtures/tiny-model', sources: [], name: 'threatframe-tiny', version: '0.0.2', epochs: 2, contentHidden: 12, voiceHidden: 8,
  augmentQuoted: 300, augmentNeutral: 200, augmentReframed: 100, augmentRetort: 100, augmentTargets: 300,
  features: { buckets: 4096, embeddingDim: 8, maxIds: 128 },
  log: (m) => console.error(`[tiny] ${m}`),
});
