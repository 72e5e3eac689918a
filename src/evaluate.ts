/**
 * Evaluation of predictions against labelled fixtures: per-label precision/recall/F1, the document
 * confusion matrix, threat recall at fixed false-positive rates, span F1 against gold spans,
 * expected calibration error; overall and per group. Pure: no model, no I/O.
 */
import { z } from 'zod';
import { ThreatframeError } from './errors.js';
import { DOC_LABELS, FixtureRowSchema, ResultSchema, type DocLabel, type FixtureRow, type Result } from './schemas.js';
import { describeIssues } from './validate.js';

export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  labels: Record<DocLabel, LabelMetrics>;
  /** confusion[gold][predicted] */
  confusion: Record<DocLabel, Record<DocLabel, number>>;
  /** Share of rows predicted `threat`, and of gold-threat rows predicted threat / of non-threat rows predicted threat. */
  threatRate: number;
  threatRecall: number | null;
  threatFalsePositiveRate: number | null;
  /** Threat recall when the threshold on scores.threat is set so that the FPR on non-threat rows is <= x. */
  recallAtFpr: { '0.05': number | null; '0.10': number | null };
  span: { precision: number; recall: number; f1: number; gold: number; predicted: number } | null;
  ece: number;
}

export interface EvaluationReport {
  overall: Metrics;
  groups: Record<string, Metrics>;
}

const PredictionsSchema = z.array(ResultSchema);
const GoldSchema = z.array(FixtureRowSchema);

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

function recallAtFpr(pairs: Array<{ score: number; threat: boolean }>, maxFpr: number): number | null {
  const pos = pairs.filter((p) => p.threat).map((p) => p.score);
  const neg = pairs.filter((p) => !p.threat).map((p) => p.score).sort((a, b) => b - a);
  if (pos.length === 0 || neg.length === 0) return null;
  // Largest number of negatives allowed above the threshold, then the threshold just above the next one.
  const allowed = Math.floor(maxFpr * neg.length);
  const threshold = allowed < neg.length ? (neg[allowed] as number) : -Infinity;
  return pos.filter((s) => s > threshold).length / pos.length;
}

/** Spans match when labels agree and they overlap by at least half of the longer one. */
function spanCounts(pred: Result, gold: FixtureRow) {
  const g = (gold.spans ?? []).filter((s) => s.label !== 'benign');
  const p = pred.spans.filter((s) => s.label !== 'benign');
  const used = new Set<number>();
  let tp = 0;
  for (const ps of p) {
    const hit = g.findIndex((gs, i) => {
      if (used.has(i) || gs.label !== ps.label) return false;
      const overlap = Math.min(gs.end, ps.end) - Math.max(gs.start, ps.start);
      return overlap > 0 && overlap >= 0.5 * Math.max(gs.end - gs.start, ps.end - ps.start);
    });
    if (hit >= 0) { used.add(hit); tp++; }
  }
  return { tp, gold: g.length, predicted: p.length };
}

function ece(rows: Array<{ confidence: number; correct: boolean }>, bins = 10): number {
  if (rows.length === 0) return 0;
  let total = 0;
  for (let b = 0; b < bins; b++) {
    const lo = b / bins;
    const hi = (b + 1) / bins;
    const inBin = rows.filter((r) => r.confidence > lo && r.confidence <= hi || (b === 0 && r.confidence === 0));
    if (inBin.length === 0) continue;
    const acc = inBin.filter((r) => r.correct).length / inBin.length;
    const conf = inBin.reduce((a, r) => a + r.confidence, 0) / inBin.length;
    total += (inBin.length / rows.length) * Math.abs(acc - conf);
  }
  return total;
}

