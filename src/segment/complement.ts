/**
 * The reported complement of a cue: after a third-person or named speech cue (and after frames), skipping an
 * addressee (told police, warned him, warned traders that), a platform adjunct (posted on Facebook that), other
 * adjuncts (said in a statement on Tuesday that, wrote to X from prison that) and "that"/"to", up to the clause
 * end (; : dashes, brackets, sentence end, a comma before another cue / but / however, or a first-person clause
 * after a conjunction). A complement that opens with a quotation holds it and the words after it.
 */
import {
  SPEECH_VERBS, TO_VERBS, OBJECT_VERBS, MEDIA_VERBS, NEGATORS, 
  FIRST_PERSON, SUBJECT_PRONOUNS, OBJECT_PRONOUNS,
  OBJECT_NOUNS, DETERMINERS, PLATFORM_WORDS,
  CLAUSE_VERBS, CLAUSE_BREAKERS,
} from '../lexicon/cues.js';
import { G_COLON, G_COMMA, G_DASH, G_PAREN, G_QUOTE, G_SEMI, G_TERM, gapAt, isBoundaryBefore, type Words } from './words.js';
import { isUpperAt } from './chars.js';
import type { RawQuote } from './quotes.js';
import { MAX_NAMED_OBJECT, type Cue } from './attribution.js';
import { MONTH_NAMES, NOUN_PREPS, TIME_WORDS } from './sources.js';

export interface Reported {
  start: number;
  end: number;
  cue: Cue;
  /** A verb of naming's object with its quoted predicate (see `namedPredication`). */
  named?: boolean;
}

/** Words that open an adjunct between a cue and its clause, and how far the clause may start after them. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'late', 'early', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MAX_ADJUNCT_WORDS = 12;
/** Openers of an adjunct only for verbs that take no infinitive: "wrote to the victim's mother from prison that". */
const LOOSE_OPENERS = new Set(['to', 'from', 'over', 'by']);
/** Verbs of saying whose clause may start with any subject, and words that never start that subject. */
const SAY_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'stated', 'states', 'warned', 'warns', 'explained', 'believes', 'thinks', 'suggested', 'noted', 'acknowledged', 'admitted', 'predicted']);
const NOT_A_SUBJECT = new Set(['to', 'for', 'with', 'about', 'at', 'in', 'on', 'by', 'of', 'from', 'so', 'yes', 'no', 'goodbye', 'hello', 'hi', 'thanks', 'sorry', 'and', 'or', 'but', 'as', 'if', 'when', 'because', 'nothing', 'something', 'anything', 'little', 'more', 'less', 'much', 'enough', 'too', 'very', 'not']);
/** How far a bare clause's finite verb may follow its first word ("said presumptive nominee Dana Cole is ..."). */
const MAX_BARE_SUBJECT = 8;
/** Participles of saying that open the speaker's next report after a comma (`..., noting that ...`). */
const REPORT_GERUNDS = new Set([
  'saying', 'noting', 'adding', 'arguing', 'explaining', 'insisting', 'suggesting', 'calling', 'citing', 'warning',
  'asking', 'urging', 'predicting', 'acknowledging', 'describing', 'accusing', 'telling', 'claiming', 'stressing',
]);
/** The most words a named predicate runs on after its quotation. */
const MAX_PREDICATE_TAIL = 12;
/** A reported complement is a clause: capped (also bounds the work on hostile input). */
const MAX_COMPLEMENT_WORDS = 120;
const MAIN_CLAUSE_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'got', 'remains', 'remained']);
/** Conjunctions after which a first-person clause is the author's, not the reported speaker's. */
const JOINERS = new Set(['but', 'and', 'so', 'or', 'yet']);

/**
 * Does the quotation opening at word j start a clause that goes on after it ("threatened to "torch" shops that
 * refuse")? Then the complement holds the quotation and the words after it (mixed content); a quotation that
 * ends the clause is its own quote unit.
 */
