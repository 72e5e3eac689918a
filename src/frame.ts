/**
 * Dense features of one unit, in two views. Content: person, modality, violent predicate and its target,
 * over the unit's own words (nested quotations and reported complements left out). Voice: where the violent
 * words sit (own voice, quotation, reported clause, negation, hypothesis), attribution, condemnation, and the
 * two explicit relations to a neighbour that a reader would cite (a colon introduction before, a re-framing
 * "that's what he said" after). No document-wide statistic is a feature.
 */
import {
  ANIMATE_TARGETS,
  FIRST_PERSON,
  HARMLESS_OBJECTS,
  IMPERATIVE_OPENERS,
  INTENTION_MODALS,
  NORMATIVE_MODALS,
  SECOND_PERSON,
  STRONG_VIOLENT,
  THIRD_PERSON,
  VIOLENT_OBJECT_WORDS,
  VIOLENT_PREDICATES,
} from './lexicon/violence.js';
import { WORD_CLASS } from './lexicon/classes.js';
import type { QuoteSegment, SentenceSegment, Token } from './types.js';
import { normalizeToken } from './normalize.js';
import { unitFloats } from './slab.js';

export const CONTENT_DENSE_NAMES = [
  'c_is_quote', 'c_log_tokens', 'c_gap', 'c_violent_strong', 'c_violent_any', 'c_weapon', 'c_first', 'c_second',
  'c_third', 'c_group', 'c_intention', 'c_normative', 'c_imperative', 'c_construction', 'c_animate_target',
  'c_harmless_object', 'c_name_target', 'c_group_target', 'c_passive_future', 'c_surveil', 'c_question',
  'c_exclaim', 'c_upper',
] as const;

export const VOICE_DENSE_NAMES = [
  'v_is_quote', 'v_quote_reported', 'v_quote_unclosed', 'v_has_attribution', 'v_has_source', 'v_source_first',
  'v_share_quote', 'v_share_reported', 'v_share_negated', 'v_share_hypothetical', 'v_violent_own',
  'v_violent_quote', 'v_violent_reported', 'v_violent_negated', 'v_violent_hypothetical', 'v_condemned',
  'v_sentence_negated', 'v_sentence_hypothetical', 'v_question', 'v_exclaim', 'v_first', 'v_second', 'v_third',
  'v_intention', 'v_normative', 'v_imperative', 'v_prev_intro', 'v_next_reframe', 'v_log_tokens',
] as const;

export interface UnitView {
  kind: 'sentence' | 'quote';
  /** Sentence index (of the unit, or of a quote's parent). */
  index: number;
  seg: SentenceSegment;
  quote?: QuoteSegment;
  tokens: Token[];
  forms: string[];
  /** Lexicon bits of every token's form (`lexBits`), computed once per document. */
  lex: Uint32Array;
  classes: Uint8Array;
  from: number;
  to: number;
  /** Scope code of every token in [from, to), relative to the unit (a quote's own marks excluded). */
  scopes: Uint8Array;
  text: string;
  sentences: SentenceSegment[];
}

const SURVEIL_VERBS = new Set([
  'know', 'knows', 'watching', 'watched', 'watch', 'waiting', 'wait', 'followed', 'following', 'tracking',
  'tracked', 'found', 'find', 'see', 'seen', 'saw', 'observing', 'outside', 'parked', 'address', 'located',
  'locating', 'coming', 'visit', 'visiting',
]);
const HOME_NOUNS = new Set([
  'kids', 'kid', 'children', 'child', 'wife', 'husband', 'house', 'home', 'family', 'famly', 'car', 'school',
  'work', 'mom', 'mum', 'mother', 'dad', 'daughter', 'son', 'address', 'street', 'door', 'window', 'route',
  'bus', 'office', 'shop', 'store', 'place', 'flat', 'apartment', 'parents', 'sister', 'brother', 'dog', 'cat',
]);

/** Lexicon bits of a form: which of the word lists the dense features ask about it is in. */
const L_VIOLENT = 1, L_FIRST = 2, L_SECOND = 4, L_THIRD = 8, L_INTENT = 16, L_NORMATIVE = 32, L_STRONG = 64;
const L_WEAPON = 128, L_SURVEIL = 256, L_HOME = 512, L_ANIMATE = 1024, L_HARMLESS = 2048, L_IMPERATIVE = 4096;
/** A possessive after which a home noun is the addressee's (`your kids`). */
const L_POSSESSIVE = 8192;
const LEX_BITS = new Map<string, number>();
for (const [words, bit] of [
  [VIOLENT_PREDICATES, L_VIOLENT], [FIRST_PERSON, L_FIRST], [SECOND_PERSON, L_SECOND], [THIRD_PERSON, L_THIRD],
  [INTENTION_MODALS, L_INTENT], [NORMATIVE_MODALS, L_NORMATIVE], [STRONG_VIOLENT, L_STRONG], [VIOLENT_OBJECT_WORDS, L_WEAPON],
  [SURVEIL_VERBS, L_SURVEIL], [HOME_NOUNS, L_HOME], [ANIMATE_TARGETS, L_ANIMATE], [HARMLESS_OBJECTS, L_HARMLESS],
  [IMPERATIVE_OPENERS, L_IMPERATIVE], [['your', 'ur', 'yur', 'yo', 'his', 'her', 'their'], L_POSSESSIVE],
] as Array<[Iterable<string>, number]>) for (const w of words) LEX_BITS.set(w, (LEX_BITS.get(w) ?? 0) | bit);

