/**
 * `train()`: rebuild a model from the corpora, the seeds and the written posts. The same code path serves
 * `npm run train`, `threatframe train` and `import { train } from 'threatframe/train'`.
 *
 * data -> augmentation -> units -> fit (plain JS) -> quantised artifacts -> unit calibration on dev units
 * -> document calibration and threshold on dev documents -> manifest. Test splits are not touched here.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { documentScores, platt, unitProbs, unitProbsOf, type UnitProbs } from '../combine.js';
import { createJsScorer } from '../engine.js';
import { DEFAULT_FEATURE_CONFIG, extractDoc, type UnitInput } from '../features.js';
import { loadTf } from '../model.js';
import { type FeatureConfig, type Platt } from '../schemas.js';
import { buildVocab, type FeatureVocab } from '../vocab.js';
import { decideUnit, documentLabel } from '../spans.js';
import { parseOrThrow } from '../validate.js';
import { decodeWeights } from '../weights.js';
import { augment, calmSentences, fragments, threatSentences } from './augment.js';
import { chooseThreshold, fitPlatt } from './calib.js';
import { fitUnitModel, type FittedWeights } from './fit.js';
import { perturbSeeds } from './perturb.js';
import { mulberry32, shuffleInPlace } from './random.js';
import { buildArtifacts, writeArtifacts, type BuiltModel } from './save.js';
import { loadSeeds } from './seeds.js';
import { defaultRawDir, isUncertainNegative, loadSources, WEAK_POSITIVE_GROUPS } from './sources/index.js';
import { retarget, TRAIN_FILLERS } from './targets.js';
import type { LabelledDoc } from './types.js';
import { unitsOfDoc, type TrainUnit } from './units.js';
import { loadWritten } from './written.js';

export const TrainOptionsSchema = z.strictObject({
  dataDir: z.string().optional(),
  seedsDir: z.string().default('seeds'),
  /** Directories of written posts (default: <seedsDir>/written and the `written` folder beside the raw-data dir). */
  writtenDirs: z.array(z.string()).optional(),
  out: z.string().optional(),
  /** Corpus names to use (default: every corpus marked train; [] = seeds and written posts only). */
  sources: z.array(z.string()).optional(),
  name: z.string().default('threatframe-default'),
  version: z.string().default('2.3.0'),
  epochs: z.number().int().positive().max(50).default(5),
  contentHidden: z.number().int().positive().max(512).default(64),
  voiceHidden: z.number().int().positive().max(512).default(32),
  batchSize: z.number().int().positive().default(256),
  learningRate: z.number().positive().default(0.002),
  embeddingLearningRate: z.number().positive().default(0.01),
  seed: z.number().int().default(13),
  /** Cap on training units drawn from any one corpus (sampled deterministically). */
  maxUnitsPerSource: z.number().int().positive().default(15_000),
  maxSentencesPerDoc: z.number().int().positive().default(24),
  /** Weight of the project's own seeds and written posts (and augmentations) relative to corpus units. */
  seedWeight: z.number().positive().default(2),
  writtenWeight: z.number().positive().default(4),
  /** Class weights ~ frequency^-power over threat / not-threat units (0 = none, 1 = fully balanced). */
  classBalancePower: z.number().min(0).max(1).default(0.5),
  augmentQuoted: z.number().int().nonnegative().default(4000),
  augmentNeutral: z.number().int().nonnegative().default(3000),
  augmentReframed: z.number().int().nonnegative().default(1500),
  augmentRetort: z.number().int().nonnegative().default(1500),
  augmentTargets: z.number().int().nonnegative().default(4000),
  /** Short fragments of calm sentences as benign units (little evidence is not a threat). */
  augmentFragments: z.number().int().nonnegative().default(3000),
  /** Sentences of news and press releases carry no threatening content (narration of violence is not a threat). */
  newsContentZero: z.boolean().default(true),
  /** Variants of each training seed with discourse markers and register changes around it. */
  augmentVariants: z.number().int().nonnegative().default(1),
  idDropout: z.number().min(0).max(0.9).default(0.6),
  /** A feature gets its own embedding row when it occurs in at least this many training units. */
  vocabMinCount: z.number().int().positive().default(3),
  /** At most this many features (the most frequent) in the vocabulary. */
  vocabMaxSize: z.number().int().positive().default(320_000),
  lossWeights: z.strictObject({ t: z.number(), c: z.number(), v: z.number(), r: z.number() }).default({ t: 1, c: 0.5, v: 0.5, r: 0.3 }),
  features: z.record(z.string(), z.unknown()).optional(),
  log: z.custom<(message: string) => void>((v) => typeof v === 'function').optional(),
});
export type TrainOptionsInput = z.input<typeof TrainOptionsSchema>;
export type TrainOptions = z.output<typeof TrainOptionsSchema>;

