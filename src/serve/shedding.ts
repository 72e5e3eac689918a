/**
 * Admission control for the scoring routes. A request is admitted in `onRequest`, before its body is
 * read, and released when its response closes (sent or aborted). When `maxQueue` requests are already
 * admitted, the next one is refused at once with 503 and `Retry-After`, so memory stays bounded by
 * roughly maxQueue x maxBodyBytes however hard clients push.
 */
import { ApiError } from './errors.js';

export interface Admission {
  /** Admit one request or throw 503 OVERLOADED; returns the release function (idempotent). */
  admit(): () => void;
  readonly admitted: number;
}

export function createAdmission(maxQueue: number, onChange: (admitted: number) => void = () => {}): Admission {
  let admitted = 0;
  return {
    admit() {
      if (admitted >= maxQueue) {
        throw new ApiError(503, 'OVERLOADED', `The server is at capacity (${maxQueue} requests queued, --max-queue); retry shortly.`, 1);
      }
      admitted++;
      onChange(admitted);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        admitted--;
        onChange(admitted);
      };
    },
    get admitted() {
      return admitted;
    },
  };
}
