/**
 * muc34 (train; public domain): MUC-3/4 Latin-American terrorism news 1989-91 (FBIS translations), from
 * `muc34_docs_with_keys.jsonl`, kind `article`.
 *
 * Label mapping:
 *   - Communiques (header tag COMMUNIQUE, 71 docs incl. test): armed groups' / death squads' own statements.
 *     The dateline and tags are removed so the text is the group's statement itself. Sentences matching the
 *     own-voice threat construction (`ownVoiceThreat`: "we will execute ...", "these people will be executed",
 *     "personnel ... will be annihilated", "death to ...", "we warn ... will be ambushed", "... are military
 *     targets") get a `threat` span and make the doc `threat` (group `muc-communique-threat`). Communiques
 *     without such a sentence (claims, denials, demands, condolences) are `reporting` (group
 *     `muc-communique`): conservative, a claim of responsibility or a denunciation is not a threat.
 *   - Other docs: `reporting` when they have an incident template (relevant) or the keyword rule fires;
 *     group `muc-threatened` if a template's stage is THREATENED (reports ABOUT threats), else `muc-incident`
 *     / `muc-violence`. Irrelevant docs without violence vocabulary -> `benign` (`muc-other`).
 *
 * Artefacts: everything but tst4 is ALL CAPS. Caps docs are true-cased with a dictionary of word forms
 * learned from the mixed-case copy of tst4 (non-sentence-initial occurrences), unknown words lower-cased,
 * sentence starts capitalised; the caps copy of tst4 is skipped. Line wrapping is undone (paragraphs kept),
 * the bracketed FBIS tags after the dateline are removed, editorial markers ([PASSAGE OMITTED], [WORDS
 * INDISTINCT], [SIGNED], [BEGIN RECORDING], ...) are dropped and other brackets become parentheses.
 * Splits: tst1-tst4 are the official test sets -> `test`; dev docs -> train/dev by `derivedSplit`.
 * Ids: `muc34:<docid lower-cased>`.
 */
import type { GoldSpan, LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, derivedSplit, readUtf8, requireFile } from './io.js';
import { ownVoiceThreat, violenceTopic } from './topic.js';

export const SOURCE = 'muc34';

export interface MucRow {
  docid: string;
  split: string;
  mixed_case: boolean;
  header_tags: string[];
  text: string;
  relevant: boolean;
  any_threatened: boolean;
}

const MARKER =
  /\b(?:INDISTINCT|OMITTED|RECORDING|AS HEARD|AS RECEIVED|CHANGES THOUGHT|CORRECTS HIMSELF|NOT FURTHER IDENTIFIED|EXPANSION UNKNOWN|APPLAUSE|LAUGHTER|CONTINUED|SIGNED|DATED|TEXT|DUPLICATE|WORDS?)\b/i;

/** Build lower-case -> preferred written form from mixed-case texts (sentence-initial words ignored). */
export function buildCaseDictionary(texts: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const t of texts) {
    const re = /[A-Za-z]+/g;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const before = t.slice(Math.max(0, m.index - 3), m.index);
      if (m.index === 0 || /[.!?:"\n-]\s*$/.test(before)) continue;
      const lower = m[0].toLowerCase();
      const forms = counts.get(lower) ?? new Map<string, number>();
      forms.set(m[0], (forms.get(m[0]) ?? 0) + 1);
      counts.set(lower, forms);
    }
  }
  const dict = new Map<string, string>();
  for (const [lower, forms] of counts) {
    let best = lower;
    let n = -1;
    for (const [f, c] of forms) if (c > n || (c === n && f === lower)) [best, n] = [f, c];
    if (best !== lower) dict.set(lower, best);
  }
  return dict;
}

