/**
 * Measuring the segmenter's attribution layer on PolNeAR (news with gold Source / Cue / Content spans; no
 * licence statement, so evaluation and rule tuning only: nothing of it ships). For every gold attribution
 * relation: is its content found (as a quote unit: a marked quotation or a reported complement that carries an
 * attribution), with its cue and source? Reported per type of content:
 *  - direct: the content is a quotation in marks, wholly;
 *  - mixed: the content holds a quotation and unquoted words;
 *  - indirect: no quotation marks.
 * A gold content (PolNeAR joins a quotation interrupted by its cue, '"A," he said, "B."', into one content of
 * several fragments) is found when the predicted contents that lie at least half inside it cover at least half
 * of its characters (an enclosing prediction, the content of an outer relation, is not held against it); exact
 * when, in addition, the first and last boundaries agree after trimming spaces, punctuation, quotation marks and a
 * leading complementizer "that" (PolNeAR's contents include it, 13% of dev contents open with it; threatframe's
 * reported complements start after it, by design). A predicted content is correct when at least half of it lies inside
 * some gold content. Cue (source) accuracy: among found relations (with a gold source), a predicted cue
 * (source) of the overlapping predictions overlaps the gold one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ThreatframeError } from '../errors.js';
import { segment } from '../segment.js';
import type { Range } from '../types.js';

export type ContentType = 'direct' | 'indirect' | 'mixed';

export interface GoldRelation {
  /** From the first fragment's start to the last fragment's end. */
  content: Range;
  /** The content's fragments (one unless the quotation is interrupted by its cue). */
  fragments: Range[];
  cue?: Range;
  source?: Range;
  type: ContentType;
}

export interface AttributionDoc {
  name: string;
  text: string;
  relations: GoldRelation[];
}

const QUOTE_CHARS = '"\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A\u2039\u203A\'';
const isQuote = (c: string | undefined): boolean => c !== undefined && QUOTE_CHARS.includes(c);

/** brat offsets count code points; JavaScript strings count UTF-16 units. */
function codePointIndex(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)] as number;
}

function contentType(text: string, r: Range): ContentType {
  const inner = text.slice(r.start, r.end);
  const before = text[r.start - 1];
  const after = text[r.end];
  const startsQuoted = isQuote(inner[0]) || isQuote(before);
  const endsQuoted = isQuote(inner[inner.length - 1]) || isQuote(after) || /[.,!?]["\u201D\u2019]$/.test(inner);
  const marks = [...inner.slice(1, -1)].filter((c) => isQuote(c) && c !== "'" && c !== '\u2019').length;
  if (startsQuoted && endsQuoted && marks === 0) return 'direct';
  if (startsQuoted || endsQuoted || marks > 0) return 'mixed';
  return 'indirect';
}

/** Parse one brat .ann file into relations (discontinuous spans are taken from their first to last fragment). */
export function parseAnn(ann: string, text: string): GoldRelation[] {
  const toU = codePointIndex(text);
  const spans = new Map<string, Range>();
  const fragmentsOf = new Map<string, Range[]>();
  const relations: GoldRelation[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, spec] = line.split('\t');
    if (!id?.startsWith('T') || !spec) continue;
    const sp = spec.indexOf(' ');
    const frags = spec.slice(sp + 1).split(';').map((f) => f.trim().split(/\s+/).map(Number)).filter((f) => f.length >= 2 && f.every(Number.isFinite));
    const first = frags[0];
    const last = frags[frags.length - 1];
    if (!first || !last) continue;
    spans.set(id, { start: toU(first[0] as number), end: toU(last[1] as number) });
    fragmentsOf.set(id, frags.map((f) => ({ start: toU(f[0] as number), end: toU(f[1] as number) })));
  }
  for (const line of lines) {
    const [id, spec] = line.split('\t');
    if (!id?.startsWith('E') || !spec) continue;
    const roles = new Map(spec.split(/\s+/).map((p) => p.split(':') as [string, string]));
    const contentId = roles.get('Content') ?? '';
    const content = spans.get(contentId);
    if (!content) continue;
    const cue = spans.get(roles.get('Cue') ?? '');
    const source = spans.get(roles.get('Source') ?? '');
    relations.push({ content, fragments: fragmentsOf.get(contentId) ?? [content], ...(cue ? { cue } : {}), ...(source ? { source } : {}), type: contentType(text, content) });
  }
  return relations;
}

