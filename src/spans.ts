/**
 * From calibrated unit probabilities and the document label to output spans, keeping the rule of
 * combination: the document is `threat` only if some span is `threat`; `reporting` only if some
 * span is `reporting` or `quoted_threat`; `benign` documents carry only benign spans.
 */
import type { UnitInput } from './features.js';
import type { DocLabel, Span, SpanLabel, SpanSelection } from './schemas.js';

const B = 0, R = 1, T = 2, Q = 3;
const K = 4;

interface Decision {
  label: SpanLabel;
  confidence: number;
}

function sentenceDecision(p: Float32Array, o: number, doc: DocLabel): Decision {
  const t = p[o + T] as number;
  const r = (p[o + R] as number) + (p[o + Q] as number);
  const b = p[o + B] as number;
  if (doc === 'benign') return { label: 'benign', confidence: b };
  if (doc === 'threat' && t >= r && t >= b) return { label: 'threat', confidence: t };
  // Outside a threat document a sentence cannot be `threat`: choose between the others, renormalised.
  const rest = r + b || 1;
  return r >= b ? { label: 'reporting', confidence: r / rest } : { label: 'benign', confidence: b / rest };
}

function quoteDecision(p: Float32Array, o: number, doc: DocLabel): Decision {
  const q = (p[o + Q] as number) + (p[o + T] as number);
  const r = p[o + R] as number;
  const b = p[o + B] as number;
  if (doc === 'benign') return { label: 'benign', confidence: b };
  if (q >= r && q >= b) return { label: 'quoted_threat', confidence: q };
  return r >= b ? { label: 'reporting', confidence: r } : { label: 'benign', confidence: b };
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Decide each unit's label. Sentences come first in `units` (in text order), then quotes.
 * Returns one decision per unit, consistent with the document label.
 */
export function decideUnits(units: UnitInput[], probs: Float32Array, doc: DocLabel): Decision[] {
  const out = units.map((u, i) => (u.kind === 'sentence' ? sentenceDecision(probs, i * K, doc) : quoteDecision(probs, i * K, doc)));
  const ensure = (label: SpanLabel, col: (o: number) => number, ok: (d: Decision) => boolean): void => {
    if (out.some(ok)) return;
    let best = -1;
    let bestP = -1;
    units.forEach((u, i) => {
      const p = col(i * K);
      if (u.kind === 'sentence' && p > bestP) { best = i; bestP = p; }
    });
    if (best >= 0) out[best] = { label, confidence: bestP };
  };
  if (doc === 'threat') ensure('threat', (o) => probs[o + T] as number, (d) => d.label === 'threat');
  if (doc === 'reporting') {
    ensure('reporting', (o) => (probs[o + R] as number) + (probs[o + Q] as number), (d) => d.label === 'reporting' || d.label === 'quoted_threat');
  }
  for (const d of out) d.confidence = clamp(d.confidence);
  return out;
}

/** Build the output spans: each sentence followed by its quotes; `parent` indexes the output array. */
export function buildSpans(text: string, units: UnitInput[], decisions: Decision[], selection: SpanSelection): Span[] {
  if (selection === 'none') return [];
  const quotesOf = new Map<number, number[]>();
  units.forEach((u, i) => {
    if (u.kind !== 'quote' || u.parent === undefined) return;
    const list = quotesOf.get(u.parent) ?? [];
    list.push(i);
    quotesOf.set(u.parent, list);
  });
  const keep = (i: number): boolean => selection === 'all' || (decisions[i] as Decision).label !== 'benign';
  const spans: Span[] = [];
  let sentenceIndex = -1;
  units.forEach((u, i) => {
    if (u.kind !== 'sentence') return;
    sentenceIndex++;
    const children = (quotesOf.get(sentenceIndex) ?? []).filter(keep);
    if (!keep(i) && children.length === 0) return;
    const parent = spans.length;
    spans.push(toSpan(text, u, decisions[i] as Decision));
    for (const c of children) spans.push({ ...toSpan(text, units[c] as UnitInput, decisions[c] as Decision), parent });
  });
  return spans;
}

function toSpan(text: string, u: UnitInput, d: Decision): Span {
  const span: Span = { start: u.start, end: u.end, text: text.slice(u.start, u.end), label: d.label, confidence: d.confidence, kind: u.kind };
  if (u.attribution?.source) span.source = u.attribution.source.text;
  if (u.attribution) span.cue = u.attribution.cue.text;
  return span;
}
