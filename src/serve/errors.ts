/**
 * HTTP errors of the service: one class with an HTTP status and a stable code, the mapping from
 * fastify's own errors (body limit, content type, bad JSON, timeout) and library errors to it, and
 * the two wire formats: native `{ error: { code, message, status } }` and Perspective's Google API
 * format `{ error: { code: <http status>, message, status: "INVALID_ARGUMENT", details } }`.
 */
import { isThreatframeError } from '../errors.js';

export const API_ERROR_CODES = [
  'INVALID_JSON',
  'INVALID_REQUEST',
  'INVALID_INPUT',
  'INPUT_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNSUPPORTED_ATTRIBUTE',
  'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'OVERLOADED',
  'TIMEOUT',
  'SHUTTING_DOWN',
  'NOT_READY',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: ApiErrorCode;
  /** Seconds, sent as `Retry-After` (503s). */
  readonly retryAfter?: number;

  constructor(statusCode: number, code: ApiErrorCode, message: string, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    if (retryAfter !== undefined) this.retryAfter = retryAfter;
  }
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

/** Any error thrown while serving a request -> ApiError. `maxBodyBytes` words the 413 message. */
export function toApiError(error: unknown, maxBodyBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  if (isThreatframeError(error)) {
    if (error.code === 'INVALID_INPUT') return new ApiError(400, 'INVALID_INPUT', error.message);
    if (error.code === 'INPUT_TOO_LARGE') return new ApiError(413, 'INPUT_TOO_LARGE', error.message);
    return new ApiError(500, 'INTERNAL', `${error.code}: ${error.message}`);
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'INPUT_TOO_LARGE', `The request body is over the ${maxBodyBytes}-byte limit (--max-body-bytes); split the batch or send shorter text.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON with "Content-Type: application/json".');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'INVALID_JSON', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'INVALID_REQUEST', 'The request body does not match its Content-Length.');
    default:
      break;
  }
  if (error instanceof SyntaxError || (e.statusCode === 400 && /JSON|prototype property/i.test(e.message ?? ''))) {
    return new ApiError(400, 'INVALID_JSON', `The request body is not valid JSON (${e.message ?? 'parse error'}).`);
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError(e.statusCode, 'INVALID_REQUEST', e.message ?? 'Bad request.');
  }
  return new ApiError(500, 'INTERNAL', 'Internal error while serving the request; it has been logged.');
}

export function nativeErrorBody(error: ApiError): { error: { code: ApiErrorCode; message: string; status: number } } {
  return { error: { code: error.code, message: error.message, status: error.statusCode } };
}

/** Google's canonical status for each HTTP status, as Perspective returns it. */
function googleStatus(error: ApiError): string {
  if (error.code === 'TIMEOUT') return 'DEADLINE_EXCEEDED';
  switch (error.statusCode) {
    case 401: return 'UNAUTHENTICATED';
    case 403: return 'PERMISSION_DENIED';
    case 404: return 'NOT_FOUND';
    case 429: return 'RESOURCE_EXHAUSTED';
    case 503: return 'UNAVAILABLE';
    default: return error.statusCode >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT';
  }
}

export interface PerspectiveErrorBody {
  error: {
    code: number;
    message: string;
    status: string;
    details: Array<{ '@type': string; reason: ApiErrorCode; domain: string }>;
  };
}

export function perspectiveErrorBody(error: ApiError): PerspectiveErrorBody {
  return {
    error: {
      code: error.statusCode,
      message: error.message,
      status: googleStatus(error),
      details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: error.code, domain: 'threatframe' }],
    },
  };
}
