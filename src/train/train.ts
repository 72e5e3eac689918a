/**
 * `train()`: rebuild a model from the corpora and seeds. The same code path serves `npm run train`,
 * `threatframe train` and `import { train } from 'threatframe/train'`.
 *
 * data -> units -> fit (wasm) -> artifacts -> temperature on dev units -> document head on dev
 * documents -> threshold -> manifest. Test splits are not touched here (see report.ts).
 */
import { z } from 'zod';
import { applyDocHead, softmaxRows } from '../calibrate.js';
import { docFeatures, DOC_FEATURE_NAMES } from '../dochead.js';
import { createJsScorer } from '../engine.js';
import { DEFAULT_FEATURE_CONFIG, extractDoc } from '../features.js';
import { loadTf } from '../model.js';
import { DOC_LABELS, UNIT_CLASSES, type FeatureConfig } from '../schemas.js';
import { parseOrThrow } from '../validate.js';
import { decodeWeights } from '../weights.js';
import { augment, threatSentences } from './augment.js';
import { perturbSeeds } from './perturb.js';
import { chooseThreshold, fitDocHead, fitTemperature, type DocHeadData } from './calib.js';
import { fitUnitModel } from './fit.js';
import { mulberry32, shuffleInPlace } from './random.js';
import { buildArtifacts, writeArtifacts, type BuiltModel } from './save.js';
import { loadSeeds } from './seeds.js';
import { defaultRawDir, isUncertainNegative, loadSources, WEAK_POSITIVE_GROUPS } from './sources/index.js';
import type { LabelledDoc } from './types.js';
import { unitsOfDoc, type TrainUnit } from './units.js';

export const TrainOptionsSchema = z.strictObject({
  dataDir: z.string().optional(),
  seedsDir: z.string().default('seeds'),
  out: z.string().optional(),
  /** Corpus names to use (default: every corpus marked train; [] = seeds only). */
  sources: z.array(z.string()).optional(),
  name: z.string().default('threatframe-default'),
  version: z.string().default('1.0.0'),
  epochs: z.number().int().positive().max(50).default(5),
  hidden: z.number().int().positive().max(512).default(96),
  batchSize: z.number().int().positive().default(256),
  learningRate: z.number().positive().default(0.004),
  seed: z.number().int().default(13),
  /** Cap on training units drawn from any one corpus (sampled deterministically). */
  maxUnitsPerSource: z.number().int().positive().default(15_000),
  maxSentencesPerDoc: z.number().int().positive().default(24),
  /** Weight of the project's own seeds (and augmentations built from them) relative to corpus units. */
  seedWeight: z.number().positive().default(2.5),
  /** Class weights ~ frequency^-power (0 = none, 1 = fully balanced). */
  classBalancePower: z.number().min(0).max(1).default(0.75),
  augmentQuoted: z.number().int().nonnegative().default(4000),
  /** Variants of each training seed with discourse markers and register changes around it. */
  augmentVariants: z.number().int().nonnegative().default(1),
  idDropout: z.number().min(0).max(0.9).default(0.4),
  augmentNeutral: z.number().int().nonnegative().default(2500),
  features: z.record(z.string(), z.unknown()).optional(),
  log: z.custom<(message: string) => void>((v) => typeof v === 'function').optional(),
});
export type TrainOptionsInput = z.input<typeof TrainOptionsSchema>;

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
    const limit = source === 'seeds' || source === 'augment' ? Infinity : cap;
    out.push(...(list.length > limit ? shuffleInPlace(list, rand).slice(0, limit) : list));
  }
  return out;
}

