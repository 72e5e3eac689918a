/**
 * Attribution shapes of edited news: cues with adjuncts and colon introductions, sources after the quotation
 * or after a dash, written things that speak in relative clauses, perception verbs, quotations that continue
 * over sentences, quotations nested in reported complements, and spans never cut at a mark.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment.js';

/** [content, cue, source] of every quote unit that carries an attribution. */
function relations(t: string): Array<[string, string | undefined, string | undefined]> {
  return segment(t).quotes.map((q) => [t.slice(q.start, q.end), q.attribution?.cue.text, q.attribution?.source?.text]);
}

/** The same, without verbs-of-naming relations (`named`: not scored, their quoted words are a unit of their own). */
function scoredRelations(t: string): Array<[string, string | undefined, string | undefined]> {
  return segment(t).quotes.filter((q) => !q.named).map((q) => [t.slice(q.start, q.end), q.attribution?.cue.text, q.attribution?.source?.text]);
}

describe('cues with adjuncts and colon introductions', () => {
  it.each([
    ['One of the posters warns in Farsi: "Soldiers of the Dawn in Madrid. Now watching the target."', 'warns', 'One of the posters'],
    ['The ministry said in a statement on Tuesday: "We will not negotiate."', 'said in a statement', 'The ministry'],
    ['The commander wrote on Telegram: "The convoy burns tonight."', 'wrote', 'The commander'],
    ['Reyes can be heard saying: "If she testifies, you die."', 'saying', 'Reyes'],
  ])('%s', (t, cue, source) => {
    const marked = relations(t).find(([c]) => t.includes(`"${c}"`));
    expect(marked?.[1]).toBe(cue);
    expect(marked?.[2]).toBe(source);
  });

  it('a clause ending at the colon gives its verb as the cue and its subject as the source', () => {
    expect(relations('The crowd cheered, and then the pastor continues: "The riders will come at dawn."'))
      .toContainEqual(['The riders will come at dawn.', 'continues', 'the pastor']);
    expect(relations('Ana Ruiz, a councillor for the east ward, agreed: "Nobody here will be hurt."'))
      .toContainEqual(['Nobody here will be hurt.', 'agreed', 'Ana Ruiz, a councillor for the east ward']);
    expect(relations('Kemal, who chairs the residents group, interjected to say: "We are not moving."'))
      .toContainEqual(['We are not moving.', 'say', 'Kemal, who chairs the residents group']);
  });

  it('a noun phrase ending at the colon gives the quotation a colon cue and no source; the author as subject, none', () => {
    expect(relations('The party is rolling out a new and more personal campaign slogan: "Our streets, our say."'))
      .toContainEqual(['Our streets, our say.', ':', undefined]);
    expect(relations('After the match the fans cheered, and then we replied: "See you next season."'))
      .toContainEqual(['See you next season.', undefined, undefined]);
  });

  it('a sentence ending in a colon hands a colon cue to the quotation that opens the next', () => {
    const t = 'It ends with a line for the mayor:\n\n"Your house is next."';
    expect(relations(t)).toContainEqual(['Your house is next.', ':', undefined]);
  });
});

describe('sources after the quotation', () => {
  it('"...," the agency said / ― Name', () => {
    expect(relations('"The dam will hold," the agency said.')).toContainEqual(['The dam will hold,', 'said', 'the agency']);
    const dash = relations('"We are coming for the judges." \u2015 Commander Okafor');
    expect(dash[0]?.[0]).toBe('We are coming for the judges.');
    expect(dash[0]?.[2]).toBe('Commander Okafor');
  });

  it('a quotation that opens the next sentence of the paragraph continues the attributed one', () => {
    const t = '"We warned them," Okafor said. "Next time the depot burns." The police declined to comment.';
    expect(relations(t)).toEqual([
      ['We warned them,', 'said', 'Okafor'],
      ['Next time the depot burns.', 'said', 'Okafor'],
    ]);
    // ... but not across paragraphs or after narration.
    const u = '"We warned them," Okafor said. The crowd left. "Next time the depot burns."';
    expect(relations(u)[1]?.[1]).toBeUndefined();
  });
});

