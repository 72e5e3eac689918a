/**
 * The app through `inject` (no socket): the native contract, health/readiness/metrics, the API key,
 * the draining state, and option validation.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, ResultSchema, type Classifier, type Result } from '../../src/index.js';
import { createServer, parseServeOptions } from '../../src/serve/index.js';
import { createKeyCheck, presentedKey } from '../../src/serve/auth.js';
import { sampleTexts, testModel } from './helpers.js';

type App = ReturnType<typeof createServer>;
let app: App;
let library: Classifier;
const logLines: Array<Record<string, unknown>> = [];
const logStream = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

beforeAll(async () => {
  const model = await testModel();
  library = await loadClassifier({ model });
  app = createServer({ model, logStream, logLevel: 'info' });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
});

const classify = (payload: unknown, url = '/v1/classify') => app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });

describe('POST /v1/classify', () => {
  it('one record -> the library result, id kept', async () => {
    for (const text of sampleTexts(20)) {
      const res = await classify({ text, id: 'r1', kind: 'post' });
      expect(res.statusCode).toBe(200);
      const body = res.json() as Result;
      expect(ResultSchema.parse(body)).toEqual(body);
      expect(body).toEqual(JSON.parse(JSON.stringify(library.classify({ text, id: 'r1', kind: 'post' }))));
    }
  });

  it('a batch -> results in input order, equal to classifyBatch', async () => {
    const records = sampleTexts(40).map((text, i) => ({ id: i % 3 === 0 ? `s${i}` : i, text, ...(i % 2 ? { kind: 'article' as const } : {}) }));
    const res = await classify({ records });
    expect(res.statusCode).toBe(200);
    const { results } = res.json() as { results: Result[] };
    expect(results.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(results).toEqual(JSON.parse(JSON.stringify(library.classifyBatch(records))));
  });

  it('?spans=all|none picks the spans', async () => {
    const text = 'He wrote: "I will burn your house down." Police arrested him on Monday.';
    const all = (await classify({ text }, '/v1/classify?spans=all')).json() as Result;
    expect(all.spans.filter((s) => s.kind === 'sentence').length).toBe(2);
    expect(((await classify({ text }, '/v1/classify?spans=none')).json() as Result).spans).toEqual([]);
  });

  it('text offsets hold: text === input.slice(start, end)', async () => {
    const text = '😀 I said "stop" — “we will come for you” they wrote.\n\nNext para.';
    const body = (await classify({ text }, '/v1/classify?spans=all')).json() as Result;
    for (const s of body.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('ops routes', () => {
  it('/healthz and /readyz', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', model: library.model, workers: 1, admitted: 0 });
  });

  it('/metrics is Prometheus text with counts, latency histogram and in-flight gauge', async () => {
    const res = await app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE threatframe_http_requests_total counter');
    expect(res.body).toContain('# TYPE threatframe_http_request_duration_seconds histogram');
    expect(res.body).toContain('# TYPE threatframe_http_requests_in_flight gauge');
    expect(res.body).toMatch(/threatframe_http_requests_total\{route="\/v1\/classify",method="POST",status="200"\} \d+/);
    expect(res.body).toMatch(/threatframe_records_scored_total \d+/);
    expect(res.body).toContain('threatframe_process_resident_memory_bytes');
  });

  it('one log line per request, without the text or the query string', async () => {
    logLines.length = 0;
    const secret = 'a very particular sentence about the harbour';
    await app.inject({ method: 'POST', url: '/v1alpha1/comments:analyze?key=abc', payload: { comment: { text: secret }, requestedAttributes: { THREAT: {} } } });
    await app.inject({ method: 'POST', url: '/v1/classify', payload: { text: 5 } });
    await new Promise((r) => setImmediate(r));
    const requests = logLines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ method: 'POST', route: '/v1alpha1/comments:analyze', statusCode: 200, records: 1 });
    expect(requests[1]).toMatchObject({ route: '/v1/classify', statusCode: 400, errorCode: 'INVALID_INPUT' });
    expect(typeof requests[0]?.responseTime).toBe('number');
    const all = JSON.stringify(logLines);
    expect(all).not.toContain('harbour');
    expect(all).not.toContain('key=abc');
  });
});

describe('API key', () => {
  it('required on scoring routes, accepted from x-api-key, x-goog-api-key or ?key=, rejected when wrong', async () => {
    const keyed = createServer({ model: await testModel(), apiKey: 'k-0123456789', logLevel: 'silent' });
    try {
      await keyed.ready();
      const payload = { text: 'hello' };
      const missing = await keyed.inject({ method: 'POST', url: '/v1/classify', payload });
      expect(missing.statusCode).toBe(401);
      expect(missing.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', status: 401 } });
      for (const wrong of ['k-0123456788', 'k', 'k-0123456789-and-more', '']) {
        const res = await keyed.inject({ method: 'POST', url: '/v1/classify', payload, headers: { 'x-api-key': wrong } });
        expect(res.statusCode).toBe(wrong === '' ? 401 : 403);
      }
      expect((await keyed.inject({ method: 'POST', url: '/v1/classify', payload, headers: { 'x-api-key': 'k-0123456789' } })).statusCode).toBe(200);
      expect((await keyed.inject({ method: 'POST', url: '/v1/classify', payload, headers: { 'x-goog-api-key': 'k-0123456789' } })).statusCode).toBe(200);
      expect((await keyed.inject({ method: 'POST', url: '/v1/classify?key=k-0123456789', payload })).statusCode).toBe(200);
      const p = await keyed.inject({ method: 'POST', url: '/v1alpha1/comments:analyze?key=nope', payload: { comment: { text: 'x' }, requestedAttributes: { THREAT: {} } } });
      expect(p.statusCode).toBe(403);
      expect(p.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
      // Probes and metrics stay open; the key is checked before the body is read.
      expect((await keyed.inject('/healthz')).statusCode).toBe(200);
      expect((await keyed.inject('/readyz')).statusCode).toBe(200);
      expect((await keyed.inject('/metrics')).statusCode).toBe(200);
      expect((await keyed.inject({ method: 'POST', url: '/v1/classify', payload: '{bad json', headers: { 'content-type': 'application/json' } })).statusCode).toBe(401);
    } finally {
      await keyed.close();
    }
  });

  it('the checker compares digests, and finds the key where clients put it', () => {
    const check = createKeyCheck('secret');
    expect(() => check({ headers: { 'x-api-key': 'secret' }, query: {} })).not.toThrow();
    expect(() => check({ headers: {}, query: { key: 'secret' } })).not.toThrow();
    expect(() => check({ headers: { 'x-api-key': 'secreT' }, query: {} })).toThrow(/not valid/);
    expect(() => createKeyCheck(undefined)({ headers: {}, query: {} })).not.toThrow();
    expect(presentedKey({ headers: { 'x-api-key': ['a', 'b'] }, query: {} })).toBe('a');
    expect(presentedKey({ headers: {}, query: { key: ['q1', 'q2'] } })).toBe('q1');
  });
});

describe('draining', () => {
  it('once closing, new requests get 503 SHUTTING_DOWN with Connection: close, readyz fails', async () => {
    const draining = createServer({ model: await testModel(), logLevel: 'silent' });
    await draining.ready();
    draining.threatframe.closing = true;
    const res = await draining.inject({ method: 'POST', url: '/v1/classify', payload: { text: 'late' } });
    expect(res.statusCode).toBe(503);
    expect(res.headers.connection).toBe('close');
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()).toMatchObject({ error: { code: 'SHUTTING_DOWN' } });
    expect((await draining.inject('/readyz')).statusCode).toBe(503);
    draining.threatframe.closing = false;
    await draining.close();
  });
});

describe('options', () => {
  it('are validated once, with defaults', () => {
    expect(parseServeOptions({})).toMatchObject({ host: '127.0.0.1', port: 8080, workers: 1, maxBodyBytes: 1048576, timeoutMs: 10000, maxQueue: 256, maxBatch: 1000 });
    expect(() => parseServeOptions({ port: 70000 })).toThrow(/port/);
    expect(() => parseServeOptions({ workers: 0 })).toThrow(/workers/);
    expect(() => parseServeOptions({ apiKey: '' })).toThrow(/apiKey/);
    expect(() => parseServeOptions({ nope: 1 })).toThrow(/nope/);
  });

  it('a bad model fails at ready(), before any request', async () => {
    const bad = createServer({ model: '/nonexistent/model-dir', logLevel: 'silent' });
    await expect(bad.ready()).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });
});

describe('inject with cookies (light-my-request with the cookie override of package.json)', () => {
  it('serialises request cookies on Node 20', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', cookies: { session: 'a b' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});
