/**
 * Paragraphs: split on blank lines (and U+2029); every bullet/list line (-, *, +, •, 1., 2), a), (iv) ...)
 * starts its own paragraph, continued only by the indented lines that follow it. Ranges exclude
 * surrounding whitespace. `body` is where the text after a list marker starts (sentences start there:
 * list markers are the one non-whitespace thing outside every sentence).
 */
import { isWs } from './chars.js';

export interface Line {
  /** Trimmed line range. */
  start: number;
  end: number;
}

export interface Paragraph {
  start: number;
  end: number;
  /** Start of the text after the list marker (=== start when the paragraph is not a list item). */
  body: number;
  /** Trimmed non-blank lines; the first starts at `body`. */
  lines: Line[];
}

const BULLETS = new Set([
  0x2022, 0x25e6, 0x25aa, 0x25ab, 0x2023, 0x2043, 0x00b7, 0x25cf, 0x25cb, 0x25a0, 0x25a1, 0x25ba, 0x25b8,
  0x27a2, 0x27a4, 0x2713, 0x2714, 0x2717, 0x2718, 0x2192, 0x2013, 0x2014,
]);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * If a list marker starts at i (the first non-blank of a line ending at end), returns the index where the
 * item text starts (after the marker and following blanks); otherwise -1. The item must have content.
 */
export function listMarkerEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = -1;
  if (c === 45 || c === 42 || c === 43) {
    // "- x", "* x", "+ x": a blank is required (so "-5" and "*emphasis*" stay text).
    if (i + 1 < end && isWs(text.charCodeAt(i + 1))) j = i + 1;
  } else if (BULLETS.has(c)) {
    j = i + 1;
    if (c === 0x2013 || c === 0x2014 || c === 0x00b7) j = i + 1 < end && isWs(text.charCodeAt(i + 1)) ? i + 1 : -1;
  } else if (c >= 48 && c <= 57) {
    // 1. 12) — up to three digits, then '.' or ')' and a blank.
    let k = i;
    while (k < end && k - i < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    const d = text.charCodeAt(k);
    if (k < end && (d === 46 || d === 41) && k + 1 < end && isWs(text.charCodeAt(k + 1))) j = k + 1;
  } else if (isAsciiLetter(c)) {
    // a) b) — a single letter and ')' (not "a." which is usually an initial).
    if (i + 2 < end && text.charCodeAt(i + 1) === 41 && isWs(text.charCodeAt(i + 2))) j = i + 2;
  } else if (c === 40) {
    // (1) (a) (iv)
    let k = i + 1;
    while (k < end && k - i <= 4 && (isAsciiLetter(text.charCodeAt(k)) || (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57))) k++;
    if (k > i + 1 && k < end && text.charCodeAt(k) === 41 && k + 1 < end && isWs(text.charCodeAt(k + 1))) {
      const inner = text.slice(i + 1, k);
      if (/^(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,4})$/.test(inner)) j = k + 1;
    }
  }
  if (j < 0) return -1;
  while (j < end && isWs(text.charCodeAt(j))) j++;
  return j < end ? j : -1;
}

/** Paragraph ranges of text (linear). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  let cur: Paragraph | undefined;
  let curIsList = false;
  const close = (): void => {
    if (cur) out.push(cur);
    cur = undefined;
    curIsList = false;
  };
  let i = 0;
  while (i <= n) {
    // One line: [i, le), terminator after it.
    let le = i;
    let c = 0;
    while (le < n) {
      c = text.charCodeAt(le);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) break;
      le++;
    }
    let s = i;
    while (s < le && isWs(text.charCodeAt(s))) s++;
    let e = le;
    while (e > s && isWs(text.charCodeAt(e - 1))) e--;
    if (s === e) {
      close();
    } else {
      const marker = listMarkerEnd(text, s, e);
      const indented = s > i;
      if (marker >= 0) {
        close();
        cur = { start: s, end: e, body: marker, lines: [{ start: marker, end: e }] };
        curIsList = true;
      } else if (cur && !(curIsList && !indented)) {
        cur.end = e;
        cur.lines.push({ start: s, end: e });
      } else {
        close();
        cur = { start: s, end: e, body: s, lines: [{ start: s, end: e }] };
      }
    }
    if (le >= n) break;
    // Terminator: \r\n counts once; U+2029 is a paragraph separator.
    if (c === 0x2029) close();
    i = le + (c === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  close();
  return out;
}
