/**
 * Dense features: the document frame (attribution density, quotation share, person, datelines,
 * register) and each unit's own frame (attribution, scope shares, person, modality, violent predicate).
 */
import {
  FIRST_PERSON,
  IMPERATIVE_OPENERS,
  INTENTION_MODALS,
  NORMATIVE_MODALS,
  SECOND_PERSON,
  STRONG_VIOLENT,
  THIRD_PERSON,
  VIOLENT_OBJECT_WORDS,
  VIOLENT_PREDICATES,
  ANIMATE_TARGETS,
  HARMLESS_OBJECTS,
} from './lexicon/violence.js';
import type { TextKind } from './schemas.js';
import type { QuoteSegment, Segmentation, SentenceSegment, Token } from './types.js';

export interface DocFrame {
  article: number;
  logSentences: number;
  attributionDensity: number;
  quoteShare: number;
  dateline: number;
  firstSecondRatio: number;
  thirdRatio: number;
  sentences: SentenceSegment[];
}

export const DENSE_NAMES = [
  'is_quote', 'quote_reported', 'doc_article', 'doc_log_sentences', 'doc_attribution_density', 'doc_quote_share',
  'doc_dateline', 'doc_first_second_ratio', 'doc_third_ratio', 'position', 'unit_log_tokens', 'has_attribution',
  'has_source', 'share_quoted', 'share_reported', 'share_negated', 'share_hypothetical', 'violent_negated', 'condemned',
  'violent_in_quote', 'own_first', 'own_second', 'own_third', 'own_intention', 'own_normative', 'own_violent_strong',
  'own_violent_any', 'own_violent_object', 'framed_violent', 'threat_construction', 'imperative_open', 'question',
  'exclaim', 'prev_attribution', 'prev_colon', 'next_attribution', 'first_sentence', 'uppercase_share',
  'violent_animate_target', 'violent_harmless_object', 'violent_name_target', 'violent_in_reported',
  'violent_hypothetical', 'passive_violent_future',
] as const;

// Bounded quantifiers only: a dateline is "CITY, State (Agency) —" at the very start of the text.
const DATELINE = /^[A-Z][A-Z.'\- ]{1,30}(?:,[A-Za-z.' ]{1,30})?\s{0,3}(?:\([A-Za-z.& ]{1,20}\)\s{0,3})?(?:—|–|-{1,2}|:)/;

export function frameOf(
  text: string,
  kind: TextKind | undefined,
  seg: Segmentation,
  tokens: Token[],
  forms: string[],
  sentTok: Array<[number, number]>,
  sentScopes: Uint8Array[],
): DocFrame {
  let attributed = 0;
  for (const s of seg.sentences) if (s.attribution) attributed++;
  let quoted = 0;
  for (const q of seg.quotes) if (q.depth === 0 && q.kind === 'marked') quoted += q.end - q.start;
  let first = 0;
  let second = 0;
  let third = 0;
  sentTok.forEach(([a, b], i) => {
    const sc = sentScopes[i] as Uint8Array;
    for (let t = a; t < b; t++) {
      if (sc[t - a] !== 0) continue;
      const f = forms[t] as string;
      if (FIRST_PERSON.has(f)) first++;
      else if (SECOND_PERSON.has(f)) second++;
      else if (THIRD_PERSON.has(f)) third++;
    }
  });
  const pron = first + second + third;
  const words = tokens.length;
  const article = kind === 'article' ? 1 : kind === 'post' ? 0 : words > 150 || seg.paragraphs.length > 2 ? 1 : 0;
  const n = seg.sentences.length;
  return {
    article,
    logSentences: Math.min(1, Math.log1p(n) / 5),
    attributionDensity: n > 0 ? attributed / n : 0,
    quoteShare: text.length > 0 ? Math.min(1, quoted / text.length) : 0,
    dateline: DATELINE.test(text.slice(0, 120)) ? 1 : 0,
    firstSecondRatio: pron > 0 ? (first + second) / pron : 0,
    thirdRatio: pron > 0 ? third / pron : 0,
    sentences: seg.sentences,
  };
}

export interface UnitView {
  kind: 'sentence' | 'quote';
  /** Sentence index (of the unit, or of a quote's parent). */
  index: number;
  seg: SentenceSegment;
  quote?: QuoteSegment;
  tokens: Token[];
  forms: string[];
  from: number;
  to: number;
  scopes: Uint8Array;
  text: string;
}

