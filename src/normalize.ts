/**
 * Token normalisation for features. The surface text and offsets are never changed: only `Token.norm`
 * is produced here. Steps: invisible characters removed, NFKC, combining marks on Latin letters stripped
 * (zalgo, "kíll"), case folded, homoglyphs folded (Cyrillic/Greek look-alikes mixed into Latin words),
 * leetspeak folded in tokens that mix letters with digits/symbols (k1ll, sh00t, k!ll, @ss). The result is
 * a fixed point: normalising a norm returns it unchanged (a property test holds it to that).
 */

/** Zero-width and invisible format characters that obfuscate words: removed from norms, joined inside tokens. */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    c === 0x2060 || // word joiner
    (c >= 0x2061 && c <= 0x2064) || // invisible operators
    c === 0xfeff || // BOM / ZWNBSP
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    c === 0x180e // Mongolian vowel separator
  );
}

/** Remove invisible characters (see isInvisible). */
export function stripInvisible(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (isInvisible(s.charCodeAt(i))) {
      out += s.slice(last, i);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Cyrillic and Greek letters that look like Latin ones (both cases). */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic upper
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Ӏ: 'I',
  // Cyrillic lower
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd',
  ԛ: 'q', ԝ: 'w', к: 'k', м: 'm', т: 't', н: 'h', в: 'b', ӏ: 'l', ё: 'e', ї: 'i', ү: 'y',
  // Greek upper
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
  // Greek lower
  α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ε: 'e', ω: 'w', η: 'n',
};
/** The Latin letter a Cyrillic/Greek look-alike stands for, or undefined. */
export function homoglyphOf(ch: string): string | undefined {
  return HOMOGLYPHS[ch];
}

/** Look-alikes that are not letters of the Russian alphabet: a word made only of look-alikes that
 * contains one of these is an obfuscated Latin word, not Russian. */
const NON_RUSSIAN = new Set(['ѕ', 'һ', 'ԁ', 'ԛ', 'ԝ', 'ӏ', 'Ӏ', 'і', 'ј', 'І', 'Ј', 'Ѕ', 'Ԛ', 'Ԝ']);

const LATIN = /[A-Za-z]/;
const CYR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;

/** Fold Cyrillic/Greek look-alikes into Latin when they are mixed into a Latin word. */
export function foldHomoglyphs(s: string): string {
  if (!CYR_GREEK.test(s)) return s;
  let mixed = LATIN.test(s);
  if (!mixed) {
    // All look-alikes, with at least one that Russian does not use: still an obfuscated Latin word.
    let all = true;
    let foreign = false;
    for (const ch of s) {
      if (/\p{L}/u.test(ch) && HOMOGLYPHS[ch] === undefined) all = false;
      if (NON_RUSSIAN.has(ch)) foreign = true;
    }
    mixed = all && foreign;
  }
  if (!mixed) return s;
  let out = '';
  for (const ch of s) out += HOMOGLYPHS[ch] ?? ch;
  return out;
}

/** Strip combining marks that sit on Latin letters (diacritics, zalgo, strike-through overlays). */
export function stripLatinMarks(s: string): string {
  const d = s.normalize('NFD');
  if (!/\p{M}/u.test(d)) return s;
  let out = '';
  let prevLatin = false;
  for (const ch of d) {
    const c = ch.codePointAt(0) as number;
    if (/\p{M}/u.test(ch)) {
      if (!prevLatin) out += ch;
      continue;
    }
    prevLatin = c < 0x250 && /\p{L}/u.test(ch);
    out += ch;
  }
  return out.normalize('NFC');
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l',
};

function isLowerLatin(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Fold leetspeak in a lower-cased token. Only tokens that mix Latin letters with leet characters are
 * touched, and only when a run of leet characters sits between two letters (k1ll, sh00t, 1d10t, h4x0r),
 * or a symbol leads/trails (@ss, $hit, a$$). Units and numbers stay: 2020, 9mm, mp3, 3rd, covid19, b2b.
 */
export function foldLeet(s: string): string {
  let hasLetter = false;
  let hasLeet = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLowerLatin(c)) hasLetter = true;
    else if (LEET[s[i] as string] !== undefined) hasLeet = true;
  }
  if (!hasLetter || !hasLeet) return s;
  let trigger = false;
  const n = s.length;
  // A run of leet characters between two letters.
  for (let i = 0; i < n && !trigger; i++) {
    if (!isLowerLatin(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && LEET[s[j] as string] !== undefined) j++;
    if (j > i + 1 && j < n && isLowerLatin(s.charCodeAt(j))) trigger = true;
  }
  // A leading @ or $ (or !) before letters, or trailing $.
  if (!trigger) {
    const f = s[0] as string;
    if ((f === '@' || f === '$' || f === '!') && n > 1 && isLowerLatin(s.charCodeAt(1))) trigger = true;
    const l = s[n - 1] as string;
    if (l === '$' && n > 1) trigger = true;
  }
  if (!trigger) return s;
  let out = '';
  for (let i = 0; i < n; i++) {
    const ch = s[i] as string;
    out += LEET[ch] ?? ch;
  }
  return out;
}

/** Case folding: lower case plus the full folds that toLowerCase misses for Latin/Greek. */
export function caseFold(s: string): string {
  let out = s.toLowerCase();
  if (out.includes('ß')) out = out.replace(/ß/g, 'ss');
  if (out.includes('ς')) out = out.replace(/ς/g, 'σ');
  return out;
}

/** Variation selectors and emoji skin-tone modifiers: dropped from norms. */
function stripEmojiModifiers(s: string): string {
  return /[\uFE00-\uFE0F]|\uD83C[\uDFFB-\uDFFF]/.test(s) ? s.replace(/[\uFE00-\uFE0F]|\uD83C[\uDFFB-\uDFFF]/g, '') : s;
}

/** Normalised form of one token (see module comment). Pure; never changes the surface text. */
export function normalizeToken(s: string): string {
  // ASCII fast path: only case and leetspeak apply.
  let ascii = true;
  let upper = false;
  let nonLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
    else if (!isLowerLatin(c)) nonLetter = true;
  }
  if (ascii) {
    const lower = upper ? s.toLowerCase() : s;
    return nonLetter ? foldLeet(lower) : lower;
  }
  let t = stripInvisible(s).normalize('NFKC');
  // Order matters for a stable result (normalising a norm changes nothing): marks go first ("Ḁ" is a
  // Latin letter once bare, so "Ḁω" is a mixed word), case next (the look-alike table is keyed on both
  // cases, but "Ї" only folds as "ї"), then look-alikes, and marks again when a look-alike that carried one
  // became Latin ("т́" -> "t́" -> "t").
  t = stripLatinMarks(t);
  t = caseFold(t);
  const folded = foldHomoglyphs(t);
  if (folded !== t) t = stripLatinMarks(folded);
  t = stripEmojiModifiers(t);
  return foldLeet(t);
}

/**
 * Normalised form of a word of the segmenter's cue lexer (words may hold inner ' ’ and -): the token
 * normalisation (invisible characters, NFKC, homoglyphs, marks, case, leetspeak) with ’ folded to ',
 * so that obfuscated cue words ("s\u200Baid", "sаid", "n0t") match like clean ones.
 */
export function normalizeWord(s: string): string {
  const t = normalizeToken(s);
  return t.includes('\u2019') ? t.replace(/\u2019/g, "'") : t;
}

/** Normalise a whole text for matching (no offsets kept): invisible removed, NFKC, case folded. */
export function normalizeText(s: string): string {
  return caseFold(stripInvisible(s).normalize('NFKC'));
}
