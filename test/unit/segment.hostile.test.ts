import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import { tokenize } from '../../src/tokenize.js';

function timed(t: string): number {
  const t0 = performance.now();
  const seg = segment(t);
  tokenize(t);
  expect(seg.sentences.length).toBeGreaterThanOrEqual(0);
  return performance.now() - t0;
}

describe('segment on hostile input (linear time)', () => {
  it.each([
    ['100k straight double quotes', '"'.repeat(100_000)],
    ['100k mixed quote marks', '“‘«„"\'»’”'.repeat(12_000)],
    ['100k opening guillemets', '«'.repeat(100_000)],
    ['100k newlines', '\n'.repeat(100_000)],
    ['100k short lines', 'a\n'.repeat(100_000)],
    ['100k bullets', '- x\n'.repeat(100_000)],
    ['1 MB single token', 'a'.repeat(1_000_000)],
    ['1 MB of spaces then a period', ' '.repeat(1_000_000) + '.'],
    ['1 MB e-mail-like run', 'a'.repeat(1_000_000) + '@b'],
    ['100k negators', 'not '.repeat(100_000)],
    ['100k ifs', 'if he were '.repeat(50_000) + 'would'],
    ['100k cues', 'he said '.repeat(100_000)],
    ['many number dots', '1.2.'.repeat(100_000)],
    ['unclosed quote then long paragraph', '"' + 'I will kill you. '.repeat(50_000)],
    ['long comma chain', '1,111'.repeat(100_000) + '.5'],
    ['quotes alternating with cues', '"a" he said "b" said she '.repeat(20_000)],
    ['deeply nested openers', '“‘«„‹「『'.repeat(20_000)],
    ['according to chain', 'according to police '.repeat(50_000)],
    ['fiction frames', 'in the movie imagine what if '.repeat(30_000)],
    ['reported chain', 'he told police she said that they wrote that '.repeat(20_000)],
  ])('%s', (_name, t) => {
    expect(timed(t)).toBeLessThan(4000);
  });

  it('10 MB of ordinary text', () => {
    const para = 'Police said the man told officers he would "come back tomorrow." Nobody was hurt, officials said. ';
    const t = (para.repeat(20) + '\n\n').repeat(Math.ceil(10_000_000 / (para.length * 20 + 2)));
    expect(t.length).toBeGreaterThanOrEqual(10_000_000);
    expect(timed(t)).toBeLessThan(15000);
  }, 30_000);
});
