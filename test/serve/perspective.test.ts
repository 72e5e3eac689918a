/**
 * A migrating user's view: the npm `perspective-api-client` (v3) talking to a real `threatframe
 * serve` on a free loopback port. That client hard-codes https://commentanalyzer.googleapis.com and
 * posts through the default instance of its own axios, so the test points it at the local server the
 * way a user would point any axios-based client: a request interceptor on that axios instance rewrites
 * the base URL (and disables proxies). Nothing else about the client is changed.
 *
 * The answers must equal the library's: summaryScore.value === classify(text).scores.threat.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../src/index.js';
import type { RunningServer } from '../../src/serve/index.js';
import { selectSpans, threatSpanScores } from '../../src/serve/index.js';
import { listen, post, sampleTexts, testModel } from './helpers.js';

interface AxiosConfig { url?: string; proxy?: unknown }
interface AxiosLike { interceptors: { request: { use(f: (c: AxiosConfig) => AxiosConfig): number; eject(id: number): void } } }
interface PerspectiveClient { analyze(text: unknown, options?: Record<string, unknown>): Promise<Record<string, unknown>> }
type PerspectiveCtor = new (options: { apiKey: string }) => PerspectiveClient;

const require = createRequire(import.meta.url);
const Perspective = require('perspective-api-client') as PerspectiveCtor & { ResponseError: new (...a: unknown[]) => Error };
const clientAxios = createRequire(require.resolve('perspective-api-client'))('axios') as AxiosLike;
const GOOGLE = 'https://commentanalyzer.googleapis.com';

interface ThreatScores {
  attributeScores: { THREAT?: { summaryScore: { value: number; type: string }; spanScores?: Array<{ begin: number; end: number; score: { value: number; type: string } }> } };
  languages: string[];
  clientToken?: string;
  threatframe: Record<string, unknown> & { scores: { threat: number }; spans: unknown[] };
}

let server: RunningServer;
let keyed: RunningServer;
let library: Classifier;
let libraryAll: Classifier;
let interceptor: number;
let target = '';

beforeAll(async () => {
  const model = await testModel();
  [server, keyed, library, libraryAll] = await Promise.all([
    listen({}),
    listen({ apiKey: 'perspective-key-123' }),
    loadClassifier({ model }),
    loadClassifier({ model, spans: 'all' }),
  ]);
  interceptor = clientAxios.interceptors.request.use((config) => {
    if (config.url?.startsWith(GOOGLE)) config.url = target + config.url.slice(GOOGLE.length);
    config.proxy = false;
    return config;
  });
});
afterAll(async () => {
  clientAxios.interceptors.request.eject(interceptor);
  await Promise.all([server?.close(), keyed?.close()]);
});

describe('perspective-api-client against threatframe serve', () => {
  it('analyze(text, {attributes: ["threat"]}) returns the library score for every text', async () => {
    target = server.url;
    const client = new Perspective({ apiKey: 'unused-without-a-server-key' });
    for (const text of sampleTexts(30).filter((t) => t.trim() !== '')) {
      const res = (await client.analyze(text, { attributes: ['threat'], stripHTML: false })) as unknown as ThreatScores;
      const expected = library.classify(text);
      expect(res.attributeScores.THREAT?.summaryScore).toEqual({ value: expected.scores.threat, type: 'PROBABILITY' });
      expect(res.attributeScores.THREAT?.spanScores).toBeUndefined();
      expect(res.languages).toEqual(['en']);
      expect(res.threatframe).toEqual(JSON.parse(JSON.stringify(expected)));
    }
  });

  it('a full AnalyzeComment request: spanScores, languages and clientToken echoed', async () => {
    target = server.url;
    const client = new Perspective({ apiKey: 'x' });
    const text = 'He wrote: "I will burn your house down." Police arrested him on Monday. I will find you.';
    const res = (await client.analyze(
      { comment: { text }, requestedAttributes: { THREAT: {} }, spanAnnotations: true, languages: ['en'], clientToken: 'tok-42', sessionId: 's1' },
      { stripHTML: false },
    )) as unknown as ThreatScores;
    const all = libraryAll.classify(text);
    expect(res.clientToken).toBe('tok-42');
    expect(res.languages).toEqual(['en']);
    expect(res.attributeScores.THREAT?.summaryScore.value).toBe(all.scores.threat);
    const spans = res.attributeScores.THREAT?.spanScores ?? [];
    expect(spans).toEqual(threatSpanScores(all.spans, all.scores.threat));
    const sentences = all.spans.filter((s) => s.kind === 'sentence');
    expect(spans.map((s) => [s.begin, s.end])).toEqual(sentences.map((s) => [s.start, s.end]));
    for (const s of spans) {
      expect(s.score.type).toBe('PROBABILITY');
      expect(s.score.value).toBeGreaterThanOrEqual(0);
      expect(s.score.value).toBeLessThanOrEqual(1);
    }
    expect(res.threatframe.spans).toEqual(library.classify(text).spans);
  });

  it('unsupported attributes come back as the client\'s ResponseError with a clear message', async () => {
    target = server.url;
    const client = new Perspective({ apiKey: 'x' });
    const error = await client.analyze('hello there').catch((e: unknown) => e); // the client's default is TOXICITY
    expect(error).toBeInstanceOf(Perspective.ResponseError);
    expect((error as Error).message).toBe('Attribute TOXICITY is not supported by threatframe serve; supported attributes: THREAT.');
    expect((error as Error & { response: { status: number } }).response.status).toBe(400);
  });

  it('the ?key= the client sends is checked when the server has a key', async () => {
    target = keyed.url;
    const good = await new Perspective({ apiKey: 'perspective-key-123' }).analyze('good morning', { attributes: ['THREAT'] });
    expect((good as unknown as ThreatScores).attributeScores.THREAT?.summaryScore.value).toBe(library.classify('good morning').scores.threat);
    const bad = await new Perspective({ apiKey: 'perspective-key-124' }).analyze('good morning', { attributes: ['THREAT'] }).catch((e: unknown) => e);
    expect((bad as Error & { response: { status: number } }).response.status).toBe(403);
    expect((bad as Error).message).toBe('The API key is not valid.');
  });
});

describe('the mapping itself', () => {
  it('scoreThreshold drops THREAT (and spans) under it, as Perspective does', async () => {
    const text = 'We are watching the station. Nobody deserves to be hurt.';
    const score = library.classify(text).scores.threat;
    const above = (await post(server.url, '/v1alpha1/comments:analyze', { comment: { text }, requestedAttributes: { THREAT: { scoreThreshold: Math.min(1, score + 0.01) } } })).json() as ThreatScores;
    expect(above.attributeScores).toEqual({});
    expect(above.threatframe.scores.threat).toBe(score);
    const below = (await post(server.url, '/v1alpha1/comments:analyze', { comment: { text }, requestedAttributes: { THREAT: { scoreThreshold: Math.max(0, score - 0.01), scoreType: 'PROBABILITY' } }, spanAnnotations: true })).json() as ThreatScores;
    expect(below.attributeScores.THREAT?.summaryScore.value).toBe(score);
    for (const s of below.attributeScores.THREAT?.spanScores ?? []) expect(s.score.value).toBeGreaterThanOrEqual(Math.max(0, score - 0.01));
  });

  it('empty text: a benign document with no spans', async () => {
    const res = (await post(server.url, '/v1alpha1/comments:analyze', { comment: { text: '' }, requestedAttributes: { THREAT: null }, spanAnnotations: true, languages: ['en-GB'], doNotStore: true })).json() as ThreatScores;
    expect(res.attributeScores.THREAT).toEqual({ spanScores: [], summaryScore: { value: library.classify('').scores.threat, type: 'PROBABILITY' } });
    expect(res.languages).toEqual(['en-GB']);
  });

  it('span scores: every sentence scores its own threat probability; quotes are left to the native result', () => {
    const ex = { content: 0.5, voice: 0.5 };
    const spans = [
      { start: 0, end: 5, text: 'aaaaa', label: 'threat' as const, confidence: 0.9, kind: 'sentence' as const, scores: { threat: 0.9, reporting: 0.05, benign: 0.05 }, explanation: ex },
      { start: 6, end: 9, text: 'bbb', label: 'reporting' as const, confidence: 0.95, kind: 'sentence' as const, scores: { threat: 0.03, reporting: 0.95, benign: 0.02 }, explanation: ex },
      { start: 7, end: 8, text: 'b', label: 'quoted_threat' as const, confidence: 0.8, kind: 'quote' as const, parent: 1, scores: { threat: 0.1, reporting: 0.8, benign: 0.1 }, explanation: ex },
      { start: 10, end: 12, text: 'cc', label: 'benign' as const, confidence: 0.4, kind: 'sentence' as const, scores: { threat: 0.6, reporting: 0, benign: 0.4 }, explanation: ex },
    ];
    expect(threatSpanScores(spans, 0.7).map((s) => s.score.value)).toEqual([0.9, 0.03, 0.6]);
    expect(threatSpanScores(spans, 0.7, 0.5).map((s) => s.begin)).toEqual([0, 10]);
  });

  it('selectSpans(all, flagged) equals what the library returns with spans: flagged', () => {
    let filtered = 0;
    let quotesKept = 0;
    for (const text of sampleTexts(60)) {
      const all = libraryAll.classify(text).spans;
      const flagged = library.classify(text).spans;
      expect(selectSpans(all, 'flagged')).toEqual(flagged);
      if (flagged.length > 0 && flagged.length < all.length) filtered++;
      if (flagged.some((s) => s.kind === 'quote')) quotesKept++;
      expect(selectSpans(all, 'none')).toEqual([]);
      expect(selectSpans(all, 'all')).toEqual(all);
    }
    expect(filtered).toBeGreaterThan(0); // the texts exercise the filter, not only all-or-nothing
    expect(quotesKept).toBeGreaterThan(0); // and nested quotes with re-indexed parents
  });
});
