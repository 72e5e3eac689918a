/**
 * `threatframe serve`: flags -> validated options -> startServer -> wait for SIGTERM/SIGINT -> drain
 * -> exit 0. The HTTP modules (fastify, prom-client) are imported only when the command runs, so the
 * other commands and the worker threads never load them. `serveTask` is re-exported for main.ts:
 * the built CLI module is the worker module of `serve --workers N`, as it is for `score`.
 */
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';
import { parseCliOptions, sizeFlag } from './options.js';
import { DEFAULT_MAX_BATCH, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUEUE, DEFAULT_TIMEOUT_MS, LOG_LEVELS, MAX_WORKERS } from '../serve/options.js';

export { serveTask } from '../serve/worker.js';

const SERVE_HELP = `
Endpoints:
  POST /v1alpha1/comments:analyze   Perspective API request/response shape, attribute THREAT
  POST /v1/classify                 { text, id?, kind? } or { records: [...] } -> native results
  GET  /healthz  /readyz  /metrics  liveness, readiness (model loaded, not draining), Prometheus text

THREAT = the document's calibrated P(threat): the author threatens violence. A quoted or reported
threat scores low and shows up as a "quoted_threat" span in the response's "threatframe" field.

Limits: bodies over --max-body-bytes -> 413; more than --max-queue scoring requests at once -> 503
with Retry-After; a request not answered within --timeout-ms -> 503 TIMEOUT. SIGTERM/SIGINT drain:
in-flight requests finish, new ones get 503, then the process exits 0.

One JSON log line per request on stdout (method, route, status, time, records; never the text).

Examples:
  threatframe serve --port 8080 --workers 2
  API_KEY=s3cret threatframe serve --api-key-env API_KEY
  curl -s localhost:8080/v1alpha1/comments:analyze -H 'content-type: application/json' \\
    -d '{"comment":{"text":"..."},"requestedAttributes":{"THREAT":{}},"spanAnnotations":true}'`;

const intFlag = (flag: string, min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${flag} must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

export const ServeCliOptionsSchema = z.strictObject({
  host: z.string().min(1, '--host must not be empty').default('127.0.0.1'),
  port: intFlag('--port', 0, 65_535).default(8080),
  model: z.string().min(1).optional(),
  workers: intFlag('--workers', 1, MAX_WORKERS).default(1),
  apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '--api-key-env must name an environment variable').optional(),
  maxBodyBytes: sizeFlag('--max-body-bytes', 1024, 512 * 1024 * 1024).default(DEFAULT_MAX_BODY_BYTES),
  timeoutMs: intFlag('--timeout-ms', 10, 3_600_000).default(DEFAULT_TIMEOUT_MS),
  maxQueue: intFlag('--max-queue', 1, 1_000_000).default(DEFAULT_MAX_QUEUE),
  maxBatch: intFlag('--max-batch', 1, 100_000).default(DEFAULT_MAX_BATCH),
  logLevel: z.enum(LOG_LEVELS).default('info'),
});

export interface ServeCommandContext {
  /** The module worker threads load (the built CLI module, which re-exports serveTask). */
  workerFile: () => string;
  setExitCode: (code: number) => void;
}

/** Wait for SIGTERM or SIGINT; a second signal while draining cuts the open connections. */
function watchSignals(onSecond: () => void): { received: Promise<NodeJS.Signals>; dispose: () => void } {
  let seen = false;
  let resolveReceived!: (signal: NodeJS.Signals) => void;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    resolveReceived = resolve;
  });
  const handler = (signal: NodeJS.Signals): void => {
    if (seen) {
      onSecond();
      return;
    }
    seen = true;
    resolveReceived(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
  return {
    received,
    dispose: () => {
      process.off('SIGTERM', handler);
      process.off('SIGINT', handler);
    },
  };
}

export async function runServe(raw: Record<string, unknown>, io: CliIo, ctx: ServeCommandContext): Promise<number> {
  const model = (raw.model as string | undefined) ?? io.env.THREATFRAME_MODEL;
  const opts = parseCliOptions(ServeCliOptionsSchema, { ...raw, ...(model ? { model } : {}) }, 'serve');
  let apiKey: string | undefined;
  if (opts.apiKeyEnv !== undefined) {
    apiKey = io.env[opts.apiKeyEnv];
    if (apiKey === undefined || apiKey === '') {
      throw new ThreatframeError('USAGE', `serve: --api-key-env ${opts.apiKeyEnv}: that environment variable is not set or empty.`);
    }
  }
  const { apiKeyEnv: _keyEnvName, ...serveOptions } = opts;
  const { startServer } = await import('../serve/index.js');
  let cut = (): void => {};
  // Listening for signals from before the model loads: a SIGTERM during start-up stops right after it.
  const signals = watchSignals(() => cut());
  try {
    const server = await startServer({
      ...serveOptions,
      ...(apiKey !== undefined ? { apiKey } : {}),
      logStream: io.stdout,
      ...(opts.workers > 1 ? { workerFile: ctx.workerFile() } : {}),
    });
    cut = () => server.app.server.closeAllConnections();
    const signal = await signals.received;
    server.app.log.info({ signal }, 'threatframe serve: signal received, draining');
    await server.close();
    return EXIT.OK;
  } finally {
    signals.dispose();
  }
}

export function registerServe(program: Command, io: CliIo, ctx: ServeCommandContext): void {
  program
    .command('serve')
    .description('run a local HTTP service: Perspective-compatible THREAT endpoint, native /v1/classify, health and metrics')
    .option('--host <host>', 'interface to bind (loopback by default)', '127.0.0.1')
    .option('-p, --port <n>', 'port (0 picks a free one; the log line names it)', '8080')
    .option('-m, --model <dir>', 'model directory (default: $THREATFRAME_MODEL, else the bundled model)')
    .option('-w, --workers <n>', 'scoring threads: 1 scores on the event loop, N > 1 in N worker threads', '1')
    .option('--api-key-env <name>', 'require the API key held in this environment variable (x-api-key header or ?key=)')
    .option('--max-body-bytes <size>', 'largest request body, e.g. 1048576, 512k, 4MB (over it: 413)', String(DEFAULT_MAX_BODY_BYTES))
    .option('--timeout-ms <n>', 'answer within this time or 503 TIMEOUT', String(DEFAULT_TIMEOUT_MS))
    .option('--max-queue <n>', 'scoring requests admitted at once; more get 503 + Retry-After', String(DEFAULT_MAX_QUEUE))
    .option('--max-batch <n>', 'records per POST /v1/classify batch (over it: 413)', String(DEFAULT_MAX_BATCH))
    .addOption(new Option('--log-level <level>', 'log level').choices(LOG_LEVELS).default('info'))
    .addHelpText('after', SERVE_HELP)
    .action(async (raw: Record<string, unknown>) => {
      ctx.setExitCode(await runServe(raw, io, ctx));
    });
}
