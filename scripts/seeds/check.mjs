#!/usr/bin/env node
// Validates the project's labelled data files and prints counts.
// Usage: node scripts/seeds/check.mjs [files...]   (default: all seeds/ and fixtures/ JSONL files)
// Checks: JSON validity, required fields, labels, kind, document rule, span bounds, span trimming,
// surrogate pairs, quoted_threat nesting, unique ids (across all files), group/label consistency,
// held-out lists (seed rows never use held-out verbs, target kinds, templates, frames, nor match
// held-out surface patterns), and no overlap of text or threat/quote span text between seeds and fixtures.
// Exits 1 on any error.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as H from './holdout.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const DEFAULT = ['seeds/grammar.jsonl', 'seeds/handwritten.jsonl', 'fixtures/voice.jsonl', 'fixtures/handwritten.jsonl'];
const files = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT.map((f) => join(ROOT, f))).filter((f) => existsSync(f));

const DOC_LABELS = new Set(['threat', 'reporting', 'benign']);
const SPAN_LABELS = new Set(['threat', 'reporting', 'quoted_threat', 'benign']);
const KINDS = new Set(['post', 'article']);
// groups whose document label is fixed by construction
const EXPECT = {
  threat: /^own-voice-|^unseen-(verb|template|target-kind)$/,
  reporting: /^(quoted-in-news|reported-speech|relayed-in-post|condemned-quoting|negated|news-lead|casual-reporting|long-news-article|reporting-casual|question-about)$/,
  benign: /^(object-target|idiom|abuse-no-threat|benign-chat|benign-intent|judicial|self-harm)$/,
};

const errors = [];
const warnings = [];
const err = (f, i, m) => errors.push(`${f}:${i + 1}: ${m}`);
const ids = new Map();
const all = [];

function docLabel(spans) {
  if (spans.some((s) => s.label === 'threat')) return 'threat';
  if (spans.some((s) => s.label === 'quoted_threat' || s.label === 'reporting')) return 'reporting';
  return 'benign';
}
const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

for (const file of files) {
  const rel = relative(ROOT, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    let row;
    try {
      row = JSON.parse(line);
    } catch (e) {
      return err(rel, i, `invalid JSON: ${e.message}`);
    }
    const { id, text, label, kind, spans, group, meta } = row;
    if (typeof id !== 'string' || !id) return err(rel, i, 'missing id');
    if (ids.has(id)) err(rel, i, `duplicate id ${id} (also ${ids.get(id)})`);
    ids.set(id, `${rel}:${i + 1}`);
    if (typeof text !== 'string' || !text.trim()) return err(rel, i, `${id}: empty text`);
    if (!DOC_LABELS.has(label)) err(rel, i, `${id}: bad label ${label}`);
    if (!KINDS.has(kind)) err(rel, i, `${id}: bad kind ${kind}`);
    if (typeof group !== 'string' || !group) err(rel, i, `${id}: missing group`);
    if (meta !== undefined && (typeof meta !== 'object' || meta === null)) err(rel, i, `${id}: meta must be an object`);
    if (!Array.isArray(spans)) return err(rel, i, `${id}: spans must be an array`);
    for (const s of spans) {
      if (!SPAN_LABELS.has(s.label)) err(rel, i, `${id}: bad span label ${s.label}`);
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
        err(rel, i, `${id}: bad span bounds ${s.start}-${s.end} (len ${text.length})`);
        continue;
      }
      const t = text.slice(s.start, s.end);
      if (/^\s|\s$/.test(t)) err(rel, i, `${id}: span not trimmed: ${JSON.stringify(t)}`);
      if (isLow(text.charCodeAt(s.start)) || (s.end < text.length && isLow(text.charCodeAt(s.end))) || isHigh(text.charCodeAt(s.end - 1))) err(rel, i, `${id}: span splits a surrogate pair`);
      if (s.label === 'quoted_threat') {
        const parent = spans.find((p) => p !== s && (p.label === 'reporting' || p.label === 'threat') && p.start <= s.start && p.end >= s.end);
        if (!parent) err(rel, i, `${id}: quoted_threat ${JSON.stringify(t)} not inside a reporting/threat span`);
        if (parent && parent.label === 'threat') warnings.push(`${rel}:${i + 1}: ${id}: quoted_threat inside a threat span`);
      }
    }
    // sentence-level spans must not overlap each other
    const sent = spans.filter((s) => s.label !== 'quoted_threat').sort((a, b) => a.start - b.start);
    for (let k = 1; k < sent.length; k++) if (sent[k].start < sent[k - 1].end) err(rel, i, `${id}: overlapping sentence spans`);
    if (docLabel(spans) !== label) err(rel, i, `${id}: label ${label} breaks the document rule (spans say ${docLabel(spans)})`);
    for (const [lab, re] of Object.entries(EXPECT)) {
      if (re.test(group ?? '') && label !== lab) err(rel, i, `${id}: group ${group} expects ${lab}, got ${label}: ${JSON.stringify(text.slice(0, 120))}`);
    }
    if (group === 'long-news-article') {
      const words = text.split(/\s+/).filter(Boolean).length;
      if (words < 300 || words > 900) err(rel, i, `${id}: long-news-article has ${words} words (want 300-900)`);
    }
    all.push({ rel, i, row });
  });
}