/** The lexicon bits of a form (one map lookup instead of a set lookup per list and unit). */
export function lexBits(form: string): number {
  return LEX_BITS.get(form) ?? 0;
}

function lastChar(text: string, s: SentenceSegment): number {
  let i = s.end - 1;
  while (i > s.start && /\s/.test(text[i] as string)) i--;
  return text.charCodeAt(i);
}

export function contentDense(u: UnitView): Float32Array {
  let n = 0;
  let gap = 0;
  let first = 0, second = 0, third = 0, group = 0, intention = 0, normative = 0, strong = 0, anyViolent = 0, weapon = 0;
  let animate = 0, harmless = 0, named = 0, groupTarget = 0, passive = 0, surveilVerb = 0, home = 0;
  let lookahead = 0;
  let firstForm = '';
  let firstBits = 0;
  let prev1 = '', prev2 = '';
  let upper = 0, letters = 0;
  let prevWasSecond = false;
  for (let t = u.from; t < u.to; t++) {
    const sc = u.scopes[t - u.from] as number;
    if (sc === 1 || sc === 2) {
      gap = 1;
      continue;
    }
    n++;
    const f = u.forms[t] as string;
    const b = u.lex[t] as number;
    const surface = (u.tokens[t] as Token).text;
    for (let c = 0; c < surface.length && c < 32; c++) {
      const code = surface.charCodeAt(c);
      if (code >= 65 && code <= 90) { upper++; letters++; } else if (code >= 97 && code <= 122) letters++;
    }
    if (!firstForm) {
      firstForm = f;
      firstBits = b;
    }
    const cls = u.classes[t] as number;
    const violent = (b & L_VIOLENT) !== 0;
    if (violent && prev1 === 'be' && (prev2 === 'will' || prev2 === 'll' || prev2 === 'gonna' || prev2 === 'shall' || prev2 === 'must' || prev2 === 'should')) passive = 1;
    if ((b & L_FIRST) !== 0) first = 1;
    else if ((b & L_SECOND) !== 0) second = 1;
    else if ((b & L_THIRD) !== 0) third = 1;
    if (cls === WORD_CLASS.group) group = 1;
    if ((b & L_INTENT) !== 0) intention = 1;
    if ((b & L_NORMATIVE) !== 0) normative = 1;
    if ((b & L_STRONG) !== 0) strong = 1;
    if ((b & L_WEAPON) !== 0) weapon = 1;
    if ((b & L_SURVEIL) !== 0) surveilVerb = 1;
    if (prevWasSecond && (b & L_HOME) !== 0) home = 1;
    prevWasSecond = (b & L_POSSESSIVE) !== 0;
    if (violent) {
      anyViolent = 1;
      lookahead = 5;
    } else if (lookahead > 0) {
      lookahead--;
      if (cls === WORD_CLASS.group) { groupTarget = 1; animate = 1; lookahead = 0; }
      else if ((b & L_ANIMATE) !== 0) { animate = 1; lookahead = 0; }
      else if ((b & L_HARMLESS) !== 0) { harmless = 1; lookahead = 0; }
      else if (cls === WORD_CLASS.name) { named = 1; lookahead = 0; }
    }
    prev2 = prev1;
    prev1 = f;
  }
  const imperative = (firstBits & (L_IMPERATIVE | L_STRONG)) !== 0 ? 1 : 0;
  const construction = (first || second || imperative || normative) && (intention || normative || imperative) && anyViolent ? 1 : 0;
  const end = lastChar(u.text, u.kind === 'quote' && u.quote ? { ...u.seg, start: u.quote.start, end: u.quote.end } : u.seg);
  return unitFloats([
    u.kind === 'quote' ? 1 : 0,
    Math.min(1, Math.log1p(n) / 5),
    gap,
    strong, anyViolent, weapon, first, second, third, group, intention, normative, imperative, construction,
    animate, harmless, named, groupTarget, passive, surveilVerb && home ? 1 : 0,
    end === 63 ? 1 : 0,
    end === 33 ? 1 : 0,
    letters > 0 ? upper / letters : 0,
  ]);
}

