import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RECORD_BYTES, EvalOptionsSchema, ScoreOptionsSchema, formatFromPath, parseCliOptions, parseSize } from '../../src/cli/options.js';

describe('score options', () => {
  it('fills defaults', () => {
    expect(parseCliOptions(ScoreOptionsSchema, { input: 'a.jsonl' }, 'score')).toEqual({
      input: 'a.jsonl', textField: 'text', workers: 1, spans: 'flagged', resume: false, failFast: false,
      maxRecordBytes: DEFAULT_MAX_RECORD_BYTES, batchSize: 256, precision: 6, modelHeader: false, progress: true, quiet: false,
    });
  });

  it('parses numbers and sizes from flag strings', () => {
    const o = parseCliOptions(ScoreOptionsSchema, { input: '-', workers: '2', maxRecordBytes: '4MB' }, 'score');
    expect(o.workers).toBe(2);
    expect(o.maxRecordBytes).toBe(4 * 1024 * 1024);
    expect(parseSize('512k')).toBe(524288);
    expect(parseSize('1.5 MiB')).toBe(1572864);
    expect(parseSize('12')).toBe(12);
    expect(parseSize('1 parsec')).toBeUndefined();
  });

  it('fails with a USAGE error naming the flag', () => {
    const bad = (o: Record<string, unknown>) => () => parseCliOptions(ScoreOptionsSchema, { input: 'a.jsonl', ...o }, 'score');
    expect(bad({ workers: '0' })).toThrow(expect.objectContaining({ code: 'USAGE', message: expect.stringContaining('--workers must be a whole number from 1 to 64, got "0"') }));
    expect(bad({ workers: 'two' })).toThrow(/--workers/);
    expect(bad({ maxRecordBytes: 'lots' })).toThrow(/--max-record-bytes must be a size/);
    expect(bad({ resume: true })).toThrow(/--resume needs -o <file>/);
    expect(bad({ output: 'a.jsonl' })).toThrow(/-o must not be the input file/);
    expect(bad({ resume: true })).toThrow(/See `threatframe score --help`/);
  });

  it('knows formats by extension', () => {
    expect(formatFromPath('x/posts.JSONL')).toBe('jsonl');
    expect(formatFromPath('a.ndjson')).toBe('jsonl');
    expect(formatFromPath('a.csv')).toBe('csv');
    expect(formatFromPath('a.txt')).toBe('txt');
    expect(formatFromPath('a.dat')).toBeUndefined();
  });
});

describe('eval options', () => {
  it('parses floors as probabilities', () => {
    expect(parseCliOptions(EvalOptionsSchema, { fixtures: 'f.jsonl', minThreatRecall: '0.9' }, 'eval')).toMatchObject({ format: 'table', minThreatRecall: 0.9 });
    expect(() => parseCliOptions(EvalOptionsSchema, { fixtures: 'f.jsonl', maxThreatFpr: '1.5' }, 'eval')).toThrow(/--max-threat-fpr must be a number from 0 to 1, got "1.5"/);
  });
});