export function unitDense(frame: DocFrame, u: UnitView): Float32Array {
  const n = u.to - u.from;
  const share = [0, 0, 0, 0, 0];
  let first = 0, second = 0, third = 0, intention = 0, normative = 0, strong = 0, anyViolent = 0, object = 0, framed = 0;
  let firstOwn = -1;
  let animate = 0, harmless = 0, named = 0;
  // Where violent predicates sit: in which scope, and whether a future passive ("will be shot") carries one.
  const violentIn = [0, 0, 0, 0, 0];
  let passive = 0;
  let prev1 = '';
  let prev2 = '';
  let lookahead = 0;
  let upper = 0, letters = 0;
  for (let t = u.from; t < u.to; t++) {
    const sc = u.scopes[t - u.from] as number;
    share[sc] = (share[sc] as number) + 1;
    const f = u.forms[t] as string;
    const surface = (u.tokens[t] as Token).text;
    for (let c = 0; c < surface.length && c < 32; c++) {
      const code = surface.charCodeAt(c);
      if (code >= 65 && code <= 90) { upper++; letters++; } else if (code >= 97 && code <= 122) letters++;
    }
    const violent = VIOLENT_PREDICATES.has(f);
    if (violent) violentIn[sc] = 1;
    if (sc === 0 && violent && prev1 === 'be' && (prev2 === 'will' || prev2 === 'll' || prev2 === 'gonna' || prev2 === 'shall' || prev2 === 'must' || prev2 === 'should')) passive = 1;
    prev2 = prev1;
    prev1 = f;
    if (sc !== 0) {
      if (violent && STRONG_VIOLENT.has(f)) framed = 1;
      continue;
    }
    if (firstOwn < 0) firstOwn = t;
    if (FIRST_PERSON.has(f)) first = 1;
    else if (SECOND_PERSON.has(f)) second = 1;
    else if (THIRD_PERSON.has(f)) third = 1;
    if (INTENTION_MODALS.has(f) || f.endsWith("'ll")) intention = 1;
    if (NORMATIVE_MODALS.has(f)) normative = 1;
    if (violent) {
      anyViolent = 1;
      lookahead = 5;
    } else if (lookahead > 0) {
      // The words right after a violent predicate: who or what it is aimed at.
      lookahead--;
      if (ANIMATE_TARGETS.has(f)) { animate = 1; lookahead = 0; }
      else if (HARMLESS_OBJECTS.has(f)) { harmless = 1; lookahead = 0; }
      else {
        const c0 = surface.charCodeAt(0);
        if (c0 >= 65 && c0 <= 90 && t > u.from) { named = 1; lookahead = 0; }
      }
    }
    if (STRONG_VIOLENT.has(f)) strong = 1;
    if (VIOLENT_OBJECT_WORDS.has(f)) object = 1;
  }
  const openForm = firstOwn >= 0 ? (u.forms[firstOwn] as string) : '';
  const imperative = IMPERATIVE_OPENERS.has(openForm) || STRONG_VIOLENT.has(openForm) ? 1 : 0;
  const construction = (first || second || imperative || normative) && (intention || normative || imperative) && (strong || anyViolent) ? 1 : 0;
  const s = u.seg;
  const prev = frame.sentences[u.index - 1];
  const next = frame.sentences[u.index + 1];
  const lastChar = u.text.charCodeAt(Math.max(u.seg.start, u.seg.end - 1));
  const prevEnd = prev ? u.text.charCodeAt(prev.end - 1) : 0;
  const total = n > 0 ? n : 1;
  const attribution = u.quote?.attribution ?? s.attribution;
  const nSent = frame.sentences.length;
  return Float32Array.from([
    u.kind === 'quote' ? 1 : 0,
    u.quote?.kind === 'reported' ? 1 : 0,
    frame.article,
    frame.logSentences,
    frame.attributionDensity,
    frame.quoteShare,
    frame.dateline,
    frame.firstSecondRatio,
    frame.thirdRatio,
    nSent > 1 ? u.index / (nSent - 1) : 0,
    Math.min(1, Math.log1p(n) / 5),
    attribution ? 1 : 0,
    attribution?.source ? 1 : 0,
    (share[1] as number) / total,
    (share[2] as number) / total,
    (share[3] as number) / total,
    (share[4] as number) / total,
    violentIn[3] as number,
    s.condemned ? 1 : 0,
    violentIn[1] as number,
    first, second, third, intention, normative, strong, anyViolent, object, framed, construction, imperative,
    lastChar === 63 /* ? */ ? 1 : 0,
    lastChar === 33 /* ! */ ? 1 : 0,
    prev?.attribution ? 1 : 0,
    prevEnd === 58 /* : */ ? 1 : 0,
    next?.attribution ? 1 : 0,
    u.index === 0 ? 1 : 0,
    letters > 0 ? upper / letters : 0,
    animate, harmless, named, violentIn[2] as number, violentIn[4] as number, passive,
  ]);
}
