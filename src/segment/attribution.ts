/**
 * Reporting cues, their sources, reported-speech complements, and the attribution of marked quotes.
 * Rules (one sentence at a time, over `Words`):
 *  - cues: speech verbs (said, told, wrote, posted, warned, threatened to, vowed to ...), "X read" after a
 *    written-message noun (the message read), frames (charged with, accused of, arrested for), adverbials
 *    (according to, in a statement, allegedly, reportedly);
 *  - source: the subject before the cue (from the clause start, skipping auxiliaries/adverbs, trimming
 *    leading time adjuncts: "a man who identified himself as X", "the suspect", "police", "he"), or after
 *    the cue when inverted (`"...," said the suspect`), or after "according to";
 *  - first person: a cue whose source is I/we is the author speaking, not reporting — no attribution, no
 *    reported scope ("I told you I will kill you");
 *  - complement: after a third-person/named speech cue (and after frames), skipping an addressee (told
 *    police, warned him), a platform adjunct (posted on Facebook that) and "that"/"to", up to the clause end
 *    (; : dashes, brackets, sentence end, or a comma before another cue / but / however);
 *  - quotes take the nearest cue before them (He said: "...") or right after them (`"...," he said`,
 *    `"...", according to police`), else the sentence's attribution (nested quotes: their parent's).
 */
import type { Attribution, TextRange } from '../types.js';
import {
  SPEECH_VERBS, NEEDS_THAT, COGNITION_VERBS, INVERTIBLE, TO_INCLUDED, TO_VERBS, OBJECT_VERBS, MEDIA_VERBS, FRAME_PHRASES,
  SPEECH_PHRASES, ADVERBIAL_PHRASES, WRITTEN_NOUNS, FIRST_PERSON, SUBJECT_PRONOUNS, OBJECT_PRONOUNS,
  OBJECT_NOUNS, DETERMINERS, AUX_ADVERBS, SOURCE_STOPS, SOURCE_AFTER_STOPS, LEADING_ADJUNCTS, PLATFORM_WORDS,
  CLAUSE_VERBS, CLAUSE_BREAKERS, phraseIndex,
} from '../lexicon/cues.js';
import { G_BOUNDARY, G_COLON, G_COMMA, G_DASH, G_PAREN, G_QUOTE, G_SEMI, G_TERM, matchIndex, type Words } from './words.js';
import { isUpperAt } from './chars.js';
import { F_ADVERBIAL, F_FRAME, F_SPEECH_PHRASE, F_SPEECH, F_READ } from './lexflags.js';

const CUE_FLAGS = F_ADVERBIAL | F_FRAME | F_SPEECH_PHRASE | F_SPEECH | F_READ;
import type { RawQuote } from './quotes.js';

const FRAMES = phraseIndex(FRAME_PHRASES);
const SPEECH_PHR = phraseIndex(SPEECH_PHRASES);
const ADVERBIALS = phraseIndex(ADVERBIAL_PHRASES);

export type CueKind = 'speech' | 'frame' | 'adverbial' | 'according';

export interface Cue {
  /** Word range of the cue phrase. */
  k0: number;
  k1: number;
  kind: CueKind;
  verb: string;
  /** Word range of the source, when found. */
  src?: [number, number];
  /** Source follows the cue ("said the suspect", "according to police"). */
  srcAfter: boolean;
  /** The source is I/we: the author speaking, not a report. */
  first: boolean;
  /** The cue sits in a relative clause ("a man who threatened to ... was sentenced"). */
  relative?: boolean;
  /** A quotation or a colon introduction follows the cue (after a short adjunct), or a quotation precedes it. */
  introduces?: boolean;
  /** A gerund after a comma ("..., saying: ..."): it reports the main clause's subject, which may go unnamed. */
  gerund?: boolean;
}

/**
 * Does a quotation or a colon introduction follow the cue ending at word k1, after at most a short adjunct
 * ("warns in Arabic:", "said in a statement on Tuesday:", "wrote on Telegram late on Friday:")?
 */
