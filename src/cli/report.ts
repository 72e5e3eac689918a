/** Rendering an evaluation report as aligned text tables or markdown. Pure. */
import type { EvaluationReport, Metrics } from '../evaluate.js';
import { DOC_LABELS, type ModelInfo } from '../schemas.js';

export type TableStyle = 'table' | 'md';

export function renderTable(headers: string[], rows: string[][], style: TableStyle): string {
  if (style === 'md') {
    const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
    return [line(headers), `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export const fmt = (v: number | null | undefined, digits = 3): string => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));

function summaryRow(name: string, m: Metrics): string[] {
  return [
    name, String(m.n), fmt(m.accuracy), fmt(m.macroF1), fmt(m.threatRecall), fmt(m.threatFalsePositiveRate),
    fmt(m.threatRate), fmt(m.recallAtFpr['0.10']), m.span ? fmt(m.span.f1) : 'n/a', fmt(m.ece),
  ];
}

const SUMMARY_HEADERS = ['set', 'n', 'accuracy', 'macro F1', 'threat recall', 'threat FPR', 'threat rate', 'recall@10%FPR', 'span F1', 'ECE'];

export function renderReport(report: EvaluationReport, model: ModelInfo, source: string, style: TableStyle): string {
  const h = (title: string): string => (style === 'md' ? `\n### ${title}\n\n` : `\n${title}\n`);
  const o = report.overall;
  let out = style === 'md' ? `## threatframe eval: ${source}\n\n` : `threatframe eval: ${source}\n`;
  out += `model ${model.name} ${model.version} (sha256 ${model.sha256.slice(0, 12)}), ${o.n} rows, ${Object.keys(report.groups).length} groups\n`;
  out += h('overall');
  out += renderTable(SUMMARY_HEADERS, [summaryRow('overall', o)], style);
  out += h('per label (overall)');
  out += renderTable(
    ['label', 'precision', 'recall', 'F1', 'support'],
    DOC_LABELS.map((l) => [l, fmt(o.labels[l].precision), fmt(o.labels[l].recall), fmt(o.labels[l].f1), String(o.labels[l].support)]),
    style,
  );
  out += h('confusion (rows gold, columns predicted)');
  out += renderTable(['gold \\ predicted', ...DOC_LABELS], DOC_LABELS.map((g) => [g, ...DOC_LABELS.map((p) => String(o.confusion[g][p]))]), style);
  const groups = Object.entries(report.groups);
  if (groups.length > 0) {
    out += h('per group');
    out += renderTable(SUMMARY_HEADERS.map((x, i) => (i === 0 ? 'group' : x)), groups.map(([name, m]) => summaryRow(name, m)), style);
  }
  return out;
}
