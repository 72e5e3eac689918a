/**
 * Optional API key. The key is read from `x-api-key`, Google's `x-goog-api-key`, or Perspective's
 * `?key=` query parameter, and compared in constant time: both sides are hashed to 32-byte SHA-256
 * digests first, so `timingSafeEqual` always compares equal lengths and the time taken says nothing
 * about the key's length or content.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  query: unknown;
}

/** The key a request presents, from the first place that has one. */
export function presentedKey(request: RequestLike): string | undefined {
  const header = request.headers['x-api-key'] ?? request.headers['x-goog-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  if (Array.isArray(header) && typeof header[0] === 'string') return header[0];
  const query = request.query as Record<string, unknown> | undefined;
  const key = query?.key;
  if (typeof key === 'string' && key !== '') return key;
  if (Array.isArray(key) && typeof key[0] === 'string') return key[0];
  return undefined;
}

/** A checker that throws 401 (no key) or 403 (wrong key); a no-op when no key is configured. */
export function createKeyCheck(apiKey: string | undefined): (request: RequestLike) => void {
  if (apiKey === undefined) return () => {};
  const expected = digest(apiKey);
  return (request) => {
    const key = presentedKey(request);
    if (key === undefined) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'This server needs an API key: send it in the x-api-key header or as ?key=.');
    }
    if (!timingSafeEqual(digest(key), expected)) {
      throw new ApiError(403, 'PERMISSION_DENIED', 'The API key is not valid.');
    }
  };
}
