/**
 * `workers: 2`: scoring in piscina worker threads running the built module (dist/cli.js). Answers
 * equal the built library's, requests coalesced into one task never swap results, big batches are
 * split across threads and come back in order, and the event loop answers /healthz while they run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classifier, Result } from '../../src/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { distLibrary, ensureServeBuilt, eventually, listen, post, sampleTexts, testModel } from './helpers.js';

let server: RunningServer;
let library: Classifier;

beforeAll(async () => {
  await ensureServeBuilt();
  const model = await testModel();
  const dist = await distLibrary();
  library = await dist.loadClassifier({ model });
  server = await listen({ workers: 2, maxBodyBytes: 16 * 1024 * 1024, maxBatch: 5000 });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('serve --workers 2', () => {
  it('reports its workers and model when ready', async () => {
    const ready = (await (await fetch(new URL('/readyz', server.url))).json()) as Record<string, unknown>;
    expect(ready).toMatchObject({ status: 'ready', workers: 2, model: library.model });
  });

  it('many concurrent requests: each gets its own text\'s answer, equal to the library', async () => {
    const texts = sampleTexts(40);
    const jobs = Array.from({ length: 240 }, (_, i) => texts[i % texts.length] as string);
    const answers = await Promise.all(
      jobs.map((text, i) =>
        i % 2
          ? post(server.url, '/v1alpha1/comments:analyze', { comment: { text }, requestedAttributes: { THREAT: {} }, clientToken: String(i) })
          : post(server.url, '/v1/classify', { text, id: i }),
      ),
    );
    answers.forEach((res, i) => {
      expect(res.status).toBe(200);
      const text = jobs[i] as string;
      if (i % 2) {
        const body = res.json() as { clientToken: string; attributeScores: { THREAT: { summaryScore: { value: number } } } };
        expect(body.clientToken).toBe(String(i));
        expect(body.attributeScores.THREAT.summaryScore.value).toBe(library.classify(text).scores.threat);
      } else {
        expect(res.json()).toEqual(plain(library.classify({ text, id: i })));
      }
    });
  }, 30_000);

  it('a large batch is split across threads and returned in order; /healthz answers meanwhile', async () => {
    const base = sampleTexts(40).filter((t) => t.length > 20);
    const article = base.join(' ');
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: i, text: i % 8 === 0 ? article : (base[i % base.length] as string) }));
    let batchDone = false;
    const batch = post(server.url, '/v1/classify', { records }).then((r) => {
      batchDone = true;
      return r;
    });
    // Order, not time: once the batch is admitted, /healthz is answered before the batch is. The
    // server runs on this process's event loop, so that holds only if scoring is not on it (with
    // `workers: 1` the loop is blocked until the whole batch is scored, and the batch comes first).
    await eventually(() => server.app.threatframe.admitted() === 1);
    const health = await fetch(new URL('/healthz', server.url));
    const answeredWhileScoring = !batchDone;
    expect(health.status).toBe(200);
    const res = await batch;
    expect(res.status).toBe(200);
    expect(answeredWhileScoring, '/healthz waited for the batch: the event loop was busy scoring').toBe(true);
    const { results } = res.json() as { results: Result[] };
    expect(results.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(results).toEqual(plain(library.classifyBatch(records)));
  }, 300_000);

  it('batches that are not a multiple of the task size; a bad record is named by its index', async () => {
    const records: Array<{ text: unknown }> = Array.from({ length: 130 }, (_, i) => ({ text: `post number ${i}` }));
    const ok = await post(server.url, '/v1/classify', { records });
    expect(ok.status).toBe(200);
    expect((ok.json() as { results: Result[] }).results.map((r) => r.spans.map((s) => s.text).join(''))).toEqual(records.map((r) => library.classify(r.text as string).spans.map((s) => s.text).join('')));
    records[129] = { text: 1 };
    const bad = await post(server.url, '/v1/classify', { records });
    expect(bad.status).toBe(400);
    expect((bad.json() as { error: { message: string } }).error.message).toMatch(/^records\[129\]: text/);
  });

  it('a missing worker module fails at start with a coded error', async () => {
    await expect(listen({ workers: 2, workerFile: '/nonexistent/cli.js' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('a model that cannot load fails at start', async () => {
    await expect(listen({ workers: 2, model: `${await testModel()}-missing` })).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });
});
