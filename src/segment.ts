/**
 * segment(text): paragraphs, sentences, quotations, attribution and scope ranges (see DESIGN.md
 * "Labels"/"Output contract" and MODELLING.md point 2). Pure, linear time, never throws on a string.
 *
 * Invariants: every range has 0 <= start <= end <= text.length and never starts or ends inside a
 * surrogate pair; sentences are ordered, non-overlapping, inside their paragraph, and cover every
 * non-whitespace character except list markers; every quote lies inside its sentence; offsets are
 * UTF-16 code units into the original text (normalisation never moves them).
 */
import type { Attribution, QuoteSegment, Range, ScopeRange, Segmentation, SentenceSegment } from './types.js';
import { ThreatframeError } from './errors.js';
import { splitParagraphs } from './segment/paragraphs.js';
import { findQuotes, type RawQuote } from './segment/quotes.js';
import { paragraphSentences, type SentenceEngine } from './segment/sentences.js';
import { G_COMMA, G_TERM, gapAt, lexWords } from './segment/words.js';
import { findCues, toAttribution, type Cue } from './segment/attribution.js';
import { complement } from './segment/complement.js';
import { quoteCue } from './segment/quotecue.js';
import { clauseColon, colonSource, dashSource, namedQuote } from './segment/signed.js';
import { attributedClauses, reports } from './segment/clauses.js';
import { sentenceScopes } from './segment/scopes.js';

export type { SentenceEngine } from './segment/sentences.js';

export interface SegmentOptions {
  /**
   * 'fast' (default): natural's sentence-splitting rules reproduced by a linear scanner (tested equal to
   * natural). 'natural': call natural's SentenceTokenizer on each block (<= 20k chars) and map its
   * sentences back to offsets; slower (quadratic in sentences per block), same results.
   */
  sentenceEngine?: SentenceEngine;
}


interface QuoteRef {
  q: QuoteSegment;
  raw: RawQuote;
  paragraph: number;
}