function metricsOf(pairs: Array<{ pred: Result; gold: FixtureRow }>): Metrics {
  const confusion = Object.fromEntries(DOC_LABELS.map((g) => [g, Object.fromEntries(DOC_LABELS.map((p) => [p, 0]))])) as Metrics['confusion'];
  for (const { pred, gold } of pairs) confusion[gold.label][pred.label]++;
  const labels = Object.fromEntries(
    DOC_LABELS.map((l) => {
      const tp = confusion[l][l];
      const predicted = DOC_LABELS.reduce((a, g) => a + confusion[g][l], 0);
      const support = DOC_LABELS.reduce((a, p) => a + confusion[l][p], 0);
      const precision = ratio(tp, predicted);
      const recall = ratio(tp, support);
      return [l, { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, support }];
    }),
  ) as Metrics['labels'];
  const present = DOC_LABELS.filter((l) => labels[l].support > 0);
  const correct = pairs.filter((p) => p.pred.label === p.gold.label).length;
  const threatGold = pairs.filter((p) => p.gold.label === 'threat');
  const nonThreat = pairs.filter((p) => p.gold.label !== 'threat');
  const scorePairs = pairs.map((p) => ({ score: p.pred.scores.threat, threat: p.gold.label === 'threat' }));
  const withSpans = pairs.filter((p) => p.gold.spans !== undefined);
  let span: Metrics['span'] = null;
  if (withSpans.length > 0) {
    const c = withSpans.map((p) => spanCounts(p.pred, p.gold)).reduce((a, b) => ({ tp: a.tp + b.tp, gold: a.gold + b.gold, predicted: a.predicted + b.predicted }), { tp: 0, gold: 0, predicted: 0 });
    const precision = ratio(c.tp, c.predicted);
    const recall = ratio(c.tp, c.gold);
    span = { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, gold: c.gold, predicted: c.predicted };
  }
  return {
    n: pairs.length,
    accuracy: ratio(correct, pairs.length),
    macroF1: present.length > 0 ? present.reduce((a, l) => a + labels[l].f1, 0) / present.length : 0,
    labels,
    confusion,
    threatRate: ratio(pairs.filter((p) => p.pred.label === 'threat').length, pairs.length),
    threatRecall: threatGold.length > 0 ? ratio(threatGold.filter((p) => p.pred.label === 'threat').length, threatGold.length) : null,
    threatFalsePositiveRate: nonThreat.length > 0 ? ratio(nonThreat.filter((p) => p.pred.label === 'threat').length, nonThreat.length) : null,
    recallAtFpr: { '0.05': recallAtFpr(scorePairs, 0.05), '0.10': recallAtFpr(scorePairs, 0.1) },
    span,
    ece: ece(pairs.map((p) => ({ confidence: p.pred.confidence, correct: p.pred.label === p.gold.label }))),
  };
}

/**
 * Compare predictions with gold rows (same order, same length). Rows with a `group` are also
 * reported per group.
 */
export function evaluate(predictions: readonly Result[], gold: readonly FixtureRow[]): EvaluationReport {
  const p = PredictionsSchema.safeParse(predictions);
  if (!p.success) throw new ThreatframeError('INVALID_INPUT', `evaluate(): predictions must be classifier results: ${describeIssues(p.error)}`);
  const g = GoldSchema.safeParse(gold);
  if (!g.success) throw new ThreatframeError('FIXTURE_INVALID', `evaluate(): gold rows are invalid: ${describeIssues(g.error)}`);
  if (p.data.length !== g.data.length) {
    throw new ThreatframeError('INVALID_INPUT', `evaluate(): ${p.data.length} predictions for ${g.data.length} gold rows; pass one prediction per gold row, in order.`);
  }
  const pairs = p.data.map((pred, i) => ({ pred, gold: g.data[i] as FixtureRow }));
  const byGroup = new Map<string, typeof pairs>();
  for (const pair of pairs) {
    if (pair.gold.group === undefined) continue;
    const list = byGroup.get(pair.gold.group) ?? [];
    list.push(pair);
    byGroup.set(pair.gold.group, list);
  }
  const groups: Record<string, Metrics> = {};
  for (const [name, list] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) groups[name] = metricsOf(list);
  return { overall: metricsOf(pairs), groups };
}
