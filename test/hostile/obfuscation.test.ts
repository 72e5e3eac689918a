/**
 * Obfuscation: zero-width characters, Cyrillic/Greek homoglyphs and leetspeak inside words are normalised
 * for scoring (token norms, hashed feature ids, scope marking and scores equal those of the clean text),
 * while every reported offset points into the original, obfuscated text.
 *
 * Tolerance: zero-width characters leave every feature and the scores identical (exact equality), quotations
 * included (no feature reads the document as a whole). Homoglyphs and leetspeak leave them identical except
 * through `c_upper` (frame.ts counts ASCII letters only, so a Cyrillic 'а' is not a letter there); the
 * difference is bounded by the change in that one dense feature, measured here at < 0.02 per score.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DENSE_NAMES, DEFAULT_FEATURE_CONFIG, VOICE_DENSE_NAMES, extractDoc } from '../../src/features.js';
import type { Classifier, Result } from '../../src/index.js';
import { segment } from '../../src/segment.js';
import { tokenize } from '../../src/tokenize.js';
import { checkResult, load } from './helpers.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await load({ spans: 'all' });
}, 60_000);

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
/** Latin letter -> look-alikes that normalize.ts folds back (Cyrillic and Greek). */
const HOMOGLYPH: Record<string, string[]> = {
  a: ['а', 'α'], c: ['с'], e: ['е', 'ε'], i: ['і', 'ι'], k: ['к', 'κ'], o: ['о', 'ο'], p: ['р', 'ρ'], s: ['ѕ'],
  t: ['т', 'τ'], x: ['х', 'χ'], y: ['у'], h: ['һ'], j: ['ј'], d: ['ԁ'], w: ['ԝ'],
};
/** Letter -> leet symbol that foldLeet maps back, usable between two letters. */
const LEET: Record<string, string[]> = { i: ['1', '!'], o: ['0'], e: ['3'], a: ['4', '@'], s: ['5', '$'], t: ['7'], l: ['|'] };

/** An obfuscated copy of `text` and, for every offset of the clean text, its offset in the copy. */
interface Obfuscated {
  text: string;
  map: number[];
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z]$/.test(ch);
}

/**
 * Apply `edit` to letters strictly inside words (both neighbours are ASCII letters), where `pick`
 * chooses which ones. Zero-width insertion adds characters; substitutions keep the length.
 */
function obfuscate(clean: string, kind: 'zw' | 'homoglyph' | 'leet', pick: (i: number) => number): Obfuscated {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i] as string;
    const inside = isAsciiLetter(clean[i - 1]) && isAsciiLetter(ch) && isAsciiLetter(clean[i + 1]);
    const choice = pick(i);
    if (kind === 'zw' && inside && choice % 3 === 0) {
      out += ZERO_WIDTH[choice % ZERO_WIDTH.length];
    }
    map.push(out.length);
    const lower = ch.toLowerCase();
    if (kind === 'homoglyph' && inside && ch === lower && HOMOGLYPH[ch] && choice % 2 === 0) {
      const alts = HOMOGLYPH[ch] as string[];
      out += alts[choice % alts.length];
    } else if (kind === 'leet' && inside && ch === lower && LEET[ch] && choice % 2 === 0 && !isLeetNeighbour(out)) {
      const alts = LEET[ch] as string[];
      out += alts[choice % alts.length];
    } else out += ch;
  }
  map.push(out.length);
  return { text: out, map };
}

/** One leet symbol at a time: foldLeet needs a letter on each side of a run, and "k!!l" would be ambiguous. */
function isLeetNeighbour(out: string): boolean {
  return !isAsciiLetter(out[out.length - 1]);
}

const seeded = (seed: number) => (i: number): number => ((i + 1) * 2654435761 + seed * 40503) >>> 7;

const THREATS = [
  'I will kill you',
  'I will kill you tomorrow night when you leave the office.',
  'We are going to shoot every last one of them.',
  'You should all be executed. I mean it.',
  'Nobody deserves to be hurt, stop threatening people.',
  'Police said the suspect threatened to kill his neighbour.',
  'If you come back here again I will stab you.',
  'The bakery sells fresh bread every morning.',
];

/** See the module comment: the only dense features that may differ, and the score tolerance that follows. */
const TOLERANCE = 0.02;
const MAY_DIFFER = { zw: [], homoglyph: ['c_upper'], leet: ['c_upper'] } as const;

