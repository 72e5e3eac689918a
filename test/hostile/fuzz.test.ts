/**
 * Property/fuzz tests (fast-check) over random and adversarial Unicode: lone surrogates (unit: 'binary'),
 * grapheme clusters, and a mix of quote marks, cue words, negators, frames, newlines, bullets, zero-width
 * and bidi characters. Segmentation, tokenization, spans and the whole classify path keep their
 * invariants on all of it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/index.js';
import { normalizeToken } from '../../src/normalize.js';
import { segment } from '../../src/segment.js';
import { tokenize } from '../../src/tokenize.js';
import type { Range } from '../../src/types.js';
import { adversarialText, hostileInput, hostileText } from './arbitraries.js';
import { contractViolations, load, splitsPair } from './helpers.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await load({ spans: 'all' });
}, 60_000);

/** Blank for the segmenter: JS whitespace plus NEL (U+0085), which it treats as a line break. */
const WS = /[\s\u0085]/;

function rangeProblems(text: string, r: Range, what: string): string[] {
  const bad: string[] = [];
  if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= text.length)) bad.push(`${what} [${r.start},${r.end}) out of bounds`);
  if (splitsPair(text, r.start) || splitsPair(text, r.end)) bad.push(`${what} [${r.start},${r.end}) splits a surrogate pair`);
  return bad;
}

/** Every invariant of segment() (see src/segment.ts), as a list of violations. */
function segmentProblems(text: string): string[] {
  const seg = segment(text);
  const bad: string[] = [];
  let last = 0;
  seg.paragraphs.forEach((p, i) => {
    bad.push(...rangeProblems(text, p, `paragraph ${i}`));
    if (p.start < last) bad.push(`paragraph ${i} overlaps`);
    last = p.end;
    if (p.end > p.start && (WS.test(text[p.start] as string) || WS.test(text[p.end - 1] as string))) bad.push(`paragraph ${i} not trimmed`);
  });
  last = 0;
  const covered = new Uint8Array(text.length);
  seg.sentences.forEach((s, i) => {
    bad.push(...rangeProblems(text, s, `sentence ${i}`));
    if (s.end <= s.start) bad.push(`sentence ${i} empty`);
    if (s.start < last) bad.push(`sentence ${i} overlaps the previous one`);
    last = s.end;
    const p = seg.paragraphs[s.paragraph];
    if (!p || s.start < p.start || s.end > p.end) bad.push(`sentence ${i} outside its paragraph`);
    if (WS.test(text[s.start] as string) || WS.test(text[s.end - 1] as string)) bad.push(`sentence ${i} not trimmed`);
    covered.fill(1, s.start, s.end);
    for (const r of [s.attribution?.cue, s.attribution?.source]) {
      if (!r) continue;
      bad.push(...rangeProblems(text, r, `sentence ${i} attribution`));
      if (r.text !== text.slice(r.start, r.end)) bad.push(`sentence ${i} attribution text is not the slice`);
      if (r.start < s.start || r.end > s.end) bad.push(`sentence ${i} attribution outside the sentence`);
    }
  });
  // Every non-blank character is in a sentence, except list markers before a paragraph's first sentence.
  for (const p of seg.paragraphs) {
    const first = seg.sentences.find((s) => s.start >= p.start && s.end <= p.end);
    for (let i = first ? first.start : p.end; i < p.end; i++) if (!WS.test(text[i] as string) && covered[i] !== 1) bad.push(`character ${i} in no sentence`);
  }
  for (let i = 0; i < text.length; i++) {
    if (!WS.test(text[i] as string) && !seg.paragraphs.some((p) => p.start <= i && i < p.end)) {
      bad.push(`character ${i} in no paragraph`);
      break;
    }
  }
  seg.quotes.forEach((q, i) => {
    bad.push(...rangeProblems(text, q, `quote ${i}`));
    const s = seg.sentences[q.sentence];
    if (!s || q.start < s.start || q.end > s.end) bad.push(`quote ${i} outside its sentence`);
    if (q.depth < 0) bad.push(`quote ${i} negative depth`);
    for (const r of [q.attribution?.cue, q.attribution?.source]) if (r) bad.push(...rangeProblems(text, r, `quote ${i} attribution`));
  });
  seg.scopes.forEach((sc, i) => bad.push(...rangeProblems(text, sc, `scope ${i}`)));
  return bad;
}

