/**
 * zod schemas: the source of truth for every shape that crosses the public boundary.
 * Types are inferred from them; JSON Schema files in `schemas/` are generated from them.
 */
import { z } from 'zod';

export const DOC_LABELS = ['threat', 'reporting', 'benign'] as const;
export const SPAN_LABELS = ['threat', 'quoted_threat', 'reporting', 'benign'] as const;
/**
 * Outputs of the unit model, in order, each a logit: `content` (the words would threaten someone if meant),
 * `topic` (the unit is about threats or violence), `voice` (the author asserts the unit's content as their own).
 */
export const UNIT_OUTPUTS = ['content', 'topic', 'voice'] as const;

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
  /** Override the calibrated content probability at which a quotation is labelled `quoted_threat` (in (0,1)). */
  quotedThreshold: z.number().gt(0).lt(1).optional(),
  /** Longest text accepted, in UTF-16 code units; longer input is rejected with INPUT_TOO_LARGE. */
  maxLength: z.number().int().positive().max(100_000_000).default(10_485_760),
  /** Languages the caller wants scored (ISO 639-1). The model is trained on English; other languages abstain. */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639-1 code such as "en"')).min(1).default(['en']),
  /** Score text in a language outside `languages` anyway (the model's figures hold for English only). */
  scoreUnsupportedLanguages: z.boolean().default(false),
});

export const ScoresSchema = z.strictObject({
  threat: z.number().min(0).max(1),
  reporting: z.number().min(0).max(1),
  benign: z.number().min(0).max(1),
});

/** Why a unit scored as it did: the content and voice probabilities behind its threat score. */
export const ExplanationSchema = z.strictObject({
  /** P(the words would threaten someone if meant), whoever says them. */
  content: z.number().min(0).max(1),
  /** P(the author says them in their own voice: not quoted, reported, negated, hypothetical or referred to). */
  voice: z.number().min(0).max(1),
});

export const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  label: SpanLabelSchema,
  confidence: z.number().min(0).max(1),
  /** This unit's own calibrated probabilities (sum to 1; quoted_threat counts as reporting). */
  scores: ScoresSchema,
  explanation: ExplanationSchema,
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
  /** Detected language (ISO 639-1 where one exists, 'und' when undetermined). */
  language: z.string(),
  /** Present (true) when the text was not scored because its language is not supported; label is then 'benign'. */
  abstained: z.literal(true).optional(),
  /** Why the classifier abstained. */
  reason: z.string().optional(),
  spans: z.array(SpanSchema),
  model: ModelInfoSchema,
});

export const FeatureConfigSchema = z.strictObject({
  buckets: z.number().int().positive(),
  embeddingDim: z.number().int().positive(),
  maxIds: z.number().int().positive(),
  /** Names of the dense content features, in order (src/frame.ts). */
  contentDense: z.array(z.string()),
  /** Names of the dense voice features, in order (src/frame.ts). */
  voiceDense: z.array(z.string()),
  wordNgrams: z.number().int().min(1).max(3),
  charNgrams: z.array(z.number().int().min(2).max(6)),
  /** Lengths of the word-class n-grams (lexicon/classes.ts). */
  classNgrams: z.array(z.number().int().min(2).max(5)),
  hashSeed: z.number().int(),
});

/** A monotone calibration map p -> sigmoid(a * logit(p) + b), a > 0. */
export const PlattSchema = z.strictObject({
  a: z.number().positive(),
  b: z.number(),
});

export const ManifestSchema = z.strictObject({
  format: z.literal('threatframe-model/2'),
  name: z.string().min(1),
  version: z.string().min(1),
  unitOutputs: z.array(z.enum(UNIT_OUTPUTS)).length(UNIT_OUTPUTS.length),
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
    /** Unit threat probability: the map applied to content x voice (fitted on dev units). */
    unit: PlattSchema,
    /** Document threat probability: the map applied to the highest unit threat probability (fitted on dev documents). */
    document: PlattSchema,
    /** Document threat probability at which a document (and each unit that alone reaches it) is labelled threat. */
    threatThreshold: z.number().gt(0).lt(1),
    /**
     * Content probability at which a quote unit that is not an own-voice threat is labelled quoted_threat (fitted
     * on dev quotations whose every quotation was checked). Absent (older models): the largest of the unit's
     * quoted, reporting and benign probabilities decides.
     */
    quotedContentThreshold: z.number().gt(0).lt(1).optional(),
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
export type UnitOutput = (typeof UNIT_OUTPUTS)[number];
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
export type Platt = z.infer<typeof PlattSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type FixtureSpan = z.infer<typeof FixtureSpanSchema>;
export type FixtureRow = z.infer<typeof FixtureRowSchema>;
