/**
 * `createServer(options)`: the fastify app of `threatframe serve`, not listening. fastify because it
 * brings, maintained and fast, what a small scoring service needs: JSON parsing with a body limit and
 * prototype-poisoning protection, content-type routing, hooks before the body is read (API key,
 * admission), graceful close, `inject()` for tests, and pino structured logging built in.
 *
 * Per request: onRequest (accounting, draining check, API key, admission) -> JSON body -> route
 * (zod validation, scoring) -> one log line and the metrics when the response closes.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { InputRecord, ModelInfo, Result } from '../schemas.js';
import { createKeyCheck } from './auth.js';
import { ApiError, nativeErrorBody, perspectiveErrorBody, toApiError } from './errors.js';
import { createMetrics, type ServeMetrics } from './metrics.js';
import { registerNativeRoute, type ServeContext } from './native.js';
import { parseServeOptions, type ServeOptions, type ServeOptionsInput } from './options.js';
import { registerPerspectiveRoute } from './perspective.js';
import { createInlineScorer, createPoolScorer, defaultWorkerFile, type Scorer } from './scorer.js';
import { createAdmission } from './shedding.js';

export interface ServeState {
  readonly options: ServeOptions;
  readonly metrics: ServeMetrics;
  /** Set once the model is loaded (in every worker). */
  scorer: Scorer | undefined;
  /** True from the start of a graceful close: new requests get 503 SHUTTING_DOWN. */
  closing: boolean;
  readonly admitted: () => number;
}

declare module 'fastify' {
  interface FastifyInstance {
    threatframe: ServeState;
  }
  interface FastifyRequest {
    tfRecords: number;
    tfError: ApiError | null;
    tfCause: unknown;
  }
  interface FastifyContextConfig {
    api?: 'perspective' | 'native' | 'ops';
    scoring?: boolean;
  }
}

const isPerspective = (request: FastifyRequest): boolean =>
  request.routeOptions.config?.api === 'perspective' || request.url.startsWith('/v1alpha1/');

function clientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'TIMEOUT', 'The request was not received in time.']
      : error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'INVALID_REQUEST', 'The request headers are too large.']
        : [400, 'INVALID_REQUEST', 'Malformed HTTP request.'];
  this.log.debug({ err: error, statusCode: status }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code, message, status } });
    socket.write(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

async function loadScorer(options: ServeOptions): Promise<Scorer> {
  // Every text is scored (and its language detected); each route decides per request whether to abstain.
  const classifier = { spans: 'all' as const, scoreUnsupportedLanguages: true, ...(options.model ? { model: options.model } : {}), ...(options.threatThreshold !== undefined ? { threatThreshold: options.threatThreshold } : {}) };
  if (options.workers === 1) return createInlineScorer(classifier);
  return createPoolScorer(classifier, options.workers, options.workerFile ?? defaultWorkerFile());
}

export function createServer(input: ServeOptionsInput = {}): FastifyInstance {
  const options = parseServeOptions(input);
  const metrics = createMetrics({ workers: options.workers, model: options.model ?? 'default' });
  const admission = createAdmission(options.maxQueue, (n) => metrics.setQueued(n));
  const checkKey = createKeyCheck(options.apiKey);
  const state: ServeState = { options, metrics, scorer: undefined, closing: false, admitted: () => admission.admitted };

  const app = Fastify({
    logger: { level: options.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.maxBodyBytes,
    return503OnClosing: false,
    clientErrorHandler: clientError,
    // Backstop against slow senders on the socket level (the request timer below covers routed requests);
    // checked every second instead of Node's default 30 s. Idle keep-alive sockets are kept 65 s, longer than
    // the idle timeouts of common clients and load balancers: with Node's 5 s the server could close a socket
    // just as a client reused it, and a POST sent on it failed with ECONNRESET (seen in a test under load).
    serverFactory: (handler) =>
      createHttpServer({ requestTimeout: options.timeoutMs + 1000, headersTimeout: Math.min(options.timeoutMs + 1000, 60_000), keepAliveTimeout: 65_000, connectionsCheckingInterval: 1000 }, handler as (req: IncomingMessage, res: ServerResponse) => void),
  });
  app.decorate('threatframe', state);
  app.decorateRequest('tfRecords', 0);
  app.decorateRequest('tfError', null);
  app.decorateRequest('tfCause', null);
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', (request, reply, done) => {
    metrics.requestStarted();
    let release: (() => void) | undefined;
    // The request timeout, body upload included. (A plain timer: fastify's handlerTimeout builds an
    // AbortController per request whose signal also fires once the body is read, costing ~10% CPU.)
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.headersSent) return;
      reply.header('connection', 'close');
      reply.send(new ApiError(503, 'TIMEOUT', `The request was not answered within ${options.timeoutMs} ms (--timeout-ms); retry later.`, 1));
    }, options.timeoutMs);
    reply.raw.once('close', () => {
      clearTimeout(timer);
      release?.();
      finish(request, reply);
    });
    const config = request.routeOptions.config;
    try {
      if (state.closing) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down; retry on another instance.', 1);
      if (config?.scoring) {
        checkKey(request);
        release = admission.admit();
      }
      done();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'OVERLOADED') metrics.shed('queue_full');
      if (error instanceof ApiError && error.code === 'SHUTTING_DOWN') metrics.shed('shutting_down');
      done(error as Error);
    }
  });

  app.addHook('onSend', (_request, reply, payload, done) => {
    if (state.closing) reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onReady', async () => {
    state.scorer = await loadScorer(options);
  });
  app.addHook('preClose', (done) => {
    state.closing = true;
    done();
  });
  app.addHook('onClose', async () => {
    await state.scorer?.close();
  });

  function finish(request: FastifyRequest, reply: FastifyReply): void {
    const aborted = !reply.raw.writableEnded;
    const url = request.routeOptions.url;
    const route = url === undefined ? 'unmatched' : url.replace('::', ':');
    const status = aborted ? 'aborted' : reply.statusCode;
    metrics.requestFinished(route, request.method, status, reply.elapsedTime / 1000);
    const line: Record<string, unknown> = { method: request.method, route, statusCode: status, responseTime: Math.round(reply.elapsedTime * 1000) / 1000 };
    if (request.tfRecords > 0) line.records = request.tfRecords;
    if (request.tfError) line.errorCode = request.tfError.code;
    if (request.tfError?.statusCode === 500) {
      line.err = request.tfCause;
      request.log.error(line, 'request');
    } else {
      request.log.info(line, 'request');
    }
  }

  app.setErrorHandler((error, request, reply) => {
    const api = toApiError(error, options.maxBodyBytes);
    request.tfError = api;
    if (api.statusCode >= 500 && api.code === 'INTERNAL') request.tfCause = error;
    if (api.retryAfter !== undefined) reply.header('retry-after', String(api.retryAfter));
    if (api.code === 'SHUTTING_DOWN') reply.header('connection', 'close');
    reply.code(api.statusCode).type('application/json; charset=utf-8');
    return isPerspective(request) ? perspectiveErrorBody(api) : nativeErrorBody(api);
  });

  app.setNotFoundHandler((request, reply) => {
    const api = new ApiError(404, 'NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}; see GET /healthz, /readyz, /metrics, POST /v1/classify, POST /v1alpha1/comments:analyze.`);
    request.tfError = api;
    reply.code(404).type('application/json; charset=utf-8').send(isPerspective(request) ? perspectiveErrorBody(api) : nativeErrorBody(api));
  });

  const ctx: ServeContext = {
    maxBatch: options.maxBatch,
    async score(records: Array<string | InputRecord>, _request: FastifyRequest, reply: FastifyReply): Promise<Result[] | undefined> {
      const scorer = state.scorer;
      if (!scorer) throw new ApiError(503, 'NOT_READY', 'The model is still loading; retry shortly.', 1);
      if (scorer.workers === 1) {
        const results = await scorer.score(records);
        metrics.resultsScored(results);
        return results;
      }
      // The response closes before scoring ends only when the timeout answered it or the client left:
      // then work still queued for the threads is dropped.
      const gone = { aborted: false };
      const onClose = (): void => {
        gone.aborted = true;
      };
      reply.raw.once('close', onClose);
      try {
        const results = await scorer.score(records, gone);
        metrics.resultsScored(results);
        return results;
      } catch (error) {
        if (gone.aborted) return undefined;
        throw error;
      } finally {
        reply.raw.off('close', onClose);
      }
    },
  };

  registerPerspectiveRoute(app, ctx);
  registerNativeRoute(app, ctx);

  app.get('/healthz', { config: { api: 'ops' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { api: 'ops' } }, async (_request, reply) => {
    if (state.closing) throw new ApiError(503, 'SHUTTING_DOWN', 'The server is shutting down.', 1);
    if (!state.scorer) throw new ApiError(503, 'NOT_READY', 'The model is still loading.', 1);
    reply.header('cache-control', 'no-store');
    const model: ModelInfo = state.scorer.model;
    return { status: 'ready', model, workers: state.scorer.workers, admitted: admission.admitted, maxQueue: options.maxQueue };
  });
  app.get('/metrics', { config: { api: 'ops' } }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.render();
  });
  return app;
}
