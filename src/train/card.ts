/**
 * The model card: measure a model (report.ts) and render the figures as Markdown, voice-versus-genre
 * fixtures first. Written next to the model as metrics.json and README.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Classifier } from '../classifier.js';
import type { Manifest } from '../schemas.js';
import { groupFigures, lengthBuckets, loadFixtureRows, sourceFigures, type Baseline, type GroupFigure, type SourceFigure } from './report.js';
import type { LabelledDoc, Split } from './types.js';

export interface ModelReport {
  model: { name: string; version: string; sha256: string };
  split: Split;
  /** The earlier fixtures (fixtures/voice.jsonl, fixtures/handwritten.jsonl): hand-written rows, then generated rows. */
  fixturesHand: Record<string, GroupFigure>;
  fixturesGenerated: Record<string, GroupFigure>;
  sources: Record<string, SourceFigure>;
  evalSources: Record<string, SourceFigure>;
  lengthBuckets: ReturnType<typeof lengthBuckets>;
  calibration: { unit: { a: number; b: number }; document: { a: number; b: number }; threatThreshold: number; quotedContentThreshold?: number };
  seconds: number;
}

export interface ReportInput {
  classifier: Classifier;
  fixturesDir: string;
  trainDocs: LabelledDoc[];
  evalDocs: LabelledDoc[];
  split: Split;
  /** The offensive-language peer (flags a text), a baseline row beside the keyword list. */
  peer?: Baseline;
}

export function buildReport(input: ReportInput): ModelReport {
  const started = Date.now();
  const { classifier, split } = input;
  const m: Manifest = classifier.manifest;
  const rows = loadFixtureRows(input.fixturesDir);
  const hand = rows.filter((r) => String(r.id ?? '').includes(':hand:'));
  const generated = rows.filter((r) => !String(r.id ?? '').includes(':hand:'));
  const fixturesHand = groupFigures(classifier, hand, input.peer);
  const fixturesGenerated = groupFigures(classifier, generated, input.peer);
  const sources = sourceFigures(classifier, input.trainDocs, split, input.peer);
  const evalSources = sourceFigures(classifier, input.evalDocs.map((d) => ({ ...d, split })), split, input.peer);
  const buckets = lengthBuckets(classifier, input.trainDocs, split, ['doj-opa-press-releases', 'wikinews-2019-2020', 'muc34']);
  return {
    model: classifier.model,
    split,
    fixturesHand,
    fixturesGenerated,
    sources,
    evalSources,
    lengthBuckets: buckets,
    calibration: {
      unit: m.calibration.unit, document: m.calibration.document, threatThreshold: m.calibration.threatThreshold,
      ...(m.calibration.quotedContentThreshold !== undefined ? { quotedContentThreshold: m.calibration.quotedContentThreshold } : {}),
    },
    seconds: (Date.now() - started) / 1000,
  };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '–' : x.toFixed(d));

export function renderCard(r: ModelReport): string {
  const lines: string[] = [];
  for (const [title, groups] of [['hand-written rows', r.fixturesHand], ['generated rows', r.fixturesGenerated]] as const) {
    lines.push(`### Earlier fixtures, ${title} (${Object.values(groups).reduce((a, g) => a + g.n, 0)} rows; they served for model selection)`, '');
    lines.push('Share judged correctly on the threat/not-threat question: for threat groups, labelled `threat`; for the others, *not* labelled `threat`.', '');
    lines.push('| group | gold | n | model | keyword list | offensive-language peer | ECE |', '|---|---|---:|---:|---:|---:|---:|');
    for (const [g, f] of Object.entries(groups)) lines.push(`| ${g} | ${f.gold} | ${f.n} | ${pct(f.model)} | ${pct(f.baseline)} | ${pct(f.peer)} | ${num(f.metrics.ece)} |`);
    lines.push('');
  }
  lines.push('', `### Corpora, ${r.split} split (per source)`, '');
  lines.push('| source | n | accuracy | macro-F1 | labelled threat | threat recall | recall @5% FPR | recall @10% FPR | ECE | keyword list: flagged / recall | peer: flagged / recall |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [s, f] of Object.entries(r.sources)) {
    const m = f.metrics;
    lines.push(`| ${s} | ${f.n} | ${pct(m.accuracy)} | ${num(m.macroF1)} | ${pct(m.threatRate)} | ${pct(m.threatRecall)} | ${pct(m.recallAtFpr['0.05'])} | ${pct(m.recallAtFpr['0.10'])} | ${num(m.ece)} | ${pct(f.baselineThreatRate)} / ${pct(f.baselineThreatRecall)} | ${pct(f.peerThreatRate)} / ${pct(f.peerThreatRecall)} |`);
  }
  if (Object.keys(r.evalSources).length > 0) {
    lines.push('', '### Evaluation-only corpora (never trained on)', '');
    lines.push('| source | n | accuracy | labelled threat | threat recall | recall @10% FPR | keyword list: flagged / recall | peer: flagged / recall |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [s, f] of Object.entries(r.evalSources)) {
      const m = f.metrics;
      lines.push(`| ${s} | ${f.n} | ${pct(m.accuracy)} | ${pct(m.threatRate)} | ${pct(m.threatRecall)} | ${pct(m.recallAtFpr['0.10'])} | ${pct(f.baselineThreatRate)} / ${pct(f.baselineThreatRecall)} | ${pct(f.peerThreatRate)} / ${pct(f.peerThreatRecall)} |`);
    }
  }
  lines.push('', `### False threats on news by length (${r.split} split, words per document)`, '');
  const bucketNames = Object.keys(Object.values(r.lengthBuckets)[0] ?? {});
  lines.push(`| source | ${bucketNames.join(' | ')} |`, `|---|${bucketNames.map(() => '---:').join('|')}|`);
  for (const [s, row] of Object.entries(r.lengthBuckets)) lines.push(`| ${s} | ${bucketNames.map((b) => `${pct(row[b]?.threatRate)} (n=${row[b]?.n ?? 0})`).join(' | ')} |`);
  lines.push('', `Calibration: unit map a=${num(r.calibration.unit.a)} b=${num(r.calibration.unit.b)}, document map a=${num(r.calibration.document.a)} b=${num(r.calibration.document.b)}, document threat threshold ${num(r.calibration.threatThreshold, 2)}${r.calibration.quotedContentThreshold !== undefined ? `, quoted_threat content threshold ${num(r.calibration.quotedContentThreshold, 2)}` : ''}. Model sha256 \`${r.model.sha256.slice(0, 16)}…\`.`);
  return `${lines.join('\n')}\n`;
}

export function writeReport(dir: string, report: ModelReport): void {
  writeFileSync(join(dir, 'metrics.json'), `${JSON.stringify(report, null, 2)}\n`);
}
