/**
 * Sentence units of one paragraph. natural's SentenceTokenizer rules give the raw cuts (reproduced
 * linearly by `rawCuts`, or natural itself with engine 'natural'); on top of them:
 *  - line breaks: a line that ends without terminal punctuation ends a sentence when the next line starts
 *    a new unit (not when the line ends with , ; : - or a function word, or the next line continues in
 *    lower case after a long wrapped line or with and/or/but/who/which/that);
 *  - abbreviations: titles (Mr. Dr. St.), initials (J. K.), months before numbers (Jan. 5), No. 5, dotted
 *    forms (U.S., p.m., e.g.) and common ones (etc., Inc.) do not end a sentence unless an ordinary
 *    sentence starter follows ("in the U.S. The ...");
 *  - a delimiter glued to the next letter or digit ("example.com", "end.Next") is not a cut;
 *  - never inside a quotation: a cut inside a quote moves to just after its closing mark when only
 *    punctuation separates them, otherwise it is dropped (an unclosed quote runs to the paragraph end);
 *    a cut right after a closing mark is dropped when a lower-case word follows (`"Stop!" he yelled.`);
 *  - a piece without any letter or digit (emoji, "!!!") joins the previous sentence (or the next one).
 * Sentence ranges exclude surrounding whitespace and the paragraph's list marker.
 */
import type { Range } from '../types.js';
import { naturalSentences, tokenize } from '../tokenize.js';
import { foldLeet, homoglyphOf, isInvisible } from '../normalize.js';
import { rawCuts } from './cuts.js';
import { isWs, isBlank, isDelim, isLetterAt, isLowerAt, isUpperAt, isDigit, hasAlnum } from './chars.js';
import { isQuoteChar, type RawQuote } from './quotes.js';
import type { Paragraph, Line } from './paragraphs.js';
import { TITLES, MONTHS, GENERAL, BEFORE_NUMBER, SENTENCE_STARTERS } from './abbreviations.js';

export type SentenceEngine = 'fast' | 'natural';

/** natural is quadratic in the number of sentences: larger blocks always use the linear scanner. */
const NATURAL_MAX_BLOCK = 20_000;

const CONT_END_WORDS = new Set([
  'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'to', 'of', 'with', 'for', 'in', 'on', 'at', 'by', 'from',
  'into', 'onto', 'that', 'which', 'who', 'whom', 'whose', 'than', 'as', 'because', 'if', 'when', 'while',
  'where', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'should', 'could', 'can', 'must',
  'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'these', 'those', 'said', 'told', 'says',
  'wrote', 'warned', 'posted',
]);
const CONT_START_WORDS = new Set(['and', 'or', 'but', 'nor', 'because', 'who', 'which', 'that', 'than', 'whom', 'whose', 'to', 'of']);

/** ASCII letters, digits and the leet symbols ! @ $ * | : a word that continues past them may be obfuscated. */
function mayObfuscate(c: number): boolean {
  return c >= 128 || (c >= 48 && c <= 57) || c === 33 || c === 64 || c === 36 || c === 42 || c === 124;
}

/**
 * The lower-cased word starting at i (ASCII letters). A word obfuscated with invisible characters,
 * homoglyphs or leetspeak ("a\u200Bnd", "аnd", "4nd") gives the tokenizer's normalised form instead.
 */
function lowerWordAt(text: string, i: number, end: number, max = 16): string {
  let w = '';
  let j = i;
  while (j < end && w.length < max) {
    const c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) w += String.fromCharCode(c + 32);
    else if (c >= 97 && c <= 122) w += String.fromCharCode(c);
    else break;
    j++;
  }
  if (j >= end || w.length >= max || !mayObfuscate(text.charCodeAt(j))) return w;
  const tok = tokenize(text, i, Math.min(end, i + 48))[0];
  return tok !== undefined && tok.start === i ? tok.norm : w;
}

/** The lower-cased word ending at `end` (ASCII letters; obfuscated words as in lowerWordAt). */
function lowerWordBefore(text: string, end: number, start: number): string {
  let i = end;
  while (i > start && i > end - 16) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    i--;
  }
  if (i <= start || i <= end - 16 || !mayObfuscate(text.charCodeAt(i - 1))) return text.slice(i, end).toLowerCase();
  const toks = tokenize(text, Math.max(start, end - 48), end);
  const tok = toks[toks.length - 1];
  return tok !== undefined && tok.end === end ? tok.norm : text.slice(i, end).toLowerCase();
}

