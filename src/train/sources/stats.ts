/** Count summaries of loaded corpora: per source x split x label x group, and a markdown rendering. */
import type { DocLabel, LabelledDoc, Split } from '../types.js';

export interface SummaryRow {
  source: string;
  split: Split;
  label: DocLabel;
  group: string;
  count: number;
  /** Docs with at least one gold span. */
  withSpans: number;
}

export interface Summary {
  rows: SummaryRow[];
  total: number;
}

const SPLITS: readonly Split[] = ['train', 'dev', 'test'];
const LABELS: readonly DocLabel[] = ['threat', 'reporting', 'benign'];

export function summarize(docs: Iterable<LabelledDoc>): Summary {
  const map = new Map<string, SummaryRow>();
  let total = 0;
  for (const d of docs) {
    total++;
    const group = d.group ?? '';
    const key = `${d.source}\u0000${d.split}\u0000${d.label}\u0000${group}`;
    let row = map.get(key);
    if (!row) {
      row = { source: d.source, split: d.split, label: d.label, group, count: 0, withSpans: 0 };
      map.set(key, row);
    }
    row.count++;
    if (d.spans && d.spans.length > 0) row.withSpans++;
  }
  const rows = [...map.values()].sort(
    (a, b) =>
      a.source.localeCompare(b.source) ||
      LABELS.indexOf(a.label) - LABELS.indexOf(b.label) ||
      a.group.localeCompare(b.group) ||
      SPLITS.indexOf(a.split) - SPLITS.indexOf(b.split),
  );
  return { rows, total };
}

/**
 * Markdown table, one line per source x label x group with train / dev / test columns (`byGroup: false`
 * collapses groups to one line per source x label).
 */
export function formatSummary(summary: Summary, opts: { byGroup?: boolean } = {}): string {
  const byGroup = opts.byGroup ?? true;
  const lines = new Map<string, { source: string; label: string; group: string; n: Record<Split, number>; spans: number }>();
  for (const r of summary.rows) {
    const group = byGroup ? r.group : '';
    const key = `${r.source}\u0000${r.label}\u0000${group}`;
    const line = lines.get(key) ?? { source: r.source, label: r.label, group, n: { train: 0, dev: 0, test: 0 }, spans: 0 };
    line.n[r.split] += r.count;
    line.spans += r.withSpans;
    lines.set(key, line);
  }
  const head = byGroup
    ? ['| source | label | group | train | dev | test | total | with spans |', '|---|---|---|---:|---:|---:|---:|---:|']
    : ['| source | label | train | dev | test | total | with spans |', '|---|---|---:|---:|---:|---:|---:|'];
  const body = [...lines.values()].map((l) => {
    const total = l.n.train + l.n.dev + l.n.test;
    const cells = [l.source, l.label, ...(byGroup ? [l.group || '-'] : []), l.n.train, l.n.dev, l.n.test, total, l.spans];
    return `| ${cells.join(' | ')} |`;
  });
  return [...head, ...body, `\n${summary.total} docs`].join('\n');
}
