/**
 * zod schemas: the source of truth for every shape that crosses the public boundary.
 * Types are inferred from them; JSON Schema files in `schemas/` are generated from them.
 */
import { z } from 'zod';

export const DOC_LABELS = ['threat', 'reporting', 'benign'] as const;
export const SPAN_LABELS = ['threat', 'quoted_threat', 'reporting', 'benign'] as const;
/** Output classes of the unit model, in the order of its softmax. */
export const UNIT_CLASSES = ['benign', 'reporting', 'threat', 'quoted_threat'] as const;

export const DocLabelSchema = z.enum(DOC_LABELS);
export const SpanLabelSchema = z.enum(SPAN_LABELS);
export const TextKindSchema = z.enum(['post', 'article']);

const idSchema = z.union([z.string().max(1024), z.number().finite()]);

export const InputRecordSchema = z.strictObject({
  id: idSchema.optional(),
  text: z.string({ error: 'text must be a string' }),
  kind: TextKindSchema.optional(),
});
export const InputSchema = z.union([z.string(), InputRecordSchema]);

export const SpanSelectionSchema = z.enum(['all', 'flagged', 'none']);
export const BackendSchema = z.enum(['auto', 'js', 'tfjs', 'tfjs-node', 'wasm', 'cpu']);

export const ModelArtifactsSchema = z.strictObject({
  manifest: z.unknown(),
  modelJson: z.unknown(),
  weights: z.custom<ArrayBuffer | Uint8Array>(
    (v) => v instanceof ArrayBuffer || v instanceof Uint8Array,
    { message: 'weights must be an ArrayBuffer or Uint8Array' },
  ),
});

export const ClassifierOptionsSchema = z.strictObject({
  /** A model directory (holding manifest.json) or in-memory artifacts. Default: the bundled model. */
  model: z.union([z.string().min(1), ModelArtifactsSchema]).optional(),
  /** Inference engine: 'js' evaluates the weights with typed arrays; 'tfjs' picks tfjs-node, else wasm, else cpu. */
  backend: BackendSchema.default('auto'),
  /** Which spans to return: all units, only non-benign ones, or none. */
  spans: SpanSelectionSchema.default('flagged'),
  /** Override the calibrated document threshold for `threat` (probability in (0,1)). */
  threatThreshold: z.number().gt(0).lt(1).optional(),
  /** Longest text accepted, in UTF-16 code units; longer input is rejected with INPUT_TOO_LARGE. */
  maxLength: z.number().int().positive().max(100_000_000).default(10_485_760),
});

export const ScoresSchema = z.strictObject({
  threat: z.number().min(0).max(1),
  reporting: z.number().min(0).max(1),
  benign: z.number().min(0).max(1),
});

export const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  label: SpanLabelSchema,
  confidence: z.number().min(0).max(1),
  kind: z.enum(['sentence', 'quote']),
  parent: z.number().int().nonnegative().optional(),
  source: z.string().optional(),
  cue: z.string().optional(),
});

export const ModelInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  sha256: z.string(),
});

export const ResultSchema = z.strictObject({
  id: idSchema.optional(),
  label: DocLabelSchema,
  scores: ScoresSchema,
  confidence: z.number().min(0).max(1),
  spans: z.array(SpanSchema),
  model: ModelInfoSchema,
});

export const FeatureConfigSchema = z.strictObject({
  buckets: z.number().int().positive(),
  embeddingDim: z.number().int().positive(),
  maxIds: z.number().int().positive(),
  denseNames: z.array(z.string()),
  wordNgrams: z.number().int().min(1).max(3),
  charNgrams: z.array(z.number().int().min(2).max(6)),
  /** Lengths of the word-class n-grams (lexicon/classes.ts). */
  classNgrams: z.array(z.number().int().min(2).max(5)),
  hashSeed: z.number().int(),
});

export const DocHeadSchema = z.strictObject({
  features: z.array(z.string()),
  /** Row-major [classes x features] for DOC_LABELS order. */
  weights: z.array(z.array(z.number())),
  bias: z.array(z.number()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
});

export const ManifestSchema = z.strictObject({
  format: z.literal('threatframe-model/1'),
  name: z.string().min(1),
  version: z.string().min(1),
  unitClasses: z.array(z.enum(UNIT_CLASSES)).length(UNIT_CLASSES.length),
  docLabels: z.array(DocLabelSchema).length(DOC_LABELS.length),
  features: FeatureConfigSchema,
  files: z.strictObject({
    model: z.string().min(1),
    /** sha256 of JSON.stringify(model.json) (compact): topology and quantisation parameters are covered too. */
    modelSha256: z.string().regex(/^[0-9a-f]{64}$/),
    weights: z.array(z.strictObject({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  }),
  /** sha256 over the weight files in order: the model identity reported in every result. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  calibration: z.strictObject({
    unitTemperature: z.number().positive(),
    docHead: DocHeadSchema,
    threatThreshold: z.number().gt(0).lt(1),
  }),
  training: z.record(z.string(), z.unknown()).optional(),
});

export const FixtureSpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  label: SpanLabelSchema,
});

export const FixtureRowSchema = z
  .strictObject({
    id: idSchema.optional(),
    text: z.string(),
    label: DocLabelSchema,
    kind: TextKindSchema.optional(),
    spans: z.array(FixtureSpanSchema).optional(),
    group: z.string().optional(),
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((row, ctx) => {
    for (const [i, s] of (row.spans ?? []).entries()) {
      if (s.end < s.start || s.end > row.text.length) {
        ctx.addIssue({ code: 'custom', path: ['spans', i], message: `span [${s.start},${s.end}) is outside the text (length ${row.text.length})` });
      }
    }
  });

export type DocLabel = z.infer<typeof DocLabelSchema>;
export type SpanLabel = z.infer<typeof SpanLabelSchema>;
export type UnitClass = (typeof UNIT_CLASSES)[number];
export type TextKind = z.infer<typeof TextKindSchema>;
export type InputRecord = z.infer<typeof InputRecordSchema>;
export type Input = z.infer<typeof InputSchema>;
export type SpanSelection = z.infer<typeof SpanSelectionSchema>;
export type Backend = z.infer<typeof BackendSchema>;
export type ModelArtifacts = z.infer<typeof ModelArtifactsSchema>;
export type ClassifierOptionsInput = z.input<typeof ClassifierOptionsSchema>;
export type ClassifierOptions = z.output<typeof ClassifierOptionsSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type ModelInfo = z.infer<typeof ModelInfoSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type FeatureConfig = z.infer<typeof FeatureConfigSchema>;
export type DocHead = z.infer<typeof DocHeadSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type FixtureSpan = z.infer<typeof FixtureSpanSchema>;
export type FixtureRow = z.infer<typeof FixtureRowSchema>;
