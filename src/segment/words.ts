/**
 * Word lexer for cue matching inside one sentence: words are runs of letters/digits with inner
 * apostrophes and hyphens (don't, no-one, 24-year-old), lower-cased with ’ folded to '. Each word
 * records the punctuation of the gap before it, and the innermost marked quote that contains it.
 */
import { isAlnumAt, isWs, isDelim, isLetterAt, isMarkAt } from './chars.js';
import { invisibleJoinWidth, leetJoinWidth } from '../tokenize.js';
import { isInvisible, normalizeWord } from '../normalize.js';
import { isQuoteChar, type RawQuote } from './quotes.js';
import { TITLES, GENERAL, MONTHS } from './abbreviations.js';
import { wordFlags } from './lexflags.js';

/** ASCII letters and digits; everything >= 128 goes through the Unicode test. */
function alnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isAlnumAt(text, i);
}

export const G_COMMA = 1;
export const G_SEMI = 2;
export const G_COLON = 4;
export const G_QUOTE = 8;
export const G_PAREN = 16;
export const G_DASH = 32;
export const G_TERM = 64;
export const G_NEWLINE = 128;
/** Any clause boundary. */
export const G_BOUNDARY = G_COMMA | G_SEMI | G_COLON | G_QUOTE | G_PAREN | G_DASH | G_TERM;

/** Gap flags before word k (gap[n] is the gap after the last word). */
export function gapAt(words: Words, k: number): number {
  return words.gap[k] as number;
}

/** Does any mark (comma, colon, quotation mark, bracket, dash, sentence end) stand before word k? */
export function isBoundaryBefore(words: Words, k: number): boolean {
  return (gapAt(words, k) & G_BOUNDARY) !== 0;
}

export interface Words {
  n: number;
  /** Start/end offsets of each word. */
  s: number[];
  e: number[];
  /** Lower-cased word. */
  w: string[];
  /** Gap flags before word k (k = 0: from the range start); gap[n] = the gap after the last word. */
  gap: number[];
  /** Innermost quote (index into the quotes passed to lexWords) containing word k, or -1. */
  q: number[];
  /** Cue-family flags of each word (see lexflags.ts). */
  f: number[];
}

/** Does the ASCII word contain a letter (then digits in it may be leetspeak: "k1ll", "n0t")? */
function prevLetterAnywhere(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** A period after these (lower-cased) words is an abbreviation, not a sentence end inside a sentence. */
function abbreviationBefore(prev: string): boolean {
  return prev.length === 1 || TITLES.has(prev) || GENERAL.has(prev) || MONTHS.has(prev) || PARTY_TAG.test(prev);
}

/** A party-and-state tag after a politician's name: "R-Ind.", "D-Ore.", "I-Vt.". */
const PARTY_TAG = /^[dri]-[a-z]{1,5}$/;

function gapFlags(text: string, a: number, b: number, prev: string): number {
  let f = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) f |= G_COMMA;
    else if (c === 59) f |= G_SEMI;
    else if (c === 58) f |= G_COLON;
    else if (c === 40 || c === 41 || c === 91 || c === 93) f |= G_PAREN;
    else if (c === 0x2014 || c === 0x2013) f |= G_DASH;
    else if (c === 45 && ((i > a && isWs(text.charCodeAt(i - 1))) || (i + 1 < b && isWs(text.charCodeAt(i + 1))))) f |= G_DASH;
    else if (isDelim(c)) {
      if (!(c === 46 && i === a && abbreviationBefore(prev))) f |= G_TERM;
    }
    else if (c === 10 || c === 13) f |= G_NEWLINE;
    else if (isQuoteChar(c)) f |= G_QUOTE;
  }
  return f;
}

