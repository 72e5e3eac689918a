/**
 * Raw sentence cut points, reproducing natural's SentenceTokenizer (v8) split rules in one linear pass:
 *  1. URIs (http(s)://, www., ftp://, file:// up to whitespace, and e-mail addresses) are protected;
 *  2. numbers `\b\d{1,3}(,\d{3})*(\.\d+)?\b` are protected (so "3.5" is not a sentence end);
 *  3. a delimiter group `[.?!… ]*[.?!…]` plus one optional closer `["'”’)}\]]` ends a sentence.
 * natural itself does this with placeholder substitution and per-placeholder regex reverts, which is
 * quadratic in the number of sentences, and its URI/delimiter regexes backtrack quadratically on long
 * runs (1 MB of letters, 100k spaces). A differential test checks the cuts against natural's output.
 * The cut offsets returned are the ends of the delimiter groups, strictly inside (start, end).
 */
import { isWs, isAsciiWord, isAsciiLetter, isDigit, isDelim } from './chars.js';

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Case-insensitive ASCII prefix test at i. */
function startsWithCI(text: string, i: number, end: number, lit: string): boolean {
  if (i + lit.length > end) return false;
  for (let k = 0; k < lit.length; k++) if (lowerAscii(text.charCodeAt(i + k)) !== lit.charCodeAt(k)) return false;
  return true;
}

function isLocalChar(c: number): boolean {
  // [a-zA-Z0-9._%+-]
  return isAsciiLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  // [a-zA-Z0-9.-]
  return isAsciiLetter(c) || isDigit(c) || c === 46 || c === 45;
}

function toWs(text: string, i: number, end: number): number {
  while (i < end && !isWs(text.charCodeAt(i))) i++;
  return i;
}

/** Protected URI spans [s, e) in text[start, end), leftmost-first like natural's alternation. */
function uriSpans(text: string, start: number, end: number, hasAt: boolean): number[] {
  const spans: number[] = [];
  let failedLocalRunEnd = -1; // e-mail alternative already known to fail for positions before this
  let i = start;
  while (i < end) {
    const c = lowerAscii(text.charCodeAt(i));
    let m = -1;
    if (c === 104 && (startsWithCI(text, i, end, 'http://') || startsWithCI(text, i, end, 'https://'))) {
      const p = startsWithCI(text, i, end, 'https://') ? 8 : 7;
      const e = toWs(text, i + p, end);
      if (e > i + p) m = e;
    }
    if (m < 0 && c === 119 && startsWithCI(text, i, end, 'www.')) {
      const e = toWs(text, i + 4, end);
      if (e > i + 4) m = e;
    }
    if (m < 0 && c === 102 && startsWithCI(text, i, end, 'ftp://')) {
      const e = toWs(text, i + 6, end);
      if (e > i + 6) m = e;
    }
    if (m < 0 && hasAt && (i >= failedLocalRunEnd || startsWithCI(text, i, end, 'mailto:'))) {
      let j = i;
      if (startsWithCI(text, i, end, 'mailto:')) j = i + 7;
      m = emailAt(text, j, end);
      if (m < 0 && j !== i) m = emailAt(text, i, end);
      if (m < 0 && isLocalChar(text.charCodeAt(i))) {
        let r = i;
        while (r < end && isLocalChar(text.charCodeAt(r))) r++;
        failedLocalRunEnd = r;
      }
    }
    if (m < 0 && c === 102 && startsWithCI(text, i, end, 'file://')) {
      const e = toWs(text, i + 7, end);
      if (e > i + 7) m = e;
    }
    if (m > i) {
      spans.push(i, m);
      i = m;
    } else i++;
  }
  return spans;
}

/** End of an e-mail match `[local]+@[domain]+\.[a-zA-Z]{2,}` starting exactly at i, or -1. */
function emailAt(text: string, i: number, end: number): number {
  let r = i;
  while (r < end && isLocalChar(text.charCodeAt(r))) r++;
  if (r === i || r >= end || text.charCodeAt(r) !== 64) return -1;
  const d0 = r + 1;
  let d1 = d0;
  while (d1 < end && isDomainChar(text.charCodeAt(d1))) d1++;
  // Greedy domain, backing off to the last '.' (not the first domain char) followed by >= 2 letters.
  for (let p = d1 - 1; p > d0; p--) {
    if (text.charCodeAt(p) !== 46) continue;
    let q = p + 1;
    while (q < end && isAsciiLetter(text.charCodeAt(q))) q++;
    if (q - (p + 1) >= 2) return q;
  }
  return -1;
}

