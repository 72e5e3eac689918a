/**
 * Word tokenizer with offsets. The only module of the project that imports `natural` (by subpath: its
 * main entry prints on stdout and loads database drivers).
 *
 * Behaviour is defined by natural's `WordTokenizer` (tokens are maximal runs of word characters, every
 * other character separates and is dropped: "don't" -> "don", "t"). natural returns strings without
 * offsets and is a split-based regex, so the scanner below reimplements it in one linear pass with
 * offsets; a unit test proves the token strings equal `WordTokenizer` on varied English text. Documented
 * extensions, which only matter outside ASCII/Cyrillic prose:
 *  - any Unicode letter, combining mark or number is a word character (natural's class is
 *    [A-Za-zА-Яа-я0-9_], which cuts "café" into "caf");
 *  - invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen) inside a word do not
 *    split it: "ki\u200Bll" is one token whose norm is "kill";
 *  - up to three leet symbols (! @ $ * |) between two letters join them: "k!ll", "sh*t", "f@ck"
 *    (not e-mail addresses: "a@b.com" stays split as natural splits it);
 *  - each emoji (with its modifiers, variation selectors and ZWJ sequence) is its own token.
 */
import { createRequire } from 'node:module';
import type { SentenceTokenizer, WordTokenizer } from 'natural/lib/natural/tokenizers/index.js';
import { normalizeToken, isInvisible } from './normalize.js';
import type { Token } from './types.js';

const PICTO = /\p{Extended_Pictographic}/uy;
const WORDCHAR = /[\p{L}\p{M}\p{N}]/uy;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Width (1 or 2 code units) of the word character at i, or 0 when it is not one. */
function wordWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // lone low surrogate
  if (c >= 0xd800 && c <= 0xdbff && (i + 1 >= end || !isLow(text.charCodeAt(i + 1)))) return 0;
  WORDCHAR.lastIndex = i;
  if (!WORDCHAR.test(text)) return 0;
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isLetterCodeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterCode(c);
  return wordWidth(text, i, text.length) > 0 && !(c >= 48 && c <= 57);
}

function isLeetSymbol(c: number): boolean {
  return c === 33 || c === 64 || c === 36 || c === 42 || c === 124;
}

/** Width of an emoji cluster starting at i, or 0. */
function emojiWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xa9) return 0;
  PICTO.lastIndex = i;
  if (!PICTO.test(text)) return 0;
  let j = PICTO.lastIndex;
  if (j > end) return 0;
  for (;;) {
    const d = text.charCodeAt(j);
    if (j < end && (d === 0xfe0f || d === 0xfe0e || d === 0x20e3)) {
      j++;
    } else if (j + 1 < end && d === 0xd83c && text.charCodeAt(j + 1) >= 0xdffb && text.charCodeAt(j + 1) <= 0xdfff) {
      j += 2;
    } else if (j + 1 < end && d === 0x200d) {
      PICTO.lastIndex = j + 1;
      if (!PICTO.test(text) || PICTO.lastIndex > end) break;
      j = PICTO.lastIndex;
    } else break;
  }
  return j - i;
}

/** Length of a run of invisible characters at i that is followed by a word character (0 otherwise). */
export function invisibleJoinWidth(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isInvisible(text.charCodeAt(j))) j++;
  return j > i && j < end && wordWidth(text, j, end) > 0 ? j - i : 0;
}

/**
 * Length of a run of up to three leet symbols (! @ $ * |) at i that sits between two letters (the one
 * before i is a letter when `prevIsLetter`), or 0. "user@example.com" is an address, not "f@ck": 0.
 */
export function leetJoinWidth(text: string, i: number, end: number, prevIsLetter: boolean): number {
  if (!prevIsLetter) return 0;
  let j = i;
  let hasAt = false;
  while (j < end && j - i < 3 && isLeetSymbol(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 64) hasAt = true;
    j++;
  }
  if (j === i || j >= end || !isLetterCodeAt(text, j)) return 0;
  if (hasAt) {
    // user@example.com is an address, not "f@ck": leave it split like natural does.
    let k = j;
    while (k < end) {
      const w = wordWidth(text, k, end);
      if (w === 0) break;
      k += w;
    }
    if (k + 1 < end && text.charCodeAt(k) === 46 && isAsciiLetterCode(text.charCodeAt(k + 1))) return 0;
  }
  return j - i;
}

