/** The catalogue of hostile inputs (built lazily: some are megabytes long) and a news-article generator. */

export interface HostileCase {
  name: string;
  make: () => string;
}

const NEWS_PARAGRAPHS = [
  'CALDER FALLS, Ore. (AP) — A 41-year-old man was charged on Monday after police said he left a voicemail at the town hall saying "I will burn this building down with all of you inside." Nobody was hurt, officials said.',
  'The suspect, who threatened to "make them pay" in a post on Facebook, was arrested at his home. "We take every threat seriously," a spokesperson for the department said in a statement.',
  'If he had meant it, he would have done it, his lawyer argued. According to court documents, the man told officers he "never wanted to hurt anyone" and was not armed.',
  'Residents were not told about the arrest until Friday. “It’s frightening,” said Maria Okafor, 52, who lives nearby. ‘He kept saying “you’re next”,’ she recalled.',
  'Mayor J. R. Daniels condemned the threats: "There is no place for this in our town." The U.S. Attorney’s office did not respond to a request for comment by 5 p.m. Tuesday.',
  '- Police urged anyone with information to call 555-0100.\n- The hearing is set for Jan. 5 at 9 a.m.',
];

/** News-like text with datelines, quotes, attribution, negation, lists and paragraphs, at least `length` long. */
export function newsArticle(length: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < length; i++) {
    const p = NEWS_PARAGRAPHS[i % NEWS_PARAGRAPHS.length] as string;
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
}

const ZW = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

export const HOSTILE: HostileCase[] = [
  { name: 'empty', make: () => '' },
  { name: 'single space', make: () => ' ' },
  { name: 'whitespace only (every JS blank)', make: () => ' \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'.repeat(50) },
  { name: '1 MB single token', make: () => 'a'.repeat(1_000_000) },
  { name: '1 MB single non-ASCII token', make: () => 'kíll'.repeat(250_000) },
  { name: '1 MB token with zero-width joiners', make: () => 'k\u200Bi\u200Dl\u2060l'.repeat(125_000) },
  { name: 'NUL and C0/C1 control bytes', make: () => 'I will\u0000 find\u0001 you\u0007\u0008\u001f\u007f\u0085\u009b. ' + '\u0000'.repeat(1000) },
  { name: 'ANSI escapes', make: () => '\u001b[31mI will hurt you\u001b[0m \u001b[2J\u001b[H\u001b]0;title\u0007 "\u001b[1mquoted\u001b[0m" he said.' },
  { name: 'lone high surrogates', make: () => 'I will \uD800kill\uD800 you \uD83D' },
  { name: 'lone low surrogates', make: () => '\uDC00I will \uDFFFkill you\uDC00' },
  { name: 'reversed surrogate pairs', make: () => '\uDE00\uD83D'.repeat(500) + ' kill \uDC00\uD800' },
  { name: 'surrogate pairs around every quote', make: () => '😀"😀\'😀“😀”😀‘😀’😀'.repeat(300) },
  { name: 'right-to-left text', make: () => 'قال المتحدث باسم الشرطة إن الرجل هدد "بقتل الجميع". אני אהרוג אותך. ' },
  { name: 'bidi overrides and isolates', make: () => '\u202EI will kill you\u202C \u202D"he said"\u202C \u2066x\u2069 \u2067y\u2069 \u2068z\u2069 \u200E\u200F \u061C'.repeat(20) },
  { name: 'zero-width characters inside words', make: () => ZW.map((z) => `I w${z}ill k${z}ill y${z}ou, he s${z}aid.`).join(' ') },
  { name: 'homoglyphs', make: () => 'І wіll kіll уоu. Ι ωill κill yοu. He sаid "I wіll kіll уоu".' },
  { name: 'leetspeak', make: () => 'I w1ll k!ll y0u. 1 w!|| $h00t u @ll. k1ll k*ll k|ll' },
  { name: 'HTML and script tags', make: () => '<p>I will <b>kill</b> you</p><script>alert("x");fetch("http://evil.example/");</script><img src=x onerror="eval(1)"><!-- "unclosed -->&quot;&amp;&#x202E;' },
  { name: 'emoji only', make: () => '🔪🔪🔪💀💀👨‍👩‍👧‍👦🏳️‍🌈👍🏽🇺🇸'.repeat(100) },
  { name: 'emoji with keycaps and modifiers only', make: () => '1️⃣#️⃣*️⃣👋🏿🧑🏻‍🤝‍🧑🏿'.repeat(200) },
  { name: '100,000 newlines', make: () => '\n'.repeat(100_000) },
  { name: '20,000 CRLF lines of text', make: () => 'I will find you\r\n'.repeat(20_000) },
  { name: '5,000 balanced quotation marks', make: () => '"a" '.repeat(2_500) },
  { name: '10,000 unbalanced quotation marks', make: () => '"'.repeat(10_000) },
  { name: 'thousands of mixed quote marks', make: () => '“‘«„"\'»’”‹›「」『』＂❝❞'.repeat(1_000) },
  { name: 'thousands of openers without closers', make: () => '«„“‘‹「『❝ I will kill you '.repeat(1_000) },
  { name: 'deeply nested quotes (balanced)', make: () => `${'“‘«„‹「『❝'.repeat(40)}I will kill you${'❞』」›“»’”'.repeat(40)}` },
  { name: 'deeply nested straight quotes', make: () => `${'he said "she said \''.repeat(200)}kill${'\'" '.repeat(200)}` },
  { name: 'mixed scripts', make: () => 'I will убить 你 ตาย हत्या 殺す κill قتل you. Он сказал: «я тебя убью». 他说：“我要杀了你”。' },
  { name: 'combining marks (zalgo)', make: () => 'k̷̢̛i̸̡̛l̶̢̛l̵̡̛ ̷y̴o̶u̵'.repeat(200) + '\u0301'.repeat(5000) },
  { name: 'private use and noncharacters', make: () => '\uE000\uF8FF\uFFFE\uFFFF\uDBBF\uDFFF\uDB80\uDC00 kill \uFFFD' },
  { name: 'line and paragraph separators', make: () => 'I will\u2028find you\u2029He said\u0085"no".'.repeat(500) },
  { name: 'only punctuation', make: () => '.!?…,;:—–-*•'.repeat(2_000) },
  { name: 'bullets and list markers', make: () => '- \n* x\n• "y\n1. z\n(iv) w\na) kill\n'.repeat(1_000) },
  { name: 'URLs and e-mails', make: () => 'https://example.com/kill?you=1. www.a.b. mailto:a@b.co. x@y.zz '.repeat(500) },
  { name: 'long run of a cue word', make: () => 'said '.repeat(20_000) },
  { name: 'news article (100 kB)', make: () => newsArticle(100_000) },
];
