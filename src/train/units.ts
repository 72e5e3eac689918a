/**
 * Turning labelled documents into labelled training units (sentences and quotes), so that length
 * is never a label: a long article contributes sentences, not one "reporting" blob.
 *
 * Gold spans decide unit labels where a source has them. Without spans, a weak rule applies:
 * - threat documents: sentences with an own-voice violent predicate or threat construction are
 *   `threat`; when no sentence qualifies, every sentence is `threat` at half weight;
 * - reporting documents: sentences with attribution or a violent word are `reporting`, others benign;
 *   their quotes have unknown content and are skipped;
 * - benign documents: every unit benign.
 */
import { extractDoc, type UnitInput } from '../features.js';
import type { FeatureConfig } from '../schemas.js';
import { DENSE_NAMES } from '../frame.js';
import type { GoldSpan, LabelledDoc } from './types.js';

/** Unit class index, in UNIT_CLASSES order. */
export const CLASS = { benign: 0, reporting: 1, threat: 2, quoted_threat: 3 } as const;

export interface TrainUnit {
  ids: Int32Array;
  dense: Float32Array;
  target: number;
  weight: number;
  source: string;
  docId: string;
}

const dense = (name: (typeof DENSE_NAMES)[number]): number => DENSE_NAMES.indexOf(name);
const OWN_VIOLENT = dense('own_violent_any');
const OWN_STRONG = dense('own_violent_strong');
const CONSTRUCTION = dense('threat_construction');
const FRAMED = dense('framed_violent');
const HAS_ATTR = dense('has_attribution');

function overlaps(u: { start: number; end: number }, s: GoldSpan): boolean {
  const o = Math.min(u.end, s.end) - Math.max(u.start, s.start);
  return o > 0 && (o >= 0.5 * (s.end - s.start) || o >= 0.5 * (u.end - u.start));
}

function goldSentence(u: UnitInput, spans: GoldSpan[]): number {
  if (spans.some((s) => s.label === 'threat' && overlaps(u, s))) return CLASS.threat;
  if (spans.some((s) => (s.label === 'reporting' || s.label === 'quoted_threat') && overlaps(u, s))) return CLASS.reporting;
  return CLASS.benign;
}

function goldQuote(u: UnitInput, spans: GoldSpan[]): number | null {
  if (spans.some((s) => s.label === 'quoted_threat' && overlaps(u, s))) return CLASS.quoted_threat;
  if (spans.some((s) => s.label === 'threat' && overlaps(u, s))) return null;
  return CLASS.benign;
}

export interface UnitOptions {
  /** At most this many sentence units per document (evenly spaced), to keep long sources in proportion. */
  maxSentencesPerDoc: number;
}

export function unitsOfDoc(doc: LabelledDoc, config: FeatureConfig, opts: UnitOptions): TrainUnit[] {
  const ex = extractDoc(doc.text, doc.kind, config);
  const out: TrainUnit[] = [];
  const push = (u: UnitInput, target: number, weight: number): void => {
    out.push({ ids: u.ids, dense: u.dense, target, weight, source: doc.source, docId: doc.id });
  };
  const sentences = ex.units.filter((u) => u.kind === 'sentence');
  const quotes = ex.units.filter((u) => u.kind === 'quote');
  const step = Math.max(1, sentences.length / opts.maxSentencesPerDoc);
  const keep = new Set<number>();
  for (let i = 0; i < sentences.length; i += step) keep.add(Math.floor(i));
  const spans = doc.spans;

  if (spans) {
    sentences.forEach((u, i) => keep.has(i) && push(u, goldSentence(u, spans), 1));
    for (const q of quotes) {
      if (q.parent !== undefined && !keep.has(q.parent)) continue;
      const t = goldQuote(q, spans);
      if (t !== null) push(q, t, 1);
    }
    return out;
  }
  if (doc.label === 'threat') {
    const hot = sentences.map((u) => (u.dense[OWN_VIOLENT] ?? 0) > 0 || (u.dense[CONSTRUCTION] ?? 0) > 0 || (u.dense[OWN_STRONG] ?? 0) > 0);
    const any = hot.some(Boolean);
    sentences.forEach((u, i) => {
      if (!keep.has(i)) return;
      if (!any) push(u, CLASS.threat, 0.5);
      else push(u, hot[i] ? CLASS.threat : CLASS.benign, hot[i] ? 1 : 0.3);
    });
    return out;
  }
  if (doc.label === 'reporting') {
    sentences.forEach((u, i) => {
      if (!keep.has(i)) return;
      const about = (u.dense[HAS_ATTR] ?? 0) > 0 || (u.dense[OWN_VIOLENT] ?? 0) > 0 || (u.dense[FRAMED] ?? 0) > 0 || sentences.length <= 2;
      push(u, about ? CLASS.reporting : CLASS.benign, about ? 1 : 0.5);
    });
    return out;
  }
  sentences.forEach((u, i) => keep.has(i) && push(u, CLASS.benign, 1));
  for (const q of quotes) if (q.parent === undefined || keep.has(q.parent)) push(q, CLASS.benign, 0.5);
  return out;
}
