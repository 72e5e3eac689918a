/**
 * Prometheus metrics on a registry of the server's own (several servers in one process do not
 * collide): request counts by route/method/status, a latency histogram by route, requests in
 * flight, admitted scoring requests, shed requests, records scored, plus prom-client's default
 * process metrics (RSS, heap, event-loop lag).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServeMetrics {
  readonly registry: Registry;
  readonly contentType: string;
  requestStarted(): void;
  requestFinished(route: string, method: string, status: number | 'aborted', seconds: number): void;
  shed(reason: 'queue_full' | 'shutting_down'): void;
  recordsScored(n: number): void;
  setQueued(n: number): void;
  render(): Promise<string>;
}

export function createMetrics(options: { workers: number; model: string }): ServeMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'threatframe_' });
  const requests = new Counter({
    name: 'threatframe_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status ("aborted": the client went away first).',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'threatframe_http_request_duration_seconds',
    help: 'Time from routing to the end of the response, by route pattern.',
    labelNames: ['route'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({ name: 'threatframe_http_requests_in_flight', help: 'Requests being served now.', registers: [registry] });
  const queued = new Gauge({ name: 'threatframe_scoring_requests_admitted', help: 'Scoring requests admitted and not yet answered (bounded by --max-queue).', registers: [registry] });
  const shedTotal = new Counter({
    name: 'threatframe_shed_requests_total',
    help: 'Requests refused with 503 before any work: the queue was full, or the server was shutting down.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const records = new Counter({ name: 'threatframe_records_scored_total', help: 'Texts scored.', registers: [registry] });
  const info = new Gauge({ name: 'threatframe_info', help: 'Server configuration (value 1).', labelNames: ['workers', 'model'] as const, registers: [registry] });
  info.set({ workers: String(options.workers), model: options.model }, 1);

  return {
    registry,
    contentType: registry.contentType,
    requestStarted: () => inFlight.inc(),
    requestFinished(route, method, status, seconds) {
      inFlight.dec();
      requests.inc({ route, method, status: String(status) });
      duration.observe({ route }, seconds);
    },
    shed: (reason) => shedTotal.inc({ reason }),
    recordsScored: (n) => records.inc(n),
    setQueued: (n) => queued.set(n),
    render: () => registry.metrics(),
  };
}
