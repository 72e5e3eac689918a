import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/schemas.js';
import { matches, parseAttributionFixtures, scoreQuotedThreats } from '../../src/train/attributionFixtures.js';

const row = (quotes: object[], text = 'The caller said "the station burns tonight". Police said it was calm.') =>
  JSON.stringify({ id: 'x1', kind: 'article', genre: 'news', text, quotes });
const model = { name: 'm', version: '1', sha256: 'x' };
const span = (text: string, part: string, label: Result['spans'][number]['label'], source?: string): Result['spans'][number] => {
  const start = text.indexOf(part);
  return {
    start, end: start + part.length, text: part, label, confidence: 0.9, kind: 'quote',
    scores: { threat: 0, reporting: 0.9, benign: 0.1 }, explanation: { content: 0.9, voice: 0.1 }, ...(source ? { source } : {}),
  };
};
const result = (spans: Result['spans']): Result => ({ label: 'reporting', scores: { threat: 0, reporting: 1, benign: 0 }, confidence: 1, language: 'en', spans, model });

describe('attribution fixtures', () => {
  it('locate content, cue and source by their first occurrence, and refuse parts that are not in the text', () => {
    const [r] = parseAttributionFixtures(row([{ content: 'the station burns tonight', cue: 'said', source: 'The caller', type: 'direct', threat: true }]));
    expect(r?.quotes[0]?.content).toEqual({ start: 17, end: 42 });
    expect(r?.quotes[0]?.cue.start).toBe(11);
    expect(() => parseAttributionFixtures(row([{ content: 'not there', cue: 'said', source: null, type: 'direct', threat: true }]))).toThrow(/not in the text/);
    expect(() => parseAttributionFixtures(row([{ content: 'x', cue: 'said', source: null, type: 'sideways', threat: true }]))).toThrow(/quotes\.0\.type/);
  });

  it('a span matches when it covers half of the gold content and lies half inside it', () => {
    expect(matches({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(true);
    expect(matches({ start: 0, end: 4 }, { start: 0, end: 10 })).toBe(false);
    expect(matches({ start: 0, end: 30 }, { start: 0, end: 10 })).toBe(false);
  });

  it('counts threats found (with source), non-threats flagged, and threat documents', () => {
    const rows = parseAttributionFixtures(row([
      { content: 'the station burns tonight', cue: 'said', source: 'The caller', type: 'direct', threat: true },
      { content: 'it was calm', cue: 'said', source: 'Police', type: 'indirect', threat: false },
    ]));
    const text = rows[0]!.text;
    const good = scoreQuotedThreats(rows, [result([span(text, 'the station burns tonight', 'quoted_threat', 'the caller')])]);
    expect(good).toMatchObject({ threats: 1, found: 1, foundWithSource: 1, nonThreats: 1, flagged: 0, threatDocs: 0 });
    const bad = scoreQuotedThreats(rows, [result([span(text, 'the station burns tonight', 'quoted_threat'), span(text, 'it was calm', 'quoted_threat', 'Police')])]);
    expect(bad).toMatchObject({ found: 1, foundWithSource: 0, flagged: 1 });
    expect(bad.misses.map((m) => m.kind).sort()).toEqual(['flagged', 'no-source']);
    const none = scoreQuotedThreats(rows, [result([span(text, 'the station burns tonight', 'reporting')])]);
    expect(none).toMatchObject({ found: 0, flagged: 0 });
  });
});
