/**
 * The HTTP service, also the package entry `threatframe/serve` (ESM and CJS, with types):
 * `createServer(options)` builds the fastify app (not listening: mount it, `listen()` it yourself, or
 * use `app.inject` in tests; the model loads on `ready()`/`listen()`), `startServer(options)` loads the
 * model, binds (loopback by default) and logs the URL. `close()` drains: new requests get 503,
 * in-flight ones finish, then the worker threads stop. Options are validated with zod (strict):
 * `ServeOptionsInput` is their type, `ServeOptionsSchema` the schema.
 */
import type { FastifyInstance } from 'fastify';
import { ThreatframeError } from '../errors.js';
import { createServer } from './app.js';
import type { ServeOptionsInput } from './options.js';

export { createServer } from './app.js';
export type { ServeState } from './app.js';
export { ApiError, API_ERROR_CODES, type ApiErrorCode } from './errors.js';
export { ServeOptionsSchema, parseServeOptions, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUEUE, DEFAULT_MAX_BATCH, DEFAULT_TIMEOUT_MS, type ServeOptions, type ServeOptionsInput } from './options.js';
export { PERSPECTIVE_PATH, SUPPORTED_ATTRIBUTES, toAnalyzeResponse, parseAnalyzeRequest } from './perspective.js';
export { NATIVE_PATH } from './native.js';
export { selectSpans, threatSpanScores } from './spans.js';
export { THREAT_SCORE_BUCKETS, type ServeMetrics } from './metrics.js';

/** The app `createServer` returns: a fastify instance with the service's state under `app.threatframe`. */
export type ThreatframeServer = FastifyInstance;
export { serveTask } from './worker.js';

export interface RunningServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  host: string;
  port: number;
  /**
   * Graceful close: stop accepting, answer new requests on open connections with 503, let in-flight
   * requests finish, then stop the workers. After `graceMs`, connections still open are cut.
   */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(options: ServeOptionsInput = {}): Promise<RunningServer> {
  const app = createServer(options);
  const { host, port: wanted, timeoutMs, workers } = app.threatframe.options;
  try {
    await app.listen({ host, port: wanted, listenTextResolver: (address) => `fastify listening at ${address}` });
  } catch (error) {
    await app.close().catch(() => {});
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new ThreatframeError('USAGE', `Port ${wanted} on ${host} is in use; pick another with --port (0 picks a free one).`, { cause: error });
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') throw new ThreatframeError('USAGE', `Cannot listen on ${host}:${wanted} (${code}); check --host and --port.`, { cause: error });
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : wanted;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  const model = app.threatframe.scorer?.model;
  app.log.info({ url, host, port, workers, model, apiKey: app.threatframe.options.apiKey !== undefined, pid: process.pid }, 'threatframe serve listening');

  let closing: Promise<void> | undefined;
  const close = (graceMs = timeoutMs + 1000): Promise<void> => {
    closing ??= (async () => {
      app.log.info({ inFlight: app.threatframe.admitted() }, 'threatframe serve draining');
      const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(force);
      }
      app.log.info('threatframe serve stopped');
    })();
    return closing;
  };
  return { app, url, host, port, close };
}