function quoteOpensClause(words: Words, j: number, cq: number): boolean {
  if (words.q[j] === cq) return false;
  let m = j + 1;
  while (m < words.n && m - j < 60 && words.q[m] !== cq) m++;
  if (m >= words.n || words.q[m] !== cq) return false;
  return (gapAt(words, m) & (G_TERM | G_SEMI | G_COMMA | G_COLON | G_DASH | G_PAREN)) === 0;
}

/**
 * "told the operator the bridge would fall", "warned the mayor he would ...": a determiner and one noun, then a
 * clause (a subject pronoun, or an article or possessive and a noun, with a finite verb or modal within four
 * words) and no boundary between: the two words are the addressee and the clause is what was said.
 */
const CLAUSE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'your', 'our', 'its']);
/** Words of SUBJECT_PRONOUNS that also end a noun phrase ("the British people", "the whole thing there"). */
const NOT_SUBJECTS: ReadonlySet<string> = new Set(['people', 'all', 'everything', 'this', 'there']);

function addresseeThenClause(words: Words, j: number): boolean {
  const w = (k: number): string => (words.w[k] ?? '') as string;
  const noun = w(j + 1);
  if (j + 3 >= words.n || DETERMINERS.has(noun) || SUBJECT_PRONOUNS.has(noun) || CLAUSE_VERBS.has(noun) || noun === 'that') return false;
  const k = j + 2;
  const subject = w(k);
  if (w(j) === 'that' || w(k + 1) === 'that' || NOT_SUBJECTS.has(subject) || !(SUBJECT_PRONOUNS.has(subject) || CLAUSE_ARTICLES.has(subject))) return false;
  for (let m = j + 1; m <= k; m++) if (isBoundaryBefore(words, m) || (gapAt(words, m) & G_QUOTE) !== 0) return false;
  for (let m = k + 1; m < words.n && m <= k + 4; m++) {
    if (isBoundaryBefore(words, m)) return false;
    if (CLAUSE_VERBS.has(w(m))) return true;
  }
  return false;
}

/**
 * A verb of naming reports its object with the quoted predicate (`called the plan "a disaster"`, `described
 * the raid as "an act of war"`): from the object to the quotation's closing mark. Only with an object (a bare
 * `called "..."` has its quotation alone) and only when the quotation lies in the cue's own context. The relation
 * is marked `named`: its quoted words are the unit that is scored.
 */
function namedPredication(words: Words, cue: Cue, quotes: readonly RawQuote[]): Reported | undefined {
  if (cue.first) return undefined;
  const cq = words.q[cue.k0] as number;
  const w = (k: number): string => (words.w[k] ?? '') as string;
  for (let m = cue.k1; m < words.n && m <= cue.k1 + MAX_NAMED_OBJECT; m++) {
    const qi = words.q[m] as number;
    if (qi === cq) {
      // An object is a noun phrase: no verb or conjunction in it (`called and said "..."` names nothing).
      if (JOINERS.has(w(m)) || SPEECH_VERBS.has(w(m)) || CLAUSE_VERBS.has(w(m))) return undefined;
      continue;
    }
    if (m === cue.k1 || qi < 0) return undefined;
    const q = quotes[qi] as RawQuote;
    if (q.depth !== (cq >= 0 ? (quotes[cq] as RawQuote).depth + 1 : 0)) return undefined;
    // The predicate may go on after its quotation up to the clause's end (`calling it a "no-brainer" to
    // prosecute`), never over a conjunction or another cue.
    let last = m;
    while (last + 1 < words.n && words.q[last + 1] === qi) last++;
    let end = q.closed ? q.outerEnd : q.end;
    for (let t = last + 1; t < words.n && t <= last + MAX_PREDICATE_TAIL && words.q[t] === cq; t++) {
      if ((gapAt(words, t) & (G_TERM | G_SEMI | G_COMMA | G_COLON | G_DASH | G_PAREN | G_QUOTE)) !== 0 || JOINERS.has(w(t)) || SPEECH_VERBS.has(w(t))) break;
      end = words.e[t] as number;
    }
    return { start: words.s[cue.k1] as number, end, cue, named: true };
  }
  return undefined;
}

