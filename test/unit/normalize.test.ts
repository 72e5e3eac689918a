import { describe, expect, it } from 'vitest';
import { normalizeToken, stripInvisible, foldHomoglyphs, foldLeet, caseFold, stripLatinMarks, normalizeText } from '../../src/normalize.js';

describe('normalizeToken', () => {
  it('case folds', () => {
    expect(normalizeToken('KILL')).toBe('kill');
    expect(normalizeToken('Straße')).toBe('strasse');
  });

  it('applies NFKC (full-width and mathematical letters)', () => {
    expect(normalizeToken('ｋｉｌｌ')).toBe('kill');
    expect(normalizeToken('𝐤𝐢𝐥𝐥')).toBe('kill');
    expect(normalizeToken('ﬁre')).toBe('fire');
  });

  it('removes zero-width characters and soft hyphens', () => {
    for (const zw of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      expect(normalizeToken(`ki${zw}ll`)).toBe('kill');
    }
    expect(stripInvisible('a\u200Bb\u00ADc')).toBe('abc');
    expect(stripInvisible('plain')).toBe('plain');
  });

  it('folds leetspeak only in tokens mixing letters with digits or symbols', () => {
    expect(normalizeToken('k1ll')).toBe('kill');
    expect(normalizeToken('sh00t')).toBe('shoot');
    expect(normalizeToken('k!ll')).toBe('kill');
    expect(normalizeToken('@ss')).toBe('ass');
    expect(normalizeToken('K1LL3R')).toBe('killer');
    expect(normalizeToken('1d10t')).toBe('idiot');
    expect(normalizeToken('h4x0r')).toBe('haxor');
    expect(normalizeToken('a$$')).toBe('ass');
  });

  it('keeps numbers and units', () => {
    for (const t of ['2020', '9mm', 'mp3', '3rd', 'covid19', 'b2b', '4x4', '10pm', '42']) expect(normalizeToken(t)).toBe(t);
    expect(foldLeet('hello')).toBe('hello');
  });

  it('folds Cyrillic and Greek look-alikes mixed into Latin words', () => {
    expect(normalizeToken('kіll')).toBe('kill'); // Cyrillic і
    expect(normalizeToken('ѕһооt')).toBe('shoot'); // all Cyrillic look-alikes incl. non-Russian ѕ, һ
    expect(normalizeToken('bοmb')).toBe('bomb'); // Greek ο
    expect(normalizeToken('KΙLL')).toBe('kill'); // Greek capital iota
    expect(foldHomoglyphs('привет')).toBe('привет'); // Russian stays Russian
    expect(foldHomoglyphs('сор')).toBe('сор'); // all look-alikes but ordinary Russian letters
    expect(normalizeToken('Москва')).toBe('москва');
  });

  it('strips combining marks on Latin letters (zalgo, accents) but not on other scripts', () => {
    expect(normalizeToken('k̷i̴l̸l')).toBe('kill');
    expect(stripLatinMarks('café')).toBe('cafe');
    expect(stripLatinMarks('नमस्ते')).toBe('नमस्ते');
  });

  it('drops emoji modifiers', () => {
    expect(normalizeToken('👍🏽')).toBe('👍');
    expect(normalizeToken('❤️')).toBe('❤');
  });

  it('caseFold and normalizeText', () => {
    expect(caseFold('ΣΟΦΟΣ')).toBe('σοφοσ');
    expect(normalizeText('Ｋi\u200Bll')).toBe('kill');
  });
});
