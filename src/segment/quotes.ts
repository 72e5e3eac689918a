/**
 * Quotation finder (one paragraph at a time, linear, nesting depth capped at 8).
 * Styles: straight "..." and '...', curly “...” and ‘...’, low-9 „...“ „...” ‚...‘, guillemets «...» »...«
 * ‹...› ›...‹, CJK 「...」 『...』 〝...〞, ornamental ❝...❞ ❛...❜, full-width ＂...＂, Swedish ”...”.
 * Straight marks are paired by position (an opener has a blank or opening punctuation before it and text
 * after it; a closer follows text). A double quotation opened in one style may close in the other ("...,” and
 * “...," as in text pasted together from several sources). Apostrophes are not quotes: word-internal (don't, O'Brien, don’t),
 * elisions ('em, 'til, 'cause, rock 'n' roll), decades ('90s), and a plural possessive (students' books)
 * when a later closing mark exists. A quote that never closes ends at the paragraph end (closed=false);
 * an unclosed single-mark quote is dropped instead (it is almost always a stray apostrophe). An inner
 * quote left open when its outer quote closes ends there (closed=false).
 */
import { isWs, isBlank, isAlnumAt, isDigit } from './chars.js';

export interface RawQuote {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1. */
  close: number;
  /** End of the quote including its closing mark (close + 1), or where it was cut off. */
  outerEnd: number;
  /** Content range: marks excluded, whitespace trimmed (start === end for an empty quote). */
  start: number;
  end: number;
  depth: number;
  closed: boolean;
  family: Family;
}

export enum Family {
  Straight = 1, Curly, Low, CurlyRev, Single, CurlySingle, LowSingle, Guil, GuilRev, SGuil, SGuilRev,
  Cjk, Cjk2, Cjk3, Orn, OrnSingle, FullWidth,
}

const SINGLE_STYLE = (f: Family): boolean => f === Family.Single || f === Family.CurlySingle || f === Family.LowSingle;

/** Words that an apostrophe elides at their start: 'em, 'til, 'cause ... */
const ELISIONS = new Set([
  'em', 'til', 'till', 'cause', 'cos', 'coz', 'cuz', 'bout', 'round', 'n', 'tis', 'twas', 'twere', 'ere',
  'nuff', 'kay', 'sup', 'ello', 'ow', 'ol', 'ave', 'im', 'er', 'e', 'scuse', 'fraid', 'gainst', 'neath',
  'mongst', 'less', 'fore', 'y', 's', 't', 'd', 'll', 've', 're', 'm',
]);

const MAX_DEPTH = 8;

export function isQuoteChar(c: number): boolean {
  if (c < 0x80) return c === 34 || c === 39;
  switch (c) {
    case 0x201c: case 0x201d: case 0x201e: case 0x2018: case 0x2019: case 0x201a: case 0xab: case 0xbb:
    case 0x2039: case 0x203a: case 0x300c: case 0x300d: case 0x300e: case 0x300f: case 0x301d: case 0x301e:
    case 0x301f: case 0x275d: case 0x275e: case 0x275b: case 0x275c: case 0xff02:
      return true;
    default:
      return false;
  }
}

/** Characters after which a straight mark may open a quote. */
function isOpenContext(c: number): boolean {
  return (
    c === 40 || c === 91 || c === 123 || c === 60 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 ||
    c === 58 || c === 59 || c === 44 || c === 61 || c === 42 || c === 95 || c === 126 || isQuoteChar(c)
  );
}

interface Open {
  at: number;
  family: Family;
}

