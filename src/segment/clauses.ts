/**
 * Clauses attributed by a cue that stands outside them (no "that", no quotation marks):
 *  - "according to X" before or after its clause ("According to police, the man ...", "..., according to a poll");
 *  - a trailing cue after a comma: "The emails covered work topics, the Times said." (also inverted: "..., said
 *    the spokesman"), with at most a short adjunct after it ("the Times said on Monday");
 *  - a parenthetical cue between commas: "This campaign, he says, is different." The reported span is the whole
 *    sentence; the cue sits inside it, as in a quotation interrupted by its cue.
 * Word ranges are inclusive. A cue that already reports a complement, or whose clause lies inside a quotation, is
 * left alone.
 */
import type { Cue } from './attribution.js';
import { G_COMMA, G_BOUNDARY, gapAt, type Words } from './words.js';

/** A cue that reports someone else's words: not first person, and a speech cue needs a source. */
export function reports(c: Cue): boolean {
  return !c.first && (c.kind !== 'speech' || c.src !== undefined || c.introduces === true || c.gerund === true);
}

export interface AttributedClause {
  a: number;
  b: number;
  cue: Cue;
}

/** Words that may follow a trailing cue before the sentence ends or the parenthesis closes ("said on Monday"). */
const AFTER_CUE = new Set([
  'on', 'in', 'at', 'last', 'this', 'late', 'early', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'again',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'previously', 'also',
]);
const MAX_AFTER_CUE = 6;
/** A trailing cue needs a clause of its own before it, not a lone adverb ("Later, he said."). */
const MIN_CLAUSE_WORDS = 3;


export function attributedClauses(words: Words, cues: readonly Cue[], withComplement: ReadonlySet<Cue>): AttributedClause[] {
  const out: AttributedClause[] = [];
  const n = words.n;
  for (const c of cues) {
    if (words.q[c.k0] !== -1) continue;
    if (c.kind === 'according') {
      const srcEnd = c.src ? c.src[1] : c.k1;
      if (c.k0 === 0 && srcEnd < n) out.push({ a: srcEnd, b: n - 1, cue: c });
      else if (c.k0 >= MIN_CLAUSE_WORDS && (srcEnd >= n || (gapAt(words, c.k0) & G_COMMA) !== 0)) out.push({ a: 0, b: c.k0 - 1, cue: c });
      continue;
    }
    if (c.kind !== 'speech' || !reports(c) || withComplement.has(c) || !c.src || c.naming) continue;
    const start = c.srcAfter ? c.k0 : c.src[0];
    const stop = c.srcAfter ? c.src[1] : c.k1;
    if (start < 1 || (gapAt(words, start) & G_COMMA) === 0 || words.q[start - 1] !== -1) continue;
    let e = stop;
    while (e < n && e - stop < MAX_AFTER_CUE && (gapAt(words, e) & G_BOUNDARY) === 0 && AFTER_CUE.has(words.w[e] as string)) e++;
    while (e < n && e - stop < MAX_AFTER_CUE && (gapAt(words, e) & G_BOUNDARY) === 0 && e > stop) e++; // the adjunct's object
    if (e >= n) {
      if (start >= MIN_CLAUSE_WORDS) out.push({ a: 0, b: start - 1, cue: c });
    }
    else if (gapAt(words, e) === G_COMMA) out.push({ a: 0, b: n - 1, cue: c });
  }
  return out;
}
