/**
 * Source-artefact normalisation shared by every corpus adapter, so that no corpus can be recognised by its
 * placeholders or encoding quirks:
 *   - HTML entities decoded (twice, for double-encoded "&amp;amp;"), control and zero-width characters removed;
 *   - user mentions -> "@user" (also the GermEval "[@IND]"-style placeholders);
 *   - URLs (http(s)://..., www....) -> "http://url";
 *   - retweet prefixes "RT @user:" / "MT @user:" removed wherever they occur;
 *   - whitespace collapsed within lines, lines trimmed, 3+ newlines -> one blank line (paragraphs kept).
 *
 * Every rewrite is a list of edits on the previous text, so the same code can optionally carry an offset map:
 * for each output character, the range of input characters it came from. `remapSpans` uses it to move gold
 * spans (toxic-spans) onto the cleaned text; re-mapped spans never split a surrogate pair. Quote marks and
 * letter case are left as published.
 */
import type { GoldSpan } from '../types.js';

export interface CleanMap {
  /** For output char i, the input range [starts[i], ends[i]) it stands for (empty for inserted chars). */
  starts: Int32Array;
  ends: Int32Array;
}

export interface CleanResult {
  text: string;
  map?: CleanMap;
}

type Replacer = (m: RegExpExecArray) => string;

/** One rewrite pass. Matches of `re` (must be global) are replaced; the map is composed when given. */
export function rewrite(text: string, re: RegExp, replace: Replacer | string, map?: CleanMap): CleanResult {
  const parts: string[] = [];
  const edits: Array<[number, number, string]> = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (typeof replace === 'string' && replace === '') continue;
    }
    const rep = typeof replace === 'string' ? replace : replace(m);
    if (rep === m[0]) continue;
    parts.push(text.slice(last, m.index), rep);
    edits.push([m.index, m.index + m[0].length, rep]);
    last = m.index + m[0].length;
  }
  if (edits.length === 0) return map ? { text, map } : { text };
  parts.push(text.slice(last));
  const out = parts.join('');
  if (!map) return { text: out };
  const starts = new Int32Array(out.length);
  const ends = new Int32Array(out.length);
  let o = 0;
  let i = 0;
  const copy = (upTo: number): void => {
    for (; i < upTo; i++, o++) {
      starts[o] = map.starts[i] ?? 0;
      ends[o] = map.ends[i] ?? 0;
    }
  };
  for (const [s, e, rep] of edits) {
    copy(s);
    // A replacement stands for the whole matched input range; an insertion (s === e) for nothing.
    const a = s < e ? (map.starts[s] ?? 0) : (map.starts[s] ?? map.ends[s - 1] ?? 0);
    const b = s < e ? (map.ends[e - 1] ?? a) : a;
    for (let k = 0; k < rep.length; k++, o++) {
      starts[o] = a;
      ends[o] = b;
    }
    i = e;
  }
  copy(text.length);
  return { text: out, map: { starts, ends } };
}

/** Identity map for a text. */
export function identityMap(text: string): CleanMap {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends };
}

/** A pipeline of rewrite passes, applied in order. */
export type Pass = readonly [RegExp, Replacer | string];

export function applyPasses(text: string, passes: readonly Pass[], track = false): CleanResult {
  let cur: CleanResult = track ? { text, map: identityMap(text) } : { text };
  for (const [re, rep] of passes) cur = rewrite(cur.text, re, rep, cur.map);
  return cur;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß',
  euro: '€', pound: '£', cent: '¢', deg: '°', times: '×', shy: '', zwj: '', zwnj: '',
};

function decodeEntity(m: RegExpExecArray): string {
  const body = m[1] ?? '';
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  }
  return NAMED[body] ?? NAMED[body.toLowerCase()] ?? m[0];
}

const ENTITY = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** Passes shared by all sources, in order. Exported for tests and for adapters that add their own. */
export const CLEAN_PASSES: readonly Pass[] = [
  [ENTITY, decodeEntity],
  [ENTITY, decodeEntity],
  // NUL/control characters (not \t \n \r), zero-width characters and BOM.
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, ''],
  [/\r\n?|[\u2028\u2029]/g, '\n'],
  // Anonymisation placeholders used by some corpora ([@IND], <user>, @USER) -> @user.
  [/\[@[A-Z]{2,5}\]|<user>|@USER\b/g, '@user'],
  [/(?<![\w@.])@[A-Za-z0-9_]{1,30}\b/g, '@user'],
  [/\b(?:https?:\/\/|www\.)(?:[^\s<>"]*[^\s<>".,;:!?)\]'’”…])?|\bhttps?(?::\/{0,2})?(?:…|\.{3})/gi, 'http://url'],
  // Retweet / modified-tweet prefixes, anywhere (chains of them), with an optional colon.
  [/(?<![\w@])(?:RT|MT|rt)\s*@user\b:?[ \t]*/g, ''],
  [/[^\S\n]+/g, ' '],
  [/ ?\n ?/g, '\n'],
  [/\n{3,}/g, '\n\n'],
  [/^\s+|\s+$/g, ''],
];