/** Segment a text. Throws ThreatframeError('INVALID_INPUT') only when `text` is not a string. */
export function segment(text: string, options: SegmentOptions = {}): Segmentation {
  if (typeof text !== 'string') {
    throw new ThreatframeError('INVALID_INPUT', `segment() expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const engine: SentenceEngine = options.sentenceEngine === 'natural' ? 'natural' : 'fast';
  const paragraphs = splitParagraphs(text);
  const sentences: SentenceSegment[] = [];
  const quotes: QuoteSegment[] = [];
  const scopes: ScopeRange[] = [];
  const paraQuotes: QuoteRef[][] = [];
  const paraOut: Range[] = [];
  let prevColonAttr: Attribution | undefined;
  // The attribution of the quotation that ended the previous sentence of this paragraph: a quotation that
  // opens the next sentence continues it (news style: '"A," she said. "B."').
  let prevQuoteAttr: Attribution | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    prevQuoteAttr = undefined;
    let endQuote: QuoteSegment | undefined;
    let endStop = false; // that quotation closed on a full stop or an ellipsis, not on "?" or "!"
    const para = paragraphs[pi]!;
    paraOut.push({ start: para.start, end: para.end });
    const raw = findQuotes(text, para.body, para.end);
    const sents = paragraphSentences(text, para, raw, engine);
    const refs: QuoteRef[] = [];
    let qi = 0;
    for (const sr of sents) {
      const si = sentences.length;
      const sent: SentenceSegment = { start: sr.start, end: sr.end, paragraph: pi, negated: false, condemned: false, hypothetical: false };
      sentences.push(sent);
      // Quotes of this sentence (their marks lie inside it).
      const local: RawQuote[] = [];
      while (qi < raw.length && raw[qi]!.open < sr.end) {
        if (raw[qi]!.open >= sr.start) local.push(raw[qi]!);
        qi++;
      }
      const words = lexWords(text, sr.start, sr.end, local);
      const cues = findCues(text, words, endQuote !== undefined);
      const cueStarts = cues.map((c) => words.s[c.k0]!);
      // `"Who do they think they are?" Trump said.`: the splitter ends a sentence after "?" or "!" and a closing
      // mark; a sentence that opens with its source and cue attributes that quotation.
      const opener = cues.find((c) => words.q[c.k0] === -1);
      let tagAttr: Attribution | undefined;
      // After a full stop the next sentence may be the author's own, so there it must be a bare tag (`"...."
      // Trump said.`, `"...." Will wrote, adding ...`): the cue ends the sentence or a comma follows it.
      if (endQuote && opener && opener.kind === 'speech' && reports(opener) && opener.k0 <= 6
        && ((opener.src && !opener.srcAfter && opener.src[0] === 0) || (opener.k0 === 0 && opener.srcAfter))
        && (!endStop || opener.srcAfter || opener.k1 >= words.n || (gapAt(words, opener.k1) & (G_COMMA | G_TERM)) !== 0)) {
        endQuote.attribution = toAttribution(text, words, opener);
        tagAttr = endQuote.attribution;
      }
      endQuote = undefined;
      // Sentence attribution: the first non-first-person cue outside quotations.
      let sentCue: Cue | undefined;
      for (const c of cues) {
        if (!reports(c) || words.q[c.k0] !== -1 || c.naming) continue; // a verb of naming attributes its quotation only
        if (c.src) {
          sentCue = c;
          break;
        }
        sentCue ??= c;
      }
      if (sentCue) sent.attribution = toAttribution(text, words, sentCue);
      // Marked quotes: attribution from the nearest cue, else the parent's / the sentence's.
      const localAttr: (Attribution | undefined)[] = [];
      const localSeg: (QuoteSegment | undefined)[] = [];
      const parents: number[] = [];
      const fromSentence: boolean[] = []; // took the sentence's attribution for want of a cue of its own
      const ownCue: boolean[] = []; // attributed by a cue of its own
      const open: number[] = []; // enclosing quotes (indices into local), innermost last
      for (let k = 0; k < local.length; k++) {
        const rq = local[k]!;
        while (open.length > 0 && local[open[open.length - 1]!]!.outerEnd <= rq.open) open.pop();
        const parent = open.length > 0 ? open[open.length - 1]! : -1;
        open.push(k);
        parents.push(parent);
        const c = quoteCue(text, words, cues, cueStarts, local, k, parent);
        let attr: Attribution | undefined;
        const cue = c >= 0 ? cues[c]! : undefined;
        const colon = c < 0 && parent < 0 ? colonSource(text, words, rq) : undefined; // `Kasich: "..."`
        ownCue.push(cue !== undefined && reports(cue));
        if (cue && reports(cue)) attr = toAttribution(text, words, cue);
        else if (colon) attr = colon;
        else if (!cue || cue.first) attr = parent >= 0 ? localAttr[parent] : cue ? undefined : sent.attribution;
        else attr = parent >= 0 ? localAttr[parent] : sent.attribution;
        fromSentence.push(attr !== undefined && attr === sent.attribution && parent < 0);
        if (attr === undefined && parent < 0 && c < 0 && rq.open <= sr.start && prevColonAttr) attr = prevColonAttr;
        if (attr === undefined && parent < 0 && c < 0 && rq.open <= sr.start && prevQuoteAttr) attr = prevQuoteAttr;
        if (attr === undefined && c < 0 && rq.closed) attr = dashSource(text, rq.outerEnd, para.end);
        if (attr === undefined && parent < 0 && c < 0) attr = namedQuote(text, words, rq); // `a report titled "..."`
        if (attr === undefined && parent < 0 && c < 0) attr = clauseColon(text, words, rq); // `..., then boomed: "..."`
        localAttr.push(attr);
        if (rq.end > rq.start) {
          const q: QuoteSegment = { start: rq.start, end: rq.end, sentence: si, kind: 'marked', depth: rq.depth, closed: rq.closed };
          if (attr) q.attribution = attr;
          quotes.push(q);
          refs.push({ q, raw: rq, paragraph: pi });
          localSeg.push(q);
          scopes.push({ start: rq.start, end: rq.end, scope: 'quote' });
        } else localSeg.push(undefined);
      }
      // Reported complements.
      const reported: QuoteSegment[] = [];
      const withComplement = new Set<Cue>();
      for (const c of cues) {
        const rep = complement(text, words, c, local, sr.end);
        if (!rep) continue;
        withComplement.add(c);
        const cq = words.q[c.k0] as number;
        const q: QuoteSegment = {
          start: rep.start, end: rep.end, sentence: si, kind: 'reported', depth: cq >= 0 ? local[cq]!.depth + 1 : 0,
          closed: true, attribution: toAttribution(text, words, c),
        };
        if (rep.named) {
          // A relation only: its quotation is already a unit, and no scope or sentence attribution changes.
          q.named = true;
          quotes.push(q);
          continue;
        }
        quotes.push(q);
        reported.push(q);
        scopes.push({ start: rep.start, end: rep.end, scope: 'reported' });
        if (cq < 0 && !sent.attribution) sent.attribution = q.attribution;
      }
      // A quotation inside a reported complement is that relation's, not the sentence's: in "Police said X told
      // a coworker he would "..."", the quoted words are X's. So too when the quotation's nearest cue lies outside
      // the complement: in "X wrote that he would "..." once released, prosecutors said", the words are X's.
      localSeg.forEach((q, k) => {
        if (!q) return;
        const cueAt = ownCue[k] ? localAttr[k]?.cue.start : undefined;
        if (!fromSentence[k] && cueAt === undefined) return;
        let inner: QuoteSegment | undefined;
        for (const r of reported) if (r.start <= q.start && q.end <= r.end && (!inner || r.start >= inner.start)) inner = r;
        if (!inner?.attribution) return;
        if (cueAt === undefined || cueAt < inner.start || cueAt >= inner.end) q.attribution = inner.attribution;
      });
      // Clauses attributed by a cue outside them: according to, trailing and parenthetical cues.
      for (const { a, b, cue } of attributedClauses(words, cues, withComplement)) {
        const start = words.s[a]!;
        const end = words.e[b]!;
        quotes.push({ start, end, sentence: si, kind: 'reported', depth: 0, closed: true, attribution: toAttribution(text, words, cue) });
        scopes.push({ start, end, scope: 'reported' });
      }
      const sc = sentenceScopes(words, local);
      for (const h of sc.negated) {
        scopes.push({ start: h.start, end: h.end, scope: 'negated' });
        if (h.own) sent.negated = true;
      }
      for (const h of sc.hypothetical) {
        scopes.push({ start: h.start, end: h.end, scope: 'hypothetical' });
        if (h.own) sent.hypothetical = true;
      }
      sent.condemned = sc.condemned;
      // The sentence's last top-level quotation, if closed, is continued by a quotation opening the next one.
      let lastTop = -1;
      for (let k = 0; k < local.length; k++) if (parents[k] === -1) lastTop = k;
      // A sentence that is only the tag of the quotation before it (`"...?" Mr. Manafort asked.`) hands that
      // attribution on to a quotation opening the next sentence (`"I don't know. ..."`).
      prevQuoteAttr = lastTop >= 0 ? (local[lastTop]!.closed ? localAttr[lastTop] : undefined) : tagAttr;
      if (lastTop >= 0 && !ownCue[lastTop] && local[lastTop]!.closed && /^[\s"'\u201D\u2019]*$/.test(text.slice(local[lastTop]!.outerEnd, sr.end))) {
        const closing = /([?!.\u2026])[\s"'\u201D\u2019]*$/.exec(text.slice(local[lastTop]!.start, local[lastTop]!.outerEnd));
        if (closing) {
          endQuote = localSeg[lastTop];
          endStop = closing[1] === '.' || closing[1] === '\u2026';
        }
      }
      // A sentence ending in a colon introduces the quotation that opens the next one ("Cruz called them on it:"):
      // with its own attribution when it has one, else with the colon as the cue and no named source.
      prevColonAttr = text.charCodeAt(sr.end - 1) === 58 ? sent.attribution ?? { cue: { start: sr.end - 1, end: sr.end, text: ':' } } : undefined;
    }
    paraQuotes.push(refs);
  }
  propagateMultiParagraph(paragraphs.map((p) => p.body), paraQuotes);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end || a.depth - b.depth);
  scopes.sort((a, b) => a.start - b.start || b.end - a.end);
  fixReportedDepths(quotes);
  return { paragraphs: paraOut, sentences, quotes, scopes };
}

/**
 * News-style multi-paragraph quotations: each paragraph opens with a mark and only the last closes. Every
 * part stays a separate quote (sentences never cross paragraphs; the open parts have closed=false), and
 * parts without an attribution take the chain's (usually the "..., she said" of the last part).
 */
function propagateMultiParagraph(bodies: number[], paraQuotes: QuoteRef[][]): void {
  let chain: QuoteRef[] = [];
  const flush = (): void => {
    if (chain.length > 1) {
      const attr = [...chain].reverse().find((r) => r.q.attribution)?.q.attribution;
      if (attr) for (const r of chain) r.q.attribution ??= attr;
    }
    chain = [];
  };
  for (let pi = 0; pi < paraQuotes.length; pi++) {
    const first = paraQuotes[pi]!.find((r) => r.raw.depth === 0);
    const opensPara = first !== undefined && first.raw.open === bodies[pi];
    if (!opensPara) {
      flush();
      continue;
    }
    const prev = chain[chain.length - 1];
    if (!(prev && !prev.raw.closed && prev.paragraph === pi - 1)) flush();
    chain.push(first);
    if (first.raw.closed) flush();
  }
  flush();
}

/** Depth of reported complements = number of quote segments strictly enclosing them. */
function fixReportedDepths(quotes: QuoteSegment[]): void {
  const stack: QuoteSegment[] = [];
  for (const q of quotes) {
    while (stack.length > 0 && stack[stack.length - 1]!.end < q.end) stack.pop();
    while (stack.length > 0 && (stack[stack.length - 1]!.end <= q.start)) stack.pop();
    if (q.kind === 'reported') q.depth = stack.filter((p) => p.start <= q.start && p.end >= q.end && p !== q).length;
    stack.push(q);
  }
}
