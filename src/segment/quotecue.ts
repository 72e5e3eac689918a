/**
 * Which reporting cue introduces or follows a marked quotation: the nearest cue before it with at most
 * four words in between (He said: "...", told police "..."), else one starting within seven words after
 * its closing mark (`"...," he said`, `"...", according to police`, `"...?" a narrator in the ad asks`), in
 * the same quotation context.
 */
import { G_SEMI, G_TERM, gapAt, type Words } from './words.js';
import { isDelim } from './chars.js';
import type { RawQuote } from './quotes.js';
import { MAX_NAMED_OBJECT, type Cue } from './attribution.js';
import { WRITTEN_NOUNS } from '../lexicon/cues.js';


/** First index i in the ascending array `a` with a[i] >= x. */
export function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many cues either side of a quote are examined (bounds the work on hostile input). */
const CUE_WINDOW = 8;

/**
 * Index into `cues` of the cue that introduces or follows quote qi, or -1. `cueStarts` are the cues'
 * start offsets (ascending).
 */
export function quoteCue(text: string, words: Words, cues: readonly Cue[], cueStarts: readonly number[], quotes: readonly RawQuote[], qi: number, parent: number): number {
  const q = quotes[qi] as RawQuote;
  // Cue before: ends before the opening mark, at most 4 words in between, no sentence punctuation.
  const firstAfterOpen = lowerBound(cueStarts, q.open);
  for (let c = firstAfterOpen - 1; c >= 0 && c >= firstAfterOpen - CUE_WINDOW; c--) {
    const cue = cues[c] as Cue;
    if ((words.e[cue.k1 - 1] as number) > q.open || words.q[cue.k0] !== parent) continue;
    let between = 0;
    let ok = true;
    const most = cue.naming ? MAX_NAMED_OBJECT : 4; // "called the political system "rotten to the core""
    for (let k = cue.k1; k < words.n && (words.s[k] as number) < q.open && between <= most; k++) {
      between++;
      if ((gapAt(words, k) & (G_TERM | G_SEMI)) !== 0) ok = false;
    }
    if (!(ok && between <= most)) break;
    // "warned in a video posted on Friday: "..."": a participle after a written noun inside the adjunct of an
    // earlier cue that introduces the quotation modifies that noun; the quotation is the earlier cue's.
    let pc = c - 1;
    while (pc >= 0 && (cues[pc] as Cue).kind === 'adverbial') pc--; // "warned in a video posted": skip "in a video"
    const prev = pc >= 0 ? (cues[pc] as Cue) : undefined;
    if (prev?.introduces && cue.src && !cue.srcAfter && cue.src[1] === cue.k0 && prev.k1 <= cue.src[0] && cue.k0 - prev.k1 <= 6 && words.q[prev.k0] === parent
      && WRITTEN_NOUNS.has(words.w[cue.k0 - 1] as string)) {
      let clean = true;
      for (let k = prev.k1; k <= cue.k0; k++) if ((gapAt(words, k) & (G_TERM | G_SEMI)) !== 0) clean = false;
      if (clean) return pc;
    }
    return c;
  }
  // Cue after: starts within 4 words after the closing mark, same context, nothing sentence-ending between.
  const firstAfterClose = lowerBound(cueStarts, q.outerEnd);
  for (let c = firstAfterClose; c < cues.length && c < firstAfterClose + CUE_WINDOW; c++) {
    const cue = cues[c] as Cue;
    // A cue inside the subject's relative clause ("Ravi Nand, a student who posted the clip, said") is not it.
    if (words.q[cue.k0] !== parent || cue.relative) continue;
    const cs = words.s[cue.k0] as number;
    const firstAfter = lowerBound(words.s, q.outerEnd);
    // Within seven words, or further when the cue's subject runs from the closing mark to it (`"...,"
    // Cecelia Purner, 67, a retired teacher in Allentown, Pa., said`).
    if (cue.k0 - firstAfter > 7 && !(cue.src && !cue.srcAfter && cue.src[0] === firstAfter)) return -1;
    let ok = true;
    for (let k = firstAfter + 1; k < cue.k0; k++) if ((gapAt(words, k) & (G_TERM | G_SEMI)) !== 0) ok = false;
    const gapEnd = firstAfter < cue.k0 ? (words.s[firstAfter] as number) : cs;
    for (let i = q.outerEnd; i < gapEnd; i++) if (isDelim(text.charCodeAt(i)) || text.charCodeAt(i) === 59) ok = false;
    return ok ? c : -1;
  }
  return -1;
}