function introducesAfter(words: Words, k1: number, trailingColon: boolean): boolean {
  for (let m = k1; m <= k1 + 6; m++) {
    // Past the last word only a trailing colon (checked by the caller) can introduce.
    const g = m < words.n ? gapAt(words, m) : 0;
    if (m > k1 && (g & G_TERM) !== 0) return false;
    if ((g & (G_COLON | G_QUOTE)) !== 0) return true;
    if (m >= words.n) return trailingColon;
    const w = words.w[m] as string;
    // The first word after the cue opens an adjunct or names an addressee ("warns police:", "told him:").
    if (m === k1 && !INTRO_ADJUNCT_OPENERS.has(w) && !TIME_WORDS.has(w) && !OBJECT_PRONOUNS.has(w) && !OBJECT_NOUNS.has(w)) return false;
  }
  return false;
}

export interface Reported {
  start: number;
  end: number;
  cue: Cue;
}

/** Words that may open the short adjunct between a cue and the quotation or colon it introduces. */
const INTRO_ADJUNCT_OPENERS = new Set(['in', 'on', 'via', 'at', 'late', 'early', 'this', 'the']);
const PERCEIVED = new Set(['heard', 'seen', 'filmed', 'recorded', 'caught', 'shown', 'pictured']);
const PERCEPTION_AUX = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'can', 'could', 'may', 'might', 'will', 'would', 'clearly', 'also', 'later', 'allegedly']);
/** Conjunctions and prepositions that open an adjunct clause with a gerund cue ("after threatening to"). */
const GERUND_JOINERS = new Set(['after', 'before', 'for', 'while', 'by', 'when']);
const GERUND_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', "'s", 'am', "he's", "she's", "they're", 'kept', 'started', 'began', 'keeps', 'starts', 'begins']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'summer', 'winter', 'spring', 'autumn']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'previously', 'recently', 'again', 'also', 'repeatedly', 'online', 'publicly',
]);

/** Words that open an adjunct between a cue and its clause, and how far the clause may start after them. */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'late', 'early', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MAX_ADJUNCT_WORDS = 12;
/** Openers of an adjunct only for verbs that take no infinitive: "wrote to the victim's mother from prison that". */
const LOOSE_OPENERS = new Set(['to', 'from', 'over', 'by']);
/** Verbs of saying whose clause may start with any subject, and words that never start that subject. */
const SAY_VERBS = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'stated', 'states', 'warned', 'warns', 'explained', 'believes', 'thinks', 'suggested', 'noted', 'acknowledged', 'admitted', 'predicted']);
const NOT_A_SUBJECT = new Set(['to', 'for', 'with', 'about', 'at', 'in', 'on', 'by', 'of', 'from', 'so', 'yes', 'no', 'goodbye', 'hello', 'hi', 'thanks', 'sorry', 'and', 'or', 'but', 'as', 'if', 'when', 'because', 'nothing', 'something', 'anything', 'little', 'more', 'less', 'much', 'enough', 'too', 'very', 'not']);

/** A reported complement is a clause: capped (also bounds the work on hostile input). */
const MAX_COMPLEMENT_WORDS = 120;

const MONTH_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

const RELATIVES = new Set(['who', 'which']);
const MAIN_CLAUSE_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'got', 'remains', 'remained']);
const QUOTATIVE_BE = new Set(['was', 'is', 'were', 'are', 'be', "he's", "she's", "they're", "i'm", "we're", "you're", 'im', 'hes', 'shes', 'theyre', 'just', 'all', 'like']);

/** Conjunctions after which a first-person clause is the author's, not the reported speaker's. */
const JOINERS = new Set(['but', 'and', 'so', 'or', 'yet']);
const SECOND_PERSON = new Set(['you', 'u', 'ya', 'yall', "y'all", 'ye']);
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'you', 'someone', 'somebody', 'one', 'who', 'everyone', 'nobody', 'anyone', 'u', 'ya', 'yall', "y'all"]);

/** Gap flags before word k (gap[n] is the gap after the last word). */
function gapAt(words: Words, k: number): number {
  return words.gap[k] as number;
}

function isBoundaryBefore(words: Words, k: number): boolean {
  return (gapAt(words, k) & G_BOUNDARY) !== 0;
}

