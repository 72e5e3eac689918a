/**
 * Negation, hypothetical and condemnation cues of one sentence (over `Words`).
 *  - negated: NegEx-style, from a negator (not, never, no one, nobody, don't, won't ...) to the clause end
 *    (, ; : . ! ? dashes, brackets, quote marks, but/however/because/or..., "and" + a subject pronoun),
 *    never leaving the negator's quotation. Not negations: idioms (not only, no doubt), negative-polarity
 *    threats (won't hesitate to, you'll never see it coming, no one will save you, don't make me), and a
 *    bare interjection ("No, ...").
 *  - hypothetical: operators (imagine, what if, suppose, pretend, dreamed, "if I were" but not
 *    "if I were you") run to the end of the sentence/quotation; fiction frames (in the movie/novel/game,
 *    lyrics, fictional, the song) cover it all; a counterfactual conditional (if-clause with were/had/was,
 *    main clause with would/could/might) too, unless the main clause has will/'ll/gonna (an ultimatum:
 *    "if you come here again I will shoot you" is a threat, not a hypothetical).
 *  - condemned: condemn, denounce, disgusting, unacceptable, report this, stop saying, no place for ...
 */
import type { Range } from '../types.js';
import {
  NEG_EXCEPTIONS, NEG_THREAT_IDIOMS, NEG_IDIOM_FILLERS, NEG_TERMINATORS, SUBJECT_PRONOUNS,
  HYPOTHETICAL_OPERATORS, IF_I_WERE_EXCEPTIONS, FICTION_NOUNS, FICTION_MARKERS, COUNTERFACTUAL_IF,
  COUNTERFACTUAL_MAIN, ULTIMATUM_MAIN, CONDEMN_WORDS, CONDEMN_PHRASES, DETERMINERS, phraseIndex,
} from '../lexicon/cues.js';
import { G_BOUNDARY, G_COMMA, matchIndex, type Words } from './words.js';
import type { RawQuote } from './quotes.js';
import { F_CONDEMN, F_HYP, F_NEG, F_IF } from './lexflags.js';

const NEG_EXC = phraseIndex(NEG_EXCEPTIONS);
const IDIOMS = phraseIndex(NEG_THREAT_IDIOMS);
const HYP_OPS = phraseIndex(HYPOTHETICAL_OPERATORS);
const CONDEMN = phraseIndex(CONDEMN_PHRASES);
const FICTION_DIRECT = new Set(['movie', 'film', 'novel', 'song', 'lyrics', 'screenplay', 'sitcom', 'fanfic', 'poem']);

export interface ScopeHit extends Range {
  /** The cue lies outside every marked quote (the sentence's own voice). */
  own: boolean;
}

export interface SentenceScopes {
  negated: ScopeHit[];
  hypothetical: ScopeHit[];
  condemned: boolean;
}

/** Last word index of the container (sentence or quotation) of word k. */
function containerLast(words: Words, k: number, quotes: readonly RawQuote[]): number {
  const cq = words.q[k] as number;
  const limit = cq >= 0 ? (quotes[cq] as RawQuote).end : Infinity;
  let m = k;
  while (m + 1 < words.n && (words.s[m + 1] as number) < limit && (cq < 0 ? true : isInside(words, m + 1, cq, quotes))) m++;
  return m;
}

function isInside(words: Words, k: number, cq: number, quotes: readonly RawQuote[]): boolean {
  const q = quotes[cq] as RawQuote;
  const s = words.s[k] as number;
  return s > q.open && s < q.outerEnd;
}

/** First word index of the container of word k. */
function containerFirst(words: Words, k: number, quotes: readonly RawQuote[]): number {
  const cq = words.q[k] as number;
  let m = k;
  while (m > 0 && (cq < 0 || isInside(words, m - 1, cq, quotes))) m--;
  return m;
}

