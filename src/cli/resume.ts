/**
 * `score --resume`: find where a killed run stopped. Output lines are written whole and in input
 * order, so the number of complete ("\n"-terminated) lines in the output file is the number of
 * input records already done. A trailing partial line (the write the kill interrupted) is cut off.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { truncate } from 'node:fs/promises';

export interface ResumePoint {
  /** Complete lines = input records already scored (successfully or as error lines). */
  records: number;
  /** Byte length of the file up to and including the last "\n". */
  keepBytes: number;
  /** Bytes after the last "\n" (a partial line), dropped before appending. */
  partialBytes: number;
}

/** Counts newline-terminated lines over a sequence of chunks. */
export class LineCounter {
  lines = 0;
  bytes = 0;
  lastNewlineEnd = 0;

  push(chunk: Uint8Array): void {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = buf.indexOf(10);
    while (pos !== -1) {
      this.lines++;
      this.lastNewlineEnd = this.bytes + pos + 1;
      pos = buf.indexOf(10, pos + 1);
    }
    this.bytes += buf.length;
  }

  point(): ResumePoint {
    return { records: this.lines, keepBytes: this.lastNewlineEnd, partialBytes: this.bytes - this.lastNewlineEnd };
  }
}

/** Where to resume writing `path`; a missing or empty file resumes from the start. */
export async function findResumePoint(path: string): Promise<ResumePoint> {
  if (!existsSync(path) || statSync(path).size === 0) return { records: 0, keepBytes: 0, partialBytes: 0 };
  const counter = new LineCounter();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) counter.push(chunk as Buffer);
  return counter.point();
}

/** Find the resume point and cut a partial last line off the file, ready for appending. */
export async function prepareResume(path: string): Promise<ResumePoint> {
  const point = await findResumePoint(path);
  if (point.partialBytes > 0) await truncate(path, point.keepBytes);
  return point;
}