function scoresClose(a: Result, b: Result, tol: number): void {
  expect(Math.abs(a.scores.threat - b.scores.threat)).toBeLessThanOrEqual(tol);
  expect(Math.abs(a.scores.reporting - b.scores.reporting)).toBeLessThanOrEqual(tol);
  expect(Math.abs(a.scores.benign - b.scores.benign)).toBeLessThanOrEqual(tol);
}

/** Spans of the obfuscated result correspond one to one to the clean result's, through the offset map. */
function spansMapped(clean: Result, obf: Result, o: Obfuscated): void {
  expect(obf.spans).toHaveLength(clean.spans.length);
  clean.spans.forEach((c, i) => {
    const s = obf.spans[i];
    expect(s?.kind).toBe(c.kind);
    expect(s?.start).toBe(o.map[c.start]);
    // The end maps to the offset right after the last clean character (never past inserted invisibles).
    expect(s?.end).toBe((o.map[c.end - 1] as number) + 1);
    expect(s?.text).toBe(o.text.slice(s?.start, s?.end));
  });
}

describe('token norms fold obfuscation and keep offsets into the original text', () => {
  it.each([
    ['zero-width space', 'k\u200Bill', 'kill'],
    ['zero-width joiner and non-joiner', 'k\u200Di\u200Cll', 'kill'],
    ['word joiner, BOM, soft hyphen', 'k\u2060i\uFEFFl\u00ADl', 'kill'],
    ['Cyrillic homoglyphs', 'kіll', 'kill'],
    ['all-Cyrillic look-alike word with a non-Russian letter', 'ѕһооt', 'shoot'],
    ['Greek homoglyphs', 'κill', 'kill'],
    ['leet digits', 'k1ll', 'kill'],
    ['leet symbols', 'k!ll', 'kill'],
    ['leet mixed', 'sh00t', 'shoot'],
    ['dollar and at', 'st@b', 'stab'],
    ['dollar sign', 'as$a$$in', 'assassin'],
    ['pipe for l', 'ki||ed', 'killed'],
    ['combining marks (zalgo)', 'k̷i̸l̶l̵', 'kill'],
    ['acute accent', 'kíll', 'kill'],
    ['full-width letters (NFKC)', 'ｋｉｌｌ', 'kill'],
    ['upper case', 'KILL', 'kill'],
    ['zero-width plus homoglyph plus leet', 'k\u200Bі1l', 'kiil'],
  ])('%s', (_name, word, norm) => {
    const text = `I will ${word} you.`;
    const toks = tokenize(text);
    const t = toks[2];
    expect(t?.norm).toBe(norm);
    // The token covers every original character of the word, offsets into the original.
    expect(t?.start).toBe(7);
    expect(t?.end).toBe(7 + word.length);
    expect(t?.text).toBe(word);
    expect(toks.map((k) => k.norm)).toEqual(['i', 'will', norm, 'you']);
  });

  it('does not fold what is not obfuscation: numbers, units, e-mail addresses, Russian words', () => {
    expect(tokenize('2020 9mm mp3 3rd covid19').map((t) => t.norm)).toEqual(['2020', '9mm', 'mp3', '3rd', 'covid19']);
    expect(tokenize('mail a@b.com now').map((t) => t.norm)).toEqual(['mail', 'a', 'b', 'com', 'now']);
    expect(tokenize('Он сказал сор').map((t) => t.norm)).toEqual(['он', 'сказал', 'сор']);
  });
});

