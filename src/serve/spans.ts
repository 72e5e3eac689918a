/**
 * The service scores with `spans: 'all'` (every sentence, each followed by its quotes) and derives
 * the other selections from it, so one classification serves Perspective's per-sentence spanScores
 * and the native `flagged` output. `selectSpans(all, 'flagged')` keeps exactly what the library's
 * `spans: 'flagged'` returns (non-benign spans, and a benign sentence only as the parent of a kept
 * quote), with `parent` re-indexed; test/serve checks that equality on real texts.
 */
import type { Span, SpanSelection } from '../schemas.js';

export function selectSpans(all: readonly Span[], selection: SpanSelection): Span[] {
  if (selection === 'all') return all.slice();
  if (selection === 'none') return [];
  const out: Span[] = [];
  let i = 0;
  while (i < all.length) {
    const sentence = all[i] as Span;
    let j = i + 1;
    while (j < all.length && (all[j] as Span).kind === 'quote' && (all[j] as Span).parent === i) j++;
    const kids = all.slice(i + 1, j).filter((k) => k.label !== 'benign');
    if (sentence.label !== 'benign' || kids.length > 0) {
      const parent = out.length;
      out.push(sentence);
      for (const k of kids) out.push({ ...k, parent });
    }
    i = j;
  }
  return out;
}

export interface SpanScore {
  begin: number;
  end: number;
  score: { value: number; type: 'PROBABILITY' };
}

/**
 * Perspective spanScores for THREAT: one per sentence, in text order (quotes are nested inside
 * sentences and are reported in the namespaced result instead). Each sentence scores its own calibrated
 * probability of being a threat in the author's voice (`scores.threat` of the span), whatever the rest of
 * the document says; the summary is the document's probability, a monotone map of the highest unit.
 */
export function threatSpanScores(all: readonly Span[], _summary: number, threshold = 0): SpanScore[] {
  const out: SpanScore[] = [];
  for (const s of all) {
    if (s.kind !== 'sentence') continue;
    const value = s.scores.threat;
    if (value < threshold) continue;
    out.push({ begin: s.start, end: s.end, score: { value, type: 'PROBABILITY' } });
  }
  return out;
}