/** Subject source before the cue at k0, as a word range, or undefined. */
function sourceBefore(text: string, words: Words, k0: number): [number, number] | undefined {
  if (k0 === 0) return undefined;
  if (isBoundaryBefore(words, k0)) return gapAt(words, k0) === G_COMMA ? appositiveSource(text, words, k0) ?? postQuoteSubject(text, words, k0) : undefined;
  let j = k0 - 1;
  // A written thing with a prepositional tail that speaks in a relative clause: "an email to the council's
  // planning office that said": the source runs to the relative pronoun.
  if ((words.w[j] === 'that' || words.w[j] === 'which') && !WRITTEN_NOUNS.has(words.w[j - 1] as string)) {
    for (let m = j - 2; m >= 0 && j - m <= 8 && !isBoundaryBefore(words, m + 1); m--) {
      if (WRITTEN_NOUNS.has(words.w[m] as string) && words.w[m] !== 'it' && NOUN_PREPS.has(words.w[m + 1] as string)) {
        let i = m;
        while (i > 0 && m - i < 3 && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string)) {
          i--;
          if (DETERMINERS.has(words.w[i] as string)) break;
        }
        return [i, j];
      }
    }
  }
  // "a message from an unknown number saying ...": the sender speaks through the written thing.
  if ((words.w[k0] as string).endsWith('ing')) {
    for (let m = j; m > 0 && j - m < 8 && !isBoundaryBefore(words, m); m--) {
      if (words.w[m] !== 'from') continue;
      const before = words.w[m - 1] as string;
      if (m + 1 <= j && (WRITTEN_NOUNS.has(before) || (m > 1 && WRITTEN_NOUNS.has(words.w[m - 2] as string) && !isBoundaryBefore(words, m - 1)))) return [m + 1, k0];
      break;
    }
  }
  // A written thing that speaks in a relative or participle clause: "a text that said", "a letter which
  // read", "messages saying": the source is the noun phrase, ending at the noun.
  const prev = words.w[j] as string;
  let noun = prev === 'that' || prev === 'which' ? j - 1 : j;
  if (noun === j && (words.w[k0] as string).endsWith('ing')) {
    // "a letter last month warning that": skip a short time adjunct after the noun.
    let m = j;
    while (m > 0 && j - m < 3 && (TIME_WORDS.has(words.w[m] as string) || TIME_UNITS.has(words.w[m] as string) || words.w[m] === 'last' || words.w[m] === 'on') && !isBoundaryBefore(words, m)) m--;
    if (m < j && WRITTEN_NOUNS.has(words.w[m] as string)) noun = m;
  }
  if (noun >= 0 && WRITTEN_NOUNS.has(words.w[noun] as string) && words.w[noun] !== 'it' && (noun === j ? (words.w[k0] as string).endsWith('ing') : !isBoundaryBefore(words, j))) {
    let i = noun;
    while (i > 0 && noun - i < 4 && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string) && !SPEECH_VERBS.has(words.w[i - 1] as string)) {
      i--;
      if (DETERMINERS.has(words.w[i] as string)) break;
    }
    return [i, noun + 1];
  }
  // "X can be heard saying", "X was filmed shouting": the perception verb stands between subject and cue.
  let perceived = false;
  if ((words.w[k0] as string).endsWith('ing') && PERCEIVED.has(words.w[j] as string) && j > 0 && !isBoundaryBefore(words, j)) {
    perceived = true;
    j--;
    while (j > 0 && PERCEPTION_AUX.has(words.w[j] as string) && !isBoundaryBefore(words, j)) j--;
  }
  // A gerund cue has a subject only after an auxiliary ("he was threatening to"), not in
  // "charged with threatening to" or "stop saying".
  if (!perceived && (words.w[k0] as string).endsWith('ing') && !GERUND_AUX.has(words.w[j] as string)) {
    // "charged after threatening to ...", "arrested for posting ...": the main clause's subject.
    return GERUND_JOINERS.has(words.w[j] as string) && j > 0 && !isBoundaryBefore(words, j) ? coordinatedSubject(text, words, j) : undefined;
  }
  while (j >= 0 && AUX_ADVERBS.has(words.w[j] as string)) {
    if (j === 0 || isBoundaryBefore(words, j)) return undefined;
    j--;
  }
  if (j < 0) return undefined;
  const head = j;
  const hw = words.w[head] as string;
  if (FIRST_PERSON.has(hw) || PRONOUN_SOURCES.has(hw)) {
    if (hw !== 'who') return [head, head + 1];
  }
  if (hw === 'and' && head > 0) return coordinatedSubject(text, words, head);
  if (SOURCE_STOPS.has(hw) || hw === 'to') return undefined;
  const afterQuote = postQuoteSubject(text, words, k0);
  if (afterQuote) return afterQuote;
  // From the clause start (boundary, clause joiner, or at most 12 words back).
  let i = head;
  while (i > 0 && head - i < 12 && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string) && !SPEECH_VERBS.has(words.w[i - 1] as string)) i--;
  if (head - i >= 12) {
    // Too long to be a subject phrase: keep its tail from the last determiner.
    let d = head;
    while (d > head - 4 && !DETERMINERS.has(words.w[d] as string)) d--;
    i = DETERMINERS.has(words.w[d] as string) ? d : head;
  }
  if (LEADING_ADJUNCTS.has(words.w[i] as string) && i < head) {
    // "On Monday the group", "Late last night police": start at a determiner, else a name, else the head.
    let m = i + 1;
    while (m < head && !DETERMINERS.has(words.w[m] as string)) m++;
    if (m === head) {
      m = i + 1;
      while (m < head && !(isUpperAt(text, words.s[m] as number) && !TIME_WORDS.has(words.w[m] as string) && !MONTH_NAMES.has(words.w[m] as string))) m++;
    }
    i = m;
  }
  let end = head + 1;
  if (RELATIVES.has(hw)) end = head; // "a man who said": the antecedent
  if (end <= i && RELATIVES.has(hw) && head > 0 && gapAt(words, head) === G_COMMA) {
    // "Volkov's posts, which urged ...": the antecedent before the comma.
    let a = head - 1;
    while (a > 0 && head - a < 5 && !isBoundaryBefore(words, a) && !SOURCE_STOPS.has(words.w[a - 1] as string) && !SPEECH_VERBS.has(words.w[a - 1] as string)) a--;
    return [a, head];
  }
  if (end <= i) return undefined;
  return [i, end];
}