/** Quotes of text[start, end), sorted by opening mark. */
export function findQuotes(text: string, start: number, end: number): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];
  // Last single mark in closing position: lets a plural possessive before it be skipped.
  let lastSingleClose = -2; // computed on first use
  const lastSingle = (): number => {
    if (lastSingleClose === -2) {
      lastSingleClose = -1;
      for (let i = end - 1; i >= start; i--) {
        const c = text.charCodeAt(i);
        if ((c === 39 || c === 0x2019) && i > start && !isWs(text.charCodeAt(i - 1)) && (i + 1 >= end || !isAlnumAt(text, i + 1))) {
          lastSingleClose = i;
          break;
        }
      }
    }
    return lastSingleClose;
  };
  const prevWsOrStart = (i: number): boolean => i === start || isWs(text.charCodeAt(i - 1));
  const nextWsOrEnd = (i: number): boolean => i + 1 >= end || isWs(text.charCodeAt(i + 1));
  const canOpen = (i: number): boolean =>
    !nextWsOrEnd(i) && (i === start || isWs(text.charCodeAt(i - 1)) || isOpenContext(text.charCodeAt(i - 1)));
  const closingLike = (i: number): boolean => i > start && !isWs(text.charCodeAt(i - 1)) && (i + 1 >= end || !isAlnumAt(text, i + 1));
  const wordInternal = (i: number): boolean => i > start && i + 1 < end && isAlnumAt(text, i - 1) && isAlnumAt(text, i + 1);
  const find = (a: Family, b?: Family, c?: Family): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = (stack[k] as Open).family;
      if (f === a || f === b || f === c) return k;
    }
    return -1;
  };
  const push = (i: number, family: Family): void => {
    if (stack.length < MAX_DEPTH) stack.push({ at: i, family });
  };
  const closeAt = (k: number, i: number): void => {
    // Inner quotes still open end here, unclosed.
    while (stack.length > k + 1) {
      const o = stack.pop() as Open;
      if (!SINGLE_STYLE(o.family)) emit(o, -1, i);
    }
    emit(stack.pop() as Open, i, i + 1);
  };
  const emit = (o: Open, close: number, outerEnd: number): void => {
    let s = o.at + 1;
    let e = close >= 0 ? close : outerEnd;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    out.push({ open: o.at, close, outerEnd, start: s, end: e, depth: 0, closed: close >= 0, family: o.family });
  };
  /** An apostrophe that elides the start of a word or a decade: 'em, 'cause, '90s. */
  const elision = (i: number): boolean => {
    let j = i + 1;
    if (j < end && isDigit(text.charCodeAt(j))) {
      return j + 1 < end && isDigit(text.charCodeAt(j + 1)) && (j + 2 >= end || !isDigit(text.charCodeAt(j + 2)));
    }
    let w = '';
    while (j < end && j - i <= 7) {
      const c = text.charCodeAt(j);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
      w += String.fromCharCode(c | 32);
      j++;
    }
    if (w === '' || j - i > 7) return false;
    if (j < end && isAlnumAt(text, j)) return false;
    return ELISIONS.has(w);
  };
  /** students' books: a plural possessive, when a later closer exists for the open quote. */
  const possessive = (i: number): boolean => {
    if (i >= lastSingle()) return false;
    const p = text.charCodeAt(i - 1);
    if (p !== 115 && p !== 83 && p !== 122) return false;
    let j = i + 1;
    if (j >= end || !isWs(text.charCodeAt(j))) return false;
    while (j < end && isWs(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    return c >= 97 && c <= 122;
  };

  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isQuoteChar(c)) continue;
    switch (c) {
      case 34:
      case 0xff02: {
        const fam = c === 34 ? Family.Straight : Family.FullWidth;
        const k = find(fam);
        const bothWs = prevWsOrStart(i) && nextWsOrEnd(i);
        // Mixed marks (“...,"): a straight mark that closes an open curly or low quotation.
        const mixed = k < 0 && c === 34 && closingLike(i) ? find(Family.Curly, Family.Low) : -1;
        if (k >= 0 && (!prevWsOrStart(i) || bothWs)) closeAt(k, i);
        else if (mixed >= 0) closeAt(mixed, i);
        else if (canOpen(i) || (bothWs && k < 0)) push(i, fam);
        break;
      }
      case 0x201c: {
        const k = find(Family.Low);
        if (k >= 0) closeAt(k, i);
        else {
          const kc = find(Family.Curly);
          if (kc >= 0 && closingLike(i)) closeAt(kc, i);
          else if (!nextWsOrEnd(i)) push(i, Family.Curly);
        }
        break;
      }
      case 0x201d: {
        const k = find(Family.Curly, Family.Low, Family.CurlyRev);
        // Mixed marks ("...,”): a curly closer that ends an open straight quotation.
        const mixed = k < 0 && closingLike(i) ? find(Family.Straight) : -1;
        if (k >= 0) closeAt(k, i);
        else if (mixed >= 0) closeAt(mixed, i);
        else if (canOpen(i)) push(i, Family.CurlyRev);
        break;
      }
      case 0x201e:
        if (!nextWsOrEnd(i)) push(i, Family.Low);
        break;
      case 0x2018: {
        const k = find(Family.LowSingle);
        if (k >= 0) closeAt(k, i);
        else if (wordInternal(i) || elision(i)) break;
        else {
          const kc = find(Family.CurlySingle);
          if (kc >= 0 && closingLike(i)) closeAt(kc, i);
          else if (canOpen(i)) push(i, Family.CurlySingle);
        }
        break;
      }
      case 0x2019: {
        if (wordInternal(i)) break;
        const k = find(Family.CurlySingle, Family.LowSingle);
        if (k >= 0 && closingLike(i) && !possessive(i)) closeAt(k, i);
        break;
      }
      case 39: {
        if (wordInternal(i)) break;
        const k = find(Family.Single);
        if (k >= 0 && closingLike(i) && !possessive(i)) closeAt(k, i);
        else if (canOpen(i) && !elision(i)) push(i, Family.Single);
        break;
      }
      case 0x201a:
        if (canOpen(i) && prevWsOrStart(i)) push(i, Family.LowSingle);
        break;
      case 0xab: {
        const k = find(Family.GuilRev);
        if (k >= 0) closeAt(k, i);
        else push(i, Family.Guil);
        break;
      }
      case 0xbb: {
        const k = find(Family.Guil);
        if (k >= 0) closeAt(k, i);
        else if (!nextWsOrEnd(i)) push(i, Family.GuilRev);
        break;
      }
      case 0x2039: {
        const k = find(Family.SGuilRev);
        if (k >= 0) closeAt(k, i);
        else push(i, Family.SGuil);
        break;
      }
      case 0x203a: {
        const k = find(Family.SGuil);
        if (k >= 0) closeAt(k, i);
        else if (!nextWsOrEnd(i)) push(i, Family.SGuilRev);
        break;
      }
      case 0x300c:
        push(i, Family.Cjk);
        break;
      case 0x300e:
        push(i, Family.Cjk2);
        break;
      case 0x301d:
        push(i, Family.Cjk3);
        break;
      case 0x275d:
        push(i, Family.Orn);
        break;
      case 0x275b:
        push(i, Family.OrnSingle);
        break;
      default: {
        const fam =
          c === 0x300d ? Family.Cjk : c === 0x300f ? Family.Cjk2 : c === 0x301e || c === 0x301f ? Family.Cjk3 : c === 0x275e ? Family.Orn : Family.OrnSingle;
        const k = find(fam);
        if (k >= 0) closeAt(k, i);
      }
    }
  }
  while (stack.length > 0) {
    const o = stack.pop() as Open;
    if (!SINGLE_STYLE(o.family)) emit(o, -1, end);
  }
  out.sort((a, b) => a.open - b.open || b.outerEnd - a.outerEnd);
  // Depth = number of enclosing quotes (after unclosed single marks were dropped).
  const encl: number[] = [];
  for (const q of out) {
    while (encl.length > 0 && (encl[encl.length - 1] as number) <= q.open) encl.pop();
    q.depth = encl.length;
    encl.push(q.outerEnd);
  }
  return out;
}
