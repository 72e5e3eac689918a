/**
 * The public classifier: options normalised once, the model loaded and verified, then
 * segment -> features -> unit scores (content x voice, calibrated) -> unit labels -> document label and
 * scores by the rule of combination, bottom-up, for every input.
 */
import { documentScores, unitProbsOf } from './combine.js';
import { createScorer, OUTPUTS, type UnitScorer } from './engine.js';
import { ThreatframeError, isThreatframeError } from './errors.js';
import { CONTENT_DENSE_NAMES, VOICE_DENSE_NAMES, extractDoc, type ExtractedDoc } from './features.js';
import { defaultModelDir, fromMemory, readModelDir, type LoadedArtifacts } from './io/artifacts.js';
import {
  ClassifierOptionsSchema,
  InputRecordSchema,
  type ClassifierOptions,
  type ClassifierOptionsInput,
  type DocLabel,
  type Input,
  type Manifest,
  type ModelInfo,
  type Result,
  type TextKind,
} from './schemas.js';
import { buildSpans, decideUnit, documentLabel, innermostQuotedThreats } from './spans.js';
import { detectLanguage } from './language.js';
import { z } from 'zod';
import { describeIssues, parseOrThrow, safeParseInputRecord } from './validate.js';
import { decodeWeights } from './weights.js';

export type EngineName = 'js' | 'tfjs';

const StreamOptionsSchema = z.strictObject({ onError: z.enum(['throw', 'yield']).default('throw') });

export interface StreamError {
  index: number;
  id?: string | number;
  error: { code: string; message: string };
}

export interface Classifier {
  /** 'js' (typed arrays over the trained weights) or 'tfjs'. */
  readonly engine: EngineName;
  /** The backend doing the arithmetic: 'js', or TF.js's 'tensorflow' | 'wasm' | 'cpu'. */
  readonly backend: string;
  readonly model: ModelInfo;
  readonly manifest: Manifest;
  readonly options: Readonly<ClassifierOptions>;
  classify(input: Input): Result;
  classifyBatch(inputs: readonly Input[]): Result[];
  /** Results in input order. With `onError: 'yield'` a bad record yields a StreamError in its place. */
  classifyStream(inputs: AsyncIterable<Input> | Iterable<Input>, options?: { onError?: 'throw' | 'yield' }): AsyncIterable<Result | StreamError>;
  dispose(): void;
}

interface Normalised {
  id?: string | number;
  text: string;
  kind?: TextKind;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function normaliseInput(input: unknown, maxLength: number, where = 'input'): Normalised {
  let rec: Normalised;
  if (typeof input === 'string') {
    rec = { text: input };
  } else if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ThreatframeError('INVALID_INPUT', `Invalid ${where}: expected a string or an object { id?, text, kind?: "post" | "article" }, got ${kindOf(input)}.`);
  } else {
    let parsed: ReturnType<typeof InputRecordSchema.safeParse>;
    try {
      parsed = safeParseInputRecord(input);
    } catch (cause) {
      // A record whose getters throw (or a hostile Proxy) is invalid input, not a crash.
      throw new ThreatframeError('INVALID_INPUT', `Invalid ${where}: reading it threw (${(cause as Error)?.message ?? String(cause)}); pass a plain string or { id?, text, kind? }.`, { cause });
    }
    if (!parsed.success) {
      throw new ThreatframeError('INVALID_INPUT', `Invalid ${where}: ${describeIssues(parsed.error)} (pass a string or { id?, text, kind?: "post" | "article" })`, { details: parsed.error.issues });
    }
    rec = parsed.data;
  }
  if (rec.text.length > maxLength) {
    throw new ThreatframeError('INPUT_TOO_LARGE', `${where} text is ${rec.text.length} UTF-16 code units, over maxLength ${maxLength}; split it or raise the maxLength option.`);
  }
  return rec;
}

function loadArtifacts(model: ClassifierOptions['model']): LoadedArtifacts {
  if (model === undefined) return readModelDir(defaultModelDir());
  if (typeof model === 'string') return readModelDir(model);
  return fromMemory(model);
}

/**
 * The result of a text whose language is not supported: not scored, `label: 'benign'`, `abstained: true` and
 * the reason. (Exported for the service, which scores every text and abstains per request.)
 */
export function abstainedResult(result: Result, languages: readonly string[]): Result {
  const { id, model, language } = result;
  return {
    ...(id !== undefined ? { id } : {}),
    label: 'benign', scores: { threat: 0, reporting: 0, benign: 1 }, confidence: 1, language, abstained: true,
    reason: `language "${language}" is not among the supported languages (${languages.join(', ')}); the model is trained on English. Pass scoreUnsupportedLanguages: true to score it anyway.`,
    spans: [], model,
  };
}