/** A word that shows the verb after a subject phrase: "The mayor called", "He has", "Police warned". */
function verbLike(text: string, words: Words, m: number): boolean {
  const w = words.w[m] as string;
  return (w.endsWith('ed') && !isUpperAt(text, words.s[m] as number)) || AUX_ADVERBS.has(w) || CLAUSE_VERBS.has(w) || SPEECH_VERBS.has(w) || COGNITION_VERBS.has(w);
}

/**
 * The shared subject of a cue coordinated with an earlier verb: "The mayor called the protesters "thugs" and
 * said ...": back from "and" at `and` to the clause start (sentence start, a sentence-level mark, a clause joiner
 * or a verb of saying, at most 25 words), whose first one to five words are a noun phrase followed by a verb.
 */
function coordinatedSubject(text: string, words: Words, and: number): [number, number] | undefined {
  let c = and;
  while (c > 0 && and - c < 25) {
    if ((gapAt(words, c) & (G_TERM | G_SEMI | G_COLON | G_PAREN | G_DASH)) !== 0) break;
    const prev = words.w[c - 1] as string;
    if (words.q[c - 1] === -1 && ((SOURCE_STOPS.has(prev) && prev !== 'and') || SPEECH_VERBS.has(prev))) break;
    c--;
  }
  if (and - c >= 25 || words.q[c] !== -1) return undefined;
  // "... vowed on Saturday to "..." and urged ...": the earlier cue's subject.
  const earlier = c > 0 && SPEECH_VERBS.has(words.w[c - 1] as string) && words.q[c - 1] === -1 ? c - 1 : -1;
  const fw = words.w[c] as string;
  if (FIRST_PERSON.has(fw) || PRONOUN_SOURCES.has(fw)) return fw === 'who' ? undefined : [c, c + 1];
  if (!(DETERMINERS.has(fw) || isUpperAt(text, words.s[c] as number))) return earlier >= 0 ? sourceBefore(text, words, earlier) : undefined;
  for (let e = c + 1; e <= c + 5 && e < and; e++) {
    if (isBoundaryBefore(words, e)) return undefined;
    if (verbLike(text, words, e)) return [c, e];
  }
  // "An MP stood up ...": a determiner, one word, then a lower-case word taken for the verb.
  const v = words.w[c + 2] as string | undefined;
  if (DETERMINERS.has(fw) && c + 2 < and && v !== undefined && !NOUN_PREPS.has(v) && !isUpperAt(text, words.s[c + 2] as number) && !isBoundaryBefore(words, c + 2)) return [c, c + 2];
  return earlier >= 0 ? sourceBefore(text, words, earlier) : undefined;
}

