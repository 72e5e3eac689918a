/**
 * Who speaks: the source of a reporting cue, as a word range of the sentence.
 *  - before the cue: the subject from the clause start, skipping auxiliaries and adverbs and trimming leading
 *    time adjuncts ("a man who identified himself as X", "the suspect", "police", "he"); a subject with an
 *    apposition ("Karim Benali, 29, posted", "Chris Cox, who runs the lobbying arm, says"); the subject between a
 *    quotation and its cue however long (`"...," Cecelia Purner, 67, a retired teacher, said`); the shared
 *    subject of coordinated verbs ("The mayor called them "thugs" and said"); a written thing that speaks ("a
 *    text that said", "messages saying", "an email to the council that said", "a message from X saying");
 *  - after the cue when inverted (`"...," said the suspect`) or after "according to".
 */
import {
  SPEECH_VERBS, COGNITION_VERBS, WRITTEN_NOUNS, FIRST_PERSON, DETERMINERS, AUX_ADVERBS, SOURCE_STOPS, SOURCE_AFTER_STOPS,
  LEADING_ADJUNCTS, CLAUSE_VERBS, OBJECT_NOUNS, SUBJECT_PRONOUNS,
} from '../lexicon/cues.js';
import { G_COMMA, G_COLON, G_PAREN, G_QUOTE, G_SEMI, G_TERM, G_DASH, gapAt, isBoundaryBefore, type Words } from './words.js';
import { isUpperAt } from './chars.js';
import { appositiveSource, leadingSubject, taggedSubject } from './appositions.js';
import { MONTH_NAMES, NOUN_PREPS, PRONOUN_SOURCES, RELATIVES, SECOND_PERSON, TIME_WORDS } from './sourcewords.js';

export { MONTH_NAMES, NOUN_PREPS, PRONOUN_SOURCES, RELATIVES, SECOND_PERSON, TIME_WORDS };

const PERCEIVED = new Set(['heard', 'seen', 'filmed', 'recorded', 'caught', 'shown', 'pictured']);
const PERCEPTION_AUX = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'can', 'could', 'may', 'might', 'will', 'would', 'clearly', 'also', 'later', 'allegedly']);
/** Conjunctions and prepositions that open an adjunct clause with a gerund cue ("after threatening to"). */
const GERUND_JOINERS = new Set(['after', 'before', 'for', 'while', 'by', 'when']);
const GERUND_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', "'s", 'am', "he's", "she's", "they're", 'kept', 'started', 'began', 'keeps', 'starts', 'begins']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'summer', 'winter', 'spring', 'autumn']);

/**
 * Start of the noun phrase ending at `noun`: back to its determiner, at most `max` words, within the clause; with
 * `afterCue`, also not past a verb of saying ("said a text ..."; without it, "one widely shared post" stays whole).
 */
export function phraseStart(words: Words, noun: number, max: number, afterCue = false): number {
  let i = noun;
  while (i > 0 && noun - i < max && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string) && !(afterCue && SPEECH_VERBS.has(words.w[i - 1] as string))) {
    i--;
    if (DETERMINERS.has(words.w[i] as string)) break;
  }
  return i;
}

