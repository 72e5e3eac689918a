/**
 * `POST /v1/classify`: the library's output contract over HTTP. One record `{ text, id?, kind? }`
 * answers one Result; `{ records: [...] }` answers `{ results: [...] }` in input order. `?spans=`
 * picks the spans returned (flagged by default, like the library).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { InputRecordSchema, SpanSelectionSchema, type InputRecord, type Result, type SpanSelection } from '../schemas.js';
import { abstainedResult } from '../classifier.js';
import { describeIssues } from '../validate.js';
import { ApiError } from './errors.js';
import { selectSpans } from './spans.js';

export interface ServeContext {
  maxBatch: number;
  /** Score texts (with every span) or return undefined when the reply has already gone (timeout). */
  score(records: Array<string | InputRecord>, request: FastifyRequest, reply: FastifyReply): Promise<Result[] | undefined>;
}

export const NATIVE_PATH = '/v1/classify';

const QuerySchema = z.object({ spans: SpanSelectionSchema.optional() });

export interface ClassifyRequest {
  records: InputRecord[];
  batch: boolean;
  spans: SpanSelection;
}

export function parseClassifyRequest(body: unknown, query: unknown, maxBatch: number): ClassifyRequest {
  const q = QuerySchema.safeParse(query ?? {});
  if (!q.success) throw new ApiError(400, 'INVALID_REQUEST', `Invalid query: ${describeIssues(q.error)} (spans is one of all, flagged, none).`);
  const spans = q.data.spans ?? 'flagged';
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'INVALID_INPUT', 'Send a JSON object: { "text": "...", "id"?, "kind"?: "post" | "article" } or { "records": [ ... ] }.');
  }
  if ('records' in body) {
    const records = (body as { records: unknown }).records;
    const extra = Object.keys(body).filter((k) => k !== 'records');
    if (extra.length > 0) throw new ApiError(400, 'INVALID_INPUT', `Unrecognized key${extra.length > 1 ? 's' : ''} next to records: ${extra.join(', ')}.`);
    if (!Array.isArray(records)) throw new ApiError(400, 'INVALID_INPUT', 'records must be an array of { text, id?, kind? } objects.');
    if (records.length === 0) throw new ApiError(400, 'INVALID_INPUT', 'records is empty; send at least one { text } object.');
    if (records.length > maxBatch) throw new ApiError(413, 'INPUT_TOO_LARGE', `A batch holds at most ${maxBatch} records; this one has ${records.length}. Split it.`);
    const out: InputRecord[] = new Array(records.length);
    for (let i = 0; i < records.length; i++) {
      const r = InputRecordSchema.safeParse(records[i]);
      if (!r.success) throw new ApiError(400, 'INVALID_INPUT', `records[${i}]: ${describeIssues(r.error)}`);
      out[i] = r.data;
    }
    return { records: out, batch: true, spans };
  }
  const r = InputRecordSchema.safeParse(body);
  if (!r.success) throw new ApiError(400, 'INVALID_INPUT', `Invalid record: ${describeIssues(r.error)}. Send { "text": "...", "id"?, "kind"?: "post" | "article" }.`);
  return { records: [r.data], batch: false, spans };
}

/** The library's default: English is scored, any other detected language abstains. */
const withSpans = (result: Result, spans: SpanSelection): Result => {
  if (result.language !== 'en') return abstainedResult(result, ['en']);
  return spans === 'all' ? result : { ...result, spans: selectSpans(result.spans, spans) };
};

export function registerNativeRoute(app: FastifyInstance, ctx: ServeContext): void {
  app.post(NATIVE_PATH, { config: { api: 'native', scoring: true } }, async (request, reply) => {
    const req = parseClassifyRequest(request.body, request.query, ctx.maxBatch);
    request.tfRecords = req.records.length;
    const results = await ctx.score(req.records, request, reply);
    if (results === undefined || reply.sent) return undefined;
    if (!req.batch) return withSpans(results[0] as Result, req.spans);
    return { results: results.map((r) => withSpans(r, req.spans)) };
  });
}
