/**
 * Every error path over real HTTP (global fetch, raw node:http for slow bodies): each answer is a
 * coded JSON error in the route's format, and the server keeps serving afterwards.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/serve/index.js';
import { eventually, listen, post, slowPost } from './helpers.js';

const PERSPECTIVE = '/v1alpha1/comments:analyze';
const NATIVE = '/v1/classify';

let server: RunningServer;
beforeAll(async () => {
  server = await listen({ maxBodyBytes: 4096, maxBatch: 5 });
});
afterAll(async () => {
  await server?.close();
});

function expectNative(res: { status: number; json: () => unknown }, status: number, code: string): { message: string } {
  expect(res.status).toBe(status);
  const body = res.json() as { error: { code: string; message: string; status: number } };
  expect(body.error).toMatchObject({ code, status });
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

function expectPerspective(res: { status: number; json: () => unknown }, status: number, reason: string, googleStatus = 'INVALID_ARGUMENT'): { message: string } {
  expect(res.status).toBe(status);
  const body = res.json() as { error: { code: number; message: string; status: string; details: Array<{ reason: string }> } };
  expect(body.error).toMatchObject({ code: status, status: googleStatus });
  expect(body.error.details[0]?.reason).toBe(reason);
  return body.error;
}

describe('native route errors', () => {
  it('malformed JSON -> 400 INVALID_JSON', async () => {
    expectNative(await post(server.url, NATIVE, '{"text": "unterminated'), 400, 'INVALID_JSON');
  });
  it('empty body with a JSON content type -> 400 INVALID_JSON', async () => {
    expectNative(await post(server.url, NATIVE, ''), 400, 'INVALID_JSON');
  });
  it('prototype poisoning -> 400 INVALID_JSON', async () => {
    expectNative(await post(server.url, NATIVE, '{"text":"x","__proto__":{"admin":true}}'), 400, 'INVALID_JSON');
  });
  it('wrong types and missing text -> 400 INVALID_INPUT naming the field', async () => {
    expect(expectNative(await post(server.url, NATIVE, { text: 42 }), 400, 'INVALID_INPUT').message).toMatch(/text/);
    expect(expectNative(await post(server.url, NATIVE, { id: 'a' }), 400, 'INVALID_INPUT').message).toMatch(/text/);
    expect(expectNative(await post(server.url, NATIVE, { text: 'x', kind: 'tweet' }), 400, 'INVALID_INPUT').message).toMatch(/kind/);
    expect(expectNative(await post(server.url, NATIVE, { text: 'x', extra: 1 }), 400, 'INVALID_INPUT').message).toMatch(/extra/);
    expectNative(await post(server.url, NATIVE, [{ text: 'x' }]), 400, 'INVALID_INPUT');
    expectNative(await post(server.url, NATIVE, '"just a string"'), 400, 'INVALID_INPUT');
    expectNative(await post(server.url, NATIVE, 'null'), 400, 'INVALID_INPUT');
  });
  it('bad batches -> 400 naming the record, too many records -> 413', async () => {
    expect(expectNative(await post(server.url, NATIVE, { records: [{ text: 'a' }, { text: null }] }), 400, 'INVALID_INPUT').message).toMatch(/records\[1\]/);
    expectNative(await post(server.url, NATIVE, { records: 'a' }), 400, 'INVALID_INPUT');
    expectNative(await post(server.url, NATIVE, { records: [] }), 400, 'INVALID_INPUT');
    expectNative(await post(server.url, NATIVE, { records: [{ text: 'a' }], spans: 'all' }), 400, 'INVALID_INPUT');
    expectNative(await post(server.url, NATIVE, { records: Array.from({ length: 6 }, () => ({ text: 'a' })) }), 413, 'INPUT_TOO_LARGE');
  });
  it('bad query -> 400', async () => {
    expectNative(await post(server.url, `${NATIVE}?spans=some`, { text: 'x' }), 400, 'INVALID_REQUEST');
  });
  it('oversize body -> 413 INPUT_TOO_LARGE naming the limit', async () => {
    const err = expectNative(await post(server.url, NATIVE, { text: 'a'.repeat(5000) }), 413, 'INPUT_TOO_LARGE');
    expect(err.message).toContain('4096');
  });
  it('unsupported content types -> 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await fetch(new URL(NATIVE, server.url), { method: 'POST', headers: { 'content-type': type }, body: 'text=hello' });
      expectNative({ status: res.status, json: JSON.parse.bind(null, await res.text()) as () => unknown }, 415, 'UNSUPPORTED_MEDIA_TYPE');
    }
  });
  it('unknown route -> 404 NOT_FOUND', async () => {
    const res = await fetch(new URL('/v2/nothing', server.url));
    const text = await res.text();
    expectNative({ status: res.status, json: () => JSON.parse(text) }, 404, 'NOT_FOUND');
  });
  it('malformed HTTP -> 400 JSON from the client-error handler', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('THIS IS NOT HTTP\r\n\r\n'));
      let data = '';
      socket.setEncoding('utf8').on('data', (d: string) => { data += d; });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'INVALID_REQUEST', status: 400 } });
  });
});

describe('Perspective route errors (Google API error format)', () => {
  it('unsupported attributes -> 400 naming the supported ones', async () => {
    const err = expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { TOXICITY: {}, THREAT: {} } }), 400, 'UNSUPPORTED_ATTRIBUTE');
    expect(err.message).toContain('TOXICITY');
    expect(err.message).toContain('supported attributes: THREAT');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: {} }), 400, 'UNSUPPORTED_ATTRIBUTE');
  });
  it('missing or mistyped fields -> 400 INVALID_ARGUMENT', async () => {
    expect(expectPerspective(await post(server.url, PERSPECTIVE, { requestedAttributes: { THREAT: {} } }), 400, 'INVALID_REQUEST').message).toMatch(/comment/);
    expect(expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 7 }, requestedAttributes: { THREAT: {} } }), 400, 'INVALID_REQUEST').message).toMatch(/comment\.text/);
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' } }), 400, 'INVALID_REQUEST');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: {} }, spanAnnotations: 'yes' }), 400, 'INVALID_REQUEST');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: {} }, spanAnotations: true }), 400, 'INVALID_REQUEST');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x', type: 'HTML' }, requestedAttributes: { THREAT: {} } }), 400, 'INVALID_REQUEST');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: { scoreType: 'STD_DEV_SCORE' } } }), 400, 'INVALID_REQUEST');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: { scoreThreshold: 2 } } }), 400, 'INVALID_REQUEST');
  });
  it('non-English languages -> 400 naming the supported language', async () => {
    const err = expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: {} }, languages: ['de'] }), 400, 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE');
    expect(err.message).toMatch(/de.*supported languages: en/);
  });
  it('transport errors use the Perspective format on its path too', async () => {
    expectPerspective(await post(server.url, PERSPECTIVE, '{nope'), 400, 'INVALID_JSON');
    expectPerspective(await post(server.url, PERSPECTIVE, { comment: { text: 'a'.repeat(5000) }, requestedAttributes: { THREAT: {} } }), 413, 'INPUT_TOO_LARGE');
    const res = await fetch(new URL(PERSPECTIVE, server.url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
    const text = await res.text();
    expectPerspective({ status: res.status, json: () => JSON.parse(text) }, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const missing = await fetch(new URL('/v1alpha1/comments:suggestscore', server.url), { method: 'POST' });
    const mt = await missing.text();
    expectPerspective({ status: missing.status, json: () => JSON.parse(mt) }, 404, 'NOT_FOUND', 'NOT_FOUND');
  });
});

describe('after all that', () => {
  it('still serves, and the metrics counted the errors', async () => {
    const ok = await post(server.url, NATIVE, { text: 'still here' });
    expect(ok.status).toBe(200);
    expect((await fetch(new URL('/healthz', server.url))).status).toBe(200);
    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).toMatch(/threatframe_http_requests_total\{route="\/v1\/classify",method="POST",status="400"\} \d+/);
    expect(metrics).toMatch(/threatframe_http_requests_total\{route="\/v1alpha1\/comments:analyze",method="POST",status="413"\} 1/);
    expect(metrics).toMatch(/threatframe_http_requests_total\{route="unmatched",method="GET",status="404"\} 1/);
    expect(metrics).toMatch(/threatframe_http_request_duration_seconds_bucket\{le="0\.005",route="\/v1\/classify"\} \d+/);
    expect(metrics).toMatch(/threatframe_http_requests_in_flight 1/);
  });
});

describe('limits under load', () => {
  it('a full queue sheds with 503 OVERLOADED + Retry-After, and recovers', async () => {
    const small = await listen({ maxQueue: 2 });
    try {
      const a = slowPost(small.url, NATIVE, JSON.stringify({ text: 'first in' }));
      const b = slowPost(small.url, PERSPECTIVE, JSON.stringify({ comment: { text: 'second in' }, requestedAttributes: { THREAT: {} } }));
      await eventually(() => small.app.threatframe.admitted() === 2);
      const shed = await post(small.url, NATIVE, { text: 'one too many' });
      expectNative(shed, 503, 'OVERLOADED');
      expect(shed.headers['retry-after']).toBe('1');
      const shedP = await post(small.url, PERSPECTIVE, { comment: { text: 'x' }, requestedAttributes: { THREAT: {} } });
      expectPerspective(shedP, 503, 'OVERLOADED', 'UNAVAILABLE');
      expect((await fetch(new URL('/healthz', small.url))).status).toBe(200); // ops routes are never shed
      a.finish();
      b.finish();
      expect((await a.response).status).toBe(200);
      expect((await b.response).status).toBe(200);
      await eventually(() => small.app.threatframe.admitted() === 0);
      expect((await post(small.url, NATIVE, { text: 'room again' })).status).toBe(200);
      const metrics = await (await fetch(new URL('/metrics', small.url))).text();
      expect(metrics).toMatch(/threatframe_shed_requests_total\{reason="queue_full"\} 2/);
    } finally {
      await small.close();
    }
  });

  it('a request not answered in time -> 503 TIMEOUT, and the slot is released', async () => {
    const quick = await listen({ timeoutMs: 300, maxQueue: 1 });
    try {
      // The body never finishes, so only the request timer can answer: a 503 TIMEOUT is the proof (no
      // wall-clock assertion; how long 300 ms takes on a busy machine is not the point).
      const stuck = slowPost(quick.url, NATIVE, JSON.stringify({ text: 'never finished' }));
      const res = await stuck.response;
      expectNative(res, 503, 'TIMEOUT');
      expect(res.headers['retry-after']).toBe('1');
      const stuckP = slowPost(quick.url, PERSPECTIVE, JSON.stringify({ comment: { text: 'never finished' }, requestedAttributes: { THREAT: {} } }));
      expectPerspective(await stuckP.response, 503, 'TIMEOUT', 'DEADLINE_EXCEEDED');
      await eventually(() => quick.app.threatframe.admitted() === 0);
      expect((await post(quick.url, NATIVE, { text: 'on time' })).status).toBe(200);
    } finally {
      await quick.close();
    }
  });
});
