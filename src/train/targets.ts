/**
 * Counterfactual target augmentation: the same sentence with a different target, in threats and in their
 * non-threat counterparts alike, so that no target word (a group, a relation, a profession, a name) becomes
 * evidence for or against a threat. The object pronoun of a training sentence ("... stab you", "... find
 * him") is replaced with a noun phrase drawn from the lists below. Written for training only.
 */
import { mulberry32 } from './random.js';
import type { GoldSpan, LabelledDoc } from './types.js';

const GROUPS = [
  'Muslims', 'Jews', 'Christians', 'Hindus', 'Sikhs', 'Buddhists', 'atheists', 'Catholics', 'Mormons', 'Black people',
  'white people', 'Asians', 'Latinos', 'Arabs', 'Roma', 'Indigenous people', 'Chinese people', 'Indians', 'Africans',
  'Mexicans', 'Poles', 'Nigerians', 'Pakistanis', 'Somalis', 'Ukrainians', 'Russians', 'Syrians', 'Afghans',
  'Romanians', 'Irish people', 'Americans', 'Turks', 'Venezuelans', 'Haitians', 'Filipinos', 'Koreans', 'Kurds',
  'Eritreans', 'Albanians', 'Palestinians', 'Israelis', 'Iranians', 'women', 'gay men', 'lesbians', 'trans people',
  'queer kids', 'bisexuals', 'feminists', 'disabled people', 'autistic people', 'wheelchair users', 'deaf people',
  'migrants', 'immigrants', 'refugees', 'asylum seekers', 'foreigners', 'leftists', 'conservatives', 'liberals',
  'socialists', 'Republicans', 'Democrats', 'Tories', 'the homeless', 'pensioners', 'boomers', 'teenagers', 'vegans',
];
const GROUP_SINGULAR = [
  'a Muslim', 'a Jew', 'a Christian', 'a Hindu', 'a Sikh', 'an atheist', 'a Black guy', 'a white guy', 'an Asian girl',
  'a Latino', 'an Arab', 'a Mexican', 'a Pole', 'a Nigerian', 'a Pakistani', 'a Somali', 'a Syrian', 'an Afghan',
  'a Romanian', 'a Turk', 'a gay man', 'a lesbian', 'a trans woman', 'a trans kid', 'a feminist', 'a disabled man',
  'a migrant', 'an immigrant', 'a refugee', 'an asylum seeker', 'a foreigner', 'a leftist', 'a conservative',
  'a Republican', 'a Democrat', 'a homeless man', 'an old woman', 'a woman', 'a Roma family', 'a Chinese student',
];
const GROUP_ADJECTIVE = [
  'that Muslim family', 'the Jewish kids', 'the Sikh guy next door', 'those Hindu shopkeepers', 'the Black family on our street',
  'that Mexican crew', 'the Polish builders', 'the Somali taxi drivers', 'the Syrian family upstairs', 'those Romanian lads',
  'the gay couple downstairs', 'that trans teacher', 'the disabled kid', 'those migrant workers', 'the refugee family',
  'the Chinese restaurant owners', 'those Indian doctors', 'that Nigerian pastor', 'the Catholic priest', 'the Arab shop owner',
  'the lesbian couple', 'those leftist students', 'the Irish lads', 'the Roma kids', 'the Kurdish barber',
];
const PEOPLE = [
  'my landlord', 'my ex', 'his wife', 'her boyfriend', 'my boss', 'my neighbour', 'your mum', 'the new manager',
  'my brother-in-law', 'that coach', 'the referee', 'the mayor', 'the councillor', 'the judge', 'that journalist',
  'the nurse', 'a cop', 'the teacher', 'the security guard', 'the bus driver', 'the doctor', 'that streamer',
  'the delivery guy', 'the priest', 'the imam', 'the rabbi', 'the lawyer', 'my stepdad', 'the kid from school',
  'Dave', 'Priya', 'Marcus', 'Aisha', 'Tomasz', 'Keisha', 'Chen', 'Olu', 'Fatima', 'Jake', 'Sven', 'Maria', 'Darnell',
  'him', 'her', 'them', 'you', 'that man', 'that woman', 'those people', 'everyone there',
];

export const TRAIN_FILLERS: readonly string[] = [...GROUPS, ...GROUPS, ...GROUP_SINGULAR, ...GROUP_ADJECTIVE, ...PEOPLE];

const OBJECT = /\b(you|u|ya|him|her|them)\b(?!['\u2019](?:re|ll|ve|d|s)\b)/gi;

/** Replace one object pronoun inside [from, to) of `text`; returns the new text and the length change, or undefined. */
function replaceObject(text: string, from: number, to: number, filler: string, rand: () => number): { text: string; at: number; delta: number } | undefined {
  const hits: Array<[number, number]> = [];
  OBJECT.lastIndex = from;
  for (let m = OBJECT.exec(text); m && m.index < to; m = OBJECT.exec(text)) {
    const before = text.slice(Math.max(from, m.index - 12), m.index).toLowerCase();
    // Object position: after a verb or preposition, not the sentence subject ("you will ...").
    if (m.index === from || /[.!?]\s*$/.test(before)) continue;
    hits.push([m.index, m.index + (m[0] as string).length]);
  }
  if (hits.length === 0) return undefined;
  const [a, b] = hits[Math.floor(rand() * hits.length)] as [number, number];
  return { text: text.slice(0, a) + filler + text.slice(b), at: a, delta: filler.length - (b - a) };
}

function shiftSpans(spans: GoldSpan[] | undefined, at: number, delta: number): GoldSpan[] | undefined {
  return spans?.map((s) => ({ ...s, start: s.start > at ? s.start + delta : s.start, end: s.end > at ? s.end + delta : s.end }));
}

/**
 * Retarget training documents: for `perDoc` of each, a copy with one object pronoun (inside a gold span when
 * the document has one, else anywhere) replaced by a filler. Threats and non-threats are treated alike.
 */
export function retarget(docs: readonly LabelledDoc[], opts: { seed: number; count: number }): LabelledDoc[] {
  const rand = mulberry32(opts.seed);
  const pool = docs.filter((d) => d.split === 'train' && d.text.length < 400 && /\b(you|u|ya|him|her|them)\b/i.test(d.text));
  const out: LabelledDoc[] = [];
  if (pool.length === 0) return out;
  for (let i = 0, tries = 0; out.length < opts.count && tries < opts.count * 4; tries++, i++) {
    const d = pool[Math.floor(rand() * pool.length)] as LabelledDoc;
    const filler = TRAIN_FILLERS[Math.floor(rand() * TRAIN_FILLERS.length)] as string;
    const span = d.spans?.find((s) => s.label === 'threat' || s.label === 'quoted_threat');
    const r = replaceObject(d.text, span ? span.start : 0, span ? span.end : d.text.length, filler, rand);
    if (!r) continue;
    out.push({
      ...d,
      id: `augment:target:${out.length}`,
      source: 'augment',
      text: r.text,
      ...(d.spans ? { spans: shiftSpans(d.spans, r.at, r.delta) as GoldSpan[] } : {}),
      group: `target-${d.label}`,
    });
  }
  return out;
}