/** Subject source before the cue at k0, as a word range, or undefined. */
export function sourceBefore(text: string, words: Words, k0: number): [number, number] | undefined {
  if (k0 === 0) return undefined;
  if (isBoundaryBefore(words, k0)) {
    if (gapAt(words, k0) === G_COMMA) return appositiveSource(text, words, k0) ?? postQuoteSubject(text, words, k0) ?? leadingSubject(text, words, k0);
    return gapAt(words, k0) === G_PAREN ? taggedSubject(text, words, k0) : undefined;
  }
  let j = k0 - 1;
  const gerund = (words.w[k0] as string).endsWith('ing');
  // A written thing with a prepositional tail that speaks in a relative clause: "an email to the council's
  // planning office that said": the source runs to the relative pronoun.
  if ((words.w[j] === 'that' || words.w[j] === 'which') && !WRITTEN_NOUNS.has(words.w[j - 1] as string)) {
    for (let m = j - 2; m >= 0 && j - m <= 8 && !isBoundaryBefore(words, m + 1); m--) {
      if (WRITTEN_NOUNS.has(words.w[m] as string) && words.w[m] !== 'it' && NOUN_PREPS.has(words.w[m + 1] as string)) return [phraseStart(words, m, 3), j];
    }
  }
  // "a message from an unknown number saying ...": the sender speaks through the written thing.
  if (gerund) {
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
  if (noun === j && gerund) {
    // "a letter last month warning that": skip a short time adjunct after the noun.
    let m = j;
    while (m > 0 && j - m < 3 && (TIME_WORDS.has(words.w[m] as string) || TIME_UNITS.has(words.w[m] as string) || words.w[m] === 'last' || words.w[m] === 'on') && !isBoundaryBefore(words, m)) m--;
    if (m < j && WRITTEN_NOUNS.has(words.w[m] as string)) noun = m;
  }
  if (noun >= 0 && WRITTEN_NOUNS.has(words.w[noun] as string) && words.w[noun] !== 'it' && (noun === j ? gerund : !isBoundaryBefore(words, j))) {
    return [phraseStart(words, noun, 4, true), noun + 1];
  }
  // "X can be heard saying", "X was filmed shouting": the perception verb stands between subject and cue.
  let perceived = false;
  if (gerund && PERCEIVED.has(words.w[j] as string) && j > 0 && !isBoundaryBefore(words, j)) {
    perceived = true;
    j--;
    while (j > 0 && PERCEPTION_AUX.has(words.w[j] as string) && !isBoundaryBefore(words, j)) j--;
  }
  // A gerund cue has a subject only after an auxiliary ("he was threatening to"), not in
  // "charged with threatening to" or "stop saying".
  if (!perceived && gerund && !GERUND_AUX.has(words.w[j] as string)) {
    // "charged after threatening to ...", "arrested for posting ...": the main clause's subject.
    if (GERUND_JOINERS.has(words.w[j] as string)) return j > 0 && !isBoundaryBefore(words, j) ? coordinatedSubject(text, words, j) : undefined;
    return shownSubject(text, words, k0);
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

/** Verbs that show someone doing something, and "with" of an absolute clause: "shows one user writing". */
const SHOWING = new Set(['shows', 'showed', 'show', 'depicts', 'depicted', 'captures', 'captured', 'features', 'featured', 'with', 'heard', 'overheard', 'saw', 'watched']);
const MAX_SHOWN = 7;
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'several', 'many', 'some', 'both', 'all']);

/**
 * The one shown saying the words: "a screenshot shows one user writing:", "..., with one writing:": the noun
 * phrase (at most five words, opening with a determiner, a number, a pronoun or a capital) between a showing
 * verb (or "with") and the gerund cue at k0.
 */
function shownSubject(text: string, words: Words, k0: number): [number, number] | undefined {
  for (let m = k0 - 1; m >= 0 && k0 - m <= MAX_SHOWN; m--) {
    if (SHOWING.has(words.w[m] as string) && m + 1 < k0) {
      const fw = words.w[m + 1] as string;
      // After "with" a determiner usually opens a thing held ("with a hammer shouting"): people only.
      const det = DETERMINERS.has(fw) && words.w[m] !== 'with';
      if (!(det || PRONOUN_SOURCES.has(fw) || NUMBER_WORDS.has(fw) || isUpperAt(text, words.s[m + 1] as number))) return undefined;
      for (let t = m + 1; t < k0; t++) if (SOURCE_STOPS.has(words.w[t] as string) || SPEECH_VERBS.has(words.w[t] as string)) return undefined;
      let end = k0;
      // "Trump reportedly yelling"; not a noun after its determiner ("a guy at the rally screaming").
      while (end - 1 > m + 1 && (words.w[end - 1] as string).endsWith('ly') && !DETERMINERS.has(words.w[end - 2] as string)) end--;
      return [m + 1, end];
    }
    if (isBoundaryBefore(words, m)) return undefined;
  }
  return undefined;
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
  // The clause lies at the cue's quotation level (top level, or inside the quotation that holds the cue).
  const level = words.q[and];
  let c = and;
  while (c > 0 && and - c < 25) {
    if ((gapAt(words, c) & (G_TERM | G_SEMI | G_COLON | G_PAREN | G_DASH)) !== 0) break;
    if (level !== -1 && words.q[c - 1] !== level) break;
    const prev = words.w[c - 1] as string;
    if (words.q[c - 1] === level && ((SOURCE_STOPS.has(prev) && prev !== 'and') || SPEECH_VERBS.has(prev))) break;
    c--;
  }
  if (and - c >= 25 || words.q[c] !== level) return undefined;
  // "... vowed on Saturday to "..." and urged ...": the earlier cue's subject.
  const earlier = c > 0 && SPEECH_VERBS.has(words.w[c - 1] as string) && words.q[c - 1] === level ? c - 1 : -1;
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
export function postQuoteSubject(text: string, words: Words, k0: number): [number, number] | undefined {
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

/** Source after the cue (inverted order or "according to"), or undefined. */
export function sourceAfter(text: string, words: Words, k1: number, loose: boolean): [number, number] | undefined {
  if (k1 >= words.n || (gapAt(words, k1) & (G_TERM | G_SEMI | G_QUOTE | G_COLON)) !== 0) return undefined;
  const fw = words.w[k1] as string;
  if (!loose && !(DETERMINERS.has(fw) || PRONOUN_SOURCES.has(fw) || FIRST_PERSON.has(fw) || OBJECT_NOUNS.has(fw) || isUpperAt(text, words.s[k1] as number))) {
    return undefined;
  }
  let m = k1 + 1;
  while (m < words.n && m - k1 < 8 && !isBoundaryBefore(words, m) && !SOURCE_AFTER_STOPS.has(words.w[m] as string)) m++;
  return [k1, m];
}

const PARTICIPLE = /^[a-z]+(?:ing|ed)$/;

/**
 * The written thing before a `read`-verb at k: the noun right before it ("the note read", "a sign reading"),
 * one word before it ("the note he read" is excluded: a pronoun subject stands between), or a noun followed by a
 * prepositional phrase ("graffiti on the wall of the synagogue read"), when `far` allows it. The source runs from
 * the noun phrase's start to the word before the verb.
 */
export function writtenSubject(words: Words, k: number, far: boolean): [number, number] | undefined {
  let j = k - 1;
  if (!WRITTEN_NOUNS.has(words.w[j] as string) && j > 0 && !isBoundaryBefore(words, j) && !SUBJECT_PRONOUNS.has(words.w[j] as string)) j--;
  let end = j + 1;
  if (!WRITTEN_NOUNS.has(words.w[j] as string)) {
    if (!far) return undefined;
    // A noun phrase with a prepositional tail: scan back for a written noun followed by a preposition.
    // The tail may open with a participle: "a banner hanging from an overpass that read".
    const tailAt = (m: number): boolean => NOUN_PREPS.has(words.w[m + 1] as string)
      || (PARTICIPLE.test(words.w[m + 1] as string) && NOUN_PREPS.has(words.w[m + 2] as string) && m + 2 < k);
    let m = k - 1;
    while (m > 0 && k - m < 10 && !isBoundaryBefore(words, m) && !SOURCE_STOPS.has(words.w[m - 1] as string)) {
      m--;
      if (WRITTEN_NOUNS.has(words.w[m] as string) && words.w[m] !== 'it' && tailAt(m)) break;
    }
    if (!WRITTEN_NOUNS.has(words.w[m] as string) || !tailAt(m)) return undefined;
    j = m;
    end = k;
    if (end - 1 > m && (words.w[end - 1] === 'that' || words.w[end - 1] === 'which')) end--;
  }
  // Never back over a verb of saying: "Officials said graffiti sprayed on the wall read ...".
  return [phraseStart(words, j, 3, true), end];
}
