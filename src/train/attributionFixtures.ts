/**
 * The hand-written attribution fixtures (fixtures/attribution/attribution.jsonl): news, press releases, court
 * reports, captions, headlines and posts that share or condemn a threat, with gold quotations (content, cue,
 * source, type, threat). Two measures:
 *  - the segmenter's attribution layer, scored like PolNeAR (scoreAttribution);
 *  - the classifier's quoted_threat spans: every threatening quotation found as a `quoted_threat` span with its
 *    source, and no `quoted_threat` span on non-threatening content.
 * A span matches a gold quotation when it covers at least half of the gold content and lies at least half
 * inside it (the PolNeAR criterion); a span's source (text) matches when it contains the gold source or lies in it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import type { Result } from '../schemas.js';
import type { Range } from '../types.js';
import type { AttributionDoc, ContentType } from './attribution.js';

const QuoteSchema = z.object({
  content: z.string().min(1),
  cue: z.string().min(1),
  source: z.string().min(1).nullable(),
  type: z.enum(['direct', 'indirect', 'mixed']),
  threat: z.boolean(),
});
const RowSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['post', 'article']),
  genre: z.string().min(1),
  text: z.string().min(1),
  quotes: z.array(QuoteSchema),
});

export interface FixtureQuote {
  content: Range;
  cue: Range;
  source?: Range;
  type: ContentType;
  threat: boolean;
}

export interface AttributionFixture {
  id: string;
  kind: 'post' | 'article';
  genre: string;
  text: string;
  quotes: FixtureQuote[];
}

function locate(text: string, part: string, what: string, id: string): Range {
  const start = text.indexOf(part);
  if (start < 0) throw new ThreatframeError('INVALID_INPUT', `attribution fixture ${id}: ${what} ${JSON.stringify(part)} is not in the text`);
  return { start, end: start + part.length };
}

/** Parse the fixture file's JSONL (gold parts are located by their first occurrence in the text). */
export function parseAttributionFixtures(jsonl: string): AttributionFixture[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    const parsed = RowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new ThreatframeError('INVALID_INPUT', `attribution fixture line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const r = parsed.data;
    return {
      id: r.id, kind: r.kind, genre: r.genre, text: r.text,
      quotes: r.quotes.map((q) => ({
        content: locate(r.text, q.content, 'content', r.id),
        cue: locate(r.text, q.cue, 'cue', r.id),
        ...(q.source ? { source: locate(r.text, q.source, 'source', r.id) } : {}),
        type: q.type,
        threat: q.threat,
      })),
    };
  });
}

export function readAttributionFixtures(path: string): AttributionFixture[] {
  return parseAttributionFixtures(readFileSync(path, 'utf8'));
}

/** The fixtures as attribution documents for scoreAttribution. */
export function fixturesAsDocs(rows: AttributionFixture[]): AttributionDoc[] {
  return rows.map((r) => ({
    name: r.id,
    text: r.text,
    relations: r.quotes.map((q) => ({ content: q.content, fragments: [q.content], cue: q.cue, ...(q.source ? { source: q.source } : {}), type: q.type })),
  }));
}

const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** The PolNeAR criterion: the span covers >= half of the gold content and lies >= half inside it. */
export const matches = (span: Range, gold: Range): boolean =>
  overlap(span, gold) * 2 >= gold.end - gold.start && overlap(span, gold) * 2 >= Math.max(1, span.end - span.start);

/** Spans carry the source as text: it matches when one contains the other ("the agency" / "The agency's chief"). */
const sameSource = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

export interface QuotedThreatFigures {
  threats: number;
  /** Threat quotations matched by a quoted_threat span. */
  found: number;
  /** ... whose source also matches the gold source (or both have none). */
  foundWithSource: number;
  nonThreats: number;
  /** Non-threatening quotations matched by a quoted_threat span. */
  flagged: number;
  /** Documents whose label is `threat` (none of these documents makes a threat in its own voice). */
  threatDocs: number;
  docs: number;
  /** Threat quotations not found, and non-threat quotations flagged: fixture id and content. */
  misses: Array<{ id: string; content: string; kind: 'missed' | 'flagged' | 'no-source' }>;
}

/** Score classifier results (spans 'all', one per fixture, same order) against the fixtures. */
export function scoreQuotedThreats(rows: AttributionFixture[], results: Result[]): QuotedThreatFigures {
  const f: QuotedThreatFigures = { threats: 0, found: 0, foundWithSource: 0, nonThreats: 0, flagged: 0, threatDocs: 0, docs: rows.length, misses: [] };
  rows.forEach((row, i) => {
    const res = results[i] as Result;
    if (res.label === 'threat') f.threatDocs++;
    const qt = res.spans.filter((s) => s.label === 'quoted_threat');
    for (const q of row.quotes) {
      const hits = qt.filter((s) => matches(s, q.content));
      const content = row.text.slice(q.content.start, q.content.end);
      if (q.threat) {
        f.threats++;
        if (hits.length === 0) {
          f.misses.push({ id: row.id, content, kind: 'missed' });
          continue;
        }
        f.found++;
        const gs = q.source ? row.text.slice(q.source.start, q.source.end).toLowerCase() : undefined;
        const withSource = hits.some((s) => (gs ? s.source !== undefined && sameSource(s.source.toLowerCase(), gs) : s.source === undefined));
        if (withSource) f.foundWithSource++;
        else f.misses.push({ id: row.id, content, kind: 'no-source' });
      } else {
        f.nonThreats++;
        // A span that matches a threatening quotation of the same document better is that quotation's.
        const own = hits.filter((s) => !row.quotes.some((o) => o.threat && matches(s, o.content)));
        if (own.length > 0) {
          f.flagged++;
          f.misses.push({ id: row.id, content, kind: 'flagged' });
        }
      }
    }
  });
  return f;
}

export function renderQuotedThreats(f: QuotedThreatFigures): string {
  const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  return [
    '| measure | value | n |',
    '|---|---:|---:|',
    `| threat quotations found as quoted_threat | ${pct(f.found, f.threats)} | ${f.threats} |`,
    `| ... with their source | ${pct(f.foundWithSource, f.threats)} | ${f.threats} |`,
    `| non-threat quotations without a quoted_threat span | ${pct(f.nonThreats - f.flagged, f.nonThreats)} | ${f.nonThreats} |`,
    `| documents not labelled threat | ${pct(f.docs - f.threatDocs, f.docs)} | ${f.docs} |`,
    '',
  ].join('\n');
}
