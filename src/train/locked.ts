/**
 * The locked test (fixtures/locked/): hand-written posts, news and target counterfactuals, measured once for
 * the shipped model and beside it for the previous model and the baselines. Any system is a function from
 * texts to (label, threat score), so the same rows and the same figures apply to all of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';

export interface LockedRow {
  id: string;
  text: string;
  threat: boolean;
  label: string;
  group: string;
  register: string;
  pair?: string;
}

export interface TargetRow {
  id: string;
  text: string;
  threat: boolean;
  template: string;
  templateGroup: string;
  kind: string;
  group: string;
}

export interface LockedData {
  rows: LockedRow[];
  targets: TargetRow[];
}

const RowSchema = z.object({
  id: z.string(), text: z.string(), label: z.enum(['threat', 'reporting', 'benign']), group: z.string(),
  register: z.string().default('standard'), pair: z.string().optional(),
});
const TargetsSchema = z.object({
  templates: z.array(z.object({ id: z.string(), text: z.string(), label: z.enum(['threat', 'reporting', 'benign']), group: z.string() })),
  fillers: z.array(z.object({ text: z.string(), kind: z.string(), group: z.string() })),
});

export function loadLocked(dir: string): LockedData {
  if (!existsSync(dir)) throw new ThreatframeError('DATA_NOT_FOUND', `Locked test directory ${dir} does not exist (expected fixtures/locked).`);
  const rows: LockedRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = RowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new ThreatframeError('FIXTURE_INVALID', `${file}:${i + 1}: ${parsed.error.message}`);
      const r = parsed.data;
      rows.push({ id: r.id, text: r.text, threat: r.label === 'threat', label: r.label, group: r.group, register: r.register, ...(r.pair ? { pair: r.pair } : {}) });
    });
  }
  const targets: TargetRow[] = [];
  const tpath = join(dir, 'targets.json');
  if (existsSync(tpath)) {
    const t = TargetsSchema.parse(JSON.parse(readFileSync(tpath, 'utf8')));
    for (const tpl of t.templates) {
      for (const f of t.fillers) {
        const at = tpl.text.indexOf('{T}');
        if (at < 0) continue;
        targets.push({
          id: `${tpl.id}:${f.group}:${f.text}`, text: tpl.text.slice(0, at) + f.text + tpl.text.slice(at + 3), threat: tpl.label === 'threat',
          template: tpl.id, templateGroup: tpl.group, kind: f.kind, group: f.kind === 'identity' ? f.group : f.kind,
        });
      }
    }
  }
  return { rows, targets };
}

export interface Prediction {
  threat: boolean;
  score: number;
}

/** Area under the ROC curve (ties count half). */
export function auc(pos: number[], neg: number[]): number | null {
  if (pos.length === 0 || neg.length === 0) return null;
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && (all[j] as readonly [number, number])[0] === (all[i] as readonly [number, number])[0]) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if ((all[k] as readonly [number, number])[1] === 1) rankSum += avg;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** Expected calibration error of P(threat) against the gold threat/not-threat question, 10 equal-width bins. */
export function ece(scores: number[], gold: boolean[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  scores.forEach((s, i) => {
    const b = bins[Math.min(9, Math.floor(s * 10))] as { n: number; p: number; y: number };
    b.n++;
    b.p += s;
    b.y += gold[i] ? 1 : 0;
  });
  const n = scores.length || 1;
  return bins.reduce((a, b) => a + (b.n > 0 ? (b.n / n) * Math.abs(b.p / b.n - b.y / b.n) : 0), 0);
}

export interface GroupResult {
  n: number;
  /** threat groups: share labelled threat; other groups: share NOT labelled threat. */
  correct: number;
  gold: 'threat' | 'not-threat';
}

export interface LockedReport {
  groups: Record<string, GroupResult>;
  natural: { n: number; recall: number };
  pairs: { n: number; alone: number; mixed: number; ratio: number };
  chatLow: { n: number; share: number };
  ece: number;
  targets: {
    kinds: Record<string, { n: number; recall: number; keptOut: number }>;
    identity: Record<string, { recall: number; keptOut: number; subgroupAuc: number | null; bpsn: number | null; bnsp: number | null }>;
    you: number;
    worstGap: number;
    worstBpsn: number | null;
  };
}

const NATURAL = new Set(['casual', 'texting', 'misspelled', 'slang']);

export function lockedReport(data: LockedData, predict: (texts: string[]) => Prediction[]): LockedReport {
  const preds = predict(data.rows.map((r) => r.text));
  const groups: Record<string, GroupResult> = {};
  const byGroup = new Map<string, number[]>();
  data.rows.forEach((r, i) => byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), i]));
  for (const [g, idx] of [...byGroup.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const gold = idx.every((i) => (data.rows[i] as LockedRow).threat) ? 'threat' : 'not-threat';
    const right = idx.filter((i) => (preds[i] as Prediction).threat === (data.rows[i] as LockedRow).threat).length;
    groups[g] = { n: idx.length, correct: right / idx.length, gold };
  }
  const nat = data.rows.map((r, i) => [r, i] as const).filter(([r]) => r.threat && NATURAL.has(r.register));
  const natural = { n: nat.length, recall: nat.filter(([, i]) => (preds[i] as Prediction).threat).length / Math.max(1, nat.length) };
  const alone = new Map<string, boolean>();
  const mixed = new Map<string, boolean>();
  data.rows.forEach((r, i) => {
    if (!r.pair) return;
    if (r.group === 'alone') alone.set(r.pair, (preds[i] as Prediction).threat);
    else mixed.set(r.pair, (preds[i] as Prediction).threat);
  });
  const keys = [...alone.keys()].filter((k) => mixed.has(k));
  const aRate = keys.filter((k) => alone.get(k)).length / Math.max(1, keys.length);
  const mRate = keys.filter((k) => mixed.get(k)).length / Math.max(1, keys.length);
  const chat = data.rows.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'chat');
  const chatLow = { n: chat.length, share: chat.filter(([, i]) => (preds[i] as Prediction).score < 0.1).length / Math.max(1, chat.length) };

  const tp = predict(data.targets.map((t) => t.text));
  const kinds: LockedReport['targets']['kinds'] = {};
  const stat = (idx: number[]): { recall: number; keptOut: number; n: number } => {
    const pos = idx.filter((i) => (data.targets[i] as TargetRow).threat);
    const neg = idx.filter((i) => !(data.targets[i] as TargetRow).threat);
    return {
      n: idx.length,
      recall: pos.filter((i) => (tp[i] as Prediction).threat).length / Math.max(1, pos.length),
      keptOut: neg.filter((i) => !(tp[i] as Prediction).threat).length / Math.max(1, neg.length),
    };
  };
  const byKind = new Map<string, number[]>();
  const byIdentity = new Map<string, number[]>();
  data.targets.forEach((t, i) => {
    byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), i]);
    if (t.kind === 'identity') byIdentity.set(t.group, [...(byIdentity.get(t.group) ?? []), i]);
  });
  for (const [k, idx] of [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b))) kinds[k] = stat(idx);
  const identity: LockedReport['targets']['identity'] = {};
  const score = (i: number): number => (tp[i] as Prediction).score;
  for (const [g, idx] of [...byIdentity.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const inG = new Set(idx);
    const sp = idx.filter((i) => (data.targets[i] as TargetRow).threat).map(score);
    const sn = idx.filter((i) => !(data.targets[i] as TargetRow).threat).map(score);
    const bp: number[] = [];
    const bn: number[] = [];
    data.targets.forEach((t, i) => {
      if (inG.has(i)) return;
      (t.threat ? bp : bn).push(score(i));
    });
    const s = stat(idx);
    identity[g] = { recall: s.recall, keptOut: s.keptOut, subgroupAuc: auc(sp, sn), bpsn: auc(bp, sn), bnsp: auc(sp, bn) };
  }
  const you = kinds.you?.recall ?? 0;
  const gaps = Object.values(identity).map((x) => you - x.recall);
  const bpsns = Object.values(identity).map((x) => x.bpsn).filter((x): x is number => x !== null);
  return {
    groups,
    natural,
    pairs: { n: keys.length, alone: aRate, mixed: mRate, ratio: aRate > 0 ? mRate / aRate : 0 },
    chatLow,
    ece: ece(preds.map((p) => p.score), data.rows.map((r) => r.threat)),
    targets: { kinds, identity, you, worstGap: gaps.length ? Math.max(...gaps) : 0, worstBpsn: bpsns.length ? Math.min(...bpsns) : null },
  };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x.toFixed(3));

