/**
 * /metrics counts results by label and by abstention, and has a histogram of scores.threat, so an
 * operator can see drift. Counted from the library's own answers for the same texts, on a fresh app
 * (each app has its own registry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier, type Result } from '../../src/index.js';
import { createServer } from '../../src/serve/index.js';
import { THREAT_SCORE_BUCKETS, createMetrics } from '../../src/serve/metrics.js';
import { sampleTexts, testModel } from './helpers.js';

let app: ReturnType<typeof createServer>;
let library: Classifier;

beforeAll(async () => {
  const model = await testModel();
  library = await loadClassifier({ model });
  app = createServer({ model, logLevel: 'silent' });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
});

/** The value of one series in Prometheus text, or undefined. */
function series(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('/metrics: results by label, abstentions, threat score histogram', () => {
  it('every label and the abstained counter show at 0 before any request', async () => {
    const body = (await app.inject('/metrics')).body;
    expect(body).toContain('# TYPE threatframe_results_total counter');
    expect(body).toContain('# TYPE threatframe_abstained_total counter');
    expect(body).toContain('# TYPE threatframe_threat_score histogram');
    for (const label of ['threat', 'reporting', 'benign']) expect(series(body, `threatframe_results_total{label="${label}"}`)).toBe(0);
    expect(series(body, 'threatframe_abstained_total')).toBe(0);
    expect(series(body, 'threatframe_threat_score_count')).toBe(0);
  });

  it('counts what both APIs answered, by label, and bins each scores.threat', async () => {
    const texts = sampleTexts(40);
    const records = texts.map((text, i) => ({ id: i, text }));
    expect((await app.inject({ method: 'POST', url: '/v1/classify', payload: { records } })).statusCode).toBe(200);
    const single = 'Police said the caller warned "the station burns tonight".';
    expect((await app.inject({ method: 'POST', url: '/v1/classify', payload: { text: single } })).statusCode).toBe(200);
    const perspective = { comment: { text: 'I will find you tonight.' }, requestedAttributes: { THREAT: {} } };
    expect((await app.inject({ method: 'POST', url: '/v1alpha1/comments:analyze', payload: perspective })).statusCode).toBe(200);
    // A rejected request scores nothing and counts nothing.
    expect((await app.inject({ method: 'POST', url: '/v1/classify', payload: { text: 'x', kind: 'tweet' } })).statusCode).toBe(400);

    const expected: Result[] = [...library.classifyBatch(records), library.classify(single), library.classify(perspective.comment.text)];
    const body = (await app.inject('/metrics')).body;
    for (const label of ['threat', 'reporting', 'benign'] as const) {
      expect(series(body, `threatframe_results_total{label="${label}"}`), label).toBe(expected.filter((r) => r.label === label).length);
    }
    const abstained = expected.filter((r) => (r as { abstained?: boolean }).abstained === true);
    expect(series(body, 'threatframe_abstained_total')).toBe(abstained.length);
    const scored = expected.filter((r) => (r as { abstained?: boolean }).abstained !== true);
    expect(series(body, 'threatframe_records_scored_total')).toBe(expected.length);
    expect(series(body, 'threatframe_threat_score_count')).toBe(scored.length);
    expect(series(body, 'threatframe_threat_score_sum')).toBeCloseTo(scored.reduce((a, r) => a + r.scores.threat, 0), 6);
    for (const le of THREAT_SCORE_BUCKETS) {
      expect(series(body, `threatframe_threat_score_bucket{le="${le}"}`), `le ${le}`).toBe(scored.filter((r) => r.scores.threat <= le).length);
    }
    expect(series(body, 'threatframe_threat_score_bucket{le="+Inf"}')).toBe(scored.length);
  });

  it('an abstained result counts under its label and as abstained, outside the score histogram', async () => {
    const m = createMetrics({ workers: 1, model: 'x' });
    const base = { scores: { threat: 0.9, reporting: 0.05, benign: 0.05 }, confidence: 0.9, spans: [], model: { name: 'x', version: '1', sha256: '0'.repeat(64) } };
    m.resultsScored([
      { ...base, label: 'threat' } as unknown as Result,
      { ...base, label: 'benign', scores: { threat: 0, reporting: 0, benign: 1 }, confidence: 1, abstained: true, language: 'de' } as unknown as Result,
    ]);
    const body = await m.render();
    expect(series(body, 'threatframe_results_total{label="threat"}')).toBe(1);
    expect(series(body, 'threatframe_results_total{label="benign"}')).toBe(1);
    expect(series(body, 'threatframe_abstained_total')).toBe(1);
    expect(series(body, 'threatframe_threat_score_count')).toBe(1);
    expect(series(body, 'threatframe_records_scored_total')).toBe(2);
  });
});