/** Length of [start, end) without invisible characters, counted up to `cap`. */
function visibleLength(text: string, start: number, end: number, cap: number): number {
  let n = 0;
  for (let i = start; i < end && n < cap; i++) if (!isInvisible(text.charCodeAt(i))) n++;
  return n;
}

/** Does line b continue the sentence of line a (no break at the line end)? */
function continues(text: string, a: Line, b: Line): boolean {
  const lc = text.charCodeAt(a.end - 1);
  if (isDelim(lc)) return true; // the raw cut at the delimiter decides (abbreviations apply)
  if (lc === 44 || lc === 59 || lc === 58 || lc === 40 || lc === 38 || lc === 47 || lc === 43 || lc === 45 || lc === 0x2013 || lc === 0x2014) return true;
  if (CONT_END_WORDS.has(lowerWordBefore(text, a.end, a.start))) return true;
  if (isLowerAt(text, b.start)) {
    if (CONT_START_WORDS.has(lowerWordAt(text, b.start, b.end))) return true;
    if (a.end - a.start >= 60 && visibleLength(text, a.start, a.end, 60) >= 60) return true;
  }
  return false;
}

/** Cuts of one block from natural itself, mapped back to offsets; null when natural's output cannot be mapped. */
function naturalCuts(text: string, start: number, end: number): number[] | null {
  const block = text.slice(start, end);
  const cuts: number[] = [];
  let cursor = 0;
  for (const s of naturalSentences(block)) {
    if (s === '') continue;
    const idx = block.indexOf(s, cursor);
    if (idx < 0) return null;
    cursor = idx + s.length;
    if (cursor < block.length) cuts.push(start + cursor);
  }
  return cuts;
}

/** The ASCII letter at i, or the one a Cyrillic/Greek look-alike at i stands for; 0 otherwise. */
function latinAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c;
  if (c < 0x370 || c > 0x52f) return 0;
  const h = homoglyphOf(text[i] as string);
  return h === undefined ? 0 : h.charCodeAt(0);
}

/** Should the raw cut c (end of a delimiter group) be kept, by the abbreviation and glued-text rules? */
function keepCut(text: string, c: number, bs: number, be: number): boolean {
  const next = text.charCodeAt(c);
  if (!isWs(next) && (isLetterAt(text, c) || isDigit(next))) return false; // example.com, U.S, end.Next
  let p = c - 1;
  if (!isDelim(text.charCodeAt(p))) p--; // skip natural's optional closer
  if (p <= bs || text.charCodeAt(p) !== 46) return true;
  let b = p - 1;
  while (b > bs && isInvisible(text.charCodeAt(b))) b--;
  if (latinAt(text, b) === 0) return true; // "...", " ."
  // The abbreviation-like word before the period: letters and inner dots (U.S, p.m, e.g, Jan, J), with
  // look-alike letters folded and invisible characters skipped ("Jаn.", "U.\u200BS.").
  let ws = p;
  let raw = '';
  let leet = false;
  while (ws > bs && p - ws < 12) {
    const d = text.charCodeAt(ws - 1);
    const l = d === 46 ? 46 : latinAt(text, ws - 1);
    if (l !== 0) raw = String.fromCharCode(l) + raw;
    else if (isDigit(d) || d === 64 || d === 36 || d === 124) {
      raw = String.fromCharCode(d) + raw;
      leet = true;
    } else if (!isInvisible(d)) break;
    ws--;
  }
  if (leet) {
    // "J4n." is "Jan." when leetspeak folds away completely; otherwise only the letters after the last
    // digit or symbol count, as before.
    const folded = foldLeet(raw.toLowerCase());
    if (/^[a-z.]+$/.test(folded)) raw = folded;
    else raw = raw.slice(Math.max(...[...raw].map((ch, k) => (/[0-9@$|]/.test(ch) ? k : -1))) + 1);
  }
  while (raw.charCodeAt(0) === 46) raw = raw.slice(1);
  const w = raw.toLowerCase();
  let n = c;
  while (n < be && isWs(text.charCodeAt(n))) n++;
  if (n >= be) return true;
  // A comma or semicolon goes on with the sentence: "Carl Benson, R-Ind., said", "Acme Inc., which".
  if (text.charCodeAt(n) === 44 || text.charCodeAt(n) === 59) return false;
  const nextDigit = isDigit(text.charCodeAt(n));
  const nextLower = isLowerAt(text, n);
  const nextUpper = isUpperAt(text, n);
  const starter = SENTENCE_STARTERS.has(lowerWordAt(text, n, be));
  if (TITLES.has(w)) return false;
  if (BEFORE_NUMBER.has(w) && !GENERAL.has(w)) return !nextDigit;
  if (w === 'no' || w === 'nos') return !nextDigit;
  if (MONTHS.has(w)) return !(nextDigit || nextLower);
  if (GENERAL.has(w) || w.includes('.')) return !(nextDigit || nextLower || (nextUpper && !starter));
  if (raw.length === 1 && raw >= 'A' && raw <= 'Z') return !(nextUpper && !starter);
  return true;
}

