/**
 * Unit labels, bottom-up, and the output spans. Each unit is labelled from its own probabilities; the
 * document label follows from them by the rule of combination (threat iff some span is threat; else
 * reporting iff some span is reporting or quoted_threat; else benign), never the other way round.
 */
import { platt, reportingShare, type UnitProbs } from './combine.js';
import type { UnitInput } from './features.js';
import type { DocLabel, Platt, Scores, Span, SpanLabel, SpanSelection } from './schemas.js';

export interface Decision {
  label: SpanLabel;
  confidence: number;
  scores: Scores;
}

const clamp = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Label one unit. `threshold` is the document threat threshold: a unit is `threat` when, alone, it would make
 * the document a threat. A quote whose content is threatening in someone else's voice is `quoted_threat`: its
 * content probability reaches `quotedThreshold` (the model's dev-fitted cut), or, for models without one, its
 * quoted probability is the largest of quoted, reporting and benign.
 */
export function decideUnit(u: UnitInput, p: UnitProbs, docMap: Platt, threshold: number, quotedThreshold?: number): Decision {
  const scores: Scores = { threat: clamp(p.threat), reporting: clamp(p.quoted + p.reporting), benign: clamp(p.benign) };
  if (platt(p.threat, docMap) >= threshold) return { label: 'threat', confidence: scores.threat, scores };
  const quoted = quotedThreshold === undefined ? p.quoted >= p.reporting && p.quoted >= p.benign : p.content >= quotedThreshold;
  if (u.kind === 'quote' && quoted) return { label: 'quoted_threat', confidence: clamp(p.quoted), scores };
  return reportingShare(p) >= 0.5
    ? { label: 'reporting', confidence: scores.reporting, scores }
    : { label: 'benign', confidence: scores.benign, scores };
}

/**
 * A threat quoted inside another relation belongs to the innermost one: in `a witness told the court that the
 * accused had shouted "I will cut your throat"`, the accused's words are the `quoted_threat` (source: the
 * accused) and the witness's account around them is `reporting`. An outer relation is relabelled only when a
 * relation nested in it, with a cue of its own, is itself `quoted_threat`. A quoted fragment of a mixed quotation
 * shares the outer cue (`urged readers to "hunt down" journalists`): it is part of that relation's content, so when
 * a fragment that opens in lower case (mid-clause, unlike a full quotation inside a longer complement) is
 * `quoted_threat`, the whole content is too (confidence: the fragment's), unless a relation with a cue of its own
 * is nested in it as well; the fragment keeps its own span. Scores are unchanged, and so is the document's label (`quoted_threat`
 * and `reporting` both make a document `reporting`). Quotes arrive grouped by sentence, so each quote is compared
 * with the quotes of its own sentence only.
 */
export function innermostQuotedThreats(text: string, units: readonly UnitInput[], decisions: Decision[]): Decision[] {
  const out = decisions.slice();
  let from = 0;
  while (from < units.length) {
    const head = units[from] as UnitInput;
    let to = from + 1;
    if (head.kind !== 'quote') {
      from = to;
      continue;
    }
    while (to < units.length && (units[to] as UnitInput).kind === 'quote' && (units[to] as UnitInput).parent === head.parent) to++;
    // Only a quoted_threat nested in a quote changes anything: the work is (quotes x quoted threats) per sentence.
    const threats: number[] = [];
    for (let j = from; j < to; j++) if ((decisions[j] as Decision).label === 'quoted_threat') threats.push(j);
    for (let i = from; i < to && threats.length > 0; i++) {
      const outer = units[i] as UnitInput;
      const label = (decisions[i] as Decision).label;
      if (label === 'threat') continue;
      let nestedOwn = false;
      let fragment: Decision | undefined;
      for (const j of threats) {
        const inner = units[j] as UnitInput;
        if (j === i) continue;
        if (!(inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start)) continue;
        if (ownCue(inner, outer)) nestedOwn = true;
        else if (inner.attribution !== undefined && opensLowerCase(text, inner.start, inner.end)) fragment ??= decisions[j] as Decision;
      }
      const d = decisions[i] as Decision;
      if (label === 'quoted_threat' && nestedOwn) out[i] = { label: 'reporting', confidence: d.scores.reporting, scores: d.scores };
      else if (label !== 'quoted_threat' && !nestedOwn && fragment) out[i] = { label: 'quoted_threat', confidence: fragment.confidence, scores: d.scores };
    }
    from = to;
  }
  return out;
}

/** The first letter of text[start, end) is a lower-case one (`"hunt down"`, not `"We will ..."`); looked for in its first 64 characters. */
function opensLowerCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < start + 64; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) return ch === lower;
  }
  return false;
}

/** A nested relation with a cue of its own; a quoted fragment of a mixed quotation shares the outer cue. */
function ownCue(inner: UnitInput, outer: UnitInput): boolean {
  const cue = inner.attribution?.cue;
  return cue !== undefined && cue.start !== outer.attribution?.cue.start;
}

/** The rule of combination over unit decisions. */
export function documentLabel(decisions: readonly Decision[]): DocLabel {
  if (decisions.some((d) => d.label === 'threat')) return 'threat';
  if (decisions.some((d) => d.label === 'reporting' || d.label === 'quoted_threat')) return 'reporting';
  return 'benign';
}

/** Build the output spans: each sentence followed by its quotes; `parent` indexes the output array. */
export function buildSpans(text: string, units: UnitInput[], decisions: Decision[], probs: UnitProbs[], selection: SpanSelection): Span[] {
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
    spans.push(toSpan(text, u, decisions[i] as Decision, probs[i] as UnitProbs));
    for (const c of children) spans.push({ ...toSpan(text, units[c] as UnitInput, decisions[c] as Decision, probs[c] as UnitProbs), parent });
  });
  return spans;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function toSpan(text: string, u: UnitInput, d: Decision, p: UnitProbs): Span {
  const span: Span = {
    start: u.start, end: u.end, text: text.slice(u.start, u.end), label: d.label, confidence: d.confidence, kind: u.kind,
    scores: d.scores,
    explanation: { content: round(p.content), voice: round(p.voice) },
  };
  if (u.attribution?.source) span.source = u.attribution.source.text;
  if (u.attribution) span.cue = u.attribution.cue.text;
  return span;
}