/** The reported complement of a cue, or undefined (see module comment). */
export function complement(text: string, words: Words, cue: Cue, quotes: readonly RawQuote[], sentEnd: number): Reported | undefined {
  if (cue.naming) return namedPredication(words, cue, quotes);
  if (cue.first || cue.kind === 'adverbial' || cue.kind === 'according' || cue.srcAfter || cue.tag) return undefined;
  if (cue.kind === 'speech' && !cue.src && !cue.gerund && !cue.introduces) return undefined;
  const n = words.n;
  const w = (k: number): string => (words.w[k] ?? '') as string;
  let j = cue.agentEnd ?? cue.k1;
  const cq0 = words.q[cue.k0] as number;
  const toIncluded = cue.k1 - cue.k0 === 2 && w(cue.k1 - 1) === 'to';
  if (j >= n || (gapAt(words, j) & (G_TERM | G_SEMI)) !== 0) return undefined;
  if ((gapAt(words, j) & G_QUOTE) !== 0 && !(toIncluded && quoteOpensClause(words, j, cq0))) return undefined;
  if (OBJECT_VERBS.has(cue.verb) && !toIncluded) {
    if (DETERMINERS.has(w(j)) && OBJECT_NOUNS.has(w(j + 1))) {
      j += 2;
      if (OBJECT_NOUNS.has(w(j))) j++;
    } else if (OBJECT_PRONOUNS.has(w(j)) && !(w(j) === 'you' && CLAUSE_VERBS.has(w(j + 1)))) j++;
    else if (OBJECT_NOUNS.has(w(j))) {
      j++;
      if (OBJECT_NOUNS.has(w(j))) j++;
    } else if (cue.verb === 'told' && isUpperAt(text, words.s[j] as number) && (SUBJECT_PRONOUNS.has(w(j + 1)) || w(j + 1) === 'that')) j++;
    else if (DETERMINERS.has(w(j)) && addresseeThenClause(words, j)) j += 2;
    // `urged his fighters to attack`, `told the young men to ...`: an article or possessive and one or two words
    // before `to` are the addressee of a verb that reports with `to`.
    else if (TO_VERBS.has(cue.verb) && DETERMINERS.has(w(j))) {
      for (let m = j + 2; m <= j + 3 && m < n; m++) {
        if (isBoundaryBefore(words, m - 1) || isBoundaryBefore(words, m) || NEGATORS.has(w(m - 1))) break;
        if (w(m) === 'to') {
          j = m;
          break;
        }
      }
    }
  }
  if (OBJECT_VERBS.has(cue.verb) && !toIncluded && w(j) !== 'that') {
    // Any short object before "that": "warned traders that", "told a local radio station that".
    for (let m = j + 1; m < n && m <= j + 4 && !isBoundaryBefore(words, m); m++) {
      if (w(m) === 'that') {
        let plain = true;
        for (let t = j; t < m; t++) if (NOUN_PREPS.has(w(t)) || CLAUSE_VERBS.has(w(t)) || SPEECH_VERBS.has(w(t)) || SUBJECT_PRONOUNS.has(w(t))) plain = false;
        if (plain) j = m;
        break;
      }
    }
  }
  // "said Tuesday." names a time, not words.
  if (TIME_WORDS.has(w(j)) && (j + 1 >= n || (gapAt(words, j + 1) & (G_TERM | G_SEMI)) !== 0)) return undefined;
  while (j < n && TIME_WORDS.has(w(j)) && !isBoundaryBefore(words, j + 1)) j++;
  // "threatened the mayor" names a target, not words: a threaten-verb reports only with "to", "that" or a colon.
  if (cue.verb.startsWith('threaten') && !toIncluded && w(j) !== 'that' && w(j) !== 'to' && (gapAt(words, j) & G_COLON) === 0) {
    let m = j;
    while (m < n && m < j + 3 && w(m) !== 'that' && w(m) !== 'to') m++;
    if (m >= n || (w(m) !== 'that' && w(m) !== 'to')) return undefined;
  }
  // Adjuncts between the cue and its clause: "said in a statement on Tuesday that ...", "said on Friday he ...".
  if ((ADJUNCT_OPENERS.has(w(j)) || (LOOSE_OPENERS.has(w(j)) && !TO_VERBS.has(cue.verb))) && !toIncluded) {
    for (let m = j + 1; m < n && m <= j + MAX_ADJUNCT_WORDS; m++) {
      const g = gapAt(words, m);
      if ((g & (G_QUOTE | G_TERM | G_SEMI | G_COLON | G_PAREN)) !== 0) break;
      if (w(m) === 'that') {
        j = m;
        break;
      }
      if (SUBJECT_PRONOUNS.has(w(m)) && (TIME_WORDS.has(w(m - 1)) || MONTH_NAMES.has(w(m - 1)) || /^\d/.test(w(m - 1)))) {
        j = m;
        break;
      }
    }
  }
  if ((w(j) === 'on' || w(j) === 'in' || w(j) === 'via') && j + 1 < n) {
    let m = j + 1;
    while (m < n && m - j <= 4 && (PLATFORM_WORDS.has(w(m)) || isUpperAt(text, words.s[m] as number)) && !isBoundaryBefore(words, m)) m++;
    if (m > j + 1 && m < n && (w(m) === 'that' || (gapAt(words, m) & G_COLON) !== 0)) j = m;
  }
  // "texted me this: ...", "wrote the following: ...": the demonstrative stands for what follows the colon.
  let introduced = false;
  if ((w(j) === 'this' || w(j) === 'that' || w(j) === 'it' || w(j) === 'these') && j + 1 < n && (gapAt(words, j + 1) & G_COLON) !== 0) {
    j++;
    introduced = true;
  } else if (w(j) === 'the' && w(j + 1) === 'following' && j + 2 < n && (gapAt(words, j + 2) & G_COLON) !== 0) {
    j += 2;
    introduced = true;
  }
  let signal = introduced || toIncluded || cue.kind === 'frame' || (gapAt(words, j) & G_COLON) !== 0;
  // `told police that "..."`: past "that" also before a quotation, which is then the content (never `that "..."`).
  if (w(j) === 'that' && j + 1 < n && (!isBoundaryBefore(words, j + 1) || (gapAt(words, j + 1) & (G_QUOTE | G_TERM | G_SEMI | G_COLON)) === G_QUOTE)) {
    j++;
    signal = true;
  } else if (!toIncluded && TO_VERBS.has(cue.verb) && w(j) === 'to') {
    j++;
    signal = true;
  }
  if (j >= n || (gapAt(words, j) & (G_TERM | G_SEMI)) !== 0) return undefined;
  if ((gapAt(words, j) & G_QUOTE) !== 0 && !(signal && quoteOpensClause(words, j, cq0))) return undefined;
  const explicit = signal; // a colon, "that", "to", a frame or a demonstrative introduced the clause
  if (!signal) {
    const fw = w(j);
    if (SUBJECT_PRONOUNS.has(fw)) signal = true;
    else if (DETERMINERS.has(fw) || isUpperAt(text, words.s[j] as number)) {
      if (!MEDIA_VERBS.has(cue.verb)) signal = true;
      else for (let m = j + 1; m < n && m <= j + 5; m++) if (CLAUSE_VERBS.has(w(m))) signal = true;
    } else if (cue.src && SAY_VERBS.has(cue.verb) && !NOT_A_SUBJECT.has(fw) && !TIME_WORDS.has(fw)) {
      // A bare clause with any subject: "said legalizing it could ...", "said much of it was ...".
      for (let m = j + 1; m < n && m <= j + MAX_BARE_SUBJECT && !isBoundaryBefore(words, m) && (gapAt(words, m) & G_COMMA) === 0; m++) {
        if (CLAUSE_VERBS.has(w(m))) signal = true;
      }
    }
  }
  if (!signal) return undefined;
  // Clause end.
  const cq = words.q[cue.k0] as number;
  const limit = cq >= 0 ? (quotes[cq] as RawQuote).end : sentEnd;
  let last = j;
  for (let m = j + 1; m < n && m - j < MAX_COMPLEMENT_WORDS; m++) {
    if ((words.s[m] as number) >= limit) break;
    const g = gapAt(words, m);
    const same = words.q[m] === cq && words.q[m - 1] === cq;
    if (same) {
      if ((g & (G_SEMI | G_TERM | G_DASH | G_PAREN | G_COLON)) !== 0) break;
      // "he thinks he can hide but I will find him": a clause of the author's own ends the reported one.
      if (JOINERS.has(w(m)) && FIRST_PERSON.has(w(m + 1)) && m > j + 1) break;
      if (cue.relative && m > j + 1 && MAIN_CLAUSE_AUX.has(w(m))) break; // "... who threatened to X was sentenced
    }
    if (words.q[m] === cq && m > j + 1) {
      // "said he found it "charming" and called ...": a second verb of saying opens a report of its own, and so
      // does a participle of saying after `while` ("... while adding that ...").
      if (JOINERS.has(w(m)) && ((SPEECH_VERBS.has(w(m + 1)) && !w(m + 1).endsWith('ing')) || REPORT_GERUNDS.has(w(m + 1)))) break;
      if (w(m) === 'while' && REPORT_GERUNDS.has(w(m + 1))) break;
    }
    // A comma before another cue or a clause breaker ends the clause, also right after a quotation inside it
    // (`vowed to hunt them down "street by street", according to residents`).
    if ((g & G_COMMA) !== 0 && words.q[m] === cq) {
      if (CLAUSE_BREAKERS.has(w(m)) || REPORT_GERUNDS.has(w(m))) break; // `..., noting that ...`
      let cueAhead = false;
      for (let t = m; t < n && t < m + 4; t++) if (SPEECH_VERBS.has(w(t)) || w(t) === 'according') cueAhead = true;
      if (cueAhead) break;
    }
    last = m;
  }
  // "the caller told the owner, police said": after a verb with an object, a short noun phrase up to a boundary is
  // the addressee, not reported words.
  if (OBJECT_VERBS.has(cue.verb) && !explicit && last - j < 3 && (DETERMINERS.has(w(j)) || OBJECT_PRONOUNS.has(w(j))) && words.q[last] === cq
    && (last + 1 >= n || (gapAt(words, last + 1) & (G_COMMA | G_TERM | G_SEMI)) !== 0)) return undefined;
  let end = words.e[last] as number;
  const lq = words.q[last] as number;
  if (lq !== cq && lq >= 0) {
    // The complement ends inside a quotation: include the whole quotation (never cut one in two).
    const minDepth = cq >= 0 ? (quotes[cq] as RawQuote).depth + 1 : 0;
    const at = words.s[last] as number;
    // The closing mark goes with it, so a span never ends between a quotation and its mark.
    for (const q of quotes) if (q.depth === minDepth && q.open < at && at < q.outerEnd) end = Math.max(end, q.closed ? q.outerEnd : q.end);
  }
  // A complement that opens with a quotation starts at its opening mark.
  const fq = words.q[j] as number;
  const start = fq !== cq && fq >= 0 ? (quotes[fq] as RawQuote).open : (words.s[j] as number);
  return { start, end, cue };
}
