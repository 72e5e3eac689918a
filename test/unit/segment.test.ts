import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';
import type { Segmentation } from '../../src/types.js';

const sentences = (t: string, seg: Segmentation = segment(t)): string[] => seg.sentences.map((s) => t.slice(s.start, s.end));
const quotes = (t: string, kind: 'marked' | 'reported' = 'marked', seg: Segmentation = segment(t)): string[] =>
  seg.quotes.filter((q) => q.kind === kind).map((q) => t.slice(q.start, q.end));
const scopes = (t: string, scope: string, seg: Segmentation = segment(t)): string[] =>
  seg.scopes.filter((s) => s.scope === scope).map((s) => t.slice(s.start, s.end));

describe('paragraphs', () => {
  it('split on blank lines and exclude surrounding whitespace', () => {
    const t = '  First line\nsame paragraph.  \n\n \n\tSecond paragraph.\r\n\r\nThird.\u2029Fourth.';
    expect(segment(t).paragraphs.map((p) => t.slice(p.start, p.end))).toEqual([
      'First line\nsame paragraph.',
      'Second paragraph.',
      'Third.',
      'Fourth.',
    ]);
  });

  it('make every bullet or list line its own paragraph', () => {
    const t = 'Demands:\n- leave town\n* close the office\n• pay up\n1. first\n2) second\na) third\n(iv) fourth\nAfter the list.';
    const seg = segment(t);
    expect(seg.paragraphs.map((p) => t.slice(p.start, p.end))).toEqual([
      'Demands:', '- leave town', '* close the office', '• pay up', '1. first', '2) second', 'a) third', '(iv) fourth', 'After the list.',
    ]);
    // Sentences start after the list marker.
    expect(sentences(t, seg)).toEqual(['Demands:', 'leave town', 'close the office', 'pay up', 'first', 'second', 'third', 'fourth', 'After the list.']);
  });

  it('continue a list item with indented lines only, and keep -5 or *emphasis* as text', () => {
    const t = '- a long item\n  that wraps\n-5 degrees tonight\n*really* cold';
    expect(segment(t).paragraphs.map((p) => t.slice(p.start, p.end))).toEqual(['- a long item\n  that wraps', '-5 degrees tonight\n*really* cold']);
  });
});

