import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rawCuts } from '../../src/segment/cuts.js';
import { naturalSentences } from '../../src/tokenize.js';
import { segment } from '../../src/segment.js';
import { workGrowth } from '../helpers/work.js';

/** natural-style sentence strings from our cut offsets. */
function fastSentences(t: string): string[] {
  const out: string[] = [];
  let p = 0;
  for (const c of [...rawCuts(t, 0, t.length), t.length]) {
    const s = t.slice(p, c).trim();
    if (s) out.push(s);
    p = c;
  }
  return out;
}

const natural = (t: string): string[] => naturalSentences(t).filter((s) => s !== '');

const PIECES = [
  'the', 'man', 'said', 'Mr.', 'U.S.', '3.5', '1,000.25', '2024.5', '1.2.3', 'e.g.', 'www.example.com',
  'http://a.b/c?d=1.', 'mail me at a.b@c.org.', 'ok', '!', '?', '...', '…', '"', "'", '”', '’', ')', ']', '}',
  '.', ' ', '  ', 'x.y', '5.', 'No. 5', 'ÉTÉ.', '42', '7.x', '9.99%', '(see', 'it.)', 'wow!!', '?!', 'www.',
  'mailto:x@y.zz', 'MAILTO:q@r.st', 'http://', 'aa@bb', 'a@b.c1.de', 'end.5', 'FTP://host/x.y', 'file://a.b',
];

describe('rawCuts reproduces natural SentenceTokenizer', () => {
  it('on varied English text', () => {
    const texts = [
      'Mr. Smith went to Washington on Jan. 5. He said "I will come back. You will see." Then he left... Wow!! Is it 3.5 km?',
      'U.S. officials agreed at 5 p.m. today. Visit www.example.com now. Or mail info@example.org. Done!',
      'Prices rose 2.5% to $1,234.56 on Tuesday; analysts (at 3 firms.) disagreed! Really?! Yes…',
      "It's over.Next one starts now. 'Quoted.' \"Double.\" (Paren.) [Bracket.] {Brace.}",
    ];
    for (const t of texts) expect(fastSentences(t)).toEqual(natural(t));
  });

  it('on generated text (pieces)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.boolean()), { minLength: 1, maxLength: 14 }), (parts) => {
        const t = parts.map(([p, sp]) => p + (sp ? ' ' : '')).join('');
        expect(fastSentences(t)).toEqual(natural(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('on generated text (characters)', () => {
    const alphabet = 'aw1 .?!…@:/,"\')]}”’mxt0_-%+hpsWMf'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }), (chars) => {
        const t = chars.join('');
        expect(fastSentences(t)).toEqual(natural(t));
      }),
      { numRuns: 5000 },
    );
  });

  // Work done, not time taken: characters visited from 1/4 of the input to all of it grow 4x when the
  // cutter is linear, 16x when it re-scans (test/helpers/work.ts).
  it.each([
    ['a long token then "@"', (n: number) => 'a'.repeat(n) + '@', 1_000_000],
    ['spaces then a period', (n: number) => ' '.repeat(n) + '.', 1_000_000],
    ['a long comma chain', (n: number) => '1,111'.repeat(n / 5) + '.5x', 500_000],
    ['URLs and decimals', (n: number) => 'www.a 1.5 '.repeat(n / 10), 1_000_000],
  ] as const)('is linear where natural backtracks: %s', (_name, make, size) => {
    const g = workGrowth((s) => make((size / 4) * s), (t) => rawCuts(t, 0, t.length));
    expect(g.small).toBeGreaterThan(size / 4); // every character was looked at: the counter sees the cutter
    expect(g.ratio, `work ${g.small} -> ${g.large}`).toBeLessThan(5);
  });
});

describe("segment with sentenceEngine 'natural'", () => {
  it('gives the same segmentation as the default engine', () => {
    const texts = [
      'Mr. Smith went to Washington on Jan. 5. He said "I will come back. You will see." Then he left.',
      'The suspect told police he would burn it down. Officers arrived at 3.15 p.m. and arrested him!',
      "i will find you\nyou will pay. and your family too... watch your back!!\n\n- item one. more\n- item two",
      '“I will find you.\n\n“And nobody will stop me,” he wrote. Police said the post was removed.',
      'Visit www.example.com. Then e-mail a.b@c.org. U.S. officials said the 1.2.3 plan failed.',
    ];
    for (const t of texts) expect(segment(t, { sentenceEngine: 'natural' })).toEqual(segment(t));
  });

  it('gives the same segmentation on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES, '\n', '\n\n', 'he said', 'I will', '- '), fc.boolean()), { maxLength: 20 }), (parts) => {
        const t = parts.map(([p, sp]) => p + (sp ? ' ' : '')).join('');
        expect(segment(t, { sentenceEngine: 'natural' })).toEqual(segment(t));
      }),
      { numRuns: 500 },
    );
  });
});