export function trueCase(text: string, dict: Map<string, string>): string {
  const lowered = text.replace(/[A-Za-z]+/g, (w) => {
    const lower = w.toLowerCase();
    return dict.get(lower) ?? (lower === 'i' ? 'I' : lower);
  });
  return lowered
    .replace(/\b([b-hj-z])\./g, (_m, ch: string) => `${ch.toUpperCase()}.`)
    .replace(/(^|[.!?]["')]?\s+|\n\s*|"\s*|--\s*)([a-z])/g, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Split a MUC text into dateline, header tags and body; unwrap lines; drop editorial markers. */
export function parseMucText(raw: string): { dateline: string; body: string } {
  const head = /^([\s\S]{0,200}?--)\s*((?:\[[^\]]*\]\s*)+)/.exec(raw);
  const dateline = head ? (head[1] ?? '').replace(/\s+/g, ' ').trim() : '';
  const rest = head ? raw.slice(head[0].length) : raw;
  const paragraphs = rest
    .split(/\n\s*\n|\n(?= {2,})/)
    .map((p) =>
      p
        .replace(/\s+/g, ' ')
        .replace(/\[([^\]]*)\]/g, (_m, inner: string) => (MARKER.test(inner) ? '' : `(${inner})`))
        .replace(/\s+([.,;:])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
  return { dateline, body: paragraphs.join('\n\n') };
}

const ABBREV = /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bGen|\bCol|\bMsgr|\bSr|\bJr|\bSt|\bNo|\bLt|\bCapt|\bSgt|\bMaj|\bRev|\bGov|\bU\.S)\.$/;

/** Sentence spans [start, end) of a cleaned text: paragraph breaks and ., !, ? followed by an upper-case start. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?]+["')]?(?=\s+["(]?[A-Z0-9])|\n+/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    if (!m[0].startsWith('\n') && ABBREV.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    if (end > start) out.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

export function isCommunique(row: MucRow): boolean {
  return row.header_tags.some((t) => /^communique$/i.test(t.trim()));
}

export function mapMuc(row: MucRow, dict: Map<string, string>): LabelledDoc {
  const id = `${SOURCE}:${row.docid.toLowerCase()}`;
  const split = derivedSplit(id, row.split.startsWith('tst'));
  const { dateline, body } = parseMucText(row.text);
  const base = { id, source: SOURCE, kind: 'article' as const, split };
  const cased = (s: string): string => (row.mixed_case ? s : trueCase(s, dict));
  if (isCommunique(row)) {
    const text = cleanText(cased(body));
    const spans: GoldSpan[] = sentenceSpans(text)
      .filter(([s, e]) => ownVoiceThreat(text.slice(s, e)))
      .map(([start, end]) => ({ start, end, label: 'threat' as const }));
    if (spans.length > 0) return { ...base, text, label: 'threat', spans, group: 'muc-communique-threat' };
    return { ...base, text, label: 'reporting', group: 'muc-communique' };
  }
  const text = cleanText(cased(dateline ? `${dateline} ${body}` : body));
  if (row.any_threatened) return { ...base, text, label: 'reporting', group: 'muc-threatened' };
  if (row.relevant) return { ...base, text, label: 'reporting', group: 'muc-incident' };
  if (violenceTopic('', body)) return { ...base, text, label: 'reporting', group: 'muc-violence' };
  return { ...base, text, label: 'benign', group: 'muc-other' };
}

function asRow(v: unknown): MucRow | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Partial<MucRow>;
  if (typeof r.docid !== 'string' || typeof r.text !== 'string') return undefined;
  return {
    docid: r.docid,
    split: typeof r.split === 'string' ? r.split : 'dev',
    mixed_case: r.mixed_case === true,
    header_tags: Array.isArray(r.header_tags) ? r.header_tags.filter((t) => typeof t === 'string') : [],
    text: r.text,
    relevant: r.relevant === true,
    any_threatened: r.any_threatened === true,
  };
}

export const muc34Adapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const path = requireFile(rawDir, SOURCE, SOURCE, 'muc34_docs_with_keys.jsonl');
    const rows: MucRow[] = [];
    const sink = new DocSink(SOURCE);
    for (const line of (await readUtf8(path)).split('\n')) {
      if (!line.trim()) continue;
      const r = asRow(JSON.parse(line));
      if (r) rows.push(r);
      else sink.note('skipped: malformed row');
    }
    const mixed = rows.filter((r) => r.mixed_case);
    const mixedIds = new Set(mixed.map((r) => r.docid));
    const dict = buildCaseDictionary(mixed.map((r) => parseMucText(r.text).body));
    // Official test sets first, so de-duplication never moves a test doc into train.
    const ordered = [...rows].sort((a, b) => Number(b.split.startsWith('tst')) - Number(a.split.startsWith('tst')));
    for (const r of ordered) {
      if (!r.mixed_case && mixedIds.has(r.docid)) {
        sink.note('skipped: all-caps copy of a mixed-case doc');
        continue;
      }
      sink.add(mapMuc(r, dict));
    }
    return sink.docs;
  },
};