/** Class weights ~ frequency^-power, normalised to mean 1. */
function balance(units: TrainUnit[], classes: number, power: number): void {
  const counts = new Array<number>(classes).fill(0);
  for (const u of units) counts[u.target] = (counts[u.target] as number) + u.weight;
  const raw = counts.map((c) => (c > 0 ? c ** -power : 0));
  const mean = units.reduce((a, u) => a + (raw[u.target] as number) * u.weight, 0) / Math.max(1, units.length);
  for (const u of units) u.weight = (u.weight * (raw[u.target] as number)) / mean;
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

export async function train(input: TrainOptionsInput = {}): Promise<TrainResult> {
  const opts = parseOrThrow(TrainOptionsSchema, input, 'INVALID_OPTIONS', 'train options');
  const log = opts.log ?? ((): void => {});
  const started = Date.now();
  const config: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...(opts.features as Partial<FeatureConfig> | undefined) };
  // `sources: []` trains on seeds alone (used for the tiny test model); omitted = every train corpus.
  const noCorpora = opts.sources !== undefined && opts.sources.length === 0;
  const rawDir = noCorpora ? '(none)' : opts.dataDir ?? defaultRawDir();
  const corpora = noCorpora ? [] : await loadSources(rawDir, opts.sources, { use: 'train' });
  const seeds = loadSeeds(opts.seedsDir);
  const base = [...corpora, ...seeds];
  const augmented = [
    ...augment(threatSentences(base), { seed: opts.seed, quoted: opts.augmentQuoted, neutral: opts.augmentNeutral }),
    ...perturbSeeds(seeds.filter((d) => d.split === 'train'), { seed: opts.seed + 7, variants: opts.augmentVariants }),
  ];
  // Negatives that may hide unlabelled threats are left out of training and calibration.
  const docs = [...base, ...augmented].filter((d) => !isUncertainNegative(d));
  log(`documents: ${docs.length} (${corpora.length} corpus, ${seeds.length} seeds, ${augmented.length} augmented) from ${rawDir}`);

  const unitOpts = { maxSentencesPerDoc: opts.maxSentencesPerDoc };
  const unitsOf = (d: LabelledDoc): TrainUnit[] => {
    const units = unitsOfDoc(d, config, unitOpts);
    if (d.group && WEAK_POSITIVE_GROUPS.has(d.group)) for (const u of units) u.weight *= 0.5;
    if (d.source === 'seeds' || d.source === 'augment') for (const u of units) u.weight *= opts.seedWeight;
    return units;
  };
  const trainUnits = capBySource(docs.filter((d) => d.split === 'train').flatMap(unitsOf), opts.maxUnitsPerSource, opts.seed);
  balance(trainUnits, UNIT_CLASSES.length, opts.classBalancePower);
  const perClass = UNIT_CLASSES.map((c, i) => `${c} ${trainUnits.filter((u) => u.target === i).length}`).join(', ');
  log(`training units: ${trainUnits.length} (${perClass}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const tf = await loadTf('wasm');
  const fitted = await fitUnitModel(tf, trainUnits, {
    buckets: config.buckets, embeddingDim: config.embeddingDim, maxIds: config.maxIds, denseSize: config.denseNames.length,
  }, { hidden: opts.hidden, epochs: opts.epochs, batchSize: opts.batchSize, learningRate: opts.learningRate, l2: 1e-5, dropout: 0.1, idDropout: opts.idDropout, seed: opts.seed, classes: UNIT_CLASSES.length, log });

  const placeholder = { unitTemperature: 1, threatThreshold: 0.5, docHead: { features: [...DOC_FEATURE_NAMES], weights: DOC_LABELS.map(() => DOC_FEATURE_NAMES.map(() => 0)), bias: DOC_LABELS.map(() => 0), mean: DOC_FEATURE_NAMES.map(() => 0), scale: DOC_FEATURE_NAMES.map(() => 1) } };
  const built = await buildArtifacts(tf, fitted, config, { name: opts.name, version: opts.version, calibration: placeholder });
  const scorer = createJsScorer(decodeWeights(built.modelJson.weightsManifest.flatMap((g) => g.weights), built.weightData), config.denseNames.length);

  // Calibration on dev: the quantised weights, scored by the same engine users get.
  const devDocs = docs.filter((d) => d.split === 'dev');
  const devUnits = capBySource(devDocs.flatMap((d) => unitsOfDoc(d, config, unitOpts)), opts.maxUnitsPerSource / 4, opts.seed + 1);
  const devLogits = scorer.logits(devUnits.map((u) => ({ kind: 'sentence', start: 0, end: 0, ids: u.ids, dense: u.dense })));
  const temperature = fitTemperature(devLogits, UNIT_CLASSES.length, devUnits.map((u) => u.target), devUnits.map(() => 1));
  log(`unit temperature ${temperature.toFixed(3)} on ${devUnits.length} dev units`);

  const headData: DocHeadData = { x: [], y: [], w: [] };
  const cells: string[] = [];
  const perSource = new Map<string, number>();
  for (const d of devDocs) perSource.set(`${d.source}:${d.label}`, (perSource.get(`${d.source}:${d.label}`) ?? 0) + 1);
  for (const d of devDocs) {
    const ex = extractDoc(d.text, d.kind, config);
    if (ex.units.length === 0) continue;
    const probs = softmaxRows(scorer.logits(ex.units), UNIT_CLASSES.length, temperature);
    headData.x.push(docFeatures(ex.units, probs, ex.frame));
    headData.y.push(DOC_LABELS.indexOf(d.label));
    // Seeds count per phenomenon (own voice, quoted, negated, ...), corpora per source.
    cells.push(`${d.source === 'seeds' ? `seeds/${d.group ?? ''}` : d.source}:${d.label === 'threat' ? 'threat' : 'other'}`);
    // Each (source, label) cell weighs like ~sqrt of its size, so small cells still count.
    headData.w.push(1 / Math.sqrt(perSource.get(`${d.source}:${d.label}`) ?? 1));
  }
  const docHead = fitDocHead(DOC_FEATURE_NAMES, headData, DOC_LABELS.length);
  log(`document head fitted on ${headData.x.length} dev documents`);

  const threatP = headData.x.map((x) => applyDocHead(docHead, x)[DOC_LABELS.indexOf('threat')] as number);
  const threshold = chooseThreshold(threatP, headData.y.map((y) => y === DOC_LABELS.indexOf('threat')), cells);
  log(`document threat threshold ${threshold.value.toFixed(2)} (balanced accuracy over ${threshold.cells} dev cells ${threshold.score.toFixed(3)})`);
  built.manifest.calibration = { unitTemperature: temperature, docHead, threatThreshold: threshold.value };
  built.manifest.training = {
    sources: [...new Set(corpora.map((d) => d.source))].sort(),
    seeds: seeds.length,
    augmented: augmented.length,
    trainUnits: trainUnits.length,
    devUnits: devUnits.length,
    devDocuments: headData.x.length,
    epochs: opts.epochs,
    hidden: opts.hidden,
    seed: opts.seed,
    splitMethod: 'sha1(id) mod 100: <80 train, <90 dev, else test (official test splits kept where a corpus has them)',
  };
  if (opts.out) writeArtifacts(opts.out, built);
  const seconds = (Date.now() - started) / 1000;
  log(`done in ${seconds.toFixed(1)} s${opts.out ? `, written to ${opts.out}` : ''}`);
  return { built, ...(opts.out ? { out: opts.out } : {}), counts: countTable(docs), seconds };
}
