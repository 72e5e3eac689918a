/**
 * `POST /v1alpha1/comments:analyze` in Perspective API's request and response shape, THREAT only.
 *
 * THREAT.summaryScore.value is the document's calibrated P(threat) (`result.scores.threat`): the
 * probability that the author threatens, incites or calls for violence. A threat the author quotes,
 * reports or condemns is not the author's threat, so it scores low here and appears as a
 * `quoted_threat` span in the namespaced `threatframe` field (the full native result).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Result } from '../schemas.js';
import { describeIssues } from '../validate.js';
import { ApiError } from './errors.js';
import type { ServeContext } from './native.js';
import { selectSpans, threatSpanScores, type SpanScore } from './spans.js';

export const SUPPORTED_ATTRIBUTES = ['THREAT'] as const;
export const SUPPORTED_LANGUAGES = ['en'] as const;
export const PERSPECTIVE_PATH = '/v1alpha1/comments:analyze';

const AttributeParametersSchema = z.strictObject({
  scoreType: z.string().optional(),
  scoreThreshold: z.number().min(0).max(1).optional(),
});

export const AnalyzeRequestSchema = z.strictObject({
  comment: z.strictObject({
    text: z.string(),
    type: z.string().optional(),
  }),
  requestedAttributes: z.record(z.string(), AttributeParametersSchema.nullable()),
  spanAnnotations: z.boolean().optional(),
  languages: z.array(z.string()).optional(),
  doNotStore: z.boolean().optional(),
  clientToken: z.string().optional(),
  sessionId: z.string().optional(),
  communityId: z.string().optional(),
  context: z.unknown().optional(),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

export interface AnalyzeOptions {
  text: string;
  spanAnnotations: boolean;
  scoreThreshold: number;
  /** The request's languages; undefined = detect (as Perspective does when none are given). */
  languages?: string[];
  clientToken?: string;
}

const isEnglish = (tag: string): boolean => /^en(?:[-_][a-z0-9]+)*$/i.test(tag.trim());

/** Validate the request body; every problem is a 400 that says what to send instead. */
export function parseAnalyzeRequest(body: unknown): AnalyzeOptions {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'INVALID_REQUEST', 'Send a JSON object like {"comment": {"text": "..."}, "requestedAttributes": {"THREAT": {}}}.');
  }
  const parsed = AnalyzeRequestSchema.safeParse(body);
  if (!parsed.success) throw new ApiError(400, 'INVALID_REQUEST', `Invalid AnalyzeComment request: ${describeIssues(parsed.error)}`);
  const req = parsed.data;
  const names = Object.keys(req.requestedAttributes);
  const supported = SUPPORTED_ATTRIBUTES.join(', ');
  if (names.length === 0) {
    throw new ApiError(400, 'UNSUPPORTED_ATTRIBUTE', `requestedAttributes is empty; request one of the supported attributes: ${supported}.`);
  }
  const unsupported = names.filter((n) => !(SUPPORTED_ATTRIBUTES as readonly string[]).includes(n));
  if (unsupported.length > 0) {
    throw new ApiError(400, 'UNSUPPORTED_ATTRIBUTE', `Attribute${unsupported.length > 1 ? 's' : ''} ${unsupported.join(', ')} ${unsupported.length > 1 ? 'are' : 'is'} not supported by threatframe serve; supported attributes: ${supported}.`);
  }
  const params = req.requestedAttributes.THREAT ?? {};
  if (params.scoreType !== undefined && params.scoreType !== 'PROBABILITY') {
    throw new ApiError(400, 'INVALID_REQUEST', `requestedAttributes.THREAT.scoreType ${params.scoreType} is not supported; use PROBABILITY or omit it.`);
  }
  if (req.comment.type !== undefined && req.comment.type !== 'PLAIN_TEXT') {
    throw new ApiError(400, 'INVALID_REQUEST', `comment.type ${req.comment.type} is not supported; send PLAIN_TEXT (strip markup first).`);
  }
  if (req.languages !== undefined && req.languages.length > 0 && !req.languages.every(isEnglish)) {
    const others = req.languages.filter((l) => !isEnglish(l));
    throw new ApiError(400, 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE', `Attribute THREAT does not support request languages: ${others.join(', ')}; supported languages: ${SUPPORTED_LANGUAGES.join(', ')}.`);
  }
  const out: AnalyzeOptions = {
    text: req.comment.text,
    spanAnnotations: req.spanAnnotations === true,
    scoreThreshold: params.scoreThreshold ?? 0,
    ...(req.languages !== undefined && req.languages.length > 0 ? { languages: req.languages } : {}),
  };
  if (req.clientToken !== undefined) out.clientToken = req.clientToken;
  return out;
}

export interface AnalyzeResponse {
  attributeScores: {
    THREAT?: {
      summaryScore: { value: number; type: 'PROBABILITY' };
      spanScores?: SpanScore[];
    };
  };
  languages: string[];
  /** Present when the request named no languages and the language was detected (as Perspective does). */
  detectedLanguages?: string[];
  clientToken?: string;
  /** threatframe's full native result (spans as `spans: 'flagged'` returns them). */
  threatframe: Result;
}

/** `result` must have been scored with `spans: 'all'`. Attributes under scoreThreshold are omitted, as Perspective does. */
export function toAnalyzeResponse(req: AnalyzeOptions, result: Result): AnalyzeResponse {
  // No languages in the request: detect, and answer an unsupported one as Perspective does. Named English
  // languages are honoured: the text is scored as English whatever the detector says.
  if (req.languages === undefined && result.language !== 'en') {
    throw new ApiError(400, 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE', `Attribute THREAT does not support request languages: ${result.language} (detected); supported languages: ${SUPPORTED_LANGUAGES.join(', ')}. Name the language in "languages" to override detection.`);
  }
  const summary = result.scores.threat;
  const response: AnalyzeResponse = {
    attributeScores: {}, languages: req.languages ?? [result.language],
    ...(req.languages === undefined ? { detectedLanguages: [result.language] } : {}),
    threatframe: { ...result, spans: selectSpans(result.spans, 'flagged') },
  };
  if (summary >= req.scoreThreshold) {
    response.attributeScores.THREAT = req.spanAnnotations
      ? { spanScores: threatSpanScores(result.spans, summary, req.scoreThreshold), summaryScore: { value: summary, type: 'PROBABILITY' } }
      : { summaryScore: { value: summary, type: 'PROBABILITY' } };
  }
  if (req.clientToken !== undefined) response.clientToken = req.clientToken;
  return response;
}

export function registerPerspectiveRoute(app: FastifyInstance, ctx: ServeContext): void {
  // '::' is find-my-way's escape for a literal ':' in the path.
  app.post(PERSPECTIVE_PATH.replace(':', '::'), { config: { api: 'perspective', scoring: true } }, async (request, reply) => {
    const req = parseAnalyzeRequest(request.body);
    request.tfRecords = 1;
    const results = await ctx.score([req.text], request, reply);
    if (results === undefined || reply.sent) return undefined;
    return toAnalyzeResponse(req, results[0] as Result);
  });
}