/** How far back a subject may run from its cue to the quotation it follows (bounds the scan). */
const MAX_POST_QUOTE_SUBJECT = 30;

/**
 * The subject between a quotation and its cue, however long its appositions: `"...," Cecelia Purner, 67, a
 * retired teacher in Allentown, Pa., said`. It starts right after the closing mark with a capital, a
 * determiner or a pronoun, and holds no sentence-level mark.
 */
function postQuoteSubject(text: string, words: Words, k0: number): [number, number] | undefined {
  if (RELATIVES.has(words.w[k0 - 1] as string)) return undefined; // "…, a student who posted": a relative cue
  for (let m = k0 - 1; m > 0 && k0 - m <= MAX_POST_QUOTE_SUBJECT; m--) {
    const g = gapAt(words, m);
    if ((g & G_QUOTE) !== 0 && words.q[m - 1] !== words.q[m]) {
      if (words.q[m] !== words.q[k0]) return undefined;
      const fw = words.w[m] as string;
      if (!(DETERMINERS.has(fw) || PRONOUN_SOURCES.has(fw) || isUpperAt(text, words.s[m] as number))) return undefined;
      for (let t = m; t < k0; t++) if (SOURCE_STOPS.has(words.w[t] as string) && words.w[t] !== 'and') return undefined;
      return [m, k0];
    }
    if ((g & (G_TERM | G_SEMI | G_COLON | G_PAREN)) !== 0) return undefined;
  }
  return undefined;
}

/**
 * A subject with an apposition before the cue: "Karim Benali, 29, posted", "the rebel spokesman, Jean-Pierre
 * Mushiya, told". The apposition (at most six words) sits between two commas; the noun phrase before it starts
 * the clause (after a boundary, a clause joiner or a verb of saying) and opens with a determiner, a capital or a
 * pronoun.
 */
const MAX_APPOSITION = 10;

function appositiveSource(text: string, words: Words, k0: number): [number, number] | undefined {
  let p = k0 - 1;
  while (p > 0 && k0 - p <= MAX_APPOSITION && !isBoundaryBefore(words, p)) p--;
  if (p <= 0 || gapAt(words, p) !== G_COMMA) return undefined;
  // A noun apposition (at most six words) or a relative clause ("Chris Cox, who runs the lobbying arm, says").
  const relative = RELATIVES.has(words.w[p] as string);
  if (k0 - p > (relative ? MAX_APPOSITION : 6)) return undefined;
  for (let m = relative ? p + 1 : p; m < k0; m++) {
    const w = words.w[m] as string;
    if (SOURCE_STOPS.has(w) || RELATIVES.has(w) || (!relative && SPEECH_VERBS.has(w))) return undefined;
  }
  let i = p - 1;
  while (i > 0 && p - i < 6 && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string) && !SPEECH_VERBS.has(words.w[i - 1] as string)) i--;
  const atStart = i === 0 || isBoundaryBefore(words, i) || SOURCE_STOPS.has(words.w[i - 1] as string) || SPEECH_VERBS.has(words.w[i - 1] as string);
  const fw = words.w[i] as string;
  if (!atStart || !(DETERMINERS.has(fw) || isUpperAt(text, words.s[i] as number) || PRONOUN_SOURCES.has(fw))) return undefined;
  for (let m = i; m < p; m++) if (SOURCE_STOPS.has(words.w[m] as string) || AUX_ADVERBS.has(words.w[m] as string)) return undefined;
  return [i, k0];
}