describe('hashed features of obfuscated text equal those of the clean text (property)', () => {
  const words = ['i', 'will', 'kill', 'shoot', 'stab', 'you', 'he', 'said', 'told', 'police', 'that', 'not', 'never', 'nobody',
    'would', 'if', 'were', 'imagine', 'they', 'should', 'all', 'be', 'executed', 'according', 'to', 'threatened', 'the', 'message', 'read', 'tomorrow',
    'He', 'Police', 'Mr.', 'Jan.', 'U.S.', 'and', 'but', 'who', 'like', 'was'];
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom('.', ',', ':', '!', '?', '"', '“', '”', '\n', '\n\n', ' - ', "'", '‘', '’', '(', ')', '5') },
  );
  const sentence = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join(' '));

  it.each(['zw', 'homoglyph', 'leet'] as const)('%s', (kind) => {
    fc.assert(
      fc.property(sentence, fc.nat(), (clean, seed) => {
        const o = obfuscate(clean, kind, seeded(seed));
        const a = extractDoc(clean, undefined, DEFAULT_FEATURE_CONFIG);
        const b = extractDoc(o.text, undefined, DEFAULT_FEATURE_CONFIG);
        // Same units, at mapped offsets.
        expect(b.units.map((u) => [u.kind, u.start, u.end])).toEqual(a.units.map((u) => [u.kind, o.map[u.start], (o.map[u.end - 1] as number) + 1]));
        // Same scopes (negation, reported speech, quotes, hypotheticals) at mapped offsets.
        const sa = segment(clean).scopes.map((s) => [s.scope, o.map[s.start], (o.map[s.end - 1] as number) + 1]);
        expect(segment(o.text).scopes.map((s) => [s.scope, s.start, s.end])).toEqual(sa);
        // Same hashed ids for every unit; dense features equal except the documented ones.
        const allowed = new Set<string>(MAY_DIFFER[kind]);
        b.units.forEach((u, i) => {
          const au = a.units[i];
          expect(Array.from(u.content.ids)).toEqual(Array.from(au?.content.ids ?? []));
          expect(Array.from(u.voice.ids)).toEqual(Array.from(au?.voice.ids ?? []));
          const diff = [
            ...CONTENT_DENSE_NAMES.filter((_n, k) => u.content.dense[k] !== au?.content.dense[k]),
            ...VOICE_DENSE_NAMES.filter((_n, k) => u.voice.dense[k] !== au?.voice.dense[k]),
          ];
          expect(diff.filter((n) => !allowed.has(n))).toEqual([]);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('classify scores obfuscated threats like clean ones; spans cover the original characters', () => {
  it("classify('I will k\\u200Bill you') equals classify('I will kill you') exactly (scores, label, spans)", () => {
    const clean = classifier.classify('I will kill you');
    const obf = classifier.classify('I will k\u200Bill you');
    checkResult('I will k\u200Bill you', obf, { spans: 'all' });
    expect(obf.scores).toEqual(clean.scores);
    expect(obf.label).toBe(clean.label);
    expect(obf.spans.map((s) => [s.start, s.end, s.label, s.confidence])).toEqual([[0, 16, clean.spans[0]?.label, clean.spans[0]?.confidence]]);
    expect(obf.spans[0]?.text).toBe('I will k\u200Bill you');
  });

  it.each(THREATS)('zero-width characters inside words: %s', (clean) => {
    for (const seed of [1, 2, 3]) {
      const o = obfuscate(clean, 'zw', seeded(seed));
      expect(o.text).not.toBe(clean);
      const a = classifier.classify(clean);
      const b = checkResult(o.text, classifier.classify(o.text), { spans: 'all' });
      expect(b.scores).toEqual(a.scores);
      expect(b.label).toBe(a.label);
      spansMapped(a, b, o);
    }
  });

  it.each(THREATS)('leetspeak inside words: %s', (clean) => {
    for (const seed of [1, 2, 3]) {
      const o = obfuscate(clean, 'leet', seeded(seed));
      const a = classifier.classify(clean);
      const b = checkResult(o.text, classifier.classify(o.text), { spans: 'all' });
      scoresClose(a, b, TOLERANCE);
      spansMapped(a, b, o);
    }
  });

  it.each(THREATS)('Cyrillic and Greek homoglyphs inside words: %s', (clean) => {
    for (const seed of [1, 2, 3]) {
      const o = obfuscate(clean, 'homoglyph', seeded(seed));
      const a = classifier.classify(clean);
      const b = checkResult(o.text, classifier.classify(o.text), { spans: 'all' });
      scoresClose(a, b, TOLERANCE);
      spansMapped(a, b, o);
    }
  });

  it('quoted threats: zero-width characters change nothing, quotations included', () => {
    const clean = 'Police said the man wrote "I will kill you all" on the wall. He was arrested on Monday.';
    const o = obfuscate(clean, 'zw', seeded(7));
    const a = classifier.classify(clean);
    const b = checkResult(o.text, classifier.classify(o.text), { spans: 'all' });
    expect(b.scores).toEqual(a.scores);
    spansMapped(a, b, o);
    const quote = b.spans.find((s) => s.kind === 'quote' && s.text.startsWith('I'));
    expect(quote?.text.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')).toBe('I will kill you all');
    expect(quote?.text).toBe(o.text.slice(quote?.start, quote?.end));
  });
});