export function sentenceScopes(words: Words, quotes: readonly RawQuote[]): SentenceScopes {
  const n = words.n;
  const w = (k: number): string => (words.w[k] ?? '') as string;
  const negated: ScopeHit[] = [];
  const hypothetical: ScopeHit[] = [];
  let condemned = false;
  let hypUntil = -1;
  for (let k = 0; k < n; k++) {
    const fl = words.f[k] as number;
    if ((fl & (F_CONDEMN | F_HYP | F_NEG | F_IF)) === 0) continue;
    const wk = w(k);
    // Condemnation.
    if (!condemned && (fl & F_CONDEMN) !== 0 && (CONDEMN_WORDS.has(wk) || matchIndex(words, k, CONDEMN) > 0)) condemned = true;
    // Hypothetical operators and fiction frames.
    if (k > hypUntil && (fl & F_HYP) !== 0) {
      let len = matchIndex(words, k, HYP_OPS);
      if (len > 0 && wk === 'if' && IF_I_WERE_EXCEPTIONS.has(w(k + len))) len = 0;
      let whole = false;
      if (len === 0 && FICTION_MARKERS.has(wk)) {
        len = 1;
        whole = true;
      }
      if (len === 0 && wk === 'in') {
        let m = k + 1;
        if (DETERMINERS.has(w(m))) m++;
        if (!FICTION_NOUNS.has(w(m)) && m + 1 < n) m++; // one adjective: "in the new movie"
        if (FICTION_NOUNS.has(w(m)) && m - k <= 3) {
          len = m - k + 1;
          whole = true;
        }
      }
      if (len === 0 && (wk === 'the' || wk === 'this' || wk === 'that') && FICTION_DIRECT.has(w(k + 1))) {
        len = 2;
        whole = true;
      }
      if (len > 0) {
        const first = whole ? containerFirst(words, k, quotes) : k;
        const last = containerLast(words, k, quotes);
        hypothetical.push({ start: words.s[first] as number, end: words.e[last] as number, own: words.q[k] === -1 });
        hypUntil = last;
      }
    }
    // Counterfactual conditional.
    if ((fl & F_IF) !== 0 && k > hypUntil) {
      let m = k + 1;
      let condIf = false;
      while (m < n && m - k <= 12 && ((words.gap[m] as number) & G_COMMA) === 0 && w(m) !== 'then') {
        if (COUNTERFACTUAL_IF.has(w(m)) && !IF_I_WERE_EXCEPTIONS.has(w(m + 1))) condIf = true;
        m++;
      }
      if (condIf) {
        let cf = false;
        let ult = false;
        // A bounded window around the if-clause (same quotation) keeps this linear on hostile input.
        const cq = words.q[k];
        for (let t = Math.max(0, k - 30); t <= Math.min(n - 1, m + 30); t++) {
          if ((t >= k && t < m) || words.q[t] !== cq) continue;
          if (COUNTERFACTUAL_MAIN.has(w(t))) cf = true;
          if (ULTIMATUM_MAIN.has(w(t))) ult = true;
        }
        if (cf && !ult) {
          const first = containerFirst(words, k, quotes);
          const last = containerLast(words, k, quotes);
          hypothetical.push({ start: words.s[first] as number, end: words.e[last] as number, own: words.q[k] === -1 });
          hypUntil = last;
        }
      }
    }
    // Negation.
    if ((fl & F_NEG) === 0) continue;
    let len = 1;
    if (wk === 'no' && w(k + 1) === 'one' && ((words.gap[k + 1] as number) & G_BOUNDARY) === 0) len = 2;
    if (matchIndex(words, k, NEG_EXC) > 0) continue;
    if (wk === 'no' && len === 1 && (k + 1 >= n || ((words.gap[k + 1] as number) & G_BOUNDARY) !== 0)) continue;
    let idiom = false;
    for (let f = k + len; f < n && f - k <= 6; f++) {
      if (matchIndex(words, f, IDIOMS) > 0) {
        idiom = true;
        break;
      }
      if (!NEG_IDIOM_FILLERS.has(w(f))) break;
    }
    if (idiom) continue;
    const cq = words.q[k];
    let last = k + len - 1;
    for (let m = k + len; m < n; m++) {
      if (words.q[m] !== cq) break;
      if (((words.gap[m] as number) & G_BOUNDARY) !== 0) break;
      const wm = w(m);
      if (NEG_TERMINATORS.has(wm)) break;
      if (wm === 'and' && SUBJECT_PRONOUNS.has(w(m + 1))) break;
      last = m;
    }
    if (last === k + len - 1) continue;
    negated.push({ start: words.s[k] as number, end: words.e[last] as number, own: cq === -1 });
    k = last;
  }
  return { negated, hypothetical, condemned };
}
