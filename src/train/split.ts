import { createHash } from 'node:crypto';
import type { Split } from './types.js';

/**
 * Deterministic split from a stable id: 80% train, 10% dev, 10% test.
 * The same id always lands in the same split, across machines and runs.
 */
export function splitOf(id: string): Split {
  const h = createHash('sha1').update(id).digest();
  const bucket = h.readUInt32BE(0) % 100;
  if (bucket < 80) return 'train';
  if (bucket < 90) return 'dev';
  return 'test';
}
