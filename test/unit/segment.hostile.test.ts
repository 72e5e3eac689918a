/**
 * segment + tokenize on hostile input are linear: checked as work done (characters and elements visited,
 * counted by test/helpers/work.ts), never as time, so a busy machine cannot fail them. Each input is
 * built at 1/4 of its size and at full size; linear work grows 4x, a stage that re-scans grows 16x.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import { tokenize } from '../../src/tokenize.js';
import { workGrowth } from '../helpers/work.js';

function segmentAndTokenize(t: string): void {
  const seg = segment(t);
  tokenize(t);
  if (!(seg.sentences.length >= 0)) throw new Error('no segmentation');
}

/** `unit` repeated `count` times (then `tail`), at `scale` x count / 4. */
const rep = (unit: string, count: number, tail = '') => (scale: number): string => unit.repeat(Math.max(1, Math.round((count / 4) * scale))) + tail;

describe('segment on hostile input (linear work)', () => {
  it.each([
    ['100k straight double quotes', rep('"', 100_000)],
    ['100k mixed quote marks', rep('“‘«„"\'»’”', 12_000)],
    ['100k opening guillemets', rep('«', 100_000)],
    ['100k newlines', rep('\n', 100_000)],
    ['100k short lines', rep('a\n', 100_000)],
    ['100k bullets', rep('- x\n', 100_000)],
    ['1 MB single token', rep('a', 1_000_000)],
    ['1 MB of spaces then a period', rep(' ', 1_000_000, '.')],
    ['1 MB e-mail-like run', rep('a', 1_000_000, '@b')],
    ['100k negators', rep('not ', 100_000)],
    ['100k ifs', rep('if he were ', 50_000, 'would')],
    ['100k cues', rep('he said ', 100_000)],
    ['many number dots', rep('1.2.', 100_000)],
    ['unclosed quote then long paragraph', (s: number) => '"' + rep('I will kill you. ', 50_000)(s)],
    ['long comma chain', rep('1,111', 100_000, '.5')],
    ['quotes alternating with cues', rep('"a" he said "b" said she ', 20_000)],
    ['deeply nested openers', rep('“‘«„‹「『', 20_000)],
    ['according to chain', rep('according to police ', 50_000)],
    ['fiction frames', rep('in the movie imagine what if ', 30_000)],
    ['reported chain', rep('he told police she said that they wrote that ', 20_000)],
  ] as const)('%s', (_name, make) => {
    const g = workGrowth(make, segmentAndTokenize);
    expect(g.small).toBeGreaterThan(make(1).length); // the counter sees the work: at least one visit per character
    expect(g.ratio, `work ${g.small} -> ${g.large}`).toBeLessThan(5);
  }, 120_000);

  it('10 MB of ordinary text: segments completely (no time limit), with work linear from 1 MB to 4 MB', () => {
    const para = 'Police said the man told officers he would "come back tomorrow." Nobody was hurt, officials said. ';
    const block = para.repeat(20) + '\n\n';
    const text = (bytes: number): string => block.repeat(Math.ceil(bytes / block.length));
    const g = workGrowth((s) => text(1_000_000 * s), segmentAndTokenize);
    expect(g.ratio, `work ${g.small} -> ${g.large}`).toBeLessThan(5);
    const t = text(10_000_000);
    expect(t.length).toBeGreaterThanOrEqual(10_000_000);
    const seg = segment(t);
    const paragraphs = Math.ceil(10_000_000 / block.length);
    expect(seg.sentences.length).toBeGreaterThanOrEqual(paragraphs * 20);
    expect(seg.quotes.length).toBeGreaterThanOrEqual(paragraphs * 20);
    expect(tokenize(t).length).toBeGreaterThan(1_000_000);
  }, 300_000);
});
