// Shared helpers for the seed/fixture generator and checker.
// Plain ESM, Node built-ins only. Everything here is deterministic.

// ---------------------------------------------------------------------------
// PRNG: cyrb53-style string hash -> mulberry32. Each stream is seeded from a
// string key, so adding a new stream never shifts the output of another one.
// ---------------------------------------------------------------------------
export function hashString(str) {
  let h1 = 0xdeadbeef ^ 0x2545f491;
  let h2 = 0x41c6ce57 ^ 0x2545f491;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0) * 4294967296 + (h1 >>> 0);
}

export function rng(key) {
  let a = hashString(String(key)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (arr) => {
      if (!arr || arr.length === 0) throw new Error('pick from empty array');
      return arr[Math.floor(next() * arr.length)];
    },
    chance: (p) => next() < p,
    // weighted pick: [[weight, value], ...]
    wpick: (pairs) => {
      const total = pairs.reduce((s, [w]) => s + w, 0);
      let x = next() * total;
      for (const [w, v] of pairs) {
        if ((x -= w) < 0) return v;
      }
      return pairs[pairs.length - 1][1];
    },
    shuffle: (arr) => {
      const a2 = arr.slice();
      for (let i = a2.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a2[i], a2[j]] = [a2[j], a2[i]];
      }
      return a2;
    },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
  };
  return r;
}

// ---------------------------------------------------------------------------
// Markup compiler.
//   [T ...]  threat sentence (author's own voice)
//   [R ...]  reporting sentence
//   {...}    quoted_threat (the attributed threatening words, marks outside)
// Everything else is literal text. Span offsets are UTF-16 indices into the
// compiled text, end exclusive, trimmed of surrounding whitespace.
// ---------------------------------------------------------------------------
const OPEN_LABEL = { T: 'threat', R: 'reporting' };

export function compile(markup) {
  let out = '';
  const spans = [];
  const stack = [];
  for (let i = 0; i < markup.length; i++) {
    const ch = markup[i];
    if (ch === '[' && OPEN_LABEL[markup[i + 1]] && markup[i + 2] === ' ') {
      stack.push({ label: OPEN_LABEL[markup[i + 1]], start: out.length, close: ']' });
      i += 2;
      continue;
    }
    if (ch === '{') {
      stack.push({ label: 'quoted_threat', start: out.length, close: '}' });
      continue;
    }
    if (ch === ']' || ch === '}') {
      const top = stack.pop();
      if (!top || top.close !== ch) throw new Error(`unbalanced markup at ${i}: ${markup}`);
      let s = top.start;
      let e = out.length;
      while (s < e && /\s/.test(out[s])) s++;
      while (e > s && /\s/.test(out[e - 1])) e--;
      // a reported-speech complement excludes its complementiser: "told police {that he would ...}"
      if (top.label === 'quoted_threat' && /^that\s/i.test(out.slice(s, e))) {
        s += 4;
        while (s < e && /\s/.test(out[s])) s++;
      }
      if (e <= s) throw new Error(`empty span in markup: ${markup}`);
      spans.push({ start: s, end: e, label: top.label });
      continue;
    }
    if (ch === '[') throw new Error(`stray '[' in markup: ${markup}`);
    out += ch;
  }
  if (stack.length) throw new Error(`unclosed markup: ${markup}`);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: out, spans };
}

export function docLabel(spans) {
  if (spans.some((s) => s.label === 'threat')) return 'threat';
  if (spans.some((s) => s.label === 'quoted_threat' || s.label === 'reporting')) return 'reporting';
  return 'benign';
}

export function makeRow(id, markup, group, meta = {}, kind = 'post') {
  const { text, spans } = compile(markup);
  return { id, text, label: docLabel(spans), kind, spans, group, meta };
}

// Strip markup (for plain text use of a markup string).
export function plain(markup) {
  return compile(markup).text;
}

// Remove characters that would be read as markup from generated fillers.
export function assertClean(s) {
  if (/[[\]{}]/.test(s)) throw new Error(`markup characters inside filler: ${s}`);
  return s;
}

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------
export const cap = (s) => (s ? s[0].toUpperCase() + s.slice(1) : s);
export const lc1 = (s) => (s ? s[0].toLowerCase() + s.slice(1) : s);
export const squash = (s) => s.replace(/\s+/g, ' ').replace(/\s+([,.!?;:])/g, '$1').trim();

// Agreement alternation {sing|plur} resolved by a flag.
export function agree(s, plural) {
  return s.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, a, b) => (plural ? b : a));
}