/** PolNeAR articles of one folder (train, dev or test), one annotator's file per article. */
export function loadPolnear(rawDir: string, folder: 'train' | 'dev' | 'test'): AttributionDoc[] {
  const dir = join(rawDir, 'polnear', folder);
  if (!existsSync(dir)) throw new ThreatframeError('DATA_NOT_FOUND', `PolNeAR not found at ${dir}; pass the raw-data directory (THREATFRAME_DATA_DIR) that holds polnear/.`);
  const docs: AttributionDoc[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const article = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(article)) continue;
    const textPath = join(dir, 'text', `${article}.txt`);
    if (!existsSync(textPath)) continue;
    seen.add(article);
    const text = readFileSync(textPath, 'utf8');
    docs.push({ name: article, text, relations: parseAnn(readFileSync(join(dir, 'attributions', file), 'utf8'), text) });
  }
  return docs;
}

interface Predicted {
  content: Range;
  cue?: Range;
  source?: Range;
}

/** The segmenter's attribution relations: quote units (marked or reported) that carry an attribution. */
export function predictedRelations(text: string): Predicted[] {
  return segment(text).quotes.filter((q) => q.attribution).map((q) => ({
    content: { start: q.start, end: q.end },
    cue: q.attribution!.cue,
    ...(q.attribution!.source ? { source: q.attribution!.source } : {}),
  }));
}

const overlapLen = (a: Range, b: Range): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const fragLen = (fs: Range[]): number => fs.reduce((a, f) => a + f.end - f.start, 0);
const overlapFrags = (fs: Range[], p: Range): number => fs.reduce((a, f) => a + overlapLen(f, p), 0);

/**
 * The predictions that find a gold relation: those lying at least half inside its content, when together they
 * cover at least half of its fragments. A prediction that encloses the gold (the content of an outer relation,
 * as in "police said the caller shouted "...""), is not held against it.
 */
function findGold(g: GoldRelation, preds: Predicted[]): Predicted[] | undefined {
  const over = preds.filter((p) => {
    const o = overlapFrags(g.fragments, p.content);
    return o > 0 && overlapLen(g.content, p.content) * 2 >= p.content.end - p.content.start;
  });
  if (over.length === 0) return undefined;
  const covered = over.reduce((a, p) => a + overlapFrags(g.fragments, p.content), 0);
  return covered * 2 >= fragLen(g.fragments) ? over : undefined;
}

/** A prediction is correct when at least half of it lies inside some gold content. */
const predCorrect = (p: Predicted, gold: GoldRelation[]): GoldRelation | undefined =>
  gold.find((g) => overlapFrags(g.fragments, p.content) * 2 >= Math.max(1, p.content.end - p.content.start));