export interface TrainResult {
  built: BuiltModel;
  out?: string;
  counts: Record<string, Record<string, number>>;
  seconds: number;
}

/** Per-source unit caps keep the large news corpora from drowning everything else. */
function capBySource(units: TrainUnit[], cap: number, seed: number): TrainUnit[] {
  const bySource = new Map<string, TrainUnit[]>();
  for (const u of units) {
    const list = bySource.get(u.source) ?? [];
    list.push(u);
    bySource.set(u.source, list);
  }
  const rand = mulberry32(seed);
  const out: TrainUnit[] = [];
  for (const [source, list] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const own = source === 'seeds' || source === 'augment' || source === 'written';
    out.push(...(!own && list.length > cap ? shuffleInPlace(list, rand).slice(0, cap) : list));
  }
  return out;
}

/** Weights ~ frequency^-power over threat (t=1) and other units, normalised to mean 1. */
function balance(units: TrainUnit[], power: number): void {
  const count = [0, 0];
  for (const u of units) count[u.t === 1 ? 1 : 0] = (count[u.t === 1 ? 1 : 0] as number) + u.weight;
  const raw = count.map((c) => (c > 0 ? c ** -power : 0));
  const mean = units.reduce((a, u) => a + (raw[u.t === 1 ? 1 : 0] as number) * u.weight, 0) / Math.max(1, units.length);
  for (const u of units) u.weight = (u.weight * (raw[u.t === 1 ? 1 : 0] as number)) / mean;
}

function countTable(docs: LabelledDoc[]): Record<string, Record<string, number>> {
  const t: Record<string, Record<string, number>> = {};
  for (const d of docs) {
    const row = (t[d.source] ??= {});
    const key = `${d.split}:${d.label}`;
    row[key] = (row[key] ?? 0) + 1;
  }
  return t;
}

/** Everything a fit needs, prepared once (an experiment can fit several variants on it). */
export interface Prepared {
  opts: TrainOptions;
  config: FeatureConfig;
  /** Features kept for their own embedding row (built from the training units). */
  vocab: FeatureVocab;
  trainUnits: TrainUnit[];
  devUnits: TrainUnit[];
  devDocs: LabelledDoc[];
  docs: LabelledDoc[];
  corpora: LabelledDoc[];
  seeds: LabelledDoc[];
  written: LabelledDoc[];
  augmented: LabelledDoc[];
  started: number;
}

/** The cell a dev document counts in when the threshold is chosen: its phenomenon for own data, else its source. */
export function cellOf(d: LabelledDoc): string {
  const own = d.source === 'seeds' || d.source === 'written';
  return `${own ? `${d.source}/${d.group ?? ''}` : d.source}:${d.label === 'threat' ? 'threat' : 'other'}`;
}

