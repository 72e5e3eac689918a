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

/** Calm sentences of every register, including attributed and news-style ones with no threat in them. */
const NEUTRAL = [
  'Long day at work today.', 'Anyway, the match starts at eight.', 'Just got back from the shops.',
  'Weather is finally decent again.', 'Not sure why the app keeps crashing.', 'Coffee first, then we talk.',
  'Been meaning to post this for a while.', 'So that happened.', 'Got my exam results back this morning.',
  'The bus was late again.', 'Thanks to everyone who came on Saturday.', 'Okay, listening to music now.',
  'My sister says the new cafe on Mill Lane is good.', 'The council said the road reopens on Monday.',
  'Police said the lost dog was found safe.', 'According to the forecast it will rain all weekend.',
  'He told me the train was cancelled.', 'The report says house prices fell again.', 'lol my cat just knocked over the plant',
  'Traffic on the ring road is a nightmare.', 'In other news, I finally finished that book.', 'Happy birthday to my mum!',
  'The minister said in a statement that talks would resume.', 'Shares rose two percent on Tuesday, the agency said.',
  'idk man', 'Also the wifi is down again.', 'Our team won 3-1 last night.', 'Dinner was great, thanks for asking.',
  'My landlord finally fixed the boiler.', 'She wrote that the meeting was moved to Friday.', 'Good morning everyone.',
];

const QUOTE_CHARS = /["\u201C\u201D\u2018\u2019\u00AB\u00BB]/;

function usable(text: string): boolean {
  return text.length >= 8 && text.length <= 220 && !QUOTE_CHARS.test(text) && !text.includes('\n');
}

function trimEnd(s: string): string {
  return s.replace(/[\s.!?,;:]+$/u, '');
}

/** A sentence after a threat that re-frames it as someone else's words (explicit relation to the previous sentence). */
const REFRAMERS = [
  "That's what he texted me at 2am.", "That is what the note on my windscreen said.", 'Those were his exact words.',
  "that's the message i woke up to", 'is what some random account replied to me', "That's what my ex left on my voicemail.",
  'That was the comment under my video.', '^ that is what he actually wrote to my sister', "that's what she said to me in the car park",
  "That's the letter that came through our door.", 'Those were the words spray-painted on the shop.',
];
/** A sentence ending in a colon that introduces the next one as someone else's message. */
const INTROS = [
  'My neighbour just sent me this:', 'Got this in my DMs today:', 'The note on my car said:', 'Some guy commented this on my post:',
  'my ex texted me this at 3am:', 'This is what was written on the wall:', 'Email received by the office this morning:',
  'He left a voicemail that said:', 'Message from an unknown number:', 'The caller told the receptionist:',
];
/** Own-voice replies after a relayed threat: the author answers with a threat of their own. */
const RETORTS_BEFORE = [
  'He wrote {Q} under my post.', 'Some clown replied {Q} to my brother.', 'They spray-painted {Q} on our door.',
  'Police said the man shouted {Q} at the crowd.', 'My cousin got a message saying {Q}.', 'Someone left {Q} in the comments.',
];

export interface AugmentOptions {
  seed: number;
  quoted: number;
  neutral: number;
  /** Threats re-framed by the sentence after them, or introduced by a colon sentence before them (not threats). */
  reframed?: number;
  /** Posts that relay one threat and make another in the author's voice (threats). */
  retort?: number;
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

/**
 * Fragments: 1-4 word pieces of calm sentences (list items, headers, sign-offs, cut-off clauses), as benign
 * documents, so that a unit with little evidence is not taken for a threat. Built from sentences without a
 * violent word only.
 */
export function fragments(calm: string[], opts: { seed: number; count: number }): LabelledDoc[] {
  const rand = mulberry32(opts.seed);
  const out: LabelledDoc[] = [];
  const marks = ['', '.', ';', ':', ' -', ',', '.', '', ')', ' # # #'];
  for (let i = 0; i < opts.count && calm.length > 0; i++) {
    const words = (calm[Math.floor(rand() * calm.length)] as string).split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const len = 1 + Math.floor(rand() * Math.min(4, words.length));
    const at = Math.floor(rand() * (words.length - len + 1));
    const text = `${rand() < 0.2 ? ', ' : ''}${words.slice(at, at + len).join(' ')}${marks[Math.floor(rand() * marks.length)]}`;
    out.push({ id: `augment:fragment:${i}`, source: 'augment', text, kind: 'post', label: 'benign', spans: [], split: 'train', group: 'augment-fragment' });
  }
  return out;
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
  for (let i = 0; i < (opts.reframed ?? 0); i++) {
    const t = pick(threats);
    const introduce = rand() < 0.5;
    const frame = introduce ? pick(INTROS) : pick(REFRAMERS);
    const sep = rand() < 0.3 ? '\n' : ' ';
    const text = introduce ? `${frame}${sep}${t}` : `${t}${sep}${frame}`;
    const start = introduce ? frame.length + sep.length : 0;
    docs.push({
      id: `augment:reframed:${i}`, source: 'augment', text, kind: 'post', label: 'reporting',
      spans: [{ start, end: start + t.length, label: 'quoted_threat' }], split: 'train', group: 'augment-reframed',
    });
  }
  for (let i = 0; i < (opts.retort ?? 0); i++) {
    const other = trimEnd(pick(threats));
    const own = pick(threats);
    const [open, close] = pick(QUOTES);
    const frame = pick(RETORTS_BEFORE);
    const at = frame.indexOf('{Q}');
    const first = frame.replace('{Q}', `${open}${other}${close}`);
    const ownFirst = rand() < 0.25;
    const text = ownFirst ? `${own} ${first}` : `${first} ${own}`;
    const qStart = (ownFirst ? own.length + 1 : 0) + at + open.length;
    const tStart = ownFirst ? 0 : first.length + 1;
    docs.push({
      id: `augment:retort:${i}`, source: 'augment', text, kind: 'post', label: 'threat',
      spans: [{ start: qStart, end: qStart + other.length, label: 'quoted_threat' }, { start: tStart, end: tStart + own.length, label: 'threat' }],
      split: 'train', group: 'augment-retort',
    });
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

const VIOLENT_WORD = /\b(kill|shoot|shot|stab|burn|hang|bomb|attack|die|dead|murder|beat|hurt|gun|knife|blood|threat|fire|destroy|war)/i;

/** Calm sentences of the training split's benign and reporting documents (for fragments). */
export function calmSentences(docs: LabelledDoc[], limit = 20_000): string[] {
  const out: string[] = [];
  for (const d of docs) {
    if (d.split !== 'train' || d.label === 'threat' || out.length >= limit) continue;
    for (const s of d.text.split(/(?<=[.!?])\s+|\n+/)) {
      if (s.length >= 8 && s.length <= 200 && !VIOLENT_WORD.test(s)) out.push(s);
      if (out.length >= limit) break;
    }
  }
  return out;
}