/** Sentence ranges of a paragraph; `quotes` are the paragraph's quotes (any depth), sorted by `open`. */
export function paragraphSentences(text: string, para: Paragraph, quotes: readonly RawQuote[], engine: SentenceEngine): Range[] {
  const top = quotes.filter((q) => q.depth === 0);
  const pieces: Range[] = [];
  let qi = 0; // pointer into top for cuts (cuts are increasing across blocks)
  let li = 0; // pointer into top for line breaks
  const lines = para.lines;
  const inQuoteAcross = (a: number, b: number): boolean => {
    while (li < top.length && (top[li] as RawQuote).outerEnd <= a) li++;
    const q = top[li];
    return q !== undefined && q.open < a && q.outerEnd > b;
  };
  const addPiece = (s: number, e: number): void => {
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) pieces.push({ start: s, end: e });
  };
  const processBlock = (bs: number, be: number): void => {
    let raw: number[] | null = null;
    if (engine === 'natural' && be - bs <= NATURAL_MAX_BLOCK) raw = naturalCuts(text, bs, be);
    if (raw === null) raw = rawCuts(text, bs, be);
    let last = bs;
    for (const c0 of raw) {
      let c = c0;
      if (!keepCut(text, c, bs, be)) continue;
      while (qi < top.length && (top[qi] as RawQuote).outerEnd < c) qi++;
      const q = top[qi];
      let afterClose = c > bs && isQuoteChar(text.charCodeAt(c - 1)) && q !== undefined && q.outerEnd === c;
      if (q !== undefined && q.open < c && c < q.outerEnd) {
        if (!q.closed) continue;
        let k = c;
        while (k < q.close && (isWs(text.charCodeAt(k)) || isDelim(text.charCodeAt(k)) || isQuoteChar(text.charCodeAt(k)) || text.charCodeAt(k) === 41)) k++;
        if (k < q.close) continue;
        c = q.outerEnd;
        afterClose = true;
      }
      if (c <= last || c >= be) continue;
      if (afterClose) {
        let n = c;
        while (n < be && isWs(text.charCodeAt(n))) n++;
        if (n < be && isLowerAt(text, n)) continue; // "Stop!" he yelled.
      }
      addPiece(last, c);
      last = c;
    }
    addPiece(last, be);
  };
  let bs = para.body;
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1] as Line;
    const b = lines[k] as Line;
    if (inQuoteAcross(a.end, b.start) || continues(text, a, b)) continue;
    processBlock(bs, a.end);
    bs = b.start;
  }
  processBlock(bs, para.end);
  return mergePunctuationOnly(text, pieces);
}

/** A piece with no letter or digit joins the previous piece (or the next when it is first). */
function mergePunctuationOnly(text: string, pieces: Range[]): Range[] {
  if (pieces.length < 2) return pieces;
  const out: Range[] = [];
  let pending = -1; // start of leading punctuation-only pieces
  for (const p of pieces) {
    if (!hasAlnum(text, p.start, p.end)) {
      const prev = out[out.length - 1];
      if (prev) prev.end = p.end;
      else if (pending < 0) pending = p.start;
      continue;
    }
    out.push(pending >= 0 ? { start: pending, end: p.end } : p);
    pending = -1;
  }
  if (out.length === 0) return [{ start: (pieces[0] as Range).start, end: (pieces[pieces.length - 1] as Range).end }];
  if (pending >= 0) (out[out.length - 1] as Range).end = (pieces[pieces.length - 1] as Range).end;
  return out;
}