describe('reported speech', () => {
  it('a written thing that speaks in a relative or participle clause', () => {
    expect(relations('She sent her landlord a text that said she would set fire to his flat.')).toContainEqual(['she would set fire to his flat', 'said', 'a text']);
    expect(relations('He sent a message saying he would burn the house down.')).toContainEqual(['he would burn the house down', 'saying', 'a message']);
    // The relative clause ends at the main verb.
    expect(relations('The post that said we would burn it was deleted by the admins.')[0]?.[0]).toBe('we would burn it');
  });

  it('adjuncts between the cue and its clause', () => {
    expect(relations('The official said in an interview with reporters last week that the plan was dead.')).toContainEqual(['the plan was dead', 'said', 'The official']);
    expect(relations('Adelma said on Friday she met the governor.')).toContainEqual(['she met the governor', 'said', 'Adelma']);
  });

  it('a bare clause after a verb of saying', () => {
    expect(relations('Rubens said legalizing it could put thousands of people to work.')).toContainEqual(['legalizing it could put thousands of people to work', 'said', 'Rubens']);
    expect(relations('He said goodbye to everyone.')).toEqual([]);
  });

  it('a quotation inside a reported complement belongs to that relation', () => {
    const t = 'Prosecutors said Tanaka told a coworker he planned to "make the whole office pay".';
    expect(relations(t)).toContainEqual(['make the whole office pay', 'told', 'Tanaka']);
  });

  it('a quotation in a reported complement belongs to it even when a trailing cue is nearer', () => {
    const t = 'The tenant texted his landlord that he would "settle this for good" next week, the police report said.';
    expect(relations(t)).toContainEqual(['settle this for good', 'texted', 'The tenant']);
  });

  it('a complement ends at a comma before a trailing cue, also right after a quotation', () => {
    const t = 'The warlord promised to clear the valley "house by house", according to two traders who were there.';
    const rel = relations(t).find(([, cue]) => cue?.startsWith('promised'));
    expect(rel?.[0]).toBe('clear the valley "house by house"');
    expect(relations(t)).toContainEqual(['house by house', rel?.[1], 'The warlord']);
  });

  it('a coordinated cue inside a quotation takes its subject from inside the quotation', () => {
    const t = 'The driver told police: "The man got out of his van and shouted, \'Next time you die.\' Then he left."';
    expect(relations(t)).toContainEqual(['Next time you die.', 'shouted', 'The man']);
  });

  it('a verb of delivery before a colon is the cue, its subject the source', () => {
    expect(relations('somebody taped this to our gate overnight, someone pinned this on the door: "Leave or be buried here."'))
      .toContainEqual(['Leave or be buried here.', 'pinned', 'someone']);
    expect(relations('This is the note they slipped under her door: "Last warning."')).toContainEqual(['Last warning.', 'slipped', 'they']);
  });

  it('received words are spoken by the written thing, never by the one who received them', () => {
    expect(relations('My cousin received an unsigned letter: "We watch your shop."')).toContainEqual(['We watch your shop.', 'received', 'an unsigned letter']);
    const passive = relations('Two nurses were sent this: "The ward burns at noon."');
    expect(passive).toContainEqual(['The ward burns at noon.', 'sent', undefined]);
  });

  it('a written thing with a participle tail speaks: "a banner hanging from X that read"', () => {
    const t = 'Commuters found a placard tied to the station railings that read: "Your trains stop for good on Monday."';
    expect(relations(t)).toContainEqual(['Your trains stop for good on Monday.', 'read', 'a placard tied to the station railings']);
  });

  it('the one shown saying the words is the source: "a screenshot shows one user writing"', () => {
    expect(relations('A photo of the group chat shows two members writing: "Bring the cans of petrol."'))
      .toContainEqual(['Bring the cans of petrol.', 'writing', 'two members']);
    expect(relations('The men argued over the debt, with one shouting: "You will not see Sunday."'))
      .toContainEqual(['You will not see Sunday.', 'shouting', 'one']);
    // A thing held is not a speaker.
    const held = relations('He ran at the car with a crowbar yelling "get out or die"');
    expect(held.find(([c]) => c === 'get out or die')?.[2]).not.toBe('a crowbar');
  });

  it('a passive cue with its agent: the agent speaks and the clause starts after it', () => {
    const t = 'The referee was warned by a spectator that he would "regret every whistle" if he stayed.';
    expect(relations(t)).toContainEqual(['he would "regret every whistle" if he stayed', 'warned', 'a spectator']);
    expect(relations(t)).toContainEqual(['regret every whistle', 'warned', 'a spectator']);
  });

  it('"that" before a quotation is never part of the content', () => {
    const t = 'She told the court that "the shop will burn with him in it."';
    const contents = relations(t).map(([c]) => c);
    expect(contents).toContain('the shop will burn with him in it.');
    expect(contents.some((c) => c.startsWith('that'))).toBe(false);
  });

  it('a long noun phrase before an apposition is the source: "The head of the X council, Name, said"', () => {
    const t = 'The chair of the Hollin Vale residents group, Dora Finch, said the bins "will be gone by Friday".';
    expect(relations(t).find(([c]) => c === 'will be gone by Friday')?.[2]).toBe('The chair of the Hollin Vale residents group, Dora Finch');
  });

  it('chat verbs report: "typed"', () => {
    expect(relations('some kid in the lobby typed "ur dead tmrw" after the match')).toContainEqual(['ur dead tmrw', 'typed', 'some kid in the lobby']);
  });

  it('"threatened X" names a target, not words', () => {
    expect(relations('The news says someone threatened the mayor.').map(([c]) => c)).not.toContain('the mayor');
  });

  it('a complement that ends inside a quotation keeps the closing mark', () => {
    const t = 'Officials said the caller warned "the station burns tonight".';
    for (const [c] of relations(t)) {
      const opens = (c.match(/"/g) ?? []).length;
      expect(opens % 2).toBe(0);
    }
  });
});

describe('sources and cues of news shapes', () => {
  it.each([
    // [text, content, cue, source]
    ['A sign reading "Go home or else" hung from the bridge.', 'Go home or else', 'reading', 'A sign'],
    ['Leaflets on the door of the clinic read "Close or burn" on Monday.', 'Close or burn', 'read', 'Leaflets on the door of the clinic'],
    ['"Your street is next," read the posters taped to the lampposts, neighbours said.', 'Your street is next,', 'read', 'the posters'],
    ['Tomas Rivera, 41, wrote: "The depot burns at dawn."', 'The depot burns at dawn.', 'wrote', 'Tomas Rivera, 41'],
    ['"We are not leaving," the union organiser, Petra Lind, told a meeting.', 'We are not leaving,', 'told', 'the union organiser, Petra Lind'],
    ['The commander warned in a clip uploaded on Sunday: "The bridge is ours."', 'The bridge is ours.', 'warned', 'The commander'],
    ['The marshal called the fans "a disgrace" and said stewards would "clear the stand by force".', 'clear the stand by force', 'said', 'The marshal'],
    ['Brigade flyer warns students: "Stay off campus Friday."', 'Stay off campus Friday.', 'warns', 'Brigade flyer'],
    ['Ines Ward exclaimed, "That is the last time you park here."', 'That is the last time you park here.', 'exclaimed', 'Ines Ward'],
    ['Councillor Ade Bello: "The market reopens in June."', 'The market reopens in June.', ':', 'Councillor Ade Bello'],
    ['"Who paid for this?" Marta asked. She left.', 'Who paid for this?', 'asked', 'Marta'],
    ['"It was a joke," Ravi Nand, a 19-year-old student from Leeds who posted the clip, said in court.', 'It was a joke,', 'said', 'Ravi Nand, a 19-year-old student from Leeds who posted the clip'],
  ])('%s', (t, content, cue, source) => {
    expect(relations(t)).toContainEqual([content, cue, source]);
  });

  it('complements that open with a quotation hold the words after it', () => {
    expect(relations('Crew threatens to "flatten" any stall that opens on Sunday').map(([c]) => c)).toContain('"flatten" any stall that opens on Sunday');
  });

  it('trailing and parenthetical cues report their clause', () => {
    expect(relations('The vote was postponed until March, the electoral board said.')).toContainEqual(['The vote was postponed until March', 'said', 'the electoral board']);
    expect(relations('The bridge, engineers say, will close for a month.')).toContainEqual(['The bridge, engineers say, will close for a month', 'say', 'engineers']);
    expect(relations('When he arrived, the officer said nothing.')).toEqual([]);
  });

  it('passive and coordinated shapes find the speaker', () => {
    expect(relations('Residents got a letter last week warning that the wells would be poisoned.')).toContainEqual(['the wells would be poisoned', 'warning', 'a letter']);
    expect(relations('Guards said Okafor, who ran the cell, shouted that the yard would burn.')).toContainEqual(['the yard would burn', 'shouted', 'Okafor, who ran the cell']);
  });

  it('a first-person clause after a conjunction is the author\'s, not the reported speaker\'s', () => {
    const t = 'he thinks he can hide but i will find him';
    for (const [c] of relations(t)) expect(c).not.toContain('i will find him');
  });

  it('"you say" addresses the reader: no report', () => {
    expect(relations('say what you want, you say it is fine')).toEqual([]);
  });
});

describe('titled sources, mixed marks, verbs of naming', () => {
  it.each([
    ['"Budgets are not a suggestion," committee Chair Rep. Dana Morrow (D-Ore.) said after the vote.', 'Budgets are not a suggestion,', 'said', 'committee Chair Rep. Dana Morrow'],
    ['"We expect the bill to pass," Senate Majority Leader Carl Benson, R-Ind., said Tuesday.', 'We expect the bill to pass,', 'said', 'Senate Majority Leader Carl Benson, R-Ind'],
    ['"Every one of them deserves a hearing," Rep. Lena Ortiz (D-N.M.) said in a phone interview.', 'Every one of them deserves a hearing,', 'said', 'Rep. Lena Ortiz'],
  ])('a bracketed or comma tag between the source and its cue: %s', (t, content, cue, source) => {
    expect(relations(t)).toContainEqual([content, cue, source]);
  });

  it('a period after a party tag does not end the sentence before ", said"', () => {
    expect(segment('"We expect the bill to pass," Senate Majority Leader Carl Benson, R-Ind., said Tuesday.').sentences).toHaveLength(1);
  });

  it('"said Tuesday." names a time, not reported words', () => {
    expect(relations('"We expect the bill to pass," Carl Benson, R-Ind., said Tuesday.').map(([c]) => c)).not.toContain('Tuesday');
  });

  it('a double quotation opened in one style closes in the other', () => {
    expect(relations('"The river will rise again,\u201D the engineer said.')).toContainEqual(['The river will rise again,', 'said', 'the engineer']);
    expect(relations('\u201CThe river will rise again," the engineer said.')).toContainEqual(['The river will rise again,', 'said', 'the engineer']);
    // Nested straight marks inside curly ones still pair with each other.
    const nested = segment('\u201CHe told me "stay home" and left,\u201D she said.').quotes.map((q) => q.depth);
    expect(nested).toEqual([0, 1]);
  });

  it('gerunds and present forms of shouting and chanting introduce a quotation', () => {
    expect(relations('Marchers circled the plaza, chanting, "No more fear."')).toContainEqual(['No more fear.', 'chanting', undefined]);
    expect(relations('"Get out of the car now," she yells while running toward them.')).toContainEqual(['Get out of the car now,', 'yells', 'she']);
    // Without a quotation or "that" the gerund is an action, not a cue.
    expect(relations('The kids kept singing in the back seat.')).toEqual([]);
  });

  it('a verb of naming attributes the quotation after its object, and nothing else', () => {
    expect(scoredRelations('The mayor described the vandalism as "an attack on all of us" and promised repairs.')).toEqual([['an attack on all of us', 'described', 'The mayor']]);
    expect(relations('The group campaigns for what it calls "safer streets for everyone."')).toContainEqual(['safer streets for everyone.', 'calls', 'it']);
    const t = 'My neighbor called me "a rat" so I am going to burn his house down.';
    expect(scoredRelations(t)).toEqual([['a rat', 'called', 'My neighbor']]);
    expect(segment(t).sentences[0]?.attribution).toBeUndefined();
    // First person, or no subject: not a report.
    expect(relations('I called him "a coward" and I meant it.').map(([, cue]) => cue)).not.toContain('called');
    expect(relations('Call it "peace" if you like.').map(([, cue]) => cue)).not.toContain('Call');
  });
});

describe('claimed responsibility for', () => {
  it('reports what was claimed, with its claimant', () => {
    expect(relations('The group claimed responsibility for the bombing of the hotel.'))
      .toContainEqual(['the bombing of the hotel', 'claimed responsibility for', 'The group']);
  });
});

describe('addressees are not reported words', () => {
  it('"the caller told the operator, police said": the operator is no complement', () => {
    const t = '"The bridge will fall at noon," the caller told the operator, police said.';
    expect(relations(t).map(([c]) => c)).not.toContain('the operator');
    expect(relations(t)).toContainEqual(['The bridge will fall at noon,', 'told', 'the caller']);
    expect(relations('blocked him and told my mum.')).toEqual([]);
    // A clause after the addressee is still reported.
    expect(relations('The caller told the operator the bridge would fall at noon.').some(([c]) => c.endsWith('the bridge would fall at noon'))).toBe(true);
  });

  it.each([
    ['The caller told the operator the bridge would fall at noon.', 'the bridge would fall at noon', 'told'],
    ['He warned the mayor he would be killed.', 'he would be killed', 'warned'],
    ['a man told the cashier he would "blow the place up" unless she paid', 'he would "blow the place up" unless she paid', 'told'],
  ])('a determiner and a noun before a clause are the addressee: %s', (t, content, cue) => {
    expect(relations(t).map(([c, k]) => [c, k])).toContainEqual([content, cue]);
  });

  it.each([
    ['In a video, the commander urged his fighters to attack police stations.', 'attack police stations', 'urged'],
    ['She told the young men to leave the square before dark.', 'leave the square before dark', 'told'],
    ['A man told my daughter to "kill herself and save everyone the trouble."', 'kill herself and save everyone the trouble.', 'told'],
  ])('an article or possessive and a word or two before `to` are the addressee: %s', (t, content, cue) => {
    const found = relations(t);
    expect(found.map(([c, k]) => [c, k])).toContainEqual([content, cue]);
    expect(found.some(([c]) => /^(his|the|my) /.test(c))).toBe(false);
  });

  it('but a negation before `to` stays in the reported words', () => {
    expect(relations('A staffer who told his subordinates never to speak of it.').map(([c]) => c)).toContain('his subordinates never to speak of it');
  });

  it.each([
    ['Officials warned that no one inside the building would be spared.', 'one inside the building would be spared'],
    ['He was criticised for telling the British people that they would be better off.', 'people that they would be better off'],
    ['He told a story the kids loved.', 'the kids loved'],
  ])('but not where the two words are no addressee: %s', (t, wrong) => {
    const contents = relations(t).map(([c]) => c);
    expect(contents.length).toBeGreaterThan(0);
    expect(contents).not.toContain(wrong);
  });
});

describe('a speaker the author heard or saw', () => {
  it.each([
    ['I saw a guy at the rally screaming that he\'d burn the depot.', 'he\'d burn the depot', 'screaming', 'a guy at the rally'],
    ['heard a bloke on the train telling his mate he was going to throw the guard off at the next stop', 'he was going to throw the guard off at the next stop', 'telling', 'a bloke on the train'],
  ])('%s', (t, content, cue, source) => {
    expect(relations(t)).toContainEqual([content, cue, source]);
  });
});

describe('dialogue tags, bare tags after a full stop, named quotations', () => {
  it.each([
    ['"Get off my stage before somebody carries you off," the promoter barked and walked away.', 'Get off my stage before somebody carries you off,', 'barked', 'the promoter'],
    ['"This town will remember what you did!" fumed Delia Marsh, who runs the bakery.', 'This town will remember what you did!', 'fumed', 'Delia Marsh'],
    ['"You will regret that ruling, judge," he complained to a clerk afterwards.', 'You will regret that ruling, judge,', 'complained', 'he'],
  ])('any past-tense verb tags a quotation that closes on a comma, ! or ?: %s', (t, content, cue, source) => {
    expect(relations(t)).toContainEqual([content, cue, source]);
  });

  it('the tag attributes its quotation and reports nothing after it', () => {
    const found = relations('"We are leaving the village tonight," Osei assured the elders gathered outside.');
    expect(found).toContainEqual(['We are leaving the village tonight,', 'assured', 'Osei']);
    expect(found.map(([c]) => c)).not.toContain('the elders gathered outside');
  });

  it('a title in marks before a verb is no speech', () => {
    const found = relations('The star of the series "Harbour," accepted her award on stage.');
    expect(found.find(([c]) => c === 'Harbour,')?.[1]).toBeUndefined();
  });

  it('a bare tag after a quotation that ends on a full stop attributes it, a clause of the author\'s does not', () => {
    expect(relations('The hall went quiet.\n\n"Nobody leaves this hall until the vote is done." Mayor Kent said.'))
      .toContainEqual(['Nobody leaves this hall until the vote is done.', 'said', 'Mayor Kent']);
    const own = relations('"I am leaving." He said nothing else and left.');
    expect(own.find(([c]) => c === 'I am leaving.')?.[1]).toBeUndefined();
  });

  it.each([
    ['The crowd broke into chants of "Burn it down!" as the van left.', 'Burn it down!', 'chants of'],
    ['The group published a pamphlet titled, "Their Homes Are Not Safe."', 'Their Homes Are Not Safe.', 'titled'],
    ['Their campaign slogan is "Take back the streets."', 'Take back the streets.', 'slogan is'],
  ])('a quotation named by the words before it has them as its cue and no source: %s', (t, content, cue) => {
    expect(relations(t)).toContainEqual([content, cue, undefined]);
  });

  it('an addressee after the cue introduces a quotation after a comma', () => {
    expect(relations('The mayor did not name anyone at the meeting, but told his supporters, "the fence comes down tomorrow, with or without you."'))
      .toContainEqual(['the fence comes down tomorrow, with or without you.', 'told', undefined]);
  });
});

describe('a quotation after a bare tag sentence', () => {
  it('continues the tagged speaker', () => {
    expect(relations('"Can we hold the bridge?" the sergeant asked. "I doubt it. But we can make them pay for every metre."'))
      .toContainEqual(['I doubt it. But we can make them pay for every metre.', 'asked', 'the sergeant']);
  });
});

describe('subjects before long appositions', () => {
  it.each([
    ['Dana Pike, 41, a school bus driver, said the depot would "burn to the ground" if the cuts went ahead.', 'said', 'Dana Pike, 41, a school bus driver'],
    ['Orla Kent, a creative writing tutor, said the letters were "clearly meant to frighten" her.', 'said', 'Orla Kent, a creative writing tutor'],
    ['Sam Ree, the head of the tenants union, a group that has sued the landlord twice over repairs, said the notices were "a threat in all but name."', 'said', 'Sam Ree'],
  ])('%s', (t, cue, source) => {
    const found = relations(t).filter(([c]) => !t.includes(`"${c}"`));
    expect(found.length).toBeGreaterThan(0);
    for (const [, k, s] of found) {
      expect(k).toBe(cue);
      expect(s).toBe(source);
    }
  });

  it('an inverted cue without a quotation before it closes its clause', () => {
    expect(relations('Prices will rise again next year, said the finance minister.')).toContainEqual(['Prices will rise again next year', 'said', 'the finance minister']);
    expect(relations('Said Ellis: "Nobody here is interested."')).toContainEqual(['Nobody here is interested.', 'Said', 'Ellis']);
  });
});

describe('verbs of naming', () => {
  it('report their object with the quoted predicate as a relation that is not scored', () => {
    const t = 'Opposition leaders called the remarks "a licence to kill" on Monday.';
    const seg = segment(t);
    const named = seg.quotes.filter((q) => q.named);
    expect(named.map((q) => t.slice(q.start, q.end))).toEqual(['the remarks "a licence to kill"']);
    expect(named[0]?.attribution?.cue.text).toBe('called');
    expect(named[0]?.attribution?.source?.text).toBe('Opposition leaders');
    // The quoted words stay a quote of their own, and the relation adds no scope.
    expect(seg.quotes.some((q) => !q.named && t.slice(q.start, q.end) === 'a licence to kill')).toBe(true);
    expect(seg.scopes.some((s) => s.start === named[0]?.start)).toBe(false);
  });

  it('need a noun phrase for an object', () => {
    const t = 'mum just called and said "come home for dinner or else"';
    expect(segment(t).quotes.some((q) => q.named)).toBe(false);
  });
});

describe('where a reported clause ends', () => {
  it.each([
    ['The minister said the protesters were "a danger to everyone", noting that the march had been banned.', 'noting'],
    ['Rosa Lind said she found the letter "deeply frightening" and told her neighbours about it.', 'told'],
    ['Ben Ode insisted the threats were "a joke" while adding that he regretted them.', 'adding'],
  ])('a second report after the first ends it: %s', (t, next) => {
    const said = relations(t).find(([c, k]) => k !== undefined && k !== next && !t.includes(`"${c}"`));
    expect(said?.[0]).toBeDefined();
    expect(said?.[0]).not.toContain(next);
  });

  it('a subject of several words before the clause\'s verb', () => {
    expect(relations('The governor said presumptive party nominee Dana Cole is "trying to buy the election."').map(([c]) => c))
      .toContain('presumptive party nominee Dana Cole is "trying to buy the election."');
  });
});

describe('sources shared and found in posts', () => {
  it('a cue after `and` shares the source of the cue before it, not the reported clause\'s subject', () => {
    expect(relations('A forum user claimed he had bought "two rifles" and wrote that he would bring them to the parade.'))
      .toContainEqual(['he would bring them to the parade', 'wrote', 'A forum user']);
  });

  it('an interjection before a colon introduction is not part of its source', () => {
    expect(relations('lol someone in my mentions: "watch your back at the next meetup"'))
      .toContainEqual(['watch your back at the next meetup', ':', 'someone in my mentions']);
  });
});

describe('tags in the sentence after a quotation', () => {
  it('a verb that reports only beside a quotation tags the quotation before its sentence, and reports nothing after it', () => {
    const found = relations('"Why are you still defending him?" Rana asked the committee members. "What does that say about you?"');
    expect(found).toContainEqual(['Why are you still defending him?', 'asked', 'Rana']);
    expect(found).toContainEqual(['What does that say about you?', 'asked', 'Rana']);
    expect(found.map(([c]) => c)).not.toContain('the committee members');
  });

  it('a present-tense tag that ends its clause', () => {
    expect(relations('"The market has not failed the town," he mocks. "The town failed the market."'))
      .toContainEqual(['The market has not failed the town,', 'mocks', 'he']);
  });
});