/** Source after the cue (inverted order or "according to"), or undefined. */
function sourceAfter(text: string, words: Words, k1: number, loose: boolean): [number, number] | undefined {
  if (k1 >= words.n || (gapAt(words, k1) & (G_TERM | G_SEMI | G_QUOTE | G_COLON)) !== 0) return undefined;
  const fw = words.w[k1] as string;
  if (!loose && !(DETERMINERS.has(fw) || PRONOUN_SOURCES.has(fw) || FIRST_PERSON.has(fw) || OBJECT_NOUNS.has(fw) || isUpperAt(text, words.s[k1] as number))) {
    return undefined;
  }
  let m = k1 + 1;
  while (m < words.n && m - k1 < 8 && !isBoundaryBefore(words, m) && !SOURCE_AFTER_STOPS.has(words.w[m] as string)) m++;
  return [k1, m];
}

/** Words after which a cue-like form is a noun: "the messages", "his posts", "a text". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'several', 'many', 'every', 'each', 'another']);

/** Prepositions that may open a phrase between a written noun and its verb ("graffiti on the wall read"). */
const NOUN_PREPS = new Set(['on', 'in', 'at', 'to', 'from', 'of', 'outside', 'near', 'by', 'with', 'above', 'under', 'over', 'inside']);

/**
 * The written thing before a `read`-verb at k: the noun right before it ("the note read", "a sign reading"),
 * one word before it ("the note he read" is excluded: a pronoun subject stands between), or a noun followed by a
 * prepositional phrase ("graffiti on the wall of the synagogue read"), when `far` allows it. The source runs from
 * the noun phrase's start to the word before the verb.
 */
function writtenSubject(words: Words, k: number, far: boolean): [number, number] | undefined {
  let j = k - 1;
  if (!WRITTEN_NOUNS.has(words.w[j] as string) && j > 0 && !isBoundaryBefore(words, j) && !SUBJECT_PRONOUNS.has(words.w[j] as string)) j--;
  let end = j + 1;
  if (!WRITTEN_NOUNS.has(words.w[j] as string)) {
    if (!far) return undefined;
    // A noun phrase with a prepositional tail: scan back for a written noun followed by a preposition.
    let m = k - 1;
    while (m > 0 && k - m < 10 && !isBoundaryBefore(words, m) && !SOURCE_STOPS.has(words.w[m - 1] as string)) {
      m--;
      if (WRITTEN_NOUNS.has(words.w[m] as string) && words.w[m] !== 'it' && NOUN_PREPS.has(words.w[m + 1] as string)) break;
    }
    if (!WRITTEN_NOUNS.has(words.w[m] as string) || !NOUN_PREPS.has(words.w[m + 1] as string)) return undefined;
    j = m;
    end = k;
  }
  let i = j;
  while (i > 0 && j - i < 3 && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string)) {
    i--;
    if (DETERMINERS.has(words.w[i] as string)) break;
  }
  return [i, end];
}

