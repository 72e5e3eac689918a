/**
 * Quotations attributed without a verb of saying:
 *  - signed after a dash: `"..." ― Sonya Herridge`, `"..." - the caption`: the dash is the cue and the name (up
 *    to five words, capitalised or initials) the source;
 *  - introduced by a name and a colon: `Kasich: "..."` (headline style), `... surprise pollster Daron Shaw: "..."`,
 *    `The note on the door: "..."`: the colon is the cue; the source is a noun phrase that starts the sentence
 *    (at most six words), else the run of capitalised words before the colon.
 */
import type { Attribution } from '../types.js';
import { isUpperAt } from './chars.js';
import type { RawQuote } from './quotes.js';
import { lowerBound } from './quotecue.js';
import { G_BOUNDARY, G_COLON, type Words } from './words.js';
import { DETERMINERS, SOURCE_STOPS } from '../lexicon/cues.js';

const DASHES = new Set([0x2015, 0x2014, 0x2013, 45]);

/**
 * A quotation signed after a dash: `"..." ― Sonya Herridge`, `"..." - the caption`: the dash is the cue and
 * the name (up to five words, capitalised or initials) the source.
 */
export function dashSource(text: string, after: number, limit: number): Attribution | undefined {
  let i = after;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i++;
  if (i >= limit || !DASHES.has(text.charCodeAt(i))) return undefined;
  const dash = i;
  i++;
  while (i < limit && text.charCodeAt(i) === 32) i++;
  const m = /^(?:[A-Z][\p{L}'.-]*\s?){1,5}/u.exec(text.slice(i, Math.min(limit, i + 80)));
  if (!m) return undefined;
  const name = m[0].trimEnd().replace(/[.,]+$/, '');
  if (name.length < 2) return undefined;
  return { cue: { start: dash, end: dash + 1, text: text.slice(dash, dash + 1) }, source: { start: i, end: i + name.length, text: name } };
}

/** Lower-case words allowed inside a capitalised name run ("Secretary of State", "Ursula von der Leyen"). */
const NAME_JOINERS = new Set(['of', 'the', 'de', 'von', 'der', 'van', 'al', 'bin', 'la', 'du', 'da']);
const MAX_COLON_SOURCE = 6;

/** The colon introduction right before quotation `q` (no cue of its own), or undefined. */
export function colonSource(text: string, words: Words, q: RawQuote): Attribution | undefined {
  // The first word inside the quotation, and the word before the opening mark.
  const k = lowerBound(words.s, q.open);
  if (k === 0 || k >= words.n || ((words.gap[k] as number) & G_COLON) === 0) return undefined;
  // The colon between the last word before the quotation and its opening mark (a bounded scan, never the text).
  let colon = -1;
  for (let i = words.e[k - 1] as number; i < q.open; i++) if (text.charCodeAt(i) === 58) colon = i;
  if (colon < 0) return undefined;
  const e = k; // source words end before k
  let i = e - 1;
  while (i > 0 && e - i < MAX_COLON_SOURCE && ((words.gap[i] as number) & G_BOUNDARY) === 0) i--;
  const atStart = i === 0 || ((words.gap[i] as number) & G_BOUNDARY) !== 0;
  const fw = words.w[i] as string;
  let from = -1;
  if (atStart && e - i <= MAX_COLON_SOURCE && (DETERMINERS.has(fw) || isUpperAt(text, words.s[i] as number))) {
    from = i;
    for (let m = i; m < e; m++) if (SOURCE_STOPS.has(words.w[m] as string)) from = -1;
  }
  if (from < 0) {
    // The run of capitalised words before the colon.
    let m = e - 1;
    if (!isUpperAt(text, words.s[m] as number)) return undefined;
    while (m > 0 && e - m < MAX_COLON_SOURCE && ((words.gap[m] as number) & G_BOUNDARY) === 0
      && (isUpperAt(text, words.s[m - 1] as number) || (NAME_JOINERS.has(words.w[m - 1] as string) && m - 1 > 0 && isUpperAt(text, words.s[m - 2] as number)))) m--;
    from = m;
  }
  const start = words.s[from] as number;
  const end = words.e[e - 1] as number;
  return { cue: { start: colon, end: colon + 1, text: ':' }, source: { start, end, text: text.slice(start, end) } };
}