/** Clean a text. With `track`, also return the offset map for `remapSpans`. */
export function clean(text: string, track = false): CleanResult {
  return applyPasses(text, CLEAN_PASSES, track);
}

export function cleanText(text: string): string {
  return applyPasses(text, CLEAN_PASSES, false).text;
}

/**
 * Move spans given as input offsets onto the output text: a span covers every output character whose input
 * range overlaps it, then is trimmed of surrounding whitespace. Spans that vanish are dropped.
 */
export function remapSpans(spans: readonly GoldSpan[], out: string, map: CleanMap): GoldSpan[] {
  const res: GoldSpan[] = [];
  for (const sp of spans) {
    let lo = -1;
    let hi = -1;
    for (let i = 0; i < out.length; i++) {
      const a = map.starts[i] ?? 0;
      const b = map.ends[i] ?? 0;
      if (b > sp.start && a < sp.end && b > a) {
        if (lo < 0) lo = i;
        hi = i + 1;
      }
    }
    if (lo < 0) continue;
    while (lo < hi && /\s/.test(out[lo] ?? '')) lo++;
    while (hi > lo && /\s/.test(out[hi - 1] ?? '')) hi--;
    [lo, hi] = snapSurrogates(out, lo, hi);
    if (hi > lo) res.push({ start: lo, end: hi, label: sp.label });
  }
  return res;
}

/** Widen [start, end) so that it never splits a surrogate pair (raters' offsets sometimes do). */
export function snapSurrogates(text: string, start: number, end: number): [number, number] {
  const low = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  let s = start;
  let e = end;
  if (s > 0 && low(s)) s--;
  if (e < text.length && e > 0 && low(e)) e++;
  return [s, e];
}

/**
 * Undo word-level tokenisation (implicit-hate, WikiText): rejoin punctuation, clitics, hyphens and
 * quotation marks to their words. Applied before `clean`.
 */
export const DETOKENIZE_PASSES: readonly Pass[] = [
  [/ @([-,.])@ /g, (m) => m[1] ?? ''],
  [/(\w) n't\b/gi, (m) => `${m[1] ?? ''}n't`],
  [/(\w) ?' (s|re|ve|ll|d|m|t)\b/gi, (m) => `${m[1] ?? ''}'${m[2] ?? ''}`],
  [/(\w) '(s|re|ve|ll|d|m)\b/gi, (m) => `${m[1] ?? ''}'${m[2] ?? ''}`],
  // A run of quote marks separated only by spaces is tokeniser debris ("" "" "") -> one quote.
  [/"(?: +")+/g, '"'],
  [/"[^\S\n]*([^"\n]*?)[^\S\n]*"/g, (m) => `"${m[1] ?? ''}"`],
  [/(^|\s)' ([^'\n]*?) '(?=[\s.,!?;:]|$)/g, (m) => `${m[1] ?? ''}'${m[2] ?? ''}'`],
  [/[^\S\n]+([.,!?;:%)\]}…]|\.\.\.)/g, (m) => m[1] ?? ''],
  [/([(\[{$#])[^\S\n]+(?=\w)/g, (m) => m[1] ?? ''],
  [/(\w) \/ (\w)/g, (m) => `${m[1] ?? ''}/${m[2] ?? ''}`],
];

export function detokenize(text: string): string {
  return applyPasses(text, DETOKENIZE_PASSES, false).text;
}

/**
 * Light true-casing for all-lower-case text: capitalise the first letter of each sentence and paragraph, and
 * the pronoun "i" (with its clitics). Texts that contain any upper-case letter are returned unchanged.
 */
export function sentenceCase(text: string): string {
  if (/[A-Z]/.test(text)) return text;
  return text
    .replace(/(^|[.!?]["')\]]?\s+|\n\s*)([a-z])/g, (_m, pre: string, ch: string) => pre + ch.toUpperCase())
    .replace(/\bi\b(?!\.e\.)/g, 'I');
}

/** Dedupe key: case-folded text with whitespace collapsed. */
export function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
