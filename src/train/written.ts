/**
 * Posts written for this project in natural register (seeds/written/*.jsonl, and the shared written sets
 * beside the corpora), as training documents. Each row names its own-voice threats (`threat`) and the
 * threatening words it attributes to someone else (`quoted`) as exact substrings; they become gold spans.
 * Rows are split by a hash of their id: 85% train, 15% dev (the project's locked test lives in fixtures/).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import type { GoldSpan, LabelledDoc, Split } from './types.js';

const WrittenRowSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().min(1),
  label: z.enum(['threat', 'reporting', 'benign', 'not_threat']),
  group: z.string().optional(),
  register: z.string().optional(),
  threat: z.array(z.string()).optional(),
  quoted: z.array(z.string()).optional(),
});

export function writtenSplit(id: string): Split {
  const bucket = createHash('sha1').update(id).digest().readUInt32BE(0) % 100;
  return bucket < 85 ? 'train' : 'dev';
}

/** Span of every occurrence-free substring: the first occurrence at or after `from`, else the first anywhere. */
function spanOf(text: string, part: string, label: GoldSpan['label']): GoldSpan | undefined {
  const p = part.trim();
  if (p.length === 0) return undefined;
  const at = text.indexOf(p);
  return at < 0 ? undefined : { start: at, end: at + p.length, label };
}

/** Read one written JSONL file into labelled documents (`source` names the file's set). */
export function readWritten(path: string, source: string): LabelledDoc[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: LabelledDoc[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let row: z.infer<typeof WrittenRowSchema>;
    try {
      row = WrittenRowSchema.parse(JSON.parse(line));
    } catch (cause) {
      throw new ThreatframeError('FIXTURE_INVALID', `${path}:${i + 1}: not a written row ({id, text, label, threat?, quoted?}): ${(cause as Error).message}`, { cause });
    }
    const id = `${source}:${row.id}`;
    const spans: GoldSpan[] = [];
    for (const t of row.threat ?? []) {
      const s = spanOf(row.text, t, 'threat');
      if (s) spans.push(s);
    }
    for (const q of row.quoted ?? []) {
      const s = spanOf(row.text, q, 'quoted_threat');
      if (s) spans.push(s);
    }
    const label = row.label === 'not_threat' ? (spans.length > 0 ? 'reporting' : 'benign') : row.label;
    // A threat row whose threat sentences could not be located keeps its label, without spans.
    const hasThreatSpan = spans.some((s) => s.label === 'threat');
    docs.push({
      id,
      source: 'written',
      text: row.text,
      kind: row.text.length > 600 ? 'article' : 'post',
      label,
      ...(label !== 'threat' || hasThreatSpan ? { spans } : {}),
      split: writtenSplit(id),
      group: row.group ?? (row.label === 'threat' ? 'written-threat' : 'written-not-threat'),
      ...(row.label === 'not_threat' && spans.length === 0 ? { topicUnknown: true } : {}),
    });
  });
  return docs;
}

const TemplatesSchema = z.object({
  templates: z.array(z.object({ id: z.string(), text: z.string().includes('{T}'), label: z.enum(['threat', 'reporting', 'benign']), group: z.string().optional() })),
});

/**
 * Target-counterfactual templates (`{"templates": [{id, text with one {T}, label, group}]}`), each filled with
 * `perTemplate` target noun phrases drawn deterministically from `fillers`. A threat template's whole text is
 * the threat span. Split by template, so a dev template is never seen in training with any filler.
 */
export function expandTemplates(path: string, source: string, fillers: readonly string[], perTemplate: number, seed: number): LabelledDoc[] {
  let parsed: z.infer<typeof TemplatesSchema>;
  try {
    parsed = TemplatesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new ThreatframeError('FIXTURE_INVALID', `${path}: not a template file ({"templates": [{id, text with {T}, label}]}): ${(cause as Error).message}`, { cause });
  }
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 4294967296;
  };
  const docs: LabelledDoc[] = [];
  for (const t of parsed.templates) {
    const split = writtenSplit(`${source}:${t.id}`);
    for (let k = 0; k < perTemplate; k++) {
      const filler = fillers[Math.floor(next() * fillers.length)] as string;
      const at = t.text.indexOf('{T}');
      const text = t.text.slice(0, at) + filler + t.text.slice(at + 3);
      docs.push({
        id: `${source}:${t.id}:${k}`, source: 'written', text, kind: 'post', label: t.label,
        spans: t.label === 'threat' ? [{ start: 0, end: text.length, label: 'threat' as const }] : [],
        split, group: `template-${t.group ?? t.label}`,
      });
    }
  }
  return docs;
}

/** Every written set in the given directories (missing directories are skipped); template files are filled from `fillers`. */
export function loadWritten(dirs: readonly string[], fillers: readonly string[] = [], perTemplate = 6): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.jsonl')) docs.push(...readWritten(join(dir, file), file.replace(/\.jsonl$/, '')));
      else if (file.endsWith('.json') && fillers.length > 0) docs.push(...expandTemplates(join(dir, file), file.replace(/\.json$/, ''), fillers, perTemplate, 97));
    }
  }
  return docs;
}