/** Reporting cues of a sentence, in order. */
export function findCues(text: string, words: Words): Cue[] {
  const cues: Cue[] = [];
  const n = words.n;
  // A colon after the last word ("Cruz continued:") introduces what follows the sentence.
  let trailingColon = false;
  if (n > 0) {
    for (let i = words.e[n - 1] as number; i < text.length && i < (words.e[n - 1] as number) + 8; i++) {
      const c = text.charCodeAt(i);
      if (c === 58) { trailingColon = true; break; }
      if (c !== 32 && c !== 9 && c !== 34 && c !== 0x201d && c !== 0x2019 && c !== 41) break;
    }
  }
  for (let k = 0; k < n; k++) {
    const fl = words.f[k] as number;
    if ((fl & CUE_FLAGS) === 0) {
      // Any past-tense verb between a named or pronoun subject and a quotation after a comma or colon:
      // "Hillary Clinton cracked, "..."", "Trump emphasized: "..."".
      if (k + 1 < n && (gapAt(words, k + 1) & G_QUOTE) !== 0 && (gapAt(words, k + 1) & (G_COMMA | G_COLON)) !== 0 && words.q[k] === words.q[k - 1]
        && (words.w[k] as string).endsWith('ed') && !isUpperAt(text, words.s[k] as number) && k > 0 && !isBoundaryBefore(words, k)) {
        const src = sourceBefore(text, words, k);
        const hw = src ? (words.w[src[1] - 1] as string) : '';
        if (src && src[1] === k && (PRONOUN_SOURCES.has(hw) || FIRST_PERSON.has(hw) || isUpperAt(text, words.s[src[1] - 1] as number))) {
          cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: words.w[k] as string, src, srcAfter: false, first: FIRST_PERSON.has(hw), introduces: true });
        }
      }
      continue;
    }
    const w = words.w[k] as string;
    let len = 0;
    let kind: CueKind | undefined;
    if ((fl & F_ADVERBIAL) !== 0 && (len = matchIndex(words, k, ADVERBIALS)) > 0) kind = w === 'according' ? 'according' : 'adverbial';
    else if ((fl & F_FRAME) !== 0 && (len = matchIndex(words, k, FRAMES)) > 0) kind = 'frame';
    else if ((fl & F_SPEECH_PHRASE) !== 0 && (len = matchIndex(words, k, SPEECH_PHR)) > 0) kind = 'speech';
    else if ((fl & F_SPEECH) !== 0) {
      // After an article or possessive, a form like "messages" or "posts" is a noun ("described the messages").
      if (k > 0 && NOUN_MARKERS.has(words.w[k - 1] as string) && !isBoundaryBefore(words, k)) continue;
      // Right after a quotation, or after a short subject that follows one (`"...," he answered`).
      let quoteBefore = k > 0 && (gapAt(words, k) & G_QUOTE) !== 0;
      if (!quoteBefore && k > 0 && !isBoundaryBefore(words, k)) {
        const pq = postQuoteSubject(text, words, k);
        quoteBefore = pq !== undefined && k - pq[0] <= 4;
      }
      const toFollows = TO_INCLUDED.has(w) && words.w[k + 1] === 'to'; // headline "Gang threatens to ..."
      const last = k + 1 === n && k > 0 && k <= 4; // "Marta asked." after a quotation that ended the sentence before
      if ((NEEDS_THAT.has(w) || COGNITION_VERBS.has(w)) && words.w[k + 1] !== 'that' && !toFollows && !last && !quoteBefore && !introducesAfter(words, k + 1, trailingColon)) {
        // Cognition verbs also take a bare clause after a subject pronoun: "he thinks we should ...".
        if (!(COGNITION_VERBS.has(w) && SUBJECT_PRONOUNS.has(words.w[k + 1] as string))) continue;
      }
      kind = 'speech';
      len = 1;
      if (TO_INCLUDED.has(w) && words.w[k + 1] === 'to' && !isBoundaryBefore(words, k + 1)) len = 2;
    } else if (w === 'like' && k > 0 && QUOTATIVE_BE.has(words.w[k - 1] as string) && ((gapAt(words, k + 1) & (G_QUOTE | G_COLON)) !== 0)) {
      // Quotative "like" before a quotation: "he's like 'i'm gonna end you'", "she was like: ...".
      kind = 'speech';
      len = 1;
    } else if ((w === 'read' || w === 'reads') && (k === 0 || isBoundaryBefore(words, k)) && DETERMINERS.has(words.w[k + 1] as string)) {
      // Inverted: `"...," read the message`.
      let j = k + 2;
      if (j < words.n && !WRITTEN_NOUNS.has(words.w[j] as string)) j++;
      if (j >= words.n || !WRITTEN_NOUNS.has(words.w[j] as string)) continue;
      cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: w, src: [k + 1, j + 1], srcAfter: true, first: false });
      continue;
    } else if ((w === 'read' || w === 'reads' || w === 'reading') && k > 0 && !isBoundaryBefore(words, k)) {
      // "the message read", "the handwritten note reads", "a sign reading", "graffiti on the wall read".
      const src = writtenSubject(words, k, w !== 'reading');
      if (!src) continue;
      cues.push({ k0: k, k1: k + 1, kind: 'speech', verb: w, src, srcAfter: false, first: false, introduces: introducesAfter(words, k + 1, trailingColon) });
      continue;
    }
    if (kind === undefined) continue;
    const k1 = k + len;
    const cue: Cue = { k0: k, k1, kind, verb: w, srcAfter: false, first: false };
    if (kind === 'speech' && (introducesAfter(words, k1, trailingColon) || (k > 0 && (gapAt(words, k) & G_QUOTE) !== 0))) cue.introduces = true;
    if (kind === 'speech' && w.endsWith('ing') && k > 0 && (gapAt(words, k) & G_COMMA) !== 0) cue.gerund = true;
    if (kind === 'according') {
      const src = sourceAfter(text, words, k1, true);
      if (src) {
        cue.src = src;
        cue.srcAfter = true;
      }
    } else if (kind === 'speech' || kind === 'frame') {
      let src = sourceBefore(text, words, k);
      if (!src && kind === 'speech' && INVERTIBLE.has(w) && (k === 0 || isBoundaryBefore(words, k))) {
        // Right after a quotation any noun phrase may follow: `"...," says far-right chat group`.
        src = sourceAfter(text, words, k1, k > 0 && (gapAt(words, k) & G_QUOTE) !== 0);
        if (src) cue.srcAfter = true;
      }
      if (src) cue.src = src;
      if (src && !cue.srcAfter && src[1] === k - 1 && (RELATIVES.has(words.w[k - 1] as string) || words.w[k - 1] === 'that')) cue.relative = true;
    }
    // "you say" addresses the reader ("say what you want", "if you say so"): not a report.
    if (w === 'say' && (!cue.src || SECOND_PERSON.has(words.w[cue.src[1] - 1] as string))) continue;
    if (cue.src) {
      const [a, b] = cue.src;
      const headWord = words.w[cue.srcAfter ? a : b - 1] as string;
      cue.first = FIRST_PERSON.has(headWord) || (b - a === 1 && FIRST_PERSON.has(words.w[a] as string));
    }
    cues.push(cue);
    k = k1 - 1;
  }
  return cues;
}

