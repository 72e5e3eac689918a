/**
 * Measuring a model the way the model card reports it: the project's own voice-versus-genre
 * fixtures per phenomenon first, then per-source splits of the corpora (dev while developing, test
 * for the final report), false threats per length bucket on news, and a keyword baseline on the same rows.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Classifier } from '../classifier.js';
import { evaluate, type Metrics } from '../evaluate.js';
import { readFixtures } from '../io/fixtures.js';
import type { FixtureRow, Result } from '../schemas.js';
import { keywordBaseline } from './baseline.js';
import type { LabelledDoc, Split } from './types.js';

/** A baseline scorer: does it flag the text (and, when it has one, its score)? */
export type Baseline = (text: string) => boolean;

export interface GroupFigure {
  n: number;
  /** For threat groups: share labelled threat. For non-threat groups: share NOT labelled threat. */
  model: number;
  baseline: number;
  /** The offensive-language peer on the same rows, when available. */
  peer?: number;
  gold: 'threat' | 'not-threat' | 'mixed';
  metrics: Metrics;
}

export interface SourceFigure {
  n: number;
  metrics: Metrics;
  baselineThreatRate: number;
  baselineThreatRecall: number | null;
  peerThreatRate?: number;
  peerThreatRecall?: number | null;
}

function toRow(d: LabelledDoc): FixtureRow {
  return { id: d.id, text: d.text, label: d.label, kind: d.kind, ...(d.spans ? { spans: d.spans } : {}), ...(d.group ? { group: d.group } : {}) };
}

function score(classifier: Classifier, rows: FixtureRow[]): Result[] {
  return rows.map((r) => classifier.classify({ text: r.text, ...(r.kind ? { kind: r.kind } : {}) }));
}

function share(rows: FixtureRow[], pred: (r: FixtureRow, i: number) => boolean): number {
  return rows.length > 0 ? rows.filter(pred).length / rows.length : 0;
}

/** Per-group figures over fixture rows: model vs keyword baseline. */
export function groupFigures(classifier: Classifier, rows: FixtureRow[], peer?: Baseline): Record<string, GroupFigure> {
  const preds = score(classifier, rows);
  const byGroup = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const g = r.group ?? '(none)';
    byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  });
  const out: Record<string, GroupFigure> = {};
  for (const [g, idx] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const gr = idx.map((i) => rows[i] as FixtureRow);
    const gp = idx.map((i) => preds[i] as Result);
    const threats = gr.filter((r) => r.label === 'threat').length;
    const gold = threats === gr.length ? 'threat' : threats === 0 ? 'not-threat' : 'mixed';
    const right = (isThreat: boolean, r: FixtureRow): boolean => (r.label === 'threat') === isThreat;
    out[g] = {
      n: gr.length,
      gold,
      model: share(gr, (r, i) => right((gp[i] as Result).label === 'threat', r)),
      baseline: share(gr, (r) => right(keywordBaseline(r.text), r)),
      ...(peer ? { peer: share(gr, (r) => right(peer(r.text), r)) } : {}),
      metrics: evaluate(gp, gr).overall,
    };
  }
  return out;
}

export function fixtureFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

export function loadFixtureRows(dir: string): FixtureRow[] {
  return fixtureFiles(dir).flatMap((f) => readFixtures(f));
}

export function sourceFigures(classifier: Classifier, docs: LabelledDoc[], split: Split, peer?: Baseline): Record<string, SourceFigure> {
  const bySource = new Map<string, LabelledDoc[]>();
  for (const d of docs) if (d.split === split) bySource.set(d.source, [...(bySource.get(d.source) ?? []), d]);
  const out: Record<string, SourceFigure> = {};
  for (const [source, list] of [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = list.map(toRow);
    const preds = score(classifier, rows);
    const base = rows.map((r) => keywordBaseline(r.text));
    const peerFlags = peer ? rows.map((r) => peer(r.text)) : undefined;
    const threatRows = rows.map((r, i) => [r, i] as const).filter(([r]) => r.label === 'threat');
    out[source] = {
      n: rows.length,
      metrics: evaluate(preds, rows).overall,
      baselineThreatRate: share(rows, (_, i) => base[i] === true),
      baselineThreatRecall: threatRows.length > 0 ? threatRows.filter(([, i]) => base[i]).length / threatRows.length : null,
      ...(peerFlags ? {
        peerThreatRate: share(rows, (_, i) => peerFlags[i] === true),
        peerThreatRecall: threatRows.length > 0 ? threatRows.filter(([, i]) => peerFlags[i]).length / threatRows.length : null,
      } : {}),
    };
  }
  return out;
}

export const LENGTH_BUCKETS = [50, 200, 1000, Infinity] as const;

/** False-threat rate on non-threat news documents per length bucket (words). */
export function lengthBuckets(classifier: Classifier, docs: LabelledDoc[], split: Split, sources: string[]) {
  const out: Record<string, Record<string, { n: number; threatRate: number }>> = {};
  for (const source of sources) {
    const list = docs.filter((d) => d.source === source && d.split === split && d.label !== 'threat');
    const row: Record<string, { n: number; threatRate: number }> = {};
    let lo = 0;
    for (const hi of LENGTH_BUCKETS) {
      const inBucket = list.filter((d) => {
        const words = d.text.split(/\s+/).filter(Boolean).length;
        return words > lo && words <= hi;
      });
      const flagged = inBucket.filter((d) => classifier.classify({ text: d.text, kind: d.kind }).label === 'threat').length;
      row[hi === Infinity ? `>${lo}` : `<=${hi}`] = { n: inBucket.length, threatRate: inBucket.length > 0 ? flagged / inBucket.length : 0 };
      lo = hi;
    }
    out[source] = row;
  }
  return out;
}
