/**
 * Hostile inputs through every public scoring entry (classify, classifyBatch, classifyStream): each
 * yields a schema-valid result with exact offsets, or a coded ThreatframeError; nothing hangs; batches and
 * streams never lose or reorder a record. The 10 MB article goes through classify to a valid result with
 * exact offsets; how fast is `npm run bench`'s business, not a test's (a test must hold on a busy machine).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier, Input, Result, StreamError } from '../../src/index.js';
import { workGrowth } from '../helpers/work.js';
import { checkResult, expectCoded, load } from './helpers.js';
import { HOSTILE, newsArticle } from './inputs.js';

let classifier: Classifier;
let all: Classifier;
beforeAll(async () => {
  classifier = await load();
  all = await load({ spans: 'all' });
}, 60_000);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('hostile text through classify', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.make();
    const r = checkResult(text, classifier.classify(text));
    if (text.length < 500_000) {
      // Same text as a record with an id and each kind.
      checkResult(text, classifier.classify({ id: 'h', text, kind: 'post' }), { id: 'h' });
      checkResult(text, classifier.classify({ id: 0, text, kind: 'article' }), { id: 0 });
    }
    // With every span returned: same label and scores, the flagged spans a subset.
    const full = checkResult(text, all.classify(text), { spans: 'all' });
    expect(full.scores).toEqual(r.scores);
    expect(full.label).toBe(r.label);
    const allKeys = new Set(full.spans.map((s) => `${s.kind}:${s.start}:${s.end}:${s.label}`));
    expect(r.spans.every((s) => allKeys.has(`${s.kind}:${s.start}:${s.end}:${s.label}`))).toBe(true);
  }, 30_000);

  it('empty and whitespace-only text is benign with no spans, even with spans: all', () => {
    for (const text of ['', ' ', '\n'.repeat(1000), '\t\u3000\u00a0\u2028\u2029', '\ufeff']) {
      const r = checkResult(text, all.classify(text), { spans: 'all' });
      expect(r.label).toBe('benign');
      expect(r.spans).toEqual([]);
    }
  });

  it('a 10 MB news article goes through classify to a valid result with exact offsets (no time limit)', () => {
    // A quick probe first, as work done (not time): a super-linear stage would otherwise make the
    // 10 MB run take minutes before anything fails.
    const g = workGrowth((s) => newsArticle(250_000 * s), (t) => classifier.classify({ text: t, kind: 'article' }));
    expect(g.ratio, `work 250 KB ${g.small} -> 1 MB ${g.large}: super-linear`).toBeLessThan(5);
    const text = newsArticle(10_000_000);
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    expect(text.length).toBeLessThanOrEqual(classifier.options.maxLength);
    const r: Result = all.classify({ id: 'big', text, kind: 'article' });
    const res = checkResult(text, r, { id: 'big', spans: 'all' });
    expect(res.spans.length).toBeGreaterThan(10_000);
    expect(res.spans.filter((s) => s.kind === 'sentence').at(-1)?.end).toBeGreaterThan(text.length - 1000);
  }, 900_000); // a guard against a hang only: ~15 s on a quiet 2-core machine

  it('text over maxLength is a coded INPUT_TOO_LARGE error, at the limit it is scored', async () => {
    const small = await load({ maxLength: 1000 });
    checkResult('x'.repeat(1000), small.classify('x'.repeat(1000)));
    let caught: unknown;
    try {
      small.classify('x'.repeat(1001));
    } catch (e) {
      caught = e;
    }
    expectCoded(caught, ['INPUT_TOO_LARGE']);
    expect((caught as Error).message).toMatch(/1001 UTF-16 code units, over maxLength 1000/);
    // The limit counts UTF-16 units, so astral characters count twice.
    expect(() => small.classify('😀'.repeat(501))).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
    // The default limit: 10,485,760 units.
    expect(classifier.options.maxLength).toBe(10_485_760);
    expect(() => classifier.classify(' '.repeat(10_485_761))).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });

  it('non-text values are coded INVALID_INPUT errors', () => {
    const bad: unknown[] = [
      null, undefined, 42, 1n, Symbol('s'), [], {}, () => 'x', new Date(), new String('x'), { text: null }, { text: 5 },
      { text: new String('x') }, { text: 'x', extra: 1 }, { id: Number.NaN, text: 'x' }, { id: Infinity, text: 'x' },
      { id: 'x'.repeat(1025), text: 'x' }, { id: {}, text: 'x' }, { text: 'x', kind: 'tweet' },
      JSON.parse('{"__proto__": {"polluted": 1}, "text": "x"}'),
    ];
    for (const value of bad) {
      let caught: unknown;
      try {
        classifier.classify(value as Input);
      } catch (e) {
        caught = e;
      }
      expectCoded(caught, ['INVALID_INPUT']);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile text through classifyBatch and classifyStream', () => {
  // The big ones (1 MB tokens, 10 MB) have their own tests above; batches and streams get the rest.
  const cases = HOSTILE.filter((c) => c.make().length <= 50_000);

  it('a batch of every hostile input: one result per record, in order, equal to classify', () => {
    const texts = cases.map((c) => c.make());
    const inputs: Input[] = texts.map((text, i) => (i % 2 === 0 ? text : { id: `r${i}`, text }));
    const out = classifier.classifyBatch(inputs);
    expect(out).toHaveLength(inputs.length);
    out.forEach((r, i) => {
      checkResult(texts[i] as string, r, i % 2 === 0 ? {} : { id: `r${i}` });
      expect(r).toEqual(classifier.classify(inputs[i] as Input));
    });
  }, 60_000);

  it('a batch with one bad record fails as a whole with a coded error naming its index', () => {
    for (const badRecord of [null, 7, { text: 'x', nope: 1 }]) {
      let caught: unknown;
      try {
        classifier.classifyBatch(['fine', 'also fine', badRecord as Input]);
      } catch (e) {
        caught = e;
      }
      expectCoded(caught);
      expect((caught as Error).message).toContain('index 2');
    }
    expect(() => classifier.classifyBatch('not an array' as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => classifier.classifyBatch({ length: 1, 0: 'x' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(classifier.classifyBatch([])).toEqual([]);
  });

  it('a stream of hostile and invalid records with onError: yield loses and reorders nothing', async () => {
    const small = await load({ maxLength: 200_000 });
    const records: unknown[] = [];
    const expected: Array<{ text: string } | { error: string }> = [];
    cases.forEach((c, i) => {
      const text = c.make();
      records.push({ id: i, text });
      expected.push(text.length > 200_000 ? { error: 'INPUT_TOO_LARGE' } : { text });
      if (i % 5 === 0) {
        records.push(i % 10 === 0 ? null : { id: `bad${i}`, text: i });
        expected.push({ error: 'INVALID_INPUT' });
      }
    });
    async function* source() {
      for (const r of records) {
        await new Promise((res) => setImmediate(res));
        yield r as Input;
      }
    }
    const out = await collect(small.classifyStream(source(), { onError: 'yield' }));
    expect(out).toHaveLength(records.length);
    out.forEach((o, index) => {
      const want = expected[index];
      if (want && 'error' in want) {
        const e = o as StreamError;
        expect(e.index).toBe(index);
        expect(e.error.code).toBe(want.error);
        const rec = records[index] as { id?: unknown } | null;
        if (rec && (typeof rec.id === 'string' || typeof rec.id === 'number')) expect(e.id).toBe(rec.id);
      } else {
        const rec = records[index] as { id: number; text: string };
        checkResult(rec.text, o, { id: rec.id });
      }
    });
  }, 60_000);

  it('a stream throws the first coded error by default and accepts sync iterables', async () => {
    await expect(collect(classifier.classifyStream(['ok', { text: 1 } as never, 'never reached']))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const sync = await collect(classifier.classifyStream(new Set(['a', '"b" he said'])));
    expect(sync).toHaveLength(2);
    sync.forEach((r, i) => checkResult(i === 0 ? 'a' : '"b" he said', r));
  });
});

describe('hostile use of the API surface', () => {
  it('a sparse batch is a coded error naming the hole, never a result array with holes', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [, 'x', , 'y'] as unknown as Input[];
    let out: unknown;
    let caught: unknown;
    try {
      out = classifier.classifyBatch(sparse);
    } catch (e) {
      caught = e;
    }
    if (caught === undefined) {
      // Accepting the holes would only be fine if every slot held a result.
      const arr = out as unknown[];
      expect(arr).toHaveLength(4);
      for (let i = 0; i < arr.length; i++) expect(i in arr && arr[i] !== undefined, `result slot ${i}`).toBe(true);
    } else {
      expectCoded(caught, ['INVALID_INPUT']);
      expect((caught as Error).message).toContain('index 0');
    }
  });

  it('classifyStream over something that is not a sequence of records is a coded INVALID_INPUT error', async () => {
    for (const bad of [42, null, undefined, {}, 'a plain string is one text, not three records']) {
      let caught: unknown;
      let out: unknown[] = [];
      try {
        out = await collect(classifier.classifyStream(bad as never));
      } catch (e) {
        caught = e;
      }
      if (typeof bad === 'string' && caught === undefined) expect(out).toHaveLength(1);
      else expectCoded(caught, ['INVALID_INPUT']);
    }
  });

  it('classifyStream options are strict: unknown keys and bad values are INVALID_OPTIONS naming them', async () => {
    for (const [options, key] of [[{ onErorr: 'yield' }, 'onErorr'], [{ onError: 'ignore' }, 'onError']] as const) {
      let caught: unknown;
      try {
        await collect(classifier.classifyStream(['a', 5 as never], options as never));
      } catch (e) {
        caught = e;
      }
      expectCoded(caught, ['INVALID_OPTIONS']);
      expect((caught as Error).message).toContain(key);
    }
  });

  it('records whose properties throw when read are coded INVALID_INPUT errors', () => {
    const getter = { get text(): string { throw new Error('boom'); } };
    const proxy = new Proxy({}, { get: () => { throw new Error('proxy boom'); }, ownKeys: () => { throw new Error('keys boom'); } });
    for (const bad of [getter, proxy]) {
      let caught: unknown;
      try {
        classifier.classify(bad as never);
      } catch (e) {
        caught = e;
      }
      expectCoded(caught, ['INVALID_INPUT']);
    }
  });

  it('memory stays bounded over many documents that each hold one distinct huge token', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const c = await load();
    c.classify('warm up');
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 30; i++) c.classify(`${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}${'x'.repeat(1_000_000)}`);
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / 1e6;
    console.info(`[hostile] heap growth after 30 distinct 1 MB tokens: ${grown.toFixed(0)} MB`);
    expect(grown).toBeLessThan(15);
  }, 60_000);
});
