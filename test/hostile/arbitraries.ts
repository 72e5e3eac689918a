/** fast-check arbitraries for hostile text: random Unicode plus a mix of the constructs the segmenter keys on. */
import fc from 'fast-check';

export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '＂', '❝', '❞', '〝', '〞'];
export const CUE_WORDS = ['said', 'says', 'told', 'police', 'warned', 'wrote', 'threatened to', 'according to', 'the message read', 'he', 'she', 'they', 'I', 'we', 'that', 'like'];
export const NEGATORS = ['not', 'never', 'no one', 'nobody', "don't", "won't", 'no'];
export const FRAMES = ['if', 'were', 'would', 'imagine', 'what if', 'in the movie', 'lyrics', 'condemn', 'disgusting'];
export const THREAT_WORDS = ['I will', 'kill', 'you', 'shoot', 'stab', 'burn', 'hurt', 'should all be', 'executed', 'tomorrow', 'k1ll', 'k!ll', 'kіll', 'k\u200Bill'];
export const PUNCT = ['.', '!', '?', '…', ',', ';', ':', ' - ', ' — ', '(', ')', '*', '•', '1.', 'a)', '(iv)', 'Mr.', 'U.S.', 'Jan. 5', 'e.g.', 'http://x.y/z', 'a@b.co'];
export const BREAKS = ['\n', '\n\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '\t', '\n- ', '\n• ', '\n1. '];
export const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u034F'];
export const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
export const ODD = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\u0301', '\u20E3', '\uFE0F', '😀', '🔪', '👨‍👩‍👧', '🏳️‍🌈', '👍🏽', 'مرحبا', 'שלום', 'Привет', '你好', 'ｋｉｌｌ', '<script>', '&amp;', '</p>'];

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CUE_WORDS, ...NEGATORS, ...FRAMES, ...THREAT_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom('a', 'the', 'man', 'it', 'is', 'was', 'and', 'but', 'them', 'all', 'here') },
);

/** One piece of adversarial text. */
export const piece = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLE, ...BIDI) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);

/** Adversarial text: pieces joined, up to `maxPieces` of them. */
export const adversarialText = (maxPieces = 80): fc.Arbitrary<string> => fc.array(piece, { maxLength: maxPieces }).map((a) => a.join(''));

/** Any hostile text: the adversarial mix, arbitrary UTF-16 (lone surrogates included) or graphemes. */
export const hostileText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: adversarialText(Math.ceil(maxLength / 3)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
  );

/** A public-API input: a bare string or a record with an id and a kind. */
export const hostileInput = (maxLength = 200) =>
  fc.oneof(
    hostileText(maxLength),
    fc.record(
      { id: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), text: hostileText(maxLength), kind: fc.constantFrom('post' as const, 'article' as const) },
      { requiredKeys: ['text'] },
    ),
  );