const TRIM = /^[\s"\u201C\u201D\u2018\u2019\u00AB\u00BB'.,;:!?()\u2014\u2013-]+|[\s"\u201C\u201D\u2018\u2019\u00AB\u00BB'.,;:!?()\u2014\u2013-]+$/g;
const THAT = /^that\s+/i;
function trimmed(text: string, r: Range): string {
  return text.slice(r.start, r.end).replace(TRIM, '').replace(THAT, '').replace(TRIM, '');
}

export interface TypeFigures {
  gold: number;
  predicted: number;
  recall: number;
  precision: number;
  exactRecall: number;
  exactPrecision: number;
  exactF1: number;
}

export interface AttributionReport {
  docs: number;
  types: Record<ContentType | 'all', TypeFigures>;
  cueAccuracy: number;
  sourceAccuracy: number;
}

/** Score predicted against gold relations. Predictions are typed by the gold they match, or by their own marks. */
export function scoreAttribution(docs: AttributionDoc[], predict: (text: string) => Predicted[] = predictedRelations): AttributionReport {
  const types: ContentType[] = ['direct', 'indirect', 'mixed'];
  const acc = Object.fromEntries([...types, 'all'].map((t) => [t, { gold: 0, found: 0, exact: 0, predicted: 0, correct: 0, exactP: 0 }])) as Record<string, { gold: number; found: number; exact: number; predicted: number; correct: number; exactP: number }>;
  let cueRight = 0, cueN = 0, srcRight = 0, srcN = 0;
  for (const d of docs) {
    const preds = predict(d.text);
    for (const g of d.relations) {
      const found = findGold(g, preds);
      const first = found?.reduce((a, p) => (p.content.start < a.content.start ? p : a));
      const last = found?.reduce((a, p) => (p.content.end > a.content.end ? p : a));
      const exact = first !== undefined && last !== undefined
        && trimmed(d.text, { start: first.content.start, end: last.content.end }) === trimmed(d.text, g.content);
      for (const t of [g.type, 'all']) {
        const a = acc[t]!;
        a.gold++;
        if (found) a.found++;
        if (exact) a.exact++;
      }
      if (found && g.cue) {
        cueN++;
        if (found.some((p) => p.cue && overlapLen(p.cue, g.cue as Range) > 0)) cueRight++;
      }
      if (found && g.source) {
        srcN++;
        if (found.some((p) => p.source && overlapLen(p.source, g.source as Range) > 0)) srcRight++;
      }
    }
    for (const p of preds) {
      const g = predCorrect(p, d.relations);
      const type: ContentType = g ? g.type : contentType(d.text, p.content);
      const exact = g !== undefined && trimmed(d.text, p.content) === trimmed(d.text, g.content);
      for (const t of [type, 'all']) {
        const a = acc[t]!;
        a.predicted++;
        if (g) a.correct++;
        if (exact) a.exactP++;
      }
    }
  }
  const fig = (a: { gold: number; found: number; exact: number; predicted: number; correct: number; exactP: number }): TypeFigures => {
    const er = a.gold > 0 ? a.exact / a.gold : 0;
    const ep = a.predicted > 0 ? a.exactP / a.predicted : 0;
    return {
      gold: a.gold, predicted: a.predicted,
      recall: a.gold > 0 ? a.found / a.gold : 0, precision: a.predicted > 0 ? a.correct / a.predicted : 0,
      exactRecall: er, exactPrecision: ep, exactF1: er + ep > 0 ? (2 * er * ep) / (er + ep) : 0,
    };
  };
  return {
    docs: docs.length,
    types: Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, fig(v)])) as AttributionReport['types'],
    cueAccuracy: cueN > 0 ? cueRight / cueN : 0,
    sourceAccuracy: srcN > 0 ? srcRight / srcN : 0,
  };
}

export function renderAttribution(reports: Record<string, AttributionReport>): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines = ['| split | type | gold | predicted | recall (overlap >= 0.5) | precision | exact recall | exact precision | exact F1 |', '|---|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const [split, r] of Object.entries(reports)) {
    for (const t of ['direct', 'indirect', 'mixed', 'all'] as const) {
      const f = r.types[t];
      lines.push(`| ${split} | ${t} | ${f.gold} | ${f.predicted} | ${pct(f.recall)} | ${pct(f.precision)} | ${pct(f.exactRecall)} | ${pct(f.exactPrecision)} | ${pct(f.exactF1)} |`);
    }
  }
  lines.push('', '| split | cue accuracy (matched relations) | source accuracy (matched relations with a gold source) |', '|---|---:|---:|');
  for (const [split, r] of Object.entries(reports)) lines.push(`| ${split} | ${pct(r.cueAccuracy)} | ${pct(r.sourceAccuracy)} |`);
  return `${lines.join('\n')}\n`;
}