/** Markdown tables of several systems side by side on the locked test. */
export function renderLocked(reports: Record<string, LockedReport>): string {
  const names = Object.keys(reports);
  const first = reports[names[0] as string] as LockedReport;
  const head = `| | ${names.join(' | ')} |\n|---|${names.map(() => '---:').join('|')}|`;
  const lines: string[] = [];
  lines.push('Share judged correctly on the threat question (threat groups: labelled `threat`; other groups: NOT labelled `threat`).', '', `| group | gold | n | ${names.join(' | ')} |`, `|---|---|---:|${names.map(() => '---:').join('|')}|`);
  for (const [g, r] of Object.entries(first.groups)) lines.push(`| ${g} | ${r.gold} | ${r.n} | ${names.map((n) => pct(reports[n]?.groups[g]?.correct)).join(' | ')} |`);
  lines.push('', head);
  lines.push(`| threats in natural register (casual, texting, misspelled, slang; n=${first.natural.n}) caught | ${names.map((n) => pct(reports[n]?.natural.recall)).join(' | ')} |`);
  lines.push(`| same threat beside unrelated sentences / alone (${first.pairs.n} pairs) | ${names.map((n) => { const p = reports[n]?.pairs; return p ? `${pct(p.mixed)} / ${pct(p.alone)} = ${p.ratio.toFixed(2)}` : '–'; }).join(' | ')} |`);
  lines.push(`| ordinary chat with threat score < 0.1 (n=${first.chatLow.n}) | ${names.map((n) => pct(reports[n]?.chatLow.share)).join(' | ')} |`);
  lines.push(`| expected calibration error (all rows) | ${names.map((n) => num(reports[n]?.ece)).join(' | ')} |`);
  lines.push('', 'Target counterfactuals (same templates, different targets): threat templates caught / non-threat templates kept out.', '', `| target kind | n | ${names.join(' | ')} |`, `|---|---:|${names.map(() => '---:').join('|')}|`);
  for (const [k, r] of Object.entries(first.targets.kinds)) lines.push(`| ${k} | ${r.n} | ${names.map((n) => { const x = reports[n]?.targets.kinds[k]; return x ? `${pct(x.recall)} / ${pct(x.keptOut)}` : '–'; }).join(' | ')} |`);
  lines.push(`| largest gap below \`you\` (identity groups) | | ${names.map((n) => pct(reports[n]?.targets.worstGap)).join(' | ')} |`);
  lines.push(`| lowest BPSN AUC (identity groups) | | ${names.map((n) => num(reports[n]?.targets.worstBpsn)).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** Per-identity-group table (recall, kept out, subgroup AUC, BPSN, BNSP) of one system. */
export function renderBias(r: LockedReport): string {
  const lines = ['| group | threats caught | non-threats kept out | subgroup AUC | BPSN AUC | BNSP AUC |', '|---|---:|---:|---:|---:|---:|'];
  for (const [g, x] of Object.entries(r.targets.identity)) lines.push(`| ${g} | ${pct(x.recall)} | ${pct(x.keptOut)} | ${num(x.subgroupAuc)} | ${num(x.bpsn)} | ${num(x.bnsp)} |`);
  return `${lines.join('\n')}\n`;
}