// ---------------------------------------------------------------- held-out enforcement
const norm = (s) => s.toLowerCase().replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
const seedRows = all.filter((x) => x.rel.startsWith('seeds/'));
const fixRows = all.filter((x) => x.rel.startsWith('fixtures/'));
for (const { rel, i, row } of seedRows) {
  const m = row.meta ?? {};
  if (m.verb && H.isHeldOutVerb(m.verb)) err(rel, i, `${row.id}: seed uses held-out verb ${m.verb}`);
  if (m.target_kind && H.isHeldOutKind(m.target_kind)) err(rel, i, `${row.id}: seed uses held-out target kind ${m.target_kind}`);
  if (m.template && String(m.template).startsWith(H.HOLDOUT_TEMPLATE_PREFIX)) err(rel, i, `${row.id}: seed uses held-out template ${m.template}`);
  if (m.frame && String(m.frame).startsWith(H.HOLDOUT_FRAME_PREFIX)) err(rel, i, `${row.id}: seed uses held-out frame ${m.frame}`);
  const re = H.matchesHeldOutText(row.text);
  if (re) err(rel, i, `${row.id}: seed text matches held-out pattern ${re}: ${JSON.stringify(row.text.slice(0, 100))}`);
}
for (const { rel, i, row } of fixRows) {
  const m = row.meta ?? {};
  if (m.template && !String(m.template).startsWith(H.HOLDOUT_TEMPLATE_PREFIX)) err(rel, i, `${row.id}: generated fixture uses a seed template ${m.template}`);
  if (m.frame && !String(m.frame).startsWith(H.HOLDOUT_FRAME_PREFIX)) err(rel, i, `${row.id}: generated fixture uses a seed frame ${m.frame}`);
  if (row.group === 'unseen-verb' && m.verb && !H.isHeldOutVerb(m.verb)) err(rel, i, `${row.id}: unseen-verb row uses seen verb ${m.verb}`);
  if (row.group === 'unseen-target-kind' && m.target_kind && !H.isHeldOutKind(m.target_kind)) err(rel, i, `${row.id}: unseen-target-kind row uses seen kind ${m.target_kind}`);
}
const seedText = new Set(seedRows.map((x) => norm(x.row.text)));
const seedSpan = new Set();
for (const { row } of seedRows) for (const s of row.spans) if (s.label !== 'reporting') seedSpan.add(norm(row.text.slice(s.start, s.end)));
let overlapText = 0;
let overlapSpan = 0;
for (const { rel, i, row } of fixRows) {
  if (seedText.has(norm(row.text))) {
    overlapText++;
    err(rel, i, `${row.id}: fixture text also appears in seeds`);
  }
  for (const s of row.spans) {
    if (s.label !== 'reporting' && seedSpan.has(norm(row.text.slice(s.start, s.end)))) {
      overlapSpan++;
      err(rel, i, `${row.id}: fixture ${s.label} span also appears in seeds: ${JSON.stringify(row.text.slice(s.start, s.end))}`);
    }
  }
}

// ---------------------------------------------------------------- report
function table(rows, title) {
  const groups = new Map();
  for (const { row } of rows) {
    const g = groups.get(row.group) ?? { n: 0, threat: 0, reporting: 0, benign: 0 };
    g.n++;
    g[row.label]++;
    groups.set(row.group, g);
  }
  const tot = { n: 0, threat: 0, reporting: 0, benign: 0 };
  const out = [`\n${title}`, `  ${'group'.padEnd(26)} ${'rows'.padStart(6)} ${'threat'.padStart(7)} ${'report'.padStart(7)} ${'benign'.padStart(7)}`];
  for (const [g, c] of [...groups.entries()].sort()) {
    out.push(`  ${g.padEnd(26)} ${String(c.n).padStart(6)} ${String(c.threat).padStart(7)} ${String(c.reporting).padStart(7)} ${String(c.benign).padStart(7)}`);
    for (const k of Object.keys(tot)) tot[k] += c[k];
  }
  const pct = (x) => (tot.n ? ((100 * x) / tot.n).toFixed(1) + '%' : '-');
  out.push(`  ${'TOTAL'.padEnd(26)} ${String(tot.n).padStart(6)} ${String(tot.threat).padStart(7)} ${String(tot.reporting).padStart(7)} ${String(tot.benign).padStart(7)}   (${pct(tot.threat)} / ${pct(tot.reporting)} / ${pct(tot.benign)})`);
  return out.join('\n');
}
for (const file of files) {
  const rel = relative(ROOT, file);
  const rows = all.filter((x) => x.rel === rel);
  const spanCounts = {};
  for (const { row } of rows) for (const s of row.spans) spanCounts[s.label] = (spanCounts[s.label] ?? 0) + 1;
  console.log(table(rows, `${rel}: ${rows.length} rows; spans ${JSON.stringify(spanCounts)}`));
}
if (seedRows.length) console.log(table(seedRows, 'ALL SEEDS'));
if (fixRows.length) console.log(table(fixRows, 'ALL FIXTURES'));
console.log(`\nheld-out: ${H.HOLDOUT_VERBS.length} verbs, ${H.HOLDOUT_TARGET_KINDS.length} target kinds, templates '${H.HOLDOUT_TEMPLATE_PREFIX}*', frames '${H.HOLDOUT_FRAME_PREFIX}*'; seed/fixture overlaps: text ${overlapText}, span ${overlapSpan}`);
console.log(`unique ids: ${ids.size}`);
if (warnings.length) console.log(`\n${warnings.length} warning(s):\n  ` + warnings.slice(0, 20).join('\n  '));
if (errors.length) {
  console.log(`\n${errors.length} error(s):\n  ` + errors.slice(0, 60).join('\n  '));
  process.exit(1);
}
console.log('\nOK: all checks passed');