describe('sentences', () => {
  it('follow natural on terminal punctuation and handle abbreviations on top', () => {
    const t = 'Mr. Smith met Dr. Jones at St. Mary on Jan. 5 at 3 p.m. in the U.S. capital. It was No. 5 on the list, e.g. the fifth. J. K. Rowling wrote it. The U.S. The end.';
    expect(sentences(t)).toEqual([
      'Mr. Smith met Dr. Jones at St. Mary on Jan. 5 at 3 p.m. in the U.S. capital.',
      'It was No. 5 on the list, e.g. the fifth.',
      'J. K. Rowling wrote it.',
      'The U.S.',
      'The end.',
    ]);
  });

  it('keep decimals, URLs and glued text together', () => {
    const t = 'It rose 3.5% to $1,234.56 today. See www.example.com/x.html or mail a.b@example.org now. Odd.Glued';
    expect(sentences(t)).toEqual(['It rose 3.5% to $1,234.56 today.', 'See www.example.com/x.html or mail a.b@example.org now.', 'Odd.Glued']);
  });

  it('break at line breaks that end a unit, not at wrapped lines', () => {
    const t = 'i will find you\nyou will pay\nand your family too\nwatch your back 🔪';
    expect(sentences(t)).toEqual(['i will find you', 'you will pay\nand your family too', 'watch your back 🔪']);
    const wrapped = 'The suspect, who was arrested late on Tuesday evening, told the\npolice officers that he had acted alone,\nofficials said.';
    expect(sentences(wrapped)).toEqual([wrapped]);
  });

  it('never cross a paragraph boundary', () => {
    const t = 'No punctuation here\n\nnor here';
    const seg = segment(t);
    expect(sentences(t, seg)).toEqual(['No punctuation here', 'nor here']);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('never split inside a quotation', () => {
    const t = 'He said "I will come back. You will see. Everyone will." Then he left.';
    expect(sentences(t)).toEqual(['He said "I will come back. You will see. Everyone will."', 'Then he left.']);
    expect(sentences('«Je reviendrai. Vous verrez.» Il est parti.')).toEqual(['«Je reviendrai. Vous verrez.»', 'Il est parti.']);
    expect(sentences('“Stop! Now!” she yelled. “Go.”')).toEqual(['“Stop! Now!” she yelled.', '“Go.”']);
  });

  it('run an unclosed quotation to the paragraph end', () => {
    const t = 'He wrote "you are next. Nobody is safe. Count the days\n\nPolice were called. They came.';
    expect(sentences(t)).toEqual(['He wrote "you are next. Nobody is safe. Count the days', 'Police were called.', 'They came.']);
    const q = segment(t).quotes[0]!;
    expect(q).toMatchObject({ closed: false, kind: 'marked' });
    expect(t.slice(q.start, q.end)).toBe('you are next. Nobody is safe. Count the days');
  });

  it('join punctuation-only pieces to the previous sentence', () => {
    expect(sentences('I hate you. !!! 😡😡')).toEqual(['I hate you. !!! 😡😡']);
    expect(sentences('see you tomorrow\n🔪🔪🔪')).toEqual(['see you tomorrow\n🔪🔪🔪']);
  });

  it('handle empty and whitespace-only text', () => {
    expect(segment('')).toEqual({ paragraphs: [], sentences: [], quotes: [], scopes: [] });
    expect(segment(' \n\t\n ')).toEqual({ paragraphs: [], sentences: [], quotes: [], scopes: [] });
  });
});

describe('quotations', () => {
  it.each([
    ['straight', 'He said "I will hurt you" twice.', 'I will hurt you'],
    ['curly', 'He said “I will hurt you” twice.', 'I will hurt you'],
    ['guillemets', 'Il a dit « je vais te tuer » hier.', 'je vais te tuer'],
    ['reversed guillemets', 'Er sagte »ich komme« gestern.', 'ich komme'],
    ['single guillemets', 'Il a dit ‹ viens › hier.', 'viens'],
    ['straight single', "She wrote 'you will regret this' on the wall.", 'you will regret this'],
    ['curly single', 'She wrote ‘you will regret this’ on the wall.', 'you will regret this'],
    ['low-9', 'Er schrieb „Ich finde dich“ gestern.', 'Ich finde dich'],
    ['low-9 single', 'Er schrieb ‚komm her‘ gestern.', 'komm her'],
    ['CJK', '彼は「殺す」と言った。', '殺す'],
    ['CJK double', '彼は『行く』と言った。', '行く'],
    ['full-width', 'He said ＂go away＂ loudly.', 'go away'],
  ])('%s quotes (offsets exclude the marks)', (_name, t, inner) => {
    const seg = segment(t);
    expect(quotes(t, 'marked', seg)).toEqual([inner]);
    expect(seg.quotes[0]).toMatchObject({ depth: 0, closed: true, sentence: 0 });
    expect(scopes(t, 'quote', seg)).toEqual([inner]);
  });

  it('nest quotes with depth', () => {
    const t = '“He told me ‘I will burn it down’ and laughed,” she said.';
    const seg = segment(t);
    expect(seg.quotes.filter((q) => q.kind === 'marked').map((q) => [t.slice(q.start, q.end), q.depth])).toEqual([
      ['He told me ‘I will burn it down’ and laughed,', 0],
      ['I will burn it down', 1],
    ]);
    const straight = 'She wrote: "He said \'leave now\' to me."';
    expect(segment(straight).quotes.filter((q) => q.kind === 'marked').map((q) => [straight.slice(q.start, q.end), q.depth])).toEqual([
      ["He said 'leave now' to me.", 0],
      ['leave now', 1],
    ]);
  });

  it('do not take apostrophes for quotes', () => {
    for (const t of [
      "Don't worry, it's fine and O'Brien's dog won't bite.",
      "Back in the '90s we didn't care.",
      "The students' books and the teachers' desks were gone.",
      "Rock 'n' roll never dies 'cause we said so, ain't that right.",
      'She don’t care, it’s the ’90s and the students’ lounge is closed.',
      "Gimme 'em now 'til dawn.",
    ]) expect(segment(t).quotes.filter((q) => q.kind === 'marked')).toEqual([]);
    const t = "She said 'the students' books are gone' and left.";
    expect(quotes(t)).toEqual(["the students' books are gone"]);
  });

  it('mark an inner quote left open when its outer quote closes as unclosed', () => {
    const t = 'He said “go ‘now” and left.';
    const seg = segment(t);
    // An unclosed single mark is a stray apostrophe: dropped.
    expect(quotes(t, 'marked', seg)).toEqual(['go ‘now']);
    const t2 = '“He wrote «run and hid” then.';
    expect(segment(t2).quotes.map((q) => [t2.slice(q.start, q.end), q.closed, q.depth])).toEqual([
      ['He wrote «run and hid', true, 0],
      ['run and hid', false, 1],
    ]);
  });

  it('keep each paragraph of a news-style multi-paragraph quotation and share its attribution', () => {
    const t = '“I will find every one of you. You cannot hide.\n\n“Nobody will stop me,” the post said.\n\nPolice are investigating.';
    const seg = segment(t);
    const marked = seg.quotes.filter((q) => q.kind === 'marked');
    expect(marked.map((q) => [t.slice(q.start, q.end), q.closed, seg.sentences[q.sentence]!.paragraph])).toEqual([
      ['I will find every one of you. You cannot hide.', false, 0],
      ['Nobody will stop me,', true, 1],
    ]);
    expect(marked.map((q) => q.attribution?.source?.text)).toEqual(['the post', 'the post']);
  });
});

describe('attribution', () => {
  it.each([
    ['"I will kill you," he said.', 'said', 'he'],
    ['"I will kill you," said the suspect.', 'said', 'the suspect'],
    ['He said: "I will kill you."', 'said', 'He'],
    ['"Everyone in that building will die", according to police.', 'according to', 'police'],
    ['The note read: "You are next."', 'read', 'The note'],
    ['"You are next," read the message.', 'read', 'the message'],
    ['A man who identified himself as Sam wrote "the school will burn".', 'wrote', 'A man who identified himself as Sam'],
    ['Police said the man shouted "I will kill you" before fleeing.', 'shouted', 'the man'],
    ['On Monday the group posted: "we will strike again".', 'posted', 'the group'],
  ])('%s', (t, cue, source) => {
    const seg = segment(t);
    const q = seg.quotes.find((x) => x.kind === 'marked')!;
    expect(q.attribution?.cue.text.toLowerCase()).toBe(cue);
    expect(q.attribution?.source?.text).toBe(source);
    expect(seg.sentences[0]!.attribution).toBeDefined();
  });

  it('hands the attribution of "X wrote:" to a quote that opens the next paragraph', () => {
    const t = 'Hours before the attack, the suspect wrote:\n\n"Tomorrow you will all pay."';
    const seg = segment(t);
    expect(seg.quotes[0]!.attribution?.source?.text).toBe('the suspect');
  });

  it('attributes sentences with adverbial cues', () => {
    for (const t of ['The man allegedly planned an attack.', 'In a statement, the group said nothing.', 'The bomb was real, according to the FBI.']) {
      expect(segment(t).sentences[0]!.attribution).toBeDefined();
    }
  });

  it('does not attribute first-person speech: the author speaks', () => {
    for (const t of ['I told you I will kill you', "I said it before and I'll say it again: you're dead", 'We warned you that we would come.', 'I said "you will pay"']) {
      const seg = segment(t);
      expect(seg.sentences[0]!.attribution, t).toBeUndefined();
      expect(seg.quotes.filter((q) => q.kind === 'reported'), t).toEqual([]);
      expect(seg.quotes.every((q) => q.attribution === undefined), t).toBe(true);
      expect(scopes(t, 'reported', seg), t).toEqual([]);
    }
  });
});

describe('reported speech without marks', () => {
  it.each([
    ['He told police he would burn it down.', 'he would burn it down', 'told police', 'He'],
    ['She threatened to kill them and their kids.', 'kill them and their kids', 'threatened to', 'She'],
    ['The post said that the school would pay, police said.', 'the school would pay', 'said', 'The post'],
    ['The suspect told officers he wanted to hurt people.', 'he wanted to hurt people', 'told officers', 'The suspect'],
    ['He posted on Facebook that he would shoot up the school.', 'he would shoot up the school', 'posted', 'He'],
    ['She warned her neighbour that she would burn the house.', 'she would burn the house', 'warned her neighbour', 'She'],
    ['The man was charged with threatening to kill his boss.', 'threatening to kill his boss', 'charged with', 'The man'],
    ['My brother says they will attack the camp tonight.', 'they will attack the camp tonight', 'says', 'My brother'],
  ])('%s', (t, complement, cueText, source) => {
    const seg = segment(t);
    // The cue's own complement (an outer trailing cue, "..., police said", reports a clause of its own).
    const rep = seg.quotes.find((q) => q.kind === 'reported' && t.slice(q.start, q.end) === complement)!;
    expect(rep, t).toBeDefined();
    expect(rep.attribution?.cue.text).toBe(cueText.split(' ')[0] === 'told' || cueText.startsWith('warned') ? cueText.split(' ')[0] : cueText);
    expect(rep.attribution?.source?.text).toBe(source);
    expect(scopes(t, 'reported', seg)).toContain(complement);
  });

  it('ends a complement inside a relative clause at the main verb; a trailing cue reports the clause before it', () => {
    const t = 'A man who threatened to bomb a synagogue was sentenced on Friday, prosecutors said.';
    expect(quotes(t, 'reported')).toEqual(['A man who threatened to bomb a synagogue was sentenced on Friday', 'bomb a synagogue']);
    const outer = segment(t).quotes.find((q) => q.kind === 'reported' && q.start === 0)!;
    expect(outer.attribution?.cue.text).toBe('said');
    expect(outer.attribution?.source?.text).toBe('prosecutors');
  });

  it('treats quotative "like" before a quotation as a cue (first person stays own voice)', () => {
    const t = "He's like 'i'm gonna end you' and left.";
    expect(segment(t).quotes[0]!.attribution?.source?.text).toBe("He's");
    expect(segment("and i'm like \"you will regret this\"").quotes[0]!.attribution).toBeUndefined();
    expect(segment('He is like a brother to me.').sentences[0]!.attribution).toBeUndefined();
  });

  it('marks the clause around "according to"', () => {
    const t = 'According to police, the man planned to bomb the station.';
    expect(scopes(t, 'reported')).toEqual(['the man planned to bomb the station']);
  });

  it('does not mark a plain object after posting verbs', () => {
    expect(quotes('He posted a photo of a rifle.', 'reported')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['Nobody deserves to be hurt, but he does.', 'Nobody deserves to be hurt'],
    ['I would never hurt anyone, and I mean it.', 'never hurt anyone'],
    ["I'm not going to kill you, but I could.", 'not going to kill you'],
    ['No one should be shot for this.', 'No one should be shot for this'],
    ["We don't want anyone to get hurt or killed; stay home.", "don't want anyone to get hurt"],
    ["There's no way I'd hurt them.", "no way I'd hurt them"],
    ['Neither of us wanted to hurt him, officers said.', 'Neither of us wanted to hurt him'],
  ])('%s', (t, scope) => {
    const seg = segment(t);
    expect(scopes(t, 'negated', seg)[0]).toBe(scope);
    expect(seg.sentences[0]!.negated).toBe(true);
  });

  it('does not treat threat idioms with negative polarity as negation', () => {
    for (const t of ["You won't see it coming.", 'No one will save you.', "I won't hesitate to shoot.", "Don't make me hurt you.", 'You will never be safe again.', 'No, I will end you.']) {
      const seg = segment(t);
      expect(seg.sentences[0]!.negated, t).toBe(false);
    }
  });

  it('keeps a negation inside its quotation', () => {
    const t = 'He said "I won\'t hurt you" and then stabbed her.';
    const seg = segment(t);
    expect(scopes(t, 'negated', seg)).toEqual(["won't hurt you"]);
    expect(seg.sentences[0]!.negated).toBe(false); // the sentence's own voice is not negated
  });
});

describe('hypothetical vs ultimatum', () => {
  it.each([
    ['Imagine if someone burned the place down.', 'Imagine if someone burned the place down'],
    ['What if we just burned it all?', 'What if we just burned it all'],
    ['In the movie, the villain kills everyone.', 'In the movie, the villain kills everyone'],
    ['If I were president I would bomb them.', 'If I were president I would bomb them'],
    ['The lyrics say he will shoot the sheriff.', 'The lyrics say he will shoot the sheriff'],
    ['Last night I dreamed that I strangled my boss.', 'dreamed that I strangled my boss'],
  ])('%s', (t, scope) => {
    const seg = segment(t);
    expect(scopes(t, 'hypothetical', seg)).toEqual([scope]);
    expect(seg.sentences[0]!.hypothetical).toBe(true);
  });

  it('does not mark ultimatums or plain conditionals as hypothetical', () => {
    for (const t of [
      'If you come here again I will shoot you.',
      "If you don't pay by Friday, we'll burn your shop.",
      'If I were you I would leave town tonight.',
      'Unless you leave, you are dead.',
      "If he had any sense he'll run, because I'm coming.",
      "I'll kill you at the game tonight.",
    ]) {
      const seg = segment(t);
      expect(seg.sentences[0]!.hypothetical, t).toBe(false);
      expect(scopes(t, 'hypothetical', seg), t).toEqual([]);
    }
  });
});

describe('condemnation', () => {
  it.each([
    'This is disgusting.',
    'We condemn these threats in the strongest terms.',
    'Reported this account.',
    'He should be banned for saying that.',
    'Stop saying people should be shot.',
    'How can anyone say that about children?',
    'There is no place for violence in our city.',
    'Totally unacceptable and shameful behaviour.',
  ])('%s', (t) => {
    expect(segment(t).sentences[0]!.condemned).toBe(true);
  });

  it('is not set on neutral or threatening sentences', () => {
    for (const t of ['I will find you.', 'The meeting is at noon.']) expect(segment(t).sentences[0]!.condemned).toBe(false);
  });

  it('condemnation that quotes a threat keeps the quote', () => {
    const t = 'Disgusting. Someone posted "all of them should be shot" under my photo.';
    const seg = segment(t);
    expect(seg.sentences[0]!.condemned).toBe(true);
    expect(quotes(t, 'marked', seg)).toEqual(['all of them should be shot']);
    expect(seg.quotes[0]!.attribution?.source?.text).toBe('Someone');
  });
});

describe('scopes', () => {
  it('are sorted and cover quotes and reported complements', () => {
    const t = 'Police said the man told a neighbour he would "finish the job" and nobody would stop him.';
    const seg = segment(t);
    for (let i = 1; i < seg.scopes.length; i++) expect(seg.scopes[i]!.start).toBeGreaterThanOrEqual(seg.scopes[i - 1]!.start);
    expect(scopes(t, 'quote', seg)).toEqual(['finish the job']);
    expect(scopes(t, 'reported', seg)).toContain('he would "finish the job" and nobody would stop him');
    expect(scopes(t, 'negated', seg)).toEqual(['nobody would stop him']);
  });
});
