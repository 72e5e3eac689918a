import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment } from '../../src/segment.js';
import { tokenize } from '../../src/tokenize.js';
import type { Range } from '../../src/types.js';

const QUOTES = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '＂', '❝', '❞'];
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'I', 'will', 'kill', 'you', 'said', 'he', 'not', 'if', 'the', 'told', 'police', ' ', ' ', ' ') },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom('.', '!', '?', '…', ',', ';', ':', '-', '*', '•', '1.', 'a)', 'Mr.', 'U.S.') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('😀', '🔪', '👨‍👩‍👧', '\uD800', '\uDC00', '\u0000', '\u200B', '\uFEFF', '\u0301', 'مرحبا', '\u202E', 'שלום') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const hostileText = fc.array(unit, { maxLength: 120 }).map((a) => a.join(''));

function splitsPair(t: string, i: number): boolean {
  const hi = t.charCodeAt(i - 1);
  const lo = t.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function checkRange(t: string, r: Range): void {
  expect(r.start).toBeGreaterThanOrEqual(0);
  expect(r.end).toBeGreaterThanOrEqual(r.start);
  expect(r.end).toBeLessThanOrEqual(t.length);
  expect(splitsPair(t, r.start)).toBe(false);
  expect(splitsPair(t, r.end)).toBe(false);
}

/** Whitespace as the segmenter trims it: JavaScript's \s and NEL (U+0085, a line break in Unicode). */
function isWs(c: string): boolean {
  return /\s/.test(c) || c === '\u0085';
}

function checkInvariants(t: string): void {
  const seg = segment(t);
  for (const p of seg.paragraphs) checkRange(t, p);
  let last = 0;
  for (let i = 0; i < seg.paragraphs.length; i++) {
    const p = seg.paragraphs[i]!;
    expect(p.start).toBeGreaterThanOrEqual(last);
    last = p.end;
    if (p.end > p.start) {
      expect(isWs(t[p.start]!)).toBe(false);
      expect(isWs(t[p.end - 1]!)).toBe(false);
    }
  }
  last = 0;
  const covered = new Uint8Array(t.length);
  for (const s of seg.sentences) {
    checkRange(t, s);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
    const p = seg.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(isWs(t[s.start]!)).toBe(false);
    expect(isWs(t[s.end - 1]!)).toBe(false);
    covered.fill(1, s.start, s.end);
    if (s.attribution) {
      checkRange(t, s.attribution.cue);
      expect(s.attribution.cue.text).toBe(t.slice(s.attribution.cue.start, s.attribution.cue.end));
    }
  }
  // Every non-whitespace character is in a sentence, except list markers at a paragraph start.
  for (const p of seg.paragraphs) {
    const firstSentence = seg.sentences.find((s) => s.start >= p.start && s.end <= p.end);
    const bodyStart = firstSentence ? firstSentence.start : p.end;
    for (let i = bodyStart; i < p.end; i++) if (!isWs(t[i]!)) expect(covered[i], `char ${i} of ${JSON.stringify(t)}`).toBe(1);
  }
  for (let i = 0; i < t.length; i++) {
    if (isWs(t[i]!)) continue;
    const inPara = seg.paragraphs.some((p) => p.start <= i && i < p.end);
    expect(inPara).toBe(true);
  }
  for (const q of seg.quotes) {
    checkRange(t, q);
    const s = seg.sentences[q.sentence]!;
    expect(q.start).toBeGreaterThanOrEqual(s.start);
    expect(q.end).toBeLessThanOrEqual(s.end);
    expect(q.depth).toBeGreaterThanOrEqual(0);
    if (q.attribution) {
      checkRange(t, q.attribution.cue);
      if (q.attribution.source) checkRange(t, q.attribution.source);
    }
  }
  for (const sc of seg.scopes) checkRange(t, sc);
  const toks = tokenize(t);
  last = 0;
  for (const k of toks) {
    checkRange(t, k);
    expect(k.text).toBe(t.slice(k.start, k.end));
    expect(k.start).toBeGreaterThanOrEqual(last);
    last = k.end;
  }
}

describe('segment invariants (property)', () => {
  it('hold on hostile random text', () => {
    fc.assert(fc.property(hostileText, checkInvariants), { numRuns: 3000 });
  });

  it('hold where NEL (U+0085) ends or starts a paragraph (found by the property below)', () => {
    for (const t of ['abc def\u0085', '\u0085abc\u0085', '\u{3948C}\u{2AB7C}\u0085', 'a\u0085\u0085b']) checkInvariants(t);
  });

  it('hold on arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), { numRuns: 1500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), checkInvariants), { numRuns: 500 });
  });

  it('hold with the natural engine too', () => {
    fc.assert(
      fc.property(hostileText, (t) => {
        expect(() => segment(t, { sentenceEngine: 'natural' })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('covers examples of every construct', () => {
    for (const t of ['', ' ', '\n\n', '.', '"', '“”', '- ', '1. x', 'a\u0000b', '\uD800', '😀', 'He said "', "'", '«»»«']) checkInvariants(t);
  });

  it('rejects non-strings with a coded error', () => {
    expect(() => segment(42 as unknown as string)).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