export async function loadClassifier(optionsInput: ClassifierOptionsInput = {}): Promise<Classifier> {
  const options = parseOrThrow(ClassifierOptionsSchema, optionsInput ?? {}, 'INVALID_OPTIONS', 'classifier options');
  const artifacts = loadArtifacts(options.model);
  const { manifest } = artifacts;
  const config = manifest.features;
  if (config.contentDense.join(',') !== CONTENT_DENSE_NAMES.join(',') || config.voiceDense.join(',') !== VOICE_DENSE_NAMES.join(',')) {
    throw new ThreatframeError('MODEL_INVALID', `The model in ${artifacts.origin} was trained with a different feature set (${config.contentDense.length} + ${config.voiceDense.length} dense features, this version computes ${CONTENT_DENSE_NAMES.length} + ${VOICE_DENSE_NAMES.length}); retrain it with this version of threatframe.`);
  }
  let scorer: UnitScorer;
  let backend: string;
  let engine: EngineName;
  let disposeModel = (): void => {};
  if (options.backend === 'auto' || options.backend === 'js') {
    const specs = artifacts.modelJson.weightsManifest.flatMap((g) => g.weights);
    scorer = createScorer(decodeWeights(specs, artifacts.weightData), config.contentDense.length, config.voiceDense.length);
    backend = 'js';
    engine = 'js';
  } else {
    const { createTfjsScorer } = await import('./model.js');
    const tf = await createTfjsScorer(artifacts, options.backend);
    scorer = tf.scorer;
    backend = tf.backend;
    engine = 'tfjs';
    disposeModel = tf.dispose;
  }
  const { unit: unitMap, document: docMap, threatThreshold: calibratedThreshold, quotedContentThreshold } = manifest.calibration;
  const threshold = options.threatThreshold ?? calibratedThreshold;
  const quotedThreshold = options.quotedThreshold ?? quotedContentThreshold;
  const model: ModelInfo = { name: manifest.name, version: manifest.version, sha256: manifest.sha256 };

  const supported = new Set(options.languages);
  const abstain = (rec: Normalised, language: string): Result => {
    const result = abstainedResult({ label: 'benign', scores: { threat: 0, reporting: 0, benign: 1 }, confidence: 1, language, spans: [], model }, options.languages);
    return rec.id === undefined ? result : { id: rec.id, ...result };
  };
  /** The language of a document, or undefined when it is scored (supported, or the caller opted in). */
  const languageOf = (rec: Normalised, doc: ExtractedDoc): { language: string; skip: boolean } => {
    const { language } = detectLanguage(rec.text, doc.tokens);
    return { language, skip: !options.scoreUnsupportedLanguages && !supported.has(language) };
  };

  const finish = (rec: Normalised, doc: ExtractedDoc, logits: Float32Array, language: string): Result => {
    const probs = unitProbsOf(doc.units, logits, unitMap);
    const decisions = innermostQuotedThreats(rec.text, doc.units, doc.units.map((u, i) => decideUnit(u, probs[i]!, docMap, threshold, quotedThreshold)));
    const label: DocLabel = documentLabel(decisions);
    const scores = documentScores(probs, docMap);
    const result: Result = {
      label,
      scores,
      confidence: scores[label],
      language,
      spans: buildSpans(rec.text, doc.units, decisions, probs, options.spans),
      model,
    };
    return rec.id === undefined ? result : { id: rec.id, ...result };
  };

  const classifyNormalised = (rec: Normalised): Result => {
    const doc = extractDoc(rec.text, rec.kind, config);
    const { language, skip } = languageOf(rec, doc);
    if (skip) return abstain(rec, language);
    return finish(rec, doc, scorer.logits(doc.units), language);
  };

  const classifier: Classifier = {
    engine,
    backend,
    model,
    manifest,
    options,
    classify(input) {
      return classifyNormalised(normaliseInput(input, options.maxLength));
    },
    classifyBatch(inputs) {
      if (!Array.isArray(inputs)) throw new ThreatframeError('INVALID_INPUT', 'classifyBatch expects an array of inputs (strings or { id?, text, kind? }).');
      // Array.from visits holes too: a sparse array is an error at the hole, never a silently missing result.
      const recs = Array.from(inputs, (input, i) => normaliseInput(input, options.maxLength, `input at index ${i}`));
      if (engine === 'js') return recs.map(classifyNormalised);
      // One TF.js call for the whole batch: concatenate every document's units.
      const docs = recs.map((r) => extractDoc(r.text, r.kind, config));
      const langs = docs.map((d, i) => languageOf(recs[i] as Normalised, d));
      const all = docs.flatMap((d, i) => ((langs[i] as { skip: boolean }).skip ? [] : d.units));
      const logits = scorer.logits(all);
      let offset = 0;
      return docs.map((d, i) => {
        const { language, skip } = langs[i] as { language: string; skip: boolean };
        if (skip) return abstain(recs[i] as Normalised, language);
        const part = logits.subarray(offset * OUTPUTS, (offset + d.units.length) * OUTPUTS);
        offset += d.units.length;
        return finish(recs[i] as Normalised, d, part, language);
      });
    },
    async *classifyStream(inputs, streamOptions = {}) {
      const { onError } = parseOrThrow(StreamOptionsSchema, streamOptions ?? {}, 'INVALID_OPTIONS', 'classifyStream options');
      const iterable = inputs as unknown;
      const isIterable = (v: unknown): boolean =>
        v !== null && typeof v === 'object' && (typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function' || typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function');
      if (!isIterable(iterable)) {
        throw new ThreatframeError('INVALID_INPUT', 'classifyStream expects an iterable or async iterable of inputs (an array, a generator, a readable stream of records), not a string or a single value.');
      }
      let index = 0;
      for await (const input of inputs as AsyncIterable<Input>) {
        try {
          yield classifyNormalised(normaliseInput(input, options.maxLength, `stream record ${index}`));
        } catch (error) {
          if (onError === 'throw' || !isThreatframeError(error)) throw error;
          const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
          yield { index, ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}), error: error.toJSON() };
        }
        index++;
      }
    },
    dispose() {
      disposeModel();
    },
  };
  return classifier;
}
