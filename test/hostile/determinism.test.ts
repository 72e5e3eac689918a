/**
 * Determinism (property tests): the same input gives deep-equal output through classify, classifyBatch
 * (at any position, in any batch composition), classifyStream, a second classifier instance, a repeat call
 * after unrelated work, the TF.js backends' batched path, and worker threads running the built package.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier, Input, Result } from '../../src/index.js';
import { hostileInput, hostileText } from './arbitraries.js';
import { DIST_INDEX, ensureBuilt, load, ROOT, TEST_MODEL } from './helpers.js';
import { HOSTILE, newsArticle } from './inputs.js';

let first: Classifier;
let second: Classifier;
beforeAll(async () => {
  first = await load({ spans: 'all' });
  // The second instance scores unrelated text first, so any state carried between calls would show.
  second = await load({ spans: 'all' });
  second.classifyBatch(HOSTILE.map((c) => c.make()).filter((t) => t.length <= 50_000));
}, 60_000);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** A permutation of 0..n-1 from a seed (Fisher-Yates with a small LCG). */
function permutation(n: number, seed: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [p[i], p[j]] = [p[j] as number, p[i] as number];
  }
  return p;
}

describe('same input, same output (property)', () => {
  it('classify = classifyBatch (any position and composition) = classifyStream = second instance = repeat', async () => {
    const filler: Input[] = ['filler one', { id: 'f', text: newsArticle(3_000), kind: 'article' }, '"quoted" he said.'];
    await fc.assert(
      fc.asyncProperty(fc.array(hostileInput(200), { minLength: 1, maxLength: 6 }), fc.nat(), async (inputs, seed) => {
        const single = inputs.map((i) => first.classify(i));
        expect(first.classifyBatch(inputs)).toEqual(single);
        // A different composition: permuted and interleaved with other documents.
        const perm = permutation(inputs.length, seed);
        const mixed: Input[] = [];
        perm.forEach((k, j) => {
          mixed.push(filler[j % filler.length] as Input);
          mixed.push(inputs[k] as Input);
        });
        const mixedOut = first.classifyBatch(mixed);
        perm.forEach((k, j) => expect(mixedOut[2 * j + 1]).toEqual(single[k]));
        // Streamed from an async source, one record per tick.
        async function* source() {
          for (const i of inputs) {
            await Promise.resolve();
            yield i;
          }
        }
        expect(await collect(first.classifyStream(source()))).toEqual(single);
        // Another instance, and the same instance again.
        expect(inputs.map((i) => second.classify(i))).toEqual(single);
        expect(inputs.map((i) => first.classify(i))).toEqual(single);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('scores are bit-identical, not merely close: JSON round trip of repeated runs is equal', () => {
    fc.assert(
      fc.property(hostileText(400), (text) => {
        expect(JSON.stringify(second.classify(text))).toBe(JSON.stringify(first.classify(text)));
      }),
      { numRuns: 200 },
    );
  });

  it.each(['cpu', 'wasm'] as const)('the TF.js %s backend: one batched call = one call per document', async (backend) => {
    const tf = await load({ backend, spans: 'all' });
    const samples = fc.sample(fc.array(hostileInput(150), { minLength: 2, maxLength: 6 }), { numRuns: 8, seed: 42 });
    for (const inputs of samples) {
      const single = inputs.map((i) => tf.classify(i));
      expect(tf.classifyBatch(inputs)).toEqual(single);
      expect(tf.classifyBatch([...inputs].reverse())).toEqual([...single].reverse());
    }
    tf.dispose();
  }, 120_000);
});

describe('same output across worker threads (built package)', () => {
  let dist: { loadClassifier: (o?: object) => Promise<Classifier> };
  beforeAll(async () => {
    ensureBuilt();
    dist = (await import(pathToFileURL(DIST_INDEX).href)) as typeof dist;
  }, 180_000);

  function runWorker(inputs: Input[], options: object): Promise<{ single: Result[]; batch: Result[] }> {
    return new Promise((resolve, reject) => {
      const w = new Worker(join(ROOT, 'test', 'hostile', 'fixtures', 'classify-worker.mjs'), {
        workerData: { entry: pathToFileURL(DIST_INDEX).href, options, inputs },
      });
      w.once('message', (m) => {
        resolve(m as { single: Result[]; batch: Result[] });
        void w.terminate();
      });
      w.once('error', reject);
      w.once('exit', (code) => {
        if (code !== 0) reject(new Error(`worker exited with ${code}`));
      });
    });
  }

  it('two concurrent workers and the main thread agree on hostile inputs', async () => {
    const options = { spans: 'all', ...(TEST_MODEL ? { model: TEST_MODEL } : {}) };
    const main = await dist.loadClassifier(options);
    const inputs: Input[] = [
      ...fc.sample(hostileInput(300), { numRuns: 80, seed: 7 }),
      ...HOSTILE.map((c) => c.make()).filter((t) => t.length <= 5_000),
    ];
    const expected = inputs.map((i) => main.classify(i));
    const reversed = [...inputs].reverse();
    const [a, b] = await Promise.all([runWorker(inputs, options), runWorker(reversed, options)]);
    expect(a.single).toEqual(expected);
    expect(a.batch).toEqual(expected);
    expect([...b.single].reverse()).toEqual(expected);
    expect([...b.batch].reverse()).toEqual(expected);
    // Lone surrogates survived the thread boundary: the span texts still slice the originals.
    expect(JSON.stringify(a.single)).toBe(JSON.stringify(expected));
  }, 120_000);
});
