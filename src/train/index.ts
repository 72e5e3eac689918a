export { train, TrainOptionsSchema } from './train.js';
export type { TrainOptionsInput, TrainResult } from './train.js';
export { splitOf } from './split.js';
export { loadSeeds } from './seeds.js';
export type { DocLabel, GoldSpan, LabelledDoc, SourceAdapter, Split, SpanLabel } from './types.js';
