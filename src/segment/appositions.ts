/**
 * Subjects separated from their cue by commas or a bracketed tag: an apposition (`Karim Benali, 29, a driver,
 * posted`), the sentence's opening subject before appositions and adjuncts (`Tom Fitton, the president of ...,
 * said`), a party tag (`Rep. Dana Morrow (D-Ore.) said`).
 */
import { SPEECH_VERBS, COGNITION_VERBS, FIRST_PERSON, DETERMINERS, AUX_ADVERBS, SOURCE_STOPS, CLAUSE_VERBS } from '../lexicon/cues.js';
import { G_COMMA, G_COLON, G_DASH, G_PAREN, G_QUOTE, G_SEMI, G_TERM, gapAt, isBoundaryBefore, type Words } from './words.js';
import { isUpperAt } from './chars.js';
import { NOUN_PREPS, PRONOUN_SOURCES, RELATIVES } from './sourcewords.js';

/** The longest apposition (a relative clause: "Chris Cox, who runs the lobbying arm, says"). */
const MAX_APPOSITION = 16;

/** Words of the noun phrase before an apposition or a tag: "The leader of the Tiger Youth movement, Rajan Pillai, vowed". */
const MAX_APPOSED_SUBJECT = 8;

/**
 * Start of the noun phrase that ends before word p and starts the clause (after a boundary, a clause joiner or a
 * verb of saying; at most MAX_APPOSED_SUBJECT words), opening with a determiner, a capital or a pronoun (any word
 * right after a quotation when `afterQuote`), with no stop word or auxiliary inside; -1 when there is none.
 */
function subjectStart(text: string, words: Words, p: number, afterQuote: boolean): number {
  let i = p - 1;
  while (i > 0 && p - i < MAX_APPOSED_SUBJECT && !isBoundaryBefore(words, i) && !SOURCE_STOPS.has(words.w[i - 1] as string) && !SPEECH_VERBS.has(words.w[i - 1] as string)) i--;
  const atStart = i === 0 || isBoundaryBefore(words, i) || SOURCE_STOPS.has(words.w[i - 1] as string) || SPEECH_VERBS.has(words.w[i - 1] as string);
  const fw = words.w[i] as string;
  const opens = DETERMINERS.has(fw) || isUpperAt(text, words.s[i] as number) || PRONOUN_SOURCES.has(fw) || (afterQuote && i > 0 && (gapAt(words, i) & G_QUOTE) !== 0);
  if (!atStart || !opens) return -1;
  for (let m = i; m < p; m++) if (SOURCE_STOPS.has(words.w[m] as string) || AUX_ADVERBS.has(words.w[m] as string)) return -1;
  return i;
}

/**
 * A subject with an apposition before the cue: "Karim Benali, 29, posted", "the rebel spokesman, Jean-Pierre
 * Mushiya, told". The apposition (a noun phrase of at most fourteen words, or a relative clause) sits between two
 * commas; before it, the clause's subject (subjectStart).
 */
export function appositiveSource(text: string, words: Words, k0: number): [number, number] | undefined {
  let p = k0 - 1;
  while (p > 0 && k0 - p <= MAX_APPOSITION && !isBoundaryBefore(words, p)) p--;
  if (p <= 0 || gapAt(words, p) !== G_COMMA) return undefined;
  // A noun apposition (at most six words) or a relative clause ("Chris Cox, who runs the lobbying arm, says").
  const relative = RELATIVES.has(words.w[p] as string);
  if (k0 - p > (relative ? MAX_APPOSITION : 14)) return undefined;
  for (let m = relative ? p + 1 : p; m < k0; m++) {
    const w = words.w[m] as string;
    // A form in -ing between two words of a noun phrase names a kind, it reports nothing (`a creative writing
    // professor`).
    const modifier = w.endsWith('ing') && m > p && m + 1 < k0 && !NOUN_PREPS.has(words.w[m + 1] as string) && words.w[m + 1] !== 'that' && words.w[m + 1] !== 'to';
    if (SOURCE_STOPS.has(w) || RELATIVES.has(w) || (!relative && SPEECH_VERBS.has(w) && !modifier)) return undefined;
  }
  let i = subjectStart(text, words, p, false);
  // An age between commas after the name (`Ramil Carr, 31, a photographer, said`).
  if (i < 0 && p > 1 && /^\d{1,3}$/.test(words.w[p - 1] as string) && gapAt(words, p - 1) === G_COMMA) i = subjectStart(text, words, p - 1, false);
  return i < 0 ? undefined : [i, k0];
}

