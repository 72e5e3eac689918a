/** Shared by the serve tests: a usable model, texts, servers on free loopback ports, raw HTTP. */
import { buildDistOnce } from '../helpers/build.js';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tinyModelDir } from '../cli/helpers.js';
import { startServer, type RunningServer, type ServeOptionsInput } from '../../src/serve/index.js';

export { ROOT };
export const BIN = join(ROOT, 'bin', 'threatframe.js');

let modelDir: Promise<string> | undefined;
/** The tiny test model (built fresh when the shipped one lags this version's feature set). */
export const testModel = (): Promise<string> => (modelDir ??= tinyModelDir());

/** The project's own fixture texts (never corpus text), plus a few hand-made edge cases. */
export function sampleTexts(n = 40): string[] {
  const rows = readFileSync(join(ROOT, 'fixtures', 'handwritten.jsonl'), 'utf8').split('\n').filter(Boolean);
  const texts = rows.map((l) => (JSON.parse(l) as { text: string }).text);
  const step = Math.max(1, Math.floor(texts.length / n));
  const picked = texts.filter((_, i) => i % step === 0).slice(0, n);
  return [...picked, '', '   ', 'ok', 'He wrote: "I will burn your house down." Police arrested him on Monday.', '😀 émoji and עברית text\u0000 with NUL'];
}

export async function listen(options: ServeOptionsInput): Promise<RunningServer> {
  return startServer({ host: '127.0.0.1', port: 0, logLevel: 'silent', model: await testModel(), ...options });
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json: () => unknown;
}

/**
 * A POST whose body is sent in two parts: the first now, the rest when `finish()` is called. Until
 * then the request is admitted and in flight on the server, waiting for its body.
 */
export function slowPost(base: string, path: string, body: string, headers: Record<string, string> = {}): { finish: () => void; response: Promise<RawResponse> } {
  const url = new URL(path, base);
  const bytes = Buffer.from(body, 'utf8');
  const cut = Math.max(1, Math.floor(bytes.length / 2));
  let req!: ReturnType<typeof httpRequest>;
  const response = new Promise<RawResponse>((resolve, reject) => {
    req = httpRequest(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8').on('data', (d: string) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data, json: () => JSON.parse(data) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(bytes.subarray(0, cut));
  });
  return {
    finish: () => {
      if (!req.destroyed) req.end(bytes.subarray(cut));
    },
    response,
  };
}

export async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: Object.fromEntries(res.headers), body: text, json: () => JSON.parse(text) };
}

/**
 * Poll until `check` passes (the server side of a request may lag its client side a little). The
 * deadline only stops a hang; it is far above what any machine, busy or not, needs.
 */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * dist/ must hold a build with `serve` in it whose classifier accepts the test model (the bin and
 * the worker threads run the built code). Build it once, under the same lock as the CLI tests, when
 * it is missing, predates serve, or was built for another feature set.
 */
export async function ensureServeBuilt(): Promise<void> {
  const cli = join(ROOT, 'dist', 'cli.js');
  const model = await testModel();
  const usable = async (): Promise<boolean> => {
    if (!existsSync(cli) || !readFileSync(cli, 'utf8').includes('serveTask')) return false;
    const dist = (await import(`${pathToFileURL(join(ROOT, 'dist', 'index.js')).href}?t=${Date.now()}`)) as typeof import('../../src/index.js');
    return dist.loadClassifier({ model }).then(() => true, () => false);
  };
  if (await usable()) return;
  // Missing, older than serve, or built for another feature set: rebuild (or wait for a suite that is).
  buildDistOnce(() => false);
  if (!(await usable())) throw new Error('dist/ was rebuilt but still does not load the test model');
}

/** The built library (what worker threads and the bin run), for equality checks against them. */
export async function distLibrary(): Promise<typeof import('../../src/index.js')> {
  return (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
}