// Verb inflection for the head word of a predicate phrase.
const DOUBLE = new Set(['stab', 'cut', 'hit', 'slit', 'run', 'put', 'get', 'drop', 'chop', 'gut', 'whip', 'rob', 'club', 'slap', 'stop', 'plan', 'rip', 'strip', 'skin', 'pin', 'trap', 'kidnap', 'shut', 'set', 'sit', 'beg', 'pop', 'jab', 'nab', 'bag', 'mug', 'knot', 'spit', 'step', 'swap', 'ship', 'snap', 'trip', 'zap', 'dip', 'tap', 'rub', 'grab', 'wrap', 'skip', 'hug', 'chat', 'shop', 'scrap', 'lob', 'stub', 'dig', 'cap', 'ram', 'drag', 'rid', 'gas', 'kneecap', 'gun', 'bat']);
const PAST = { shoot: 'shot', beat: 'beat', hang: 'hanged', blow: 'blew', run: 'ran', put: 'put', break: 'broke', cut: 'cut', slit: 'slit', hit: 'hit', string: 'strung', take: 'took', make: 'made', give: 'gave', send: 'sent', feed: 'fed', tear: 'tore', drive: 'drove', throw: 'threw', leave: 'left', bring: 'brought', set: 'set', light: 'lit', do: 'did', get: 'got', shut: 'shut', stick: 'stuck', sink: 'sank', bury: 'buried', fry: 'fried', spit: 'spat', dig: 'dug', find: 'found', hunt: 'hunted', hold: 'held', sell: 'sold', tell: 'told', see: 'saw', teach: 'taught', knock: 'knocked', beat_up: 'beat', ride: 'rode', smite: 'smote', lay: 'laid', cast: 'cast', burst: 'burst', hurt: 'hurt', spread: 'spread', split: 'split', let: 'let', go: 'went', come: 'came', catch: 'caught', fight: 'fought', wipe: 'wiped', say: 'said', pay: 'paid', stand: 'stood', rid: 'rid' };
const PP = { shoot: 'shot', beat: 'beaten', hang: 'hanged', blow: 'blown', run: 'run', put: 'put', break: 'broken', cut: 'cut', slit: 'slit', hit: 'hit', string: 'strung', take: 'taken', make: 'made', give: 'given', send: 'sent', feed: 'fed', tear: 'torn', drive: 'driven', throw: 'thrown', leave: 'left', bring: 'brought', set: 'set', light: 'lit', do: 'done', get: 'got', shut: 'shut', stick: 'stuck', sink: 'sunk', bury: 'buried', fry: 'fried', spit: 'spat', dig: 'dug', find: 'found', hold: 'held', sell: 'sold', tell: 'told', see: 'seen', teach: 'taught', ride: 'ridden', lay: 'laid', cast: 'cast', burst: 'burst', hurt: 'hurt', spread: 'spread', split: 'split', let: 'let', go: 'gone', come: 'come', catch: 'caught', fight: 'fought', say: 'said', pay: 'paid', stand: 'stood', rid: 'rid' };

function regularEd(v) {
  if (DOUBLE.has(v)) return v + v[v.length - 1] + 'ed';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
  if (/e$/.test(v)) return v + 'd';
  return v + 'ed';
}
export function pastOf(v) {
  return PAST[v] ?? regularEd(v);
}
export function ppOf(v) {
  return PP[v] ?? PAST[v] ?? regularEd(v);
}
export function ingOf(v) {
  if (v === 'die') return 'dying';
  if (/ie$/.test(v)) return v.slice(0, -2) + 'ying';
  if (DOUBLE.has(v)) return v + v[v.length - 1] + 'ing';
  if (/[^aeiouy]e$/.test(v) || v === 'come') return v.slice(0, -1) + 'ing';
  return v + 'ing';
}
export function thirdOf(v) {
  if (v === 'have') return 'has';
  if (v === 'do') return 'does';
  if (v === 'go') return 'goes';
  if (/(s|sh|ch|x|z)$/.test(v)) return v + 'es';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ies';
  return v + 's';
}
// Apply an inflection to the head (first word, or hyphenated first word) of a phrase.
export function inflectHead(phrase, fn) {
  const m = /^([A-Za-z]+)(-[A-Za-z]+)?(.*)$/s.exec(phrase);
  if (!m) return phrase;
  // hyphenated compounds inflect their second part: curb-stomp -> curb-stomped
  if (m[2]) return m[1] + '-' + fn(m[2].slice(1)) + m[3];
  return fn(m[1]) + m[3];
}