/** Conjunctions that may open a sentence before its subject. */
const OPENING_JOINERS = new Set(['but', 'and', 'yet', 'so']);
/** The longest leading subject before the comma that opens its appositions or adjuncts. */
const MAX_LEADING_SUBJECT = 6;
/** The most words between the sentence's subject and a cue after a comma. */
const MAX_LEADING_SPAN = 40;

/**
 * The subject that opens the sentence and ends at its first comma, when everything up to the cue after a comma is
 * appositions and adjuncts (`Tom Fitton, the president of Judicial Watch, a group that has sued ..., said`,
 * `Clinton, during a town hall meeting in Columbus, Ohio, said`, `Rep. Dana Cole (D-Md.), chair of the panel,
 * said`): no sentence punctuation, quotation, colon, dash or other cue of saying between. The source is the subject with what follows it when that is short,
 * else the subject alone.
 */
export function leadingSubject(text: string, words: Words, k0: number): [number, number] | undefined {
  let s0 = 0;
  while (s0 < k0 && OPENING_JOINERS.has(words.w[s0] as string) && !isBoundaryBefore(words, s0 + 1)) s0++;
  if (k0 - s0 > MAX_LEADING_SPAN || k0 - s0 < 3) return undefined;
  const fw = words.w[s0] as string;
  if (!(DETERMINERS.has(fw) || isUpperAt(text, words.s[s0] as number)) || FIRST_PERSON.has(fw)) return undefined;
  let c = -1;
  for (let m = s0 + 1; m <= k0; m++) {
    const g = gapAt(words, m);
    if ((g & (G_TERM | G_SEMI | G_QUOTE | G_COLON | G_DASH)) !== 0) return undefined;
    if (m < k0 && (SPEECH_VERBS.has(words.w[m] as string) || COGNITION_VERBS.has(words.w[m] as string))) return undefined;
    if (c < 0 && (g & G_COMMA) !== 0) c = m;
    if (c < 0 && (SOURCE_STOPS.has(words.w[m] as string) || CLAUSE_VERBS.has(words.w[m] as string))) return undefined;
  }
  if (c < 0 || c === k0 || c - s0 > MAX_LEADING_SUBJECT) return undefined;
  return k0 - s0 <= MAX_APPOSITION ? [s0, k0] : [s0, c];
}

/** The longest bracketed tag after a name ("Rep. Dana Morrow (D-Ore.) said", "the company's founder (pictured) said"). */
const MAX_TAG_WORDS = 3;
/**
 * A subject followed by a short bracketed tag right before the cue: the clause's subject (subjectStart) up to the
 * opening bracket.
 */
export function taggedSubject(text: string, words: Words, k0: number): [number, number] | undefined {
  if (!text.slice(words.e[k0 - 1] as number, words.s[k0] as number).includes(')')) return undefined;
  let p = k0 - 1;
  while (p > 0 && k0 - p <= MAX_TAG_WORDS && !isBoundaryBefore(words, p)) p--;
  if (p <= 0 || k0 - p > MAX_TAG_WORDS || gapAt(words, p) !== G_PAREN || !text.slice(words.e[p - 1] as number, words.s[p] as number).includes('(')) return undefined;
  // Right after a quotation any noun phrase may open (`"...," committee Chair Dana Morrow (D-Ore.) said`).
  const i = subjectStart(text, words, p, true);
  return i < 0 ? undefined : [i, p];
}
