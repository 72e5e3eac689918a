/**
 * Register perturbation of the project's seeds: each training seed gets variants with a discourse
 * marker before it, a tag after it, or its case changed. Every label gets the same perturbations, so
 * none of them is a cue; they teach the model that the words around a threat do not make or unmake it.
 * Written for training only; the evaluation fixtures use none of these markers.
 */
import { mulberry32 } from './random.js';
import type { GoldSpan, LabelledDoc } from './types.js';

const PREFIXES = ['Honestly, ', 'Listen, ', 'Okay so ', 'For the record, ', 'Straight up, ', 'ngl ', 'Look, ', 'Real talk, ', 'So yeah, ', 'Here is the thing: ', 'Right, ', 'Just saying, '];
/** Edited-prose wrappers, so that formal register is never a sign of reporting. Separate sentences end with '. '. */
const FORMAL_PREFIXES = ['The committee hereby declares: ', 'Statement issued on behalf of the eastern cells: ', 'To whom it may concern: ', 'We, the undersigned, state the following: ', 'Official communication. ', 'Notice to residents: ', 'Let it be recorded that ', 'Communique number seven. '];
const FORMAL_SUFFIXES = [' This statement is final.', ' Signed, the Council.', ' End of communication.', ' Distribution of this notice is authorised.', ' Issued this day by the central office.'];
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
      if (r < 0.45) {
        const formal = r < 0.15;
        const p = pick(formal ? FORMAL_PREFIXES : PREFIXES);
        const separate = p.endsWith('. ');
        const body = !separate && /^[A-Z][a-z]/.test(text) && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
        text = p + body;
        // A span that started the text now starts at the marker, unless the marker is its own sentence.
        spans = shifted(d.spans, p.length, d.text.length, text.length, !separate);
      } else if (r < 0.8) {
        const formal = r >= 0.68;
        const trimmed = formal ? d.text : d.text.replace(/[.!]+$/u, '');
        const s = pick(formal ? FORMAL_SUFFIXES : SUFFIXES);
        text = trimmed + s;
        spans = formal ? d.spans : d.spans?.map((g) => ({ ...g, end: g.end > trimmed.length ? text.length : g.end }));
      } else {
        text = rand() < 0.7 ? d.text.toLowerCase() : d.text.toUpperCase();
        if (text.length !== d.text.length) continue; // case mapping changed the length: skip
      }
      out.push({ ...d, id: `${d.id}:v${v}`, text, ...(spans ? { spans } : {}), group: d.group ?? 'seeds', source: 'augment' });
    }
  }
  return out;
}
