export { train, TrainOptionsSchema } from './train.js';
export type { TrainOptionsInput, TrainResult } from './train.js';
export { splitOf } from './split.js';
export { loadSeeds } from './seeds.js';
export type { DocLabel, GoldSpan, LabelledDoc, SourceAdapter, Split, SpanLabel } from './types.js';
export { buildReport, renderCard, writeReport } from './card.js';
export type { ModelReport, ReportInput } from './card.js';
export { keywordBaseline } from './baseline.js';
export { defaultRawDir, isUncertainNegative, loadSources, SOURCES } from './sources/index.js';