function tokenProblems(text: string, from = 0, to = text.length): string[] {
  const toks = tokenize(text, from, to);
  const bad: string[] = [];
  let last = from;
  toks.forEach((t, i) => {
    bad.push(...rangeProblems(text, t, `token ${i}`));
    if (t.text !== text.slice(t.start, t.end)) bad.push(`token ${i} text is not the slice`);
    if (t.start < last || t.end > to) bad.push(`token ${i} [${t.start},${t.end}) out of order or range [${from},${to})`);
    if (t.end <= t.start) bad.push(`token ${i} empty`);
    last = t.end;
    if (normalizeToken(t.norm) !== t.norm) bad.push(`token ${i} norm ${JSON.stringify(t.norm)} is not a fixed point of normalisation`);
  });
  // Completeness: every letter or digit of the range lies in a token.
  const covered = new Uint8Array(text.length);
  for (const t of toks) covered.fill(1, t.start, t.end);
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}]/gu)) {
    const i = from + (m.index ?? 0);
    if (covered[i] !== 1 && !splitsPair(text, i)) bad.push(`letter/digit at ${i} in no token`);
  }
  return bad;
}

describe('segmentation (property)', () => {
  it('holds its invariants on adversarial text', () => {
    fc.assert(fc.property(adversarialText(120), (t) => {
      expect(segmentProblems(t)).toEqual([]);
    }), { numRuns: 1500 });
  });
  it('holds its invariants on arbitrary UTF-16 (lone surrogates) and on grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => {
      expect(segmentProblems(t)).toEqual([]);
    }), { numRuns: 800 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => {
      expect(segmentProblems(t)).toEqual([]);
    }), { numRuns: 500 });
  });
  it('is pure: segmenting twice gives deep-equal results, and never throws on a string', () => {
    fc.assert(fc.property(hostileText(300), (t) => {
      expect(segment(t)).toEqual(segment(t));
    }), { numRuns: 300 });
  });
});

describe('tokenization (property)', () => {
  it('tokens are exact, ordered, complete, never split a pair, and norms are normalisation fixed points', () => {
    fc.assert(fc.property(hostileText(300), (t) => {
      expect(tokenProblems(t)).toEqual([]);
    }), { numRuns: 1000 });
  });
  it('tokenizing a sub-range (any bounds, even mid-pair or out of range) stays inside it', () => {
    fc.assert(
      fc.property(hostileText(200), fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 }), (t, a, b) => {
        const from = Math.max(0, Math.min(t.length, a));
        const to = Math.max(from, Math.min(t.length, b));
        const toks = tokenize(t, a, b);
        for (const k of toks) {
          expect(k.start).toBeGreaterThanOrEqual(from);
          expect(k.end).toBeLessThanOrEqual(to);
          expect(k.text).toBe(t.slice(k.start, k.end));
          expect(splitsPair(t, k.start)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('spans and the whole classify path (property)', () => {
  it('every result is schema-valid with exact offsets; sentence and quote spans are the segmenter units', () => {
    fc.assert(
      fc.property(hostileText(300), (text) => {
        const r = classifier.classify(text);
        expect(contractViolations(text, r, { spans: 'all' })).toEqual([]);
        if (r.abstained) {
          // Another language: not scored, no spans, and a reason.
          expect(r).toMatchObject({ label: 'benign', spans: [], scores: { threat: 0, reporting: 0, benign: 1 } });
          expect(r.reason).toMatch(/language/);
          return;
        }
        const seg = segment(text);
        expect(r.spans.filter((s) => s.kind === 'sentence').map((s) => [s.start, s.end])).toEqual(seg.sentences.map((s) => [s.start, s.end]));
        const quoteKeys = (xs: Array<{ start: number; end: number }>) => xs.map((q) => `${q.start}:${q.end}`).sort();
        expect(quoteKeys(r.spans.filter((s) => s.kind === 'quote'))).toEqual(quoteKeys(seg.quotes));
      }),
      { numRuns: 400 },
    );
  });

  it('records with ids and kinds: the id comes back, the result is valid, the kind only moves scores', () => {
    fc.assert(
      fc.property(hostileInput(200), (input) => {
        const text = typeof input === 'string' ? input : input.text;
        const id = typeof input === 'string' ? undefined : input.id;
        const r = classifier.classify(input);
        expect(contractViolations(text, r, { spans: 'all', ...(id === undefined ? {} : { id }) })).toEqual([]);
        const bare = classifier.classify(text);
        expect(r.spans.map((s) => [s.kind, s.start, s.end])).toEqual(bare.spans.map((s) => [s.kind, s.start, s.end]));
      }),
      { numRuns: 300 },
    );
  });
});
