/**
 * The built bin as an operator runs it: `node bin/threatframe.js serve --port 0 ...` in a child
 * process, its port read from its listening log line. SIGTERM with requests in flight (one still
 * uploading its body, a batch being scored in worker threads): they all finish with 200, new
 * connections are refused, and the process exits 0. Also: usage errors exit 2 before binding.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/index.js';
import { BIN, ROOT, ensureServeBuilt, post, slowPost, testModel } from './helpers.js';

interface Served {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  stderr: () => string;
  url: string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** The deadline stops a hang only; it is no speed limit. */
function waitForLine(s: { lines: Array<Record<string, unknown>> }, msg: string, timeoutMs = 120_000): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      const hit = s.lines.find((l) => l.msg === msg);
      if (hit) return resolve(hit);
      if (Date.now() > until) return reject(new Error(`no "${msg}" log line; got ${JSON.stringify(s.lines)}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

async function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: Array<Record<string, unknown>> = [];
  let buf = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    }
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = await Promise.race([waitForLine({ lines }, 'threatframe serve listening'), exited.then((code) => { throw new Error(`serve exited ${code} before listening: ${err}`); })]);
  return { child, lines, stderr: () => err, url: String(started.url), exited };
}

beforeAll(async () => {
  await ensureServeBuilt();
}, 600_000);

describe('threatframe serve (built bin)', () => {
  it('SIGTERM: in-flight requests finish, new connections are refused, exit 0', async () => {
    const s = await serve(['--model', await testModel(), '--workers', '2', '--timeout-ms', '20000']);
    const listening = s.lines.find((l) => l.msg === 'threatframe serve listening');
    expect(listening).toMatchObject({ host: '127.0.0.1', workers: 2, apiKey: false });

    const uploading = slowPost(s.url, '/v1alpha1/comments:analyze', JSON.stringify({ comment: { text: 'I said I would come round tonight.' }, requestedAttributes: { THREAT: {} }, clientToken: 'slow' }));
    const records = Array.from({ length: 600 }, (_, i) => ({ id: i, text: `Line ${i}: they said "we will be waiting for you at the gate" and then left.` }));
    const scoring = post(s.url, '/v1/classify', { records });
    // Both are admitted before the signal.
    const until = Date.now() + 120_000; // a hang guard, not a speed limit
    for (;;) {
      const ready = (await (await fetch(new URL('/readyz', s.url))).json()) as { admitted: number };
      if (ready.admitted >= 2) break;
      if (Date.now() > until) throw new Error('requests were not admitted');
      await new Promise((r) => setTimeout(r, 5));
    }
    s.child.kill('SIGTERM');
    await waitForLine(s, 'threatframe serve draining');
    await expect(fetch(new URL('/healthz', s.url))).rejects.toThrow();

    uploading.finish();
    const [slow, batch] = await Promise.all([uploading.response, scoring]);
    expect(slow.status).toBe(200);
    expect(slow.json()).toMatchObject({ clientToken: 'slow', attributeScores: { THREAT: { summaryScore: { type: 'PROBABILITY' } } } });
    expect(batch.status).toBe(200);
    expect((batch.json() as { results: Result[] }).results.map((r) => r.id)).toEqual(records.map((r) => r.id));

    expect(await s.exited).toBe(0);
    await waitForLine(s, 'threatframe serve stopped');
    const requests = s.lines.filter((l) => l.msg === 'request');
    expect(requests.filter((l) => l.route !== '/readyz').map((l) => l.statusCode).sort()).toEqual([200, 200]);
    expect(JSON.stringify(s.lines)).not.toContain('waiting for you at the gate');
  }, 300_000);

  it('--api-key-env: the key from the environment is required', async () => {
    const s = await serve(['--model', await testModel(), '--api-key-env', 'TF_TEST_KEY'], { TF_TEST_KEY: 'env-key-42' });
    expect((await post(s.url, '/v1/classify', { text: 'hi' })).status).toBe(401);
    expect((await post(s.url, '/v1/classify', { text: 'hi' }, { 'x-api-key': 'env-key-43' })).status).toBe(403);
    expect((await post(s.url, '/v1/classify', { text: 'hi' }, { 'x-api-key': 'env-key-42' })).status).toBe(200);
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
    expect(JSON.stringify(s.lines)).not.toContain('env-key-42');
  }, 120_000);

  it('usage errors exit 2 before binding', async () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
        children.push(child);
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const model = await testModel();
    const noKey = await run(['--model', model, '--api-key-env', 'TF_UNSET_VAR_FOR_TEST']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/\[USAGE\].*TF_UNSET_VAR_FOR_TEST/);
    const badPort = await run(['--model', model, '--port', '99999']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/--port must be a whole number/);
    const badModel = await run(['--model', '/nonexistent/model']);
    expect(badModel.code).toBe(2);
    expect(badModel.stderr).toMatch(/MODEL_NOT_FOUND/);
  }, 30_000);
});
