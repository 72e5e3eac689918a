/**
 * Work grows linearly with input length through the whole classify path (segment -> tokenize -> features
 * -> engine -> spans), checked without the wall clock (test/helpers/work.ts), so a busy machine cannot
 * fail it: for each adversarial pattern at n and 4n copies,
 *  - the work done (characters and elements visited by the string, regex and array primitives, counted
 *    by an injected counter) must grow less than 5x (linear: 4x; a stage that re-scans: 16x), and
 *  - the CPU time (not wall-clock), interleaved min of k runs, must grow less than 10x: this catches
 *    what the counter cannot see (plain loops over arrays, typed-array work); a uniform slowdown of the
 *    machine cancels out of the ratio.
 * Regular expressions on the scoring path are checked statically for nested unbounded quantifiers and
 * dynamically with adversarial strings, as CPU-time ratios against the same input at 1/4 of the size or
 * against plain text of the same length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../src/index.js';
import { cpuGrowth, cpuRatio, workGrowth } from '../helpers/work.js';
import { checkResult, load, ROOT } from './helpers.js';
import { newsArticle } from './inputs.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await load({ spans: 'all' });
  classifier.classify(newsArticle(50_000)); // warm up the JIT
}, 60_000);

/**
 * Adversarial patterns, each repeated to ~`size` UTF-16 units for n (4x that for 4n). The sizes are large
 * enough that a stage quadratic in sentences, quotes, scopes or cues shows up (it did: see the report).
 */
const PATTERNS: Array<[name: string, unit: string, size?: number]> = [
  ['sentences with a quote and a cue', 'He said "x". ', 60_000],
  ['negated sentences', 'I do not go. '],
  ['cue + quote, no sentence end', 'he said that x "y" '],
  ['quotes in one sentence', '"a" "b" ', 60_000],
  ['reported-speech chain', 'he said that she '],
  ['negators and counterfactuals in one sentence', 'not a, if he were here he would '],
  ['fiction frames and according to', '"in the movie x" according to police '],
  ['the message read, colon quotes', 'the message read "x" He said: "y" '],
  ['unclosed openers', '“‘«„‹「『'],
  ['straight quotes, apostrophes, possessives', `"students' books 'em x' `],
  ['multi-paragraph quotes', '"x\n\n', 60_000],
  ['list items with quotes', '- "x\n', 60_000],
  ['short lines and newlines', 'I will find you\n\n\n'],
  ['abbreviations and numbers', 'Mr. U.S. e.g. Jan. 5 1.2.3 1,111.5 '],
  ['URLs, e-mails, at signs', 'http://a.b/c. a@b.com. www.x.y a@'],
  ['obfuscation: zero-width, leet, homoglyphs', 'k\u200Bi\u200Bl\u200Bl k!ll @ss a@b $h!t kіll уоu '],
  ['emoji, lone surrogates, bidi, marks', '👨‍👩‍👧‍👦🏳️‍🌈👍🏽\uD800a\uDC00\u202Eabc\u202C k\u0301\u0302'],
  ['one growing token', 'a', 200_000],
  ['one growing digit token', '1', 200_000],
  ['one growing space run then a period', ' ', 200_000],
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

describe('classify work is linear in the input length', () => {
  it.each(PATTERNS)('%s', (name, unit, size = 25_000) => {
    const make = (scale: number): string => repeatTo(unit, size * scale);
    // Work done first: deterministic, and cheap to fail on (a quadratic stage is caught before the
    // timed runs spend 16x on it).
    const work = workGrowth(make, (t) => classifier.classify(t));
    expect(work.small, 'the counter sees the classifier work').toBeGreaterThan(size);
    expect(work.ratio, `${name}: work n ${work.small}, 4n ${work.large}`).toBeLessThan(5);
    let result: unknown;
    const cpu = cpuGrowth(make, (t) => {
      result = classifier.classify(t);
    }, { limit: 10 });
    console.info(`[linear] ${name}: work x${work.ratio.toFixed(2)}, CPU n ${cpu.small.toFixed(0)} ms, 4n ${cpu.large.toFixed(0)} ms, x${cpu.ratio.toFixed(1)}`);
    expect(cpu.ratio, `${name}: CPU n ${cpu.small.toFixed(0)} ms, 4n ${cpu.large.toFixed(0)} ms`).toBeLessThan(10);
    checkResult(make(4), result, { spans: 'all' }); // the last run is the large one
  }, 600_000);
});

/** Regex sources in the scoring path: everything under src/ except the offline trainer and the CLI. */
function runtimeSources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'train' || e.name === 'cli' ? [] : runtimeSources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals of a TypeScript source (a literal starts where an expression can start). */
function regexLiterals(src: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[=(,:!&|?;{}[\]+\-*%<>~^]|\breturn|\btypeof)\s*\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;
  const noComments = src.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(re)) out.push(`/${m[1]}/${m[2]}`);
  return out;
}

/**
 * Nested unbounded quantifiers ((a+)+, (a*|b)*, (x+y?){2,}): the shape of catastrophic backtracking.
 * Returns the offending group sources.
 */