/**
 * Raw cut offsets for text[start, end) by natural's rules. The number rule is applied inline: a '.' is
 * protected when 1-3 digits precede it (at an ASCII word boundary, or right after a URI, and not already
 * consumed by the previous number) and digits follow it up to a non-word character.
 */
export function rawCuts(text: string, start: number, end: number): number[] {
  // One pre-pass: any delimiter? any e-mail or URL hint ('@', '://', 'www.')?
  let any = false;
  let hasAt = false;
  let hasUriHint = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 64 && c !== 87 && c !== 119 && c < 0x2026) continue;
    if (isDelim(c)) any = true;
    else if (c === 64) hasAt = true;
    else if (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) hasUriHint = true;
    else if ((c === 87 || c === 119) && text.charCodeAt(i + 3) === 46 && (text.charCodeAt(i + 1) | 32) === 119 && (text.charCodeAt(i + 2) | 32) === 119) hasUriHint = true;
  }
  if (!any) return [];
  const uris = hasAt || hasUriHint ? uriSpans(text, start, end, hasAt) : [];
  let u = 0; // index into uris (pairs); positions are queried in non-decreasing order
  let lastNumDot = -2; // last '.' protected by the number rule (its digits are consumed by that match)
  const isProtected = (i: number): boolean => {
    while (u < uris.length && (uris[u + 1] as number) <= i) u += 2;
    if (u < uris.length && (uris[u] as number) <= i) return true;
    const c = text.charCodeAt(i);
    if (c !== 46) return false;
    if (numberDot(text, i, start, end, uris, lastNumDot)) {
      lastNumDot = i;
      return true;
    }
    return false;
  };
  const cuts: number[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Only a delimiter can end a group; the blanks before it do not change where the group ends.
    if (!isDelim(c) || isProtected(i)) {
      i++;
      continue;
    }
    // Rest of the run of [.?!… ] (unprotected) from i; the group ends at its last delimiter.
    let j = i;
    let lastDelim = -1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (!(isDelim(d) || d === 32) || isProtected(j)) break;
      if (d !== 32) lastDelim = j;
      j++;
    }
    if (lastDelim < 0) {
      i = j;
      continue;
    }
    let e = lastDelim + 1;
    if (e < end) {
      const d = text.charCodeAt(e);
      if ((d === 34 || d === 39 || d === 0x201d || d === 0x2019 || d === 41 || d === 125 || d === 93) && !isProtected(e)) e++;
    }
    if (e < end) cuts.push(e);
    i = e;
  }
  return cuts;
}

function inUri(uris: number[], i: number): boolean {
  let lo = 0;
  let hi = uris.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((uris[2 * mid + 1] as number) <= i) lo = mid + 1;
    else if ((uris[2 * mid] as number) > i) hi = mid - 1;
    else return true;
  }
  return false;
}

/** natural's number placeholder covers the '.' at p (see rawCuts). */
function numberDot(text: string, p: number, start: number, end: number, uris: number[], lastNumDot: number): boolean {
  let a = p;
  while (a > start && isDigit(text.charCodeAt(a - 1)) && p - a <= 3) a--;
  const len = p - a;
  if (len < 1 || len > 3) return false;
  // "1.2.3": the digits before this '.' were consumed by the previous number match.
  if (a - 1 === lastNumDot) return false;
  if (a > start) {
    const b = text.charCodeAt(a - 1);
    if (isAsciiWord(b) && !(uris.length > 0 && inUri(uris, a - 1))) return false;
  }
  let q = p + 1;
  while (q < end && isDigit(text.charCodeAt(q))) q++;
  if (q === p + 1) return false;
  return q >= end || !isAsciiWord(text.charCodeAt(q)) || (uris.length > 0 && inUri(uris, q));
}
