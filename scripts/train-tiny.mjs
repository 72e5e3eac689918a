// Rebuilds fixtures/tiny-model, the small seeds-only model used by fast tests, with the real training code.
// Run after `npm run build`: node scripts/train-tiny.mjs
import { train } from '../dist/train.js';

await train({
  out: 'fixtures/tiny-model', sources: [], name: 'threatframe-tiny', version: '0.0.1', epochs: 3, hidden: 16,
  augmentQuoted: 300, augmentNeutral: 200, features: { buckets: 4096, embeddingDim: 8, maxIds: 128 },
  log: (m) => console.error(`[tiny] ${m}`),
});