export async function prepare(input: TrainOptionsInput = {}): Promise<Prepared> {
  const opts = parseOrThrow(TrainOptionsSchema, input, 'INVALID_OPTIONS', 'train options');
  const log = opts.log ?? ((): void => {});
  const started = Date.now();
  const config: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...(opts.features as Partial<FeatureConfig> | undefined) };
  const noCorpora = opts.sources !== undefined && opts.sources.length === 0;
  const rawDir = noCorpora ? '(none)' : opts.dataDir ?? defaultRawDir();
  const corpora = noCorpora ? [] : await loadSources(rawDir, opts.sources, { use: 'train' });
  const seeds = loadSeeds(opts.seedsDir);
  const writtenDirs = opts.writtenDirs ?? [join(opts.seedsDir, 'written'), ...(noCorpora ? [] : [join(rawDir, '..', 'written')])];
  const written = loadWritten(writtenDirs, TRAIN_FILLERS, 6);
  const base = [...corpora, ...seeds, ...written];
  const own = [...seeds, ...written];
  const augmented = [
    ...augment(threatSentences(base), {
      seed: opts.seed, quoted: opts.augmentQuoted, neutral: opts.augmentNeutral, reframed: opts.augmentReframed, retort: opts.augmentRetort,
    }),
    ...perturbSeeds(seeds.filter((d) => d.split === 'train'), { seed: opts.seed + 7, variants: opts.augmentVariants }),
    ...retarget([...own, ...corpora.filter((d) => d.label === 'threat')].filter((d) => d.label === 'threat'), { seed: opts.seed + 11, count: Math.round(opts.augmentTargets / 2) }),
    ...retarget(own.filter((d) => d.label !== 'threat'), { seed: opts.seed + 13, count: Math.round(opts.augmentTargets / 2) }),
    ...fragments(calmSentences(base), { seed: opts.seed + 17, count: opts.augmentFragments }),
  ];
  // Negatives that may hide unlabelled threats are left out of training and calibration.
  const docs = [...base, ...augmented].filter((d) => !isUncertainNegative(d));
  log(`documents: ${docs.length} (${corpora.length} corpus, ${seeds.length} seeds, ${written.length} written, ${augmented.length} augmented) from ${rawDir}`);

  const unitOpts = { maxSentencesPerDoc: opts.maxSentencesPerDoc, newsContentZero: opts.newsContentZero };
  const unitsOf = (d: LabelledDoc): TrainUnit[] => {
    const units = unitsOfDoc(d, config, unitOpts);
    if (d.group && WEAK_POSITIVE_GROUPS.has(d.group)) for (const u of units) u.weight *= 0.5;
    if (d.source === 'seeds' || d.source === 'augment') for (const u of units) u.weight *= opts.seedWeight;
    if (d.source === 'written') for (const u of units) u.weight *= opts.writtenWeight;
    return units;
  };
  const trainUnits = capBySource(docs.filter((d) => d.split === 'train').flatMap(unitsOf), opts.maxUnitsPerSource, opts.seed);
  balance(trainUnits, opts.classBalancePower);
  const devDocs = docs.filter((d) => d.split === 'dev');
  const devUnits = capBySource(devDocs.flatMap((d) => unitsOfDoc(d, config, unitOpts)), Math.round(opts.maxUnitsPerSource / 4), opts.seed + 1);
  const threats = trainUnits.filter((u) => u.t === 1).length;
  const vocab = buildVocab((function* () { for (const u of trainUnits) { yield u.content.ids; yield u.voice.ids; } })(), opts.vocabMinCount, opts.vocabMaxSize);
  config.buckets = vocab.rows;
  log(`training units: ${trainUnits.length} (${threats} own-voice threat), dev units ${devUnits.length}, vocabulary ${vocab.keys.length} features, after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { opts, config, vocab, trainUnits, devUnits, devDocs, docs, corpora, seeds, written, augmented, started };
}

/** Fit the unit model on prepared data. */
export function fit(p: Prepared, overrides: Partial<TrainOptions> = {}): FittedWeights {
  const o = { ...p.opts, ...overrides };
  // The fit sees embedding rows; the units keep their feature hashes (calibration scores them like users do).
  const rows = p.trainUnits.map((u) => ({ ...u, content: { ids: p.vocab.map(u.content.ids), dense: u.content.dense }, voice: { ids: p.vocab.map(u.voice.ids), dense: u.voice.dense } }));
  return fitUnitModel(rows, {
    buckets: p.config.buckets, embeddingDim: p.config.embeddingDim, maxIds: p.config.maxIds,
    contentDense: p.config.contentDense.length, voiceDense: p.config.voiceDense.length,
    contentHidden: o.contentHidden, voiceHidden: o.voiceHidden,
  }, {
    epochs: o.epochs, batchSize: o.batchSize, learningRate: o.learningRate, embeddingLearningRate: o.embeddingLearningRate,
    l2: 1e-5, idDropout: o.idDropout, lossWeights: o.lossWeights, seed: o.seed, ...(o.log ? { log: o.log } : {}),
  });
}

/** Dev documents with their gold label and the unit probabilities of a scorer. */
export interface ScoredDoc {
  doc: LabelledDoc;
  units: UnitInput[];
  probs: UnitProbs[];
}

/**
 * Calibrate a built model on dev: the unit map on dev units whose own-voice threat is known (each
 * (source, target) cell weighted ~ 1/sqrt(size)), then the document map and the threshold on dev documents.
 */
export function calibrate(p: Prepared, built: BuiltModel, log: (m: string) => void = () => {}): { unit: Platt; document: Platt; threatThreshold: number; score: number; quotedContentThreshold?: number } {
  const cfg = built.manifest.features;
  const scorer = createJsScorer(decodeWeights(built.modelJson.weightsManifest.flatMap((g) => g.weights), built.weightData), cfg.contentDense.length, cfg.voiceDense.length);
  const known = p.devUnits.filter((u) => u.t >= 0 && u.tokens > 0);
  const logits = scorer.logits(known.map((u) => ({ kind: u.kind, start: 0, end: 0, tokens: u.tokens, content: u.content, voice: u.voice })));
  const identity: Platt = { a: 1, b: 0 };
  const raw = known.map((_, i) => {
    const q = unitProbs(logits, i, identity);
    return q.threat;
  });
  const cellSize = new Map<string, number>();
  for (const u of known) cellSize.set(`${u.source}:${u.t}`, (cellSize.get(`${u.source}:${u.t}`) ?? 0) + 1);
  const unit = fitPlatt(raw, known.map((u) => u.t), known.map((u) => 1 / Math.sqrt(cellSize.get(`${u.source}:${u.t}`) ?? 1)));
  log(`unit calibration a=${unit.a.toFixed(3)} b=${unit.b.toFixed(3)} on ${known.length} dev units`);

  const scored = scoreDocs(p.devDocs, cfg, scorer, unit);
  const maxT = scored.map((s) => s.probs.reduce((m, q) => Math.max(m, q.threat), 0));
  const isThreat = scored.map((s) => s.doc.label === 'threat');
  const docSize = new Map<string, number>();
  for (const s of scored) docSize.set(cellOf(s.doc), (docSize.get(cellOf(s.doc)) ?? 0) + 1);
  const document = fitPlatt(maxT, isThreat.map((b) => (b ? 1 : 0)), scored.map((s) => 1 / Math.sqrt(docSize.get(cellOf(s.doc)) ?? 1)));
  const docP = maxT.map((m) => documentScores([{ content: 0, voice: 0, threat: m, quoted: 0, reporting: 0, benign: 1 - m }], document).threat);
  const threshold = chooseThreshold(docP, isThreat, scored.map((s) => cellOf(s.doc)));
  log(`document calibration a=${document.a.toFixed(3)} b=${document.b.toFixed(3)}, threshold ${threshold.value.toFixed(2)} (balanced accuracy over ${threshold.cells} dev cells ${threshold.score.toFixed(3)})`);
  const quoted = chooseQuotedThreshold(scored, document, threshold.value);
  if (quoted) log(`quoted_threat content threshold ${quoted.value.toFixed(2)} (balanced accuracy ${quoted.score.toFixed(3)} on ${quoted.units} dev quotations of ${quoted.cells / 2} checked sets)`);
  return { unit, document, threatThreshold: threshold.value, score: threshold.score, ...(quoted ? { quotedContentThreshold: quoted.value } : {}) };
}

/** Dev groups whose every quotation was checked: a quotation not listed as threatening is not. */
const CHECKED_QUOTE_GROUPS = new Set(['quotes-checked']);

/**
 * The content probability at which a quotation is `quoted_threat`, chosen on the dev documents of the written
 * sets whose every quotation was checked: quote units that a listed threatening quotation covers against quote
 * units that overlap none, by balanced accuracy with each set's positives and negatives weighted alike. Units
 * that are own-voice threats at the document threshold are left out (they are labelled threat either way).
 */
export function chooseQuotedThreshold(scored: ScoredDoc[], document: Platt, threshold: number): { value: number; score: number; cells: number; units: number } | undefined {
  const p: number[] = [];
  const pos: boolean[] = [];
  const cells: string[] = [];
  for (const s of scored) {
    if (s.doc.source !== 'written' || !CHECKED_QUOTE_GROUPS.has(s.doc.group ?? '')) continue;
    const gold = (s.doc.spans ?? []).filter((g) => g.label === 'quoted_threat');
    const set = s.doc.id.split(':')[0] ?? '';
    s.units.forEach((u, i) => {
      const q = s.probs[i] as UnitProbs;
      if (u.kind !== 'quote' || u.tokens === 0 || platt(q.threat, document) >= threshold) return;
      const over = gold.map((g) => Math.min(u.end, g.end) - Math.max(u.start, g.start));
      const covered = gold.some((g, k) => (over[k] as number) > 0 && ((over[k] as number) * 2 >= g.end - g.start || (over[k] as number) * 2 >= u.end - u.start));
      if (!covered && over.some((o) => o > 0)) return; // touches a threatening quotation without being it
      p.push(q.content);
      pos.push(covered);
      cells.push(`${set}:${covered ? 'threat' : 'other'}`);
    });
  }
  if (!pos.includes(true) || !pos.includes(false)) return undefined;
  return { ...chooseThreshold(p, pos, cells), units: p.length };
}

export function scoreDocs(docs: LabelledDoc[], cfg: FeatureConfig, scorer: { logits(u: UnitInput[]): Float32Array }, unit: Platt): ScoredDoc[] {
  const out: ScoredDoc[] = [];
  for (const d of docs) {
    const ex = extractDoc(d.text, d.kind, cfg);
    if (ex.units.length === 0) continue;
    const logits = scorer.logits(ex.units);
    out.push({ doc: d, units: ex.units, probs: unitProbsOf(ex.units, logits, unit) });
  }
  return out;
}

/** The document label a calibrated model gives a scored document (the run-time rule). */
export function labelOf(s: ScoredDoc, document: Platt, threshold: number): string {
  return documentLabel(s.units.map((u, i) => decideUnit(u, s.probs[i] as UnitProbs, document, threshold)));
}

export async function build(p: Prepared, fitted: FittedWeights, log: (m: string) => void = () => {}): Promise<BuiltModel> {
  const tf = await loadTf('cpu');
  const placeholder = { unit: { a: 1, b: 0 }, document: { a: 1, b: 0 }, threatThreshold: 0.5 };
  const built = await buildArtifacts(tf, fitted, p.vocab, p.config, { name: p.opts.name, version: p.opts.version, calibration: placeholder });
  const cal = calibrate(p, built, log);
  built.manifest.calibration = {
    unit: cal.unit, document: cal.document, threatThreshold: cal.threatThreshold,
    ...(cal.quotedContentThreshold !== undefined ? { quotedContentThreshold: cal.quotedContentThreshold } : {}),
  };
  built.manifest.training = {
    sources: [...new Set(p.corpora.map((d) => d.source))].sort(),
    seeds: p.seeds.length,
    written: p.written.length,
    augmented: p.augmented.length,
    trainUnits: p.trainUnits.length,
    devUnits: p.devUnits.length,
    devDocuments: p.devDocs.length,
    epochs: p.opts.epochs,
    contentHidden: p.opts.contentHidden,
    voiceHidden: p.opts.voiceHidden,
    idDropout: p.opts.idDropout,
    vocabulary: p.vocab.keys.length,
    vocabMinCount: p.opts.vocabMinCount,
    seed: p.opts.seed,
    splitMethod: 'corpora: sha1(id) mod 100: <80 train, <90 dev, else test (official test splits kept); seeds: whole templates and minimal pairs 80/20 train/dev; written posts: sha1(id) mod 100 < 85 train, else dev',
  };
  return built;
}

export async function train(input: TrainOptionsInput = {}): Promise<TrainResult> {
  const p = await prepare(input);
  const log = p.opts.log ?? ((): void => {});
  const fitted = fit(p);
  const built = await build(p, fitted, log);
  if (p.opts.out) writeArtifacts(p.opts.out, built);
  const seconds = (Date.now() - p.started) / 1000;
  log(`done in ${seconds.toFixed(1)} s${p.opts.out ? `, written to ${p.opts.out}` : ''}`);
  return { built, ...(p.opts.out ? { out: p.opts.out } : {}), counts: countTable(p.docs), seconds };
}