function range(text: string, s: number, e: number): TextRange {
  return { start: s, end: e, text: text.slice(s, e) };
}

export function toAttribution(text: string, words: Words, cue: Cue): Attribution {
  const a: Attribution = { cue: range(text, words.s[cue.k0] as number, words.e[cue.k1 - 1] as number) };
  if (cue.src) a.source = range(text, words.s[cue.src[0]] as number, words.e[cue.src[1] - 1] as number);
  return a;
}

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

/** The reported complement of a cue, or undefined (see module comment). */
export function complement(text: string, words: Words, cue: Cue, quotes: readonly RawQuote[], sentEnd: number): Reported | undefined {
  if (cue.first || cue.kind === 'adverbial' || cue.kind === 'according' || cue.srcAfter) return undefined;
  if (cue.kind === 'speech' && !cue.src && !cue.gerund && !cue.introduces) return undefined;
  const n = words.n;
  const w = (k: number): string => (words.w[k] ?? '') as string;
  let j = cue.k1;
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
  if (w(j) === 'that' && !isBoundaryBefore(words, j + 1)) {
    j++;
    signal = true;
  } else if (!toIncluded && TO_VERBS.has(cue.verb) && w(j) === 'to') {
    j++;
    signal = true;
  }
  if (j >= n || (gapAt(words, j) & (G_TERM | G_SEMI)) !== 0) return undefined;
  if ((gapAt(words, j) & G_QUOTE) !== 0 && !(signal && quoteOpensClause(words, j, cq0))) return undefined;
  if (!signal) {
    const fw = w(j);
    if (SUBJECT_PRONOUNS.has(fw)) signal = true;
    else if (DETERMINERS.has(fw) || isUpperAt(text, words.s[j] as number)) {
      if (!MEDIA_VERBS.has(cue.verb)) signal = true;
      else for (let m = j + 1; m < n && m <= j + 5; m++) if (CLAUSE_VERBS.has(w(m))) signal = true;
    } else if (cue.src && SAY_VERBS.has(cue.verb) && !NOT_A_SUBJECT.has(fw) && !TIME_WORDS.has(fw)) {
      // A bare clause with any subject: "said legalizing it could ...", "said much of it was ...".
      for (let m = j + 1; m < n && m <= j + 5 && !isBoundaryBefore(words, m) && (gapAt(words, m) & G_COMMA) === 0; m++) {
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
      if ((g & G_COMMA) !== 0) {
        if (CLAUSE_BREAKERS.has(w(m))) break;
        let cueAhead = false;
        for (let t = m; t < n && t < m + 4; t++) if (SPEECH_VERBS.has(w(t)) || w(t) === 'according') cueAhead = true;
        if (cueAhead) break;
      }
    }
    last = m;
  }
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
