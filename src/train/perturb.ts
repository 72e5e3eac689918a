/**
 * Register perturbation of the project's seeds: each training seed gets variants with a discourse
 * marker before it, a tag after it, or its case changed. Every label gets the same perturbations, so
 * none of them is a cue; they teach the model that the words around a threat do not make or unmake it.
 * Written for training only; the evaluation fixtures use none of these markers.
 */
import { mulberry32 } from './random.js';
import type { GoldSpan, LabelledDoc } from './types.js';

const PREFIXES = ['Honestly, ', 'Listen, ', 'Okay so ', 'For the record, ', 'Straight up, ', 'ngl ', 'Look, ', 'Real talk, ', 'So yeah, ', 'Here is the thing: ', 'Right, ', 'Just saying, '];
const SUFFIXES = [' lol', ' fr', ' tbh', ', no joke', ', trust me', ' !!!', ' 😤', ' and I mean it', ' - just so you know', ' #facts', ' ok?', ' period.'];

export interface PerturbOptions {
  seed: number;
  variants: number;
}

function shifted(spans: GoldSpan[] | undefined, by: number, oldLength: number, newLength: number, atStart: boolean): GoldSpan[] | undefined {
  if (!spans) return undefined;
  return spans.map((s) => {
    const start = s.start === 0 && atStart ? 0 : s.start + by;
    const end = s.end === oldLength && !atStart ? newLength : s.end + by;
    return { ...s, start, end };
  });
}

export function perturbSeeds(docs: LabelledDoc[], opts: PerturbOptions): LabelledDoc[] {
  const rand = mulberry32(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: LabelledDoc[] = [];
  for (const d of docs) {
    for (let v = 0; v < opts.variants; v++) {
      const r = rand();
      let text = d.text;
      let spans = d.spans;
      if (r < 0.4) {
        const p = pick(PREFIXES);
        const body = /^[A-Z][a-z]/.test(text) && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
        text = p + body;
        spans = shifted(d.spans, p.length, d.text.length, text.length, true);
        // A span that started the text now starts at the marker.
      } else if (r < 0.8) {
        const trimmed = d.text.replace(/[.!]+$/u, '');
        const s = pick(SUFFIXES);
        text = trimmed + s;
        spans = d.spans?.map((g) => ({ ...g, end: g.end > trimmed.length ? text.length : g.end }));
      } else {
        text = rand() < 0.7 ? d.text.toLowerCase() : d.text.toUpperCase();
        if (text.length !== d.text.length) continue; // case mapping changed the length: skip
      }
      out.push({ ...d, id: `${d.id}:v${v}`, text, ...(spans ? { spans } : {}), group: d.group ?? 'seeds', source: 'augment' });
    }
  }
  return out;
}
