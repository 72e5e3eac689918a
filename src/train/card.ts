/**
 * The model card: measure a model (report.ts) and render the figures as Markdown, voice-versus-genre
 * fixtures first. Written next to the model as metrics.json and README.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Classifier } from '../classifier.js';
import type { Manifest } from '../schemas.js';
import { groupFigures, lengthBuckets, loadFixtureRows, sourceFigures, type GroupFigure, type SourceFigure } from './report.js';
import type { LabelledDoc, Split } from './types.js';

export interface ModelReport {
  model: { name: string; version: string; sha256: string };
  split: Split;
  fixtures: Record<string, GroupFigure>;
  sources: Record<string, SourceFigure>;
  evalSources: Record<string, SourceFigure>;
  lengthBuckets: ReturnType<typeof lengthBuckets>;
  calibration: { unit: { a: number; b: number }; document: { a: number; b: number }; threatThreshold: number };
  seconds: number;
}

export interface ReportInput {
  classifier: Classifier;
  fixturesDir: string;
  trainDocs: LabelledDoc[];
  evalDocs: LabelledDoc[];
  split: Split;
}

export function buildReport(input: ReportInput): ModelReport {
  const started = Date.now();
  const { classifier, split } = input;
  const m: Manifest = classifier.manifest;
  const fixtures = groupFigures(classifier, loadFixtureRows(input.fixturesDir));
  const sources = sourceFigures(classifier, input.trainDocs, split);
  const evalSources = sourceFigures(classifier, input.evalDocs.map((d) => ({ ...d, split })), split);
  const buckets = lengthBuckets(classifier, input.trainDocs, split, ['doj-opa-press-releases', 'wikinews-2019-2020', 'muc34']);
  return {
    model: classifier.model,
    split,
    fixtures,
    sources,
    evalSources,
    lengthBuckets: buckets,
    calibration: { unit: m.calibration.unit, document: m.calibration.document, threatThreshold: m.calibration.threatThreshold },
    seconds: (Date.now() - started) / 1000,
  };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined, d = 3): string => (x === null || x === undefined ? '–' : x.toFixed(d));

export function renderCard(r: ModelReport): string {
  const lines: string[] = [];
  lines.push(`### Voice versus genre: the project's held-out fixtures (${Object.values(r.fixtures).reduce((a, g) => a + g.n, 0)} rows)`, '');
  lines.push('Share judged correctly on the threat/not-threat question: for threat groups, labelled `threat`; for the others, *not* labelled `threat`.', '');
  lines.push('| group | gold | n | model | keyword baseline | ECE |', '|---|---|---:|---:|---:|---:|');
  for (const [g, f] of Object.entries(r.fixtures)) lines.push(`| ${g} | ${f.gold} | ${f.n} | ${pct(f.model)} | ${pct(f.baseline)} | ${num(f.metrics.ece)} |`);
  lines.push('', `### Corpora, ${r.split} split (per source)`, '');
  lines.push('| source | n | accuracy | macro-F1 | labelled threat | threat recall | recall @5% FPR | recall @10% FPR | ECE | baseline: labelled threat | baseline: threat recall |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [s, f] of Object.entries(r.sources)) {
    const m = f.metrics;
    lines.push(`| ${s} | ${f.n} | ${pct(m.accuracy)} | ${num(m.macroF1)} | ${pct(m.threatRate)} | ${pct(m.threatRecall)} | ${pct(m.recallAtFpr['0.05'])} | ${pct(m.recallAtFpr['0.10'])} | ${num(m.ece)} | ${pct(f.baselineThreatRate)} | ${pct(f.baselineThreatRecall)} |`);
  }
  if (Object.keys(r.evalSources).length > 0) {
    lines.push('', '### Evaluation-only corpora (never trained on)', '');
    lines.push('| source | n | accuracy | labelled threat | threat recall | recall @10% FPR | baseline: labelled threat | baseline: threat recall |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [s, f] of Object.entries(r.evalSources)) {
      const m = f.metrics;
      lines.push(`| ${s} | ${f.n} | ${pct(m.accuracy)} | ${pct(m.threatRate)} | ${pct(m.threatRecall)} | ${pct(m.recallAtFpr['0.10'])} | ${pct(f.baselineThreatRate)} | ${pct(f.baselineThreatRecall)} |`);
    }
  }
  lines.push('', `### False threats on news by length (${r.split} split, words per document)`, '');
  const bucketNames = Object.keys(Object.values(r.lengthBuckets)[0] ?? {});
  lines.push(`| source | ${bucketNames.join(' | ')} |`, `|---|${bucketNames.map(() => '---:').join('|')}|`);
  for (const [s, row] of Object.entries(r.lengthBuckets)) lines.push(`| ${s} | ${bucketNames.map((b) => `${pct(row[b]?.threatRate)} (n=${row[b]?.n ?? 0})`).join(' | ')} |`);
  lines.push('', `Calibration: unit map a=${num(r.calibration.unit.a)} b=${num(r.calibration.unit.b)}, document map a=${num(r.calibration.document.a)} b=${num(r.calibration.document.b)}, document threat threshold ${num(r.calibration.threatThreshold, 2)}. Model sha256 \`${r.model.sha256.slice(0, 16)}…\`.`);
  return `${lines.join('\n')}\n`;
}

export function writeReport(dir: string, report: ModelReport): void {
  writeFileSync(join(dir, 'metrics.json'), `${JSON.stringify(report, null, 2)}\n`);
}
