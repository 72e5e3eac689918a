/**
 * Character classes used by the segmenter. All work on UTF-16 code units at an index, never split a
 * surrogate pair, and never use regexes that can backtrack.
 */

/** Exactly JavaScript's `\s` set (so our trimming agrees with String.prototype.trim and natural's `\S+`). */
export function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Blank for trimming units: whitespace, and NEL (U+0085), which the paragraph splitter treats as a line break. */
export function isBlank(c: number): boolean {
  return c === 0x85 || isWs(c);
}

/** A line terminator: \n, \r, U+2028 (U+2029 is handled as a paragraph separator by the caller). */
export function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x85;
}

/** ASCII `\w` as used by non-unicode regexes (natural's `\b`). */
export function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Sentence delimiters of natural's sentence tokenizer: . ? ! … */
export function isDelim(c: number): boolean {
  return c === 46 || c === 63 || c === 33 || c === 0x2026;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;
const UPPER = /\p{Lu}/uy;
const LOWER = /\p{Ll}/uy;
const MARK = /\p{M}/uy;

function testAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

/** Unicode letter or number at index i (a full code point when i starts a surrogate pair). */
export function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return testAt(LETTER_OR_NUMBER, text, i);
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return testAt(LETTER, text, i);
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return testAt(UPPER, text, i);
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return testAt(LOWER, text, i);
}

/** Combining mark at index i (diacritics, zalgo overlays, variation selectors). */
export function isMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  return testAt(MARK, text, i);
}

/** True when [start, end) contains a Unicode letter or number. */
export function hasAlnum(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAlnumAt(text, i)) return true;
  return false;
}

/** Trim JS whitespace from both ends of [start, end); returns [s, e] with s <= e. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isWs(text.charCodeAt(s))) s++;
  while (e > s && isWs(text.charCodeAt(e - 1))) e--;
  return [s, e];
}