// ---------------------------------------------------------------------------
// Registers: applied to plain sentences (never to markup).
// ---------------------------------------------------------------------------
const SMS_SUBS = [
  [/\byou are\b/gi, 'ur'],
  [/\byou're\b/gi, 'ur'],
  [/\byour\b/gi, 'ur'],
  [/\byou\b/gi, 'u'],
  [/\btonight\b/gi, '2nite'],
  [/\btomorrow\b/gi, 'tmrw'],
  [/\bgoing to\b/gi, 'gonna'],
  [/\bbecause\b/gi, 'cuz'],
  [/\bpeople\b/gi, 'ppl'],
  [/\bplease\b/gi, 'pls'],
  [/\bthough\b/gi, 'tho'],
  [/\bthanks\b/gi, 'thx'],
  [/\bsee\b/gi, 'c'],
  [/\bfor\b/gi, '4'],
  [/\bto\b/gi, '2'],
];

export function toLowerNoPunct(s) {
  return s
    .toLowerCase()
    .replace(/[.,!?;:"“”«»„]/g, '')
    .replace(/\s+—\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toSms(s, r, emojiPool) {
  let t = s;
  for (const [re, sub] of SMS_SUBS) {
    if (r.chance(0.75)) t = t.replace(re, sub);
  }
  t = t.replace(/\.$/, '');
  if (r.chance(0.6)) t = t.toLowerCase();
  if (emojiPool && r.chance(0.85)) {
    const n = 1 + r.int(3);
    let em = '';
    for (let i = 0; i < n; i++) em += r.pick(emojiPool);
    t = t + ' ' + em;
  }
  return t;
}

export function toChat(s, r) {
  let t = s;
  t = t.replace(/\bgoing to\b/g, () => (r.chance(0.5) ? 'gonna' : 'going to'));
  t = t.replace(/\bI will\b/g, () => (r.chance(0.6) ? "I'll" : 'I will'));
  t = t.replace(/\bwe will\b/gi, (m) => (r.chance(0.6) ? (m[0] === 'W' ? "We'll" : "we'll") : m));
  if (r.chance(0.5)) t = t.replace(/\.$/, '');
  if (r.chance(0.25)) t = lc1(t);
  if (r.chance(0.1)) t = t.replace(/\.?$/, '!!');
  return t;
}

export function toShout(s) {
  return s.toUpperCase().replace(/\.$/, '!!!');
}

// ---------------------------------------------------------------------------
// Obfuscation of a word (the violent head or the target).
// ---------------------------------------------------------------------------
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', l: '1' };
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', i: '\u0456', x: '\u0445', y: '\u0443', k: '\u043a' };

export const OBFUSCATIONS = ['leet', 'spaced', 'zwsp', 'homoglyph', 'dotted', 'starred', 'doubled'];

export function obfuscateWord(w, kind, r) {
  if (w.length < 2) return w;
  switch (kind) {
    case 'leet': {
      let out = '';
      let changed = false;
      for (const ch of w) {
        const l = LEET[ch.toLowerCase()];
        if (l && (r.chance(0.7) || !changed)) {
          out += l;
          changed = true;
        } else out += ch;
      }
      return changed ? out : obfuscateWord(w, 'starred', r);
    }
    case 'spaced':
      return w.split('').join(' ');
    case 'zwsp': {
      const k = 1 + r.int(w.length - 1);
      return w.slice(0, k) + '\u200b' + w.slice(k);
    }
    case 'homoglyph': {
      let out = '';
      let changed = false;
      for (const ch of w) {
        const h = HOMO[ch];
        if (h && (r.chance(0.6) || !changed)) {
          out += h;
          changed = true;
        } else out += ch;
      }
      return changed ? out : w;
    }
    case 'dotted':
      return w.split('').join('.');
    case 'starred': {
      const vowels = [...w].map((c, i) => (/[aeiou]/i.test(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
      if (!vowels.length) return w[0] + '*' + w.slice(2);
      const k = vowels[0];
      return w.slice(0, k) + '*' + w.slice(k + 1);
    }
    case 'doubled':
      return w.replace(/([aeiou])/i, '$1$1$1');
    default:
      return w;
  }
}

// Replace the first whole-word occurrence of `word` in `s` with its obfuscation.
export function obfuscateIn(s, word, kind, r) {
  const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const m = re.exec(s);
  if (!m) return null;
  return s.slice(0, m.index) + obfuscateWord(m[0], kind, r) + s.slice(m.index + m[0].length);
}

// ---------------------------------------------------------------------------
// Quotation styles. Each returns [open, close]. Guillemets may carry inner
// spaces (French style); the compiler trims span whitespace.
// ---------------------------------------------------------------------------
export const QUOTE_STYLES = {
  straight: ['"', '"'],
  curly: ['\u201c', '\u201d'],
  guillemet: ['\u00ab', '\u00bb'],
  guillemet_spaced: ['\u00ab ', ' \u00bb'],
  single: ["'", "'"],
  curly_single: ['\u2018', '\u2019'],
  low_high: ['\u201e', '\u201c'],
};

// Shape the quoted words for their position in the frame sentence.
export function quoteForm(content, pos) {
  const c = content.trim();
  if (pos === 'start') {
    // "I will ...," the message read.
    if (/[?!]$/.test(c)) return c;
    return c.replace(/\.?$/, ',');
  }
  if (pos === 'mid') return c.replace(/[.]$/, '');
  return /[.?!…]$/.test(c) ? c : c + '.';
}

export function wrapQuote(content, pos, style) {
  const [o, cl] = QUOTE_STYLES[style];
  const f = quoteForm(content, pos);
  return `${o}{${f}}${cl}`;
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------
export function toJsonl(rows) {
  return rows.length ? rows.map((r) => JSON.stringify(r)).join('\n') + '\n' : '';
}

export function countBy(rows, keyFn) {
  const m = new Map();
  for (const r of rows) {
    const k = keyFn(r);
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