function nestedUnbounded(source: string): string[] {
  const bad: string[] = [];
  const stack: Array<{ at: number; unbounded: boolean }> = [];
  let unboundedHere = false;
  const quantAt = (i: number): { unbounded: boolean; len: number } => {
    const c = source[i];
    if (c === '*' || c === '+') return { unbounded: true, len: 1 };
    if (c === '?') return { unbounded: false, len: 1 };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) return { unbounded: m[2] !== undefined && m[3] === '', len: m[0].length };
    }
    return { unbounded: false, len: 0 };
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      const q = quantAt(i + 1);
      if (q.unbounded) unboundedHere = true;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      if (quantAt(i + 1).unbounded) unboundedHere = true;
      continue;
    }
    if (c === '(') {
      stack.push({ at: i, unbounded: unboundedHere });
      unboundedHere = false;
      continue;
    }
    if (c === ')') {
      const open = stack.pop();
      const inner: boolean = unboundedHere;
      const q = quantAt(i + 1);
      if (inner && q.unbounded) bad.push(source.slice(open?.at ?? 0, i + 1 + q.len));
      unboundedHere = (open?.unbounded ?? false) || inner || q.unbounded;
      continue;
    }
    if (quantAt(i + 1).unbounded && c !== undefined && !'|^$'.includes(c)) unboundedHere = true;
  }
  return bad;
}

/**
 * Nested quantifiers reviewed as linear: each repetition must start with a character the inner repeated
 * class cannot match, so an input splits into repetitions in exactly one way. Each has an adversarial
 * probe in the dynamic test below.
 */
const REVIEWED = new Map<string, string>([
  ['/^en(?:[-_][a-z0-9]+)*$/i', 'en' + '-a'.repeat(100_000) + '!'],
]);

describe('regular expressions on the scoring path', () => {
  it('have no nested unbounded quantifiers (static scan of src/, trainer and CLI excluded)', () => {
    const found: string[] = [];
    let count = 0;
    for (const file of runtimeSources()) {
      for (const lit of regexLiterals(readFileSync(file, 'utf8'))) {
        count++;
        if (REVIEWED.has(lit)) continue;
        for (const g of nestedUnbounded(lit)) found.push(`${relative(ROOT, file)}: ${lit} -> ${g}`);
      }
    }
    expect(count).toBeGreaterThan(5);
    expect(found).toEqual([]);
    // The checker itself flags the classic shapes.
    expect(nestedUnbounded('^(a+)+$')).toHaveLength(1);
    expect(nestedUnbounded('(\\d*,?)*x')).toHaveLength(1);
    expect(nestedUnbounded('(?:ab|c+){2,}')).toHaveLength(1);
    expect(nestedUnbounded('^\\d[\\d.,:]*$')).toEqual([]);
    expect(nestedUnbounded('(?:\\([A-Za-z.& ]{1,20}\\)\\s{0,3})?')).toEqual([]);
  });

  it('reviewed nested quantifiers stay linear on their adversarial probes (CPU time, 1/4 vs full size)', () => {
    for (const [lit, probe] of REVIEWED) {
      const m = /^\/(.*)\/([a-z]*)$/s.exec(lit);
      const re = new RegExp(m?.[1] ?? '', m?.[2] ?? '');
      const quarter = probe.slice(0, 2 + Math.floor((probe.length - 3) / 8) * 2) + probe.slice(-1);
      const g = cpuRatio(() => re.test(quarter), () => re.test(probe), { limit: 10 });
      expect(g.ratio, `${lit}: ${g.small.toFixed(2)} ms -> ${g.large.toFixed(2)} ms`).toBeLessThan(10);
    }
  });

  it('do not backtrack on adversarial strings aimed at each of them (CPU time as a ratio, never a limit)', () => {
    // Long probes: the same probe at 1/4 of its length and at full length; backtracking grows
    // quadratically or worse, linear scanning 4x.
    const scalable: Array<[string, (scale: number) => string]> = [
      // features.ts featureForm number test, on long digit tokens that end otherwise
      ['long digit token', (s) => '1'.repeat(75_000 * s) + 'x'],
      ['digits and separators', (s) => '1.1,1:'.repeat(12_500 * s) + 'a'],
      // normalize.ts mark/letter/emoji-modifier regexes on long non-ASCII tokens
      ['letters and combining marks', (s) => 'é'.repeat(50_000 * s) + '\u0301'.repeat(25_000 * s)],
      ['emoji with modifiers', (s) => '👍🏽\uFE0F'.repeat(15_000 * s)],
      ['sharp s and final sigma', (s) => 'ßς'.repeat(25_000 * s)],
      // paragraphs.ts list-marker check
      ['roman-numeral list markers', (s) => '(ivxl) '.repeat(7_500 * s)],
    ];
    for (const [name, make] of scalable) {
      const g = cpuGrowth(make, (t) => classifier.classify(t), { limit: 10 });
      expect(g.ratio, `${name}: ${g.small.toFixed(1)} ms -> ${g.large.toFixed(1)} ms`).toBeLessThan(10);
    }
    // frame.ts DATELINE runs on the first 120 units only, so size says nothing there: each probe is
    // compared with plain text of the same length (catastrophic backtracking costs 100x and more).
    for (const probe of ['A' + ' '.repeat(200), 'AB, ' + 'a'.repeat(40) + ' (' + 'a'.repeat(40), 'WASHINGTON, D.C. (' + 'A '.repeat(60)]) {
      const plain = 'a b '.repeat(Math.ceil(probe.length / 4)).slice(0, probe.length);
      const g = cpuRatio(() => classifier.classify(plain), () => classifier.classify(probe), { limit: 10 });
      expect(g.ratio, `${JSON.stringify(probe.slice(0, 30))}: ${g.small.toFixed(3)} ms (plain) vs ${g.large.toFixed(3)} ms`).toBeLessThan(10);
    }
  }, 600_000);
});