const REFRAME = [
  /^\W{0,3}(?:that'?s|thats|that is|that was|this is|this was|those were|these were)\s+(?:exactly\s+|literally\s+|word for word\s+|actually\s+)?(?:what|the (?:message|text|note|letter|email|comment|dm|voicemail|post|reply|thing|words?))\b/i,
  /^\W{0,3}(?:is|was) what (?:he|she|they|someone|somebody|it|the \w+)\b/i,
  /^\W{0,3}(?:[-\u2014\u2013]\s*)?(?:the |a |his |her |their |my |this )?(?:message|text|note|letter|email|comment|dm|voicemail|reply|caption|sign|banner|graffiti)\b.{0,40}\b(?:said|says|wrote|sent|left|read|reads|got|received)\b/i,
  /^\W{0,3}(?:his|her|their|the)\s+(?:exact\s+)?words\b/i,
  /^\W{0,3}(?:he|she|they|someone|somebody|some guy|some random)\s+(?:actually\s+|literally\s+|really\s+)?(?:said|wrote|sent|texted|posted|commented)\s+(?:that|this)\s*(?:[.!?]|$)/i,
];

const PLAIN_HEAD = /^[A-Za-z\s.,;:?'"()\-]*$/;

function isReframer(text: string, s: SentenceSegment | undefined): boolean {
  if (!s) return false;
  // Obfuscated words ("m3ssage s4id") read like clean ones, as everywhere else in the features. Plain ASCII
  // words, spaces and punctuation that is never leetspeak normalise to their lower case, which the
  // case-insensitive patterns already see: only other heads are normalised.
  const raw = text.slice(s.start, Math.min(s.end, s.start + 120));
  const head = PLAIN_HEAD.test(raw) ? raw : raw.replace(/\S+/g, normalizeToken);
  return REFRAME.some((r) => r.test(head));
}

const FIRST_SOURCE = new Set(['i', 'we', 'me', 'my', 'our', 'us']);

export function voiceDense(u: UnitView): Float32Array {
  const n = u.to - u.from;
  const share = [0, 0, 0, 0, 0, 0];
  const violentIn = [0, 0, 0, 0, 0, 0];
  let first = 0, second = 0, third = 0, intention = 0, normative = 0;
  let firstOwn = '';
  let firstOwnBits = 0;
  for (let t = u.from; t < u.to; t++) {
    const sc = u.scopes[t - u.from] as number;
    share[sc] = (share[sc] as number) + 1;
    const b = u.lex[t] as number;
    if ((b & L_VIOLENT) !== 0) violentIn[sc] = 1;
    if (sc !== 0) continue;
    if (!firstOwn) {
      firstOwn = u.forms[t] as string;
      firstOwnBits = b;
    }
    if ((b & L_FIRST) !== 0) first = 1;
    else if ((b & L_SECOND) !== 0) second = 1;
    else if ((b & L_THIRD) !== 0) third = 1;
    if ((b & L_INTENT) !== 0) intention = 1;
    if ((b & L_NORMATIVE) !== 0) normative = 1;
  }
  const total = n > 0 ? n : 1;
  const s = u.seg;
  const attribution = u.quote?.attribution ?? (u.kind === 'sentence' ? s.attribution : undefined);
  const srcWord = attribution?.source?.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const prev = u.sentences[u.index - 1];
  const next = u.sentences[u.index + 1];
  const range = u.kind === 'quote' && u.quote ? { ...s, start: u.quote.start, end: u.quote.end } : s;
  const end = lastChar(u.text, range);
  const prevIntro = u.kind === 'sentence' && prev !== undefined && lastChar(u.text, prev) === 58 ? 1 : 0;
  const imperative = (firstOwnBits & (L_IMPERATIVE | L_STRONG)) !== 0 ? 1 : 0;
  return unitFloats([
    u.kind === 'quote' ? 1 : 0,
    u.quote?.kind === 'reported' ? 1 : 0,
    u.quote && !u.quote.closed ? 1 : 0,
    attribution ? 1 : 0,
    attribution?.source ? 1 : 0,
    FIRST_SOURCE.has(srcWord) ? 1 : 0,
    (share[1] as number) / total,
    (share[2] as number) / total,
    (share[3] as number) / total,
    (share[4] as number) / total,
    violentIn[0] as number, violentIn[1] as number, violentIn[2] as number, violentIn[3] as number, violentIn[4] as number,
    s.condemned ? 1 : 0,
    s.negated ? 1 : 0,
    s.hypothetical ? 1 : 0,
    end === 63 ? 1 : 0,
    end === 33 ? 1 : 0,
    first, second, third, intention, normative, imperative,
    prevIntro,
    isReframer(u.text, next) ? 1 : 0,
    Math.min(1, Math.log1p(n) / 5),
  ]);
}
