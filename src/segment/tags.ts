/**
 * Cues found around a quotation rather than in the verb lists: dialogue tags with any verb of manner after a
 * quotation (`"...," Trump barked`), and sources shared by coordinated cues (`X claimed ... and wrote that`).
 */
import { FIRST_PERSON, DETERMINERS } from '../lexicon/cues.js';
import { isUpperAt } from './chars.js';
import { G_COMMA, G_QUOTE, G_SEMI, G_TERM, gapAt, isBoundaryBefore, type Words } from './words.js';
import { PRONOUN_SOURCES, postQuoteSubject, sourceAfter } from './sources.js';
import type { Cue } from './attribution.js';

/**
 * A dialogue tag with a verb of manner after a quotation that closes on a comma, `!` or `?`: `"Go back to your
 * desk," Trump barked`, `"This is fantastic!" beamed Donald Hartley`, `"...," he complained to an aide`. Any
 * lower-case past-tense verb: after such a quotation the verb reports it, whatever it says about the voice; a
 * present form in -s after its subject when the tag ends the clause (`"...," he mocks.`).
 */
export function dialogueTag(text: string, words: Words, k: number): Cue | undefined {
  const w = words.w[k] as string;
  if (k === 0 || w.length < 5) return undefined;
  // A present form in -s tags only when the tag ends its clause (`"...," he mocks.`).
  const past = w.endsWith('ed');
  const present = !past && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && (k + 1 >= words.n || (gapAt(words, k + 1) & (G_TERM | G_COMMA | G_SEMI)) !== 0);
  if ((!past && !present) || isUpperAt(text, words.s[k] as number)) return undefined;
  if ((gapAt(words, k) & G_QUOTE) !== 0) {
    if (present) return undefined;
    if (!closesOnTag(text, words, k)) return undefined;
    const src = sourceAfter(text, words, k + 1, false);
    if (!src || FIRST_PERSON.has(words.w[src[0]] as string)) return undefined;
    return { k0: k, k1: k + 1, kind: 'speech', verb: w, src, srcAfter: true, first: false, tag: true };
  }
  if (isBoundaryBefore(words, k)) return undefined;
  const src = postQuoteSubject(text, words, k);
  if (!src || k - src[0] > 4 || !closesOnTag(text, words, src[0])) return undefined;
  const hw = words.w[k - 1] as string;
  if (!(PRONOUN_SOURCES.has(hw) || FIRST_PERSON.has(hw) || isUpperAt(text, words.s[k - 1] as number) || DETERMINERS.has(words.w[src[0]] as string))) return undefined;
  return { k0: k, k1: k + 1, kind: 'speech', verb: w, src, srcAfter: false, first: FIRST_PERSON.has(hw), tag: true };
}

/**
 * Does the quotation closing before word m end on a comma, `!` or `?` inside its marks, with three words or more
 * (speech, not a title such as `television's "Scandal,"` or `a self-described "geeky kid,"`)?
 */
function closesOnTag(text: string, words: Words, m: number): boolean {
  const qi = words.q[m - 1];
  if (qi === words.q[m] || m < 3 || words.q[m - 3] !== qi) return false;
  for (let i = words.e[m - 1] as number; i < (words.s[m] as number); i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 33 || c === 63) return true;
    if (c !== 32 && c !== 46) return false; // `...` before the mark stays a tag; anything else ends the search
  }
  return false;
}

/**
 * `X claimed he had built "..." and wrote that ...`: a cue right after `and`/`but` whose subject was found inside
 * the reported words of the cue before it shares that cue's source (the nearer `he` is the reported clause's
 * subject, not the writer).
 */
export function shareCoordinatedSources(words: Words, cues: Cue[]): void {
  for (let c = 1; c < cues.length; c++) {
    const cue = cues[c] as Cue;
    const joiner = words.w[cue.k0 - 1];
    if (cue.kind !== 'speech' || !cue.src || cue.srcAfter || (joiner !== 'and' && joiner !== 'but')) continue;
    const prev = cues[c - 1] as Cue;
    if (prev.kind !== 'speech' || !prev.src || prev.srcAfter || words.q[prev.k0] !== words.q[cue.k0] || cue.src[0] < prev.k1) continue;
    cue.src = prev.src;
    cue.first = prev.first;
  }
}