/**
 * Length of a joiner run at i that continues the current word: invisible characters, or up to three leet
 * symbols between two letters. 0 when the word ends here.
 */
function joinerWidth(text: string, i: number, end: number, prevIsLetter: boolean): number {
  return isInvisible(text.charCodeAt(i)) ? invisibleJoinWidth(text, i, end) : leetJoinWidth(text, i, end, prevIsLetter);
}

/**
 * Tokens of text[start, end) with offsets into `text`; `token.text === text.slice(token.start, token.end)`.
 * Linear time; tokens are ordered, non-overlapping and never split a surrogate pair.
 */
export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  const n = text.length;
  let s = Math.max(0, Math.min(n, Math.floor(Number.isFinite(start) ? start : 0)));
  const e = Math.max(s, Math.min(n, Math.floor(Number.isFinite(end) ? end : n)));
  // Never start on the low half of a pair that began before `start`.
  if (s > 0 && s < e && isLow(text.charCodeAt(s)) && text.charCodeAt(s - 1) >= 0xd800 && text.charCodeAt(s - 1) <= 0xdbff) s++;
  const out: Token[] = [];
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    let w = c < 128 ? (isAsciiWordChar(c) ? 1 : 0) : wordWidth(text, i, e);
    if (w === 0) {
      const ew = c < 128 ? 0 : emojiWidth(text, i, e);
      if (ew > 0) {
        const t = text.slice(i, i + ew);
        out.push({ start: i, end: i + ew, text: t, norm: normalizeToken(t) });
        i += ew;
      } else i++;
      continue;
    }
    const ts = i;
    let te = i + w;
    let prevLetter = c < 128 ? isAsciiLetterCode(c) : isLetterCodeAt(text, i);
    i = te;
    while (i < e) {
      const d = text.charCodeAt(i);
      w = d < 128 ? (isAsciiWordChar(d) ? 1 : 0) : wordWidth(text, i, e);
      if (w > 0) {
        prevLetter = d < 128 ? isAsciiLetterCode(d) : isLetterCodeAt(text, i);
        i += w;
        te = i;
        continue;
      }
      const j = joinerWidth(text, i, e, prevLetter);
      if (j === 0) break;
      i += j;
    }
    const t = text.slice(ts, te);
    out.push({ start: ts, end: te, text: t, norm: normalizeToken(t) });
    i = te;
  }
  return out;
}

let wordTokenizer: WordTokenizer | undefined;
let sentenceTokenizer: SentenceTokenizer | undefined;

/** natural is loaded on first use only (the hot path never needs it; loading it costs ~35 ms of start-up). */
type Tokenizers = { WordTokenizer: new () => WordTokenizer; SentenceTokenizer: new (abbreviations: string[]) => SentenceTokenizer };
let tokenizers: Tokenizers | undefined;
function naturalTokenizers(): Tokenizers {
  tokenizers ??= createRequire(import.meta.url)('natural/lib/natural/tokenizers/index.js') as Tokenizers;
  return tokenizers;
}

/** natural's WordTokenizer, unchanged (reference behaviour for `tokenize`). */
export function naturalWordTokens(text: string): string[] {
  wordTokenizer ??= new (naturalTokenizers().WordTokenizer)();
  return wordTokenizer.tokenize(text);
}

/**
 * natural's SentenceTokenizer, unchanged: sentence strings without offsets, trimmed. Quadratic in the
 * number of sentences and its URI/delimiter regexes backtrack on long runs, so callers bound the input.
 */
export function naturalSentences(text: string): string[] {
  sentenceTokenizer ??= new (naturalTokenizers().SentenceTokenizer)([]);
  return sentenceTokenizer.tokenize(text);
}
