/**
 * Frame augmentation: own-voice threat sentences from the training split are (a) placed inside
 * reporting frames (news, court, police, a post that relays or condemns it), giving `quoted_threat`
 * units with exact gold spans inside `reporting` sentences, and (b) placed beside calm sentences in
 * post register, so a neutral sentence never turns a threat into benign.
 * These frames are used for training only; the evaluation fixtures use different ones.
 */
import { mulberry32 } from './random.js';
import type { GoldSpan, LabelledDoc } from './types.js';

const QUOTES: Array<[string, string]> = [['"', '"'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ['\u00AB', '\u00BB'], ["'", "'"]];

/** {S} = source phrase, {Q} = the quoted threat with its marks. */
const FRAMES: Array<{ text: string; kind: 'post' | 'article' }> = [
  { text: 'Prosecutors said {S} wrote {Q} in a message to the victim.', kind: 'article' },
  { text: '{Q} the post read, according to a complaint filed this week.', kind: 'article' },
  { text: 'According to the charging documents, {S} sent a text that said: {Q}', kind: 'article' },
  { text: 'Officers said a note left at the scene contained the words {Q}.', kind: 'article' },
  { text: 'The account, since suspended, posted {Q} hours before {S} was detained.', kind: 'article' },
  { text: '{S} is accused of leaving a voicemail saying {Q}, court records show.', kind: 'article' },
  { text: 'In a video shared online, {S} can be heard saying, {Q}', kind: 'article' },
  { text: 'The jury was shown a message in which {S} wrote {Q}.', kind: 'article' },
  { text: 'Investigators say the letter, signed by {S}, ended with {Q}.', kind: 'article' },
  { text: 'A spokesperson confirmed that staff had received an email reading {Q} and had alerted police.', kind: 'article' },
  { text: 'someone in the group chat just posted {Q} ... reported it to the admins', kind: 'post' },
  { text: 'my cousin got a DM saying {Q} and the police did nothing about it', kind: 'post' },
  { text: 'this guy replied {Q} to my post, screenshotting it for the report', kind: 'post' },
  { text: "Can't believe people are writing {Q} under her photo. Disgusting.", kind: 'post' },
  { text: 'why is {Q} still up on this page?? flagged it twice', kind: 'post' },
  { text: 'Heads up: the comment {Q} has been passed on to the moderators.', kind: 'post' },
  { text: 'Writing {Q} is not free speech, it is a threat and it should be prosecuted.', kind: 'post' },
  { text: 'We condemn the message {Q} in the strongest possible terms.', kind: 'article' },
  { text: 'did {S} really say {Q}?? that is terrifying', kind: 'post' },
  { text: 'Reminder that {S} once tweeted {Q} and still has a verified account.', kind: 'post' },
];

const SOURCES = [
  'the suspect', 'a 34-year-old man', 'the defendant', 'one user', 'the caller', 'a former employee',
  'the gunman', 'her ex-partner', 'a neighbour', 'the accused', 'an anonymous account', 'the student',
  'a man from the next town', 'that guy', 'the driver',
];

const NEUTRAL = [
  'Long day at work today.', 'Anyway, the match starts at eight.', 'Just got back from the shops.',
  'Weather is finally decent again.', 'Not sure why the app keeps crashing.', 'Coffee first, then we talk.',
  'Been meaning to post this for a while.', 'So that happened.', 'Got my exam results back this morning.',
  'The bus was late again.', 'Thanks to everyone who came on Saturday.', 'Okay, listening to music now.',
];

const QUOTE_CHARS = /["\u201C\u201D\u2018\u2019\u00AB\u00BB]/;

function usable(text: string): boolean {
  return text.length >= 8 && text.length <= 220 && !QUOTE_CHARS.test(text) && !text.includes('\n');
}

function trimEnd(s: string): string {
  return s.replace(/[\s.!?,;:]+$/u, '');
}

export interface AugmentOptions {
  seed: number;
  quoted: number;
  neutral: number;
}

/** Own-voice threat sentences from training docs: gold threat spans, or whole short threat docs. */
export function threatSentences(docs: LabelledDoc[]): string[] {
  const out: string[] = [];
  for (const d of docs) {
    if (d.split !== 'train' || d.label !== 'threat') continue;
    const spans = d.spans?.filter((s) => s.label === 'threat') ?? [];
    if (spans.length > 0) {
      for (const s of spans) out.push(d.text.slice(s.start, s.end).trim());
    } else if (d.kind === 'post') {
      out.push(d.text.trim());
    }
  }
  return out.filter(usable);
}

export function augment(threats: string[], opts: AugmentOptions): LabelledDoc[] {
  const rand = mulberry32(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const docs: LabelledDoc[] = [];
  if (threats.length === 0) return docs;
  for (let i = 0; i < opts.quoted; i++) {
    const t = trimEnd(pick(threats));
    const frame = pick(FRAMES);
    const [open, close] = pick(QUOTES);
    const quoted = `${open}${t}${close}`;
    const src = pick(SOURCES);
    let text = frame.text.replace('{S}', src);
    const at = text.indexOf('{Q}');
    text = text.replace('{Q}', quoted);
    const spans: GoldSpan[] = [
      { start: 0, end: text.length, label: 'reporting' },
      { start: at + open.length, end: at + open.length + t.length, label: 'quoted_threat' },
    ];
    docs.push({ id: `augment:quoted:${i}`, source: 'augment', text, kind: frame.kind, label: 'reporting', spans, split: 'train', group: 'augment-quoted' });
  }
  for (let i = 0; i < opts.neutral; i++) {
    const t = pick(threats);
    const before = pick(NEUTRAL);
    const after = rand() < 0.4 ? ` ${pick(NEUTRAL)}` : '';
    const threatFirst = rand() < 0.3;
    const text = threatFirst ? `${t} ${before}${after}` : `${before} ${t}${after}`;
    const start = threatFirst ? 0 : before.length + 1;
    docs.push({
      id: `augment:neutral:${i}`, source: 'augment', text, kind: 'post', label: 'threat',
      spans: [{ start, end: start + t.length, label: 'threat' }], split: 'train', group: 'augment-neutral',
    });
  }
  return docs;
}
