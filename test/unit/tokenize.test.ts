import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, naturalWordTokens } from '../../src/tokenize.js';
import { workGrowth } from '../helpers/work.js';

const ENGLISH = [
  "She said 'hello'. Don't worry, it's fine!",
  'The suspect, 24, was arrested at 5:30 p.m. on Jan. 5, 2024 near 1,200 Main St.',
  'Email me at someone@example.com or visit https://example.com/a_b?x=1&y=2.',
  'I will find you... and when I do (trust me) you will regret it!!!',
  "Police say the man's car was parked outside the students' dorm in the '90s.",
  'It costs $5.99 -- or 3.5% of the total; #hashtag @user_name snake_case_word.',
  'Они сказали: "мы придем". Mixed Русский and English words.',
  'Tabs\tand\nnewlines\r\nand   spaces, plus emphasis *like this* and [brackets] {braces}.',
  'A 9mm handgun, two AR-15s and 100 rounds were found, officials said Tuesday.',
  'u r gonna pay 4 this lol. no cap, fr fr.',
];

describe('tokenize', () => {
  it('matches natural WordTokenizer token strings on English text', () => {
    for (const t of ENGLISH) expect(tokenize(t).map((x) => x.text)).toEqual(naturalWordTokens(t));
  });

  it('matches natural WordTokenizer on generated ASCII/Cyrillic text', () => {
    const alphabet = "abcXYZ019_ .,;:!?'\"()-/\n\tжЖяЯ%&#+=";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet.split('')), { maxLength: 60 }), (chars) => {
        // Leet joins (letter!letter) are a documented extension: keep them out of this comparison.
        const t = chars.join('').replace(/([A-Za-zЖжЯя])[!@$*|]+(?=[A-Za-zЖжЯя])/g, '$1 ');
        expect(tokenize(t).map((x) => x.text)).toEqual(naturalWordTokens(t));
      }),
      { numRuns: 500 },
    );
  });

  it('returns offsets into the input', () => {
    const t = 'Hey, you. I will k1ll you!';
    const toks = tokenize(t);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
    expect(toks.map((k) => k.norm)).toEqual(['hey', 'you', 'i', 'will', 'kill', 'you']);
  });

  it('tokenizes a sub-range with offsets into the whole text', () => {
    const t = 'first part. second part here';
    const toks = tokenize(t, 12, 23);
    expect(toks.map((k) => [k.text, k.start, k.end])).toEqual([
      ['second', 12, 18],
      ['part', 19, 23],
    ]);
    expect(tokenize(t, 5, 5)).toEqual([]);
    expect(tokenize(t, -10, 1e9).length).toBe(5);
    expect(tokenize(t, 20, 10)).toEqual([]);
  });

  it('does not split words on zero-width characters', () => {
    const t = 'I will ki\u200Bll you';
    const toks = tokenize(t);
    expect(toks.map((k) => k.text)).toEqual(['I', 'will', 'ki\u200Bll', 'you']);
    expect(toks[2]?.norm).toBe('kill');
    // At a word edge the invisible character is not part of the token.
    expect(tokenize('\u200Bkill\u200B').map((k) => k.text)).toEqual(['kill']);
  });

  it('joins leet symbols between letters, but not e-mail addresses', () => {
    expect(tokenize('k!ll sh*t f@ck').map((k) => [k.text, k.norm])).toEqual([
      ['k!ll', 'kill'],
      ['sh*t', 'sh*t'],
      ['f@ck', 'fack'],
    ]);
    expect(tokenize('me@example.com').map((k) => k.text)).toEqual(['me', 'example', 'com']);
    expect(tokenize('wow! ok').map((k) => k.text)).toEqual(['wow', 'ok']);
  });

  it('treats all Unicode letters as word characters', () => {
    expect(tokenize('café naïve 東京 مرحبا').map((k) => k.text)).toEqual(['café', 'naïve', '東京', 'مرحبا']);
    expect(tokenize('𝐤𝐢𝐥𝐥 them')[0]).toMatchObject({ text: '𝐤𝐢𝐥𝐥', norm: 'kill' });
  });

  it('emits emoji as tokens', () => {
    expect(tokenize('see you 🔪🔫 soon 👨‍👩‍👧 👍🏽').map((k) => k.text)).toEqual(['see', 'you', '🔪', '🔫', 'soon', '👨‍👩‍👧', '👍🏽']);
  });

  it('never splits surrogate pairs and keeps tokens ordered (random Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('\u200B'), fc.constant('!'), fc.constant('😀'), fc.constant('\uD800'), fc.constant('\uDC00'), fc.constantFrom('a', 'Ж', '1', ' ', 'é', '\u0301'), fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c))), maxLength: 80 }), fc.nat(90), fc.nat(90), (t, a, b) => {
        const toks = tokenize(t, Math.min(a, b), Math.max(a, b));
        let last = 0;
        for (const k of toks) {
          expect(k.text).toBe(t.slice(k.start, k.end));
          expect(k.end).toBeGreaterThan(k.start);
          expect(k.start).toBeGreaterThanOrEqual(last);
          last = k.end;
          for (const p of [k.start, k.end]) {
            const hi = t.charCodeAt(p - 1);
            const lo = t.charCodeAt(p);
            expect(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives one token for one long hostile run', () => {
    expect(tokenize('a'.repeat(1_000_000)).length).toBe(1);
    expect(tokenize('a!'.repeat(200_000)).length).toBe(1);
    expect(tokenize('\u200B'.repeat(200_000) + 'x').length).toBe(1);
    expect(tokenize('a@b'.repeat(100_000)).length).toBe(1);
    expect(tokenize('😀'.repeat(100_000)).length).toBe(100_000);
  });

  // Work done, not time taken (test/helpers/work.ts): characters and elements visited grow 4x from 1/4
  // of each input to all of it when tokenizing is linear, 16x when it re-scans.
  it.each([
    ['one long token', (n: number) => 'a'.repeat(n), 1_000_000],
    ['letters and bangs', (n: number) => 'a!'.repeat(n / 2), 400_000],
    ['zero-width run', (n: number) => '\u200B'.repeat(n) + 'x', 200_000],
    ['e-mail-like run', (n: number) => 'a@b'.repeat(n / 3), 300_000],
    ['emoji', (n: number) => '😀'.repeat(n / 2), 200_000],
    ['leet and spacing', (n: number) => 'k i l l 4ss h@te '.repeat(n / 17), 340_000],
  ] as const)('is linear on hostile input: %s', (_name, make, size) => {
    const g = workGrowth((s) => make((size / 4) * s), (t) => tokenize(t));
    expect(g.small).toBeGreaterThan(size / 8);
    expect(g.ratio, `work ${g.small} -> ${g.large}`).toBeLessThan(5);
  });
});
