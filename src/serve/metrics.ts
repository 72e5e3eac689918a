/**
 * Prometheus metrics on a registry of the server's own (several servers in one process do not
 * collide): request counts by route/method/status, a latency histogram by route, requests in
 * flight, admitted scoring requests, shed requests, records scored, results by label, abstentions, a
 * histogram of the document threat score (so operators can see drift in what is being sent and how it
 * scores), plus prom-client's default process metrics (RSS, heap, event-loop lag).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DOC_LABELS, type Result } from '../schemas.js';

/** Upper bounds of the `scores.threat` histogram: finer near 0 and 1, where most documents score. */
export const THREAT_SCORE_BUCKETS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1];

export interface ServeMetrics {
  readonly registry: Registry;
  readonly contentType: string;
  requestStarted(): void;
  requestFinished(route: string, method: string, status: number | 'aborted', seconds: number): void;
  shed(reason: 'queue_full' | 'shutting_down'): void;
  recordsScored(n: number): void;
  /** Count results by label and abstention and observe their threat scores (calls recordsScored). */
  resultsScored(results: readonly Result[]): void;
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
  const results = new Counter({
    name: 'threatframe_results_total',
    help: 'Results returned, by document label (threat, reporting, benign); an abstained result counts under its label (benign) and in threatframe_abstained_total.',
    labelNames: ['label'] as const,
    registers: [registry],
  });
  for (const label of DOC_LABELS) results.inc({ label }, 0); // every label shows from the start
  const abstained = new Counter({
    name: 'threatframe_abstained_total',
    help: 'Results not scored because the classifier abstained (abstained: true, e.g. an unsupported language).',
    registers: [registry],
  });
  const threatScore = new Histogram({
    name: 'threatframe_threat_score',
    help: 'Document scores.threat of the results returned (abstained results excluded): its shape over time shows drift.',
    buckets: THREAT_SCORE_BUCKETS,
    registers: [registry],
  });
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
    resultsScored(list) {
      records.inc(list.length);
      const byLabel: Record<string, number> = {};
      let abstainedCount = 0;
      for (const r of list) {
        byLabel[r.label] = (byLabel[r.label] ?? 0) + 1;
        if ((r as { abstained?: boolean }).abstained === true) abstainedCount++;
        else threatScore.observe(r.scores.threat);
      }
      for (const [label, n] of Object.entries(byLabel)) results.inc({ label }, n);
      if (abstainedCount > 0) abstained.inc(abstainedCount);
    },
    setQueued: (n) => queued.set(n),
    render: () => registry.metrics(),
  };
}