/** Words of text[start, end); `quotes` (sorted by open) give each word's innermost quote. */
export function lexWords(text: string, start: number, end: number, quotes: readonly RawQuote[]): Words {
  const s: number[] = [];
  const e: number[] = [];
  const w: string[] = [];
  const gap: number[] = [];
  const q: number[] = [];
  const f: number[] = [];
  let prevEnd = start;
  let i = start;
  // Quote sweep state.
  let qi = 0;
  const stack: number[] = [];
  while (i < end) {
    if (!alnumAt(text, i)) {
      i++;
      continue;
    }
    const ws = i;
    const first = text.charCodeAt(i);
    let needsLower = first < 97 || first > 122;
    // fold: the word needs the full normalisation (non-ASCII, joined obfuscation, digits among letters).
    let fold = first >= 128;
    let digit = first >= 48 && first <= 57;
    let prevLetter = isLetterAt(text, i);
    i += first >= 0xd800 && first <= 0xdbff ? 2 : 1;
    let curly = false;
    for (;;) {
      if (i >= end) break;
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        prevLetter = true;
        i++;
        continue;
      }
      if (alnumAt(text, i)) {
        if (c >= 128 || (c >= 65 && c <= 90)) needsLower = true;
        if (c >= 128) fold = true;
        if (c >= 48 && c <= 57) digit = true;
        prevLetter = c < 128 ? c >= 65 : isLetterAt(text, i);
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        continue;
      }
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < end && alnumAt(text, i + 1)) {
        if (c === 0x2019) curly = true;
        i++;
        continue;
      }
      // Obfuscation joins the word as the tokenizer does: invisible characters before a letter or digit,
      // up to three leet symbols between letters ("k!ll", "st@b"), combining marks ("kíll", zalgo).
      if (c >= 0x300 && isMarkAt(text, i)) {
        fold = true;
        i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        continue;
      }
      const join = c >= 128 ? (isInvisible(c) ? invisibleJoinWidth(text, i, end) : 0) : leetJoinWidth(text, i, end, prevLetter);
      if (join > 0 && alnumAt(text, i + join)) {
        fold = true;
        i += join;
        continue;
      }
      break;
    }
    let word = text.slice(ws, i);
    if (fold || (digit && prevLetterAnywhere(word))) word = normalizeWord(word);
    else {
      if (needsLower) word = word.toLowerCase();
      if (curly) word = word.replace(/\u2019/g, "'");
    }
    gap.push(gapFlags(text, prevEnd, ws, w.length > 0 ? (w[w.length - 1] as string) : ''));
    s.push(ws);
    e.push(i);
    w.push(word);
    f.push(wordFlags(word));
    while (stack.length > 0 && (quotes[stack[stack.length - 1] as number] as RawQuote).outerEnd <= ws) stack.pop();
    while (qi < quotes.length && (quotes[qi] as RawQuote).open < ws) {
      const qq = quotes[qi] as RawQuote;
      while (stack.length > 0 && (quotes[stack[stack.length - 1] as number] as RawQuote).outerEnd <= qq.open) stack.pop();
      if (qq.outerEnd > ws) stack.push(qi);
      qi++;
    }
    while (stack.length > 0 && (quotes[stack[stack.length - 1] as number] as RawQuote).outerEnd <= ws) stack.pop();
    q.push(stack.length > 0 ? (stack[stack.length - 1] as number) : -1);
    prevEnd = i;
  }
  gap.push(gapFlags(text, prevEnd, end, w.length > 0 ? (w[w.length - 1] as string) : ''));
  return { n: s.length, s, e, w, gap, q, f };
}

/** Does the word sequence `phrase` occur at word k with no boundary punctuation inside it? */
export function matchPhrase(words: Words, k: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > words.n) return false;
  for (let j = 0; j < phrase.length; j++) {
    if (words.w[k + j] !== phrase[j]) return false;
    if (j > 0 && ((words.gap[k + j] as number) & G_BOUNDARY) !== 0) return false;
  }
  return true;
}

/** Longest phrase from an index (first word -> phrases, longest first) matching at k; its length or 0. */
export function matchIndex(words: Words, k: number, index: Map<string, string[][]>): number {
  const list = index.get(words.w[k] as string);
  if (!list) return 0;
  for (const p of list) if (matchPhrase(words, k, p)) return p.length;
  return 0;
}
