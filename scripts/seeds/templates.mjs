// Sentence templates for own-voice threats and their matched non-threats.
// Template ids 't-...' are used for seeds; 'fx-...' are held out for fixtures.
//
// A template returns a list of sentences: { s, t } where t=true marks a
// sentence spoken as a threat in the author's own voice. Templates declare the
// parts they need (need) and which speakers they accept (spk). The generator
// builds k (the rendered parts of one core) and calls f(k).
//
// k: SM/SMc subject+modal ("I'm going to"), SM2 short second modal ("I'll"),
//    ME (me/us), VP (predicate with target), VPp (with a pronoun target),
//    VP2 (a second predicate, pronoun target), ING, PAST, PPA (perfect), PP
//    (passive participle phrase), THIRD (3sg: "stabs you"), TS/TSc/TO target,
//    ag(sing, plur) agreement with the target, TIME (" tonight" or ""),
//    TIMEF ("Tonight" or null), TIMEW, VOC, INSTR, COND, CONDI, UNLESS, DEM,
//    DEAD, WORD, V/Vc/V2c (veiled clauses), ORG, TOWN, STREET, N, COLLAB, HOUR.

const T = (s) => ({ s, t: true });
const N = (s) => ({ s, t: false });
const cap = (s) => s[0].toUpperCase() + s.slice(1);

export const TEMPLATES = [
  // ================================================================ seeds: direct
  { id: 't-d01', cls: 'direct', obj: true, f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 't-d02', cls: 'direct', obj: true, need: ['TIMEF'], f: (k) => [T(`${k.TIMEF}, ${k.SM} ${k.VP}.`)] },
  { id: 't-d03', cls: 'direct', need: ['VOC'], f: (k) => [T(`${k.VOC}, ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 't-d04', cls: 'direct', obj: true, f: (k) => [T(`${k.SMc} ${k.VP} and nobody is going to stop ${k.ME}.`)] },
  { id: 't-d05', cls: 'direct', plain: true, f: (k) => [T(`Mark my words: ${k.SM} ${k.VP}.`)] },
  { id: 't-d06', cls: 'direct', spk: ['I'], obj: true, f: (k) => [T(`I swear to God ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 't-d07', cls: 'direct', need: ['INSTR'], f: (k) => [T(`${k.SMc} ${k.VP} with ${k.INSTR}.`)] },
  { id: 't-d08', cls: 'direct', need: ['VP2'], f: (k) => [T(`${k.SMc} ${k.VP}, and then ${k.SM2} ${k.VP2}.`)] },
  { id: 't-d09', cls: 'direct', plain: true, obj: true, f: (k) => [T(`One of these days ${k.SM} ${k.VP}.`)] },
  { id: 't-d10', cls: 'direct', f: (k) => [N(`I'm done talking.`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 't-d11', cls: 'direct', need: ['ING'], obj: true, f: (k) => [T(`Nothing is going to stop ${k.ME} from ${k.ING}${k.TIME}.`)] },
  { id: 't-d12', cls: 'direct', plain: true, f: (k) => [T(`${k.SMc} ${k.VP} if it's the last thing ${k.ME === 'me' ? 'I' : 'we'} do.`)] },
  { id: 't-d13', cls: 'direct', you: true, f: (k) => [T(`You're dead.`), T(`${k.SMc} ${k.VP}.`)] },
  { id: 't-d14', cls: 'direct', f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME}.`), T(`That's a promise.`)] },
  { id: 't-d15', cls: 'direct', anim: true, f: (k) => [T(`${k.SMc} ${k.VP} for what ${k.TSp} did.`)] },
  { id: 't-d16', cls: 'direct', f: (k) => [T(`Screenshot this: ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 't-d17', cls: 'direct', f: (k) => [T(`${k.SMc} ${k.VP}, I don't care who sees this.`)] },
  { id: 't-d18', cls: 'direct', f: (k) => [N(`Keep laughing.`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 't-d19', cls: 'direct', third: true, f: (k) => [T(`Tell ${k.TO} that ${k.SM} ${k.VPp}${k.TIME}.`)] },
  { id: 't-d21', cls: 'direct', f: (k) => [N(`Want to know what happens next?`), T(`${k.SMc} ${k.VP}.`)] },
  { id: 't-d22', cls: 'direct', spk: ['I'], need: ['INSTR'], f: (k) => [N(`Bought ${k.INSTR} today.`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 't-d24', cls: 'direct', plain: true, f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME} and ${k.SM2} make sure everyone watches.`)] },
  { id: 't-d25', cls: 'direct', spk: ['I'], f: (k) => [T(`${k.SMc} ${k.VP} and then I'll hand myself in.`)] },
  { id: 't-d26', cls: 'direct', plain: true, spk: ['I'], f: (k) => [T(`As soon as I get out, ${k.SM} ${k.VP}.`)] },
  { id: 't-d27', cls: 'direct', obj: true, f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME}.`), N(`Bet.`)] },
  { id: 't-d28', cls: 'direct', f: (k) => [T(`${k.SMc} ${k.VP}, and ${k.ME === 'me' ? 'I' : 'we'} mean it.`)] },
  { id: 't-d29', cls: 'direct', obj: true, f: (k) => [T(`Honestly ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 't-d30', cls: 'direct', you: true, need: ['VOC'], f: (k) => [T(`Listen to me, ${k.VOC}.`), T(`${k.SMc} ${k.VP}.`)] },

  // ================================================================ seeds: imperative / incitement
  { id: 't-i01', cls: 'imperative', obj: true, f: (k) => [T(`${k.SMc ? k.SMc + ' ' + k.VP : cap(k.VP)}${k.TIME}.`)] },
  { id: 't-i02', cls: 'imperative', spk: ['imp'], need: ['HOUR'], f: (k) => [T(`Everyone meet on ${k.STREET} at ${k.HOUR} and ${k.VP}.`)] },
  { id: 't-i03', cls: 'imperative', spk: ['imp'], f: (k) => [T(`Somebody ${k.VP} already.`)] },
  { id: 't-i04', cls: 'imperative', spk: ['imp'], need: ['INSTR'], f: (k) => [T(`Grab ${k.INSTR} and ${k.VP}${k.TIME}.`)] },
  { id: 't-i05', cls: 'imperative', need: ['VP2'], f: (k) => [T(`${k.SMc ? k.SMc + ' ' + k.VP : cap(k.VP)}, then ${k.VP2}.`)] },
  { id: 't-i06', cls: 'imperative', spk: ['imp'], f: (k) => [T(`Don't just sit there, ${k.VP}.`)] },
  { id: 't-i07', cls: 'imperative', spk: ['imp'], f: (k) => [T(`If you're a real man you'll ${k.VP}.`)] },
  { id: 't-i08', cls: 'imperative', spk: ['lets'], f: (k) => [N(`Who's with me?`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 't-i09', cls: 'imperative', spk: ['imp'], f: (k) => [T(`Everybody share this.`), T(`Then go and ${k.VP}.`)] },

  // ================================================================ seeds: normative
  { id: 't-n01', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`${k.TSc} should ${k.T.group ? 'all ' : ''}be ${k.PP}.`)] },
  { id: 't-n02', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`${k.TSc} ${k.ag('deserves', 'deserve')} to be ${k.PP}${k.TIME}.`)] },
  { id: 't-n03', cls: 'normative', spk: ['someone', 'youpeople'], obj: true, f: (k) => [T(`${k.SMc} ${k.VP}.`)] },
  { id: 't-n04', cls: 'normative', spk: ['someone'], f: (k) => [T(`${k.SMc} ${k.VP} already.`)] },
  { id: 't-n05', cls: 'normative', spk: ['passive'], f: (k) => [T(`It's time to ${k.VP}.`)] },
  { id: 't-n06', cls: 'normative', spk: ['passive'], need: ['PAST'], f: (k) => [T(`It's time someone ${k.PAST}.`)] },
  { id: 't-n07', cls: 'normative', spk: ['passive'], need: ['PP'], group: true, f: (k) => [T(`Every last one of ${k.TO} should be ${k.PP}.`)] },
  { id: 't-n08', cls: 'normative', spk: ['passive'], need: ['PPA'], f: (k) => [T(`Why hasn't anyone ${k.PPA} yet?`)] },
  { id: 't-n09', cls: 'normative', spk: ['passive'], third: true, f: (k) => [T(`Do the world a favour and ${k.VP}.`)] },
  { id: 't-n10', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`${k.TSc} ${k.ag('needs', 'need')} to be ${k.PP}, simple as that.`)] },
  { id: 't-n11', cls: 'normative', spk: ['passive'], need: ['PP'], third: true, f: (k) => [T(`I'd love to see ${k.TO} ${k.PP}.`)] },
  { id: 't-n12', cls: 'normative', spk: ['passive'], group: true, f: (k) => [T(`Round up ${k.TO} and ${k.VPp}.`)] },
  { id: 't-n13', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`Honestly ${k.TS} ${k.ag('deserves', 'deserve')} to be ${k.PP} and I'd happily watch.`)] },
  { id: 't-n14', cls: 'normative', spk: ['passive'], need: ['PAST'], third: true, f: (k) => [T(`This town would be better off if someone ${k.PAST}.`)] },
  { id: 't-n15', cls: 'normative', spk: ['passive'], need: ['PPshort'], group: true, f: (k) => [N(`${cap(k.TO)}?`), T(`${cap(k.PP)}, the lot of them.`)] },
  { id: 't-n16', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`If I had my way, ${k.TS} would be ${k.PP}${k.TIME}.`)] },
  { id: 't-n17', cls: 'normative', spk: ['someone'], f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME}, and I won't shed a tear.`)] },

  // ================================================================ seeds: conditional / ultimatum
  { id: 't-c01', cls: 'conditional', need: ['COND'], f: (k) => [T(`If you ${k.COND}, ${k.SM} ${k.VP}.`)] },
  { id: 't-c02', cls: 'conditional', need: ['COND'], f: (k) => [T(`${k.SMc} ${k.VP} if you ${k.COND}.`)] },
  { id: 't-c03', cls: 'conditional', need: ['UNLESS'], f: (k) => [T(`${cap(k.UNLESS)}, ${k.SM} ${k.VP}.`)] },
  { id: 't-c04', cls: 'conditional', need: ['COND'], f: (k) => [T(`The next time you ${k.COND}, ${k.SM} ${k.VP}.`)] },
  { id: 't-c05', cls: 'conditional', need: ['DEM'], f: (k) => [T(`You have until ${k.DEAD} to ${k.DEM}.`), T(`After that, ${k.SM} ${k.VP}.`)] },
  { id: 't-c06', cls: 'conditional', need: ['DEM'], f: (k) => [T(`${cap(k.DEM)} or ${k.SM} ${k.VP}.`)] },
  { id: 't-c07', cls: 'conditional', f: (k) => [T(`One more ${k.WORD} out of you and ${k.SM} ${k.VP}.`)] },
  { id: 't-c08', cls: 'conditional', f: (k) => [T(`Try it and ${k.SM} ${k.VP}.`)] },
  { id: 't-c09', cls: 'conditional', need: ['CONDI'], f: (k) => [T(`If ${k.CONDI}, ${k.SM} ${k.VP}.`)] },
  { id: 't-c10', cls: 'conditional', need: ['CONDI'], f: (k) => [T(`${k.SMc} ${k.VP} the day ${k.CONDI}.`)] },
  { id: 't-c11', cls: 'conditional', f: (k) => [T(`Keep it up and see what happens.`), T(`${k.SMc} ${k.VP}.`)] },
  { id: 't-c12', cls: 'conditional', need: ['DEM'], f: (k) => [T(`${cap(k.DEM)} by ${k.DEAD}, or ${k.SM} ${k.VP}.`)] },

  // ================================================================ seeds: implicit / veiled / surveillance
  { id: 't-m01', cls: 'implicit', f: (k) => [T(`${k.Vc}.`)] },
  { id: 't-m02', cls: 'implicit', need: ['VOC'], f: (k) => [T(`${k.VOC}, ${k.V}.`)] },
  { id: 't-m03', cls: 'implicit', need: ['V2c'], f: (k) => [T(`${k.Vc}.`), T(`${k.V2c}.`)] },
  { id: 't-m07', cls: 'implicit', f: (k) => [T(`Just so you know, ${k.V}.`)] },
  { id: 't-m08', cls: 'implicit', f: (k) => [T(`${k.Vc}.`), N(`Just saying.`)] },
  { id: 't-m09', cls: 'implicit', f: (k) => [T(`Remember this: ${k.V}.`)] },
  { id: 't-m10', cls: 'implicit', f: (k) => [T(`${k.Vc}, and that's all I'm going to say.`)] },

  // ================================================================ seeds: edited prose / communique (own voice)
  { id: 't-e01', cls: 'communique', need: ['PP'], third: true, f: (k) => [T(`We, the ${k.ORG}, declare ${k.TO} a legitimate target.`), T(`${cap(k.TSp)} will be ${k.PP}${k.TIME}.`)] },
  { id: 't-e02', cls: 'communique', third: true, f: (k) => [T(`Let this serve as our final warning to ${k.TO}: we will ${k.VPp}${k.TIME}.`)] },
  { id: 't-e03', cls: 'communique', f: (k) => [N(`Communique No. ${k.N}.`), T(`The ${k.ORG} announces that it will ${k.VP}${k.TIME}.`), T(`No one who ${k.COLLAB} will be spared.`)] },
  { id: 't-e04', cls: 'communique', f: (k) => [T(`I have thought about this for a long time, and I have decided that I will ${k.VP}.`), N(`I am writing this so that there can be no misunderstanding.`)] },
  { id: 't-e05', cls: 'communique', group: true, f: (k) => [T(`To ${k.TO}: your presence in ${k.TOWN} will no longer be tolerated.`), T(`We will ${k.VPp}${k.TIME}.`)] },
  { id: 't-e06', cls: 'communique', you: true, f: (k) => [N(`Dear Sir or Madam,`), T(`I write to inform you that I intend to ${k.VP}${k.TIME}.`), N(`Yours faithfully, a concerned resident.`)] },
  { id: 't-e07', cls: 'communique', f: (k) => [N(`STATEMENT OF THE ${k.ORG.toUpperCase()}.`), T(`Our units have been instructed to ${k.VP}${k.TIME}.`), T(`This order stands until our demands are met.`)] },
  { id: 't-e08', cls: 'communique', need: ['PP'], f: (k) => [T(`It is the considered position of this movement that ${k.TS} must be ${k.PP}.`), T(`We will see to it personally.`)] },
  { id: 't-e09', cls: 'communique', need: ['CONDI'], f: (k) => [N(`The following is not a request.`), T(`If ${k.CONDI}, our members will ${k.VP}, and the responsibility will be yours alone.`)] },
  { id: 't-e10', cls: 'communique', f: (k) => [T(`In the name of the ${k.ORG}, I give notice that I shall ${k.VP}${k.TIME}.`)] },

  // ================================================================ seeds: negated (matched non-threats -> reporting)
  { id: 't-g01', cls: 'neg', f: (k) => [`I would never ${k.VP}.`] },
  { id: 't-g02', cls: 'neg', f: (k) => [`I'm not going to ${k.VP}, whatever people say about me.`] },
  { id: 't-g03', cls: 'neg', need: ['PP'], f: (k) => [`Nobody deserves to be ${k.PP}.`] },
  { id: 't-g04', cls: 'neg', third: true, f: (k) => [`No one should ${k.VP}, no matter what ${k.TSp} ${k.ag('has', 'have')} done.`] },
  { id: 't-g05', cls: 'neg', f: (k) => [`Let me be clear: we will not ${k.VP}, and nobody should do it in our name.`] },
  { id: 't-g06', cls: 'neg', third: true, f: (k) => [`I don't want anyone to ${k.VP}.`] },
  { id: 't-g07', cls: 'neg', third: true, f: (k) => [`Whatever you think of ${k.TO}, nobody should ${k.VPp}.`] },
  { id: 't-g08', cls: 'neg', f: (k) => [`I'm angry, but I'm not going to ${k.VP}.`] },
  { id: 't-g09', cls: 'neg', f: (k) => [`I have never threatened to ${k.VP} and I never will.`] },
  { id: 't-g10', cls: 'neg', f: (k) => [`It is never okay to ${k.VP}.`] },
  { id: 't-g11', cls: 'neg', f: (k) => [`i would never ever ${k.VP} lol calm down`] },
  { id: 't-g12', cls: 'neg', need: ['PP'], third: true, f: (k) => [`Disagree with ${k.TO} all you like, but ${k.TSp} ${k.ag("doesn't", "don't")} deserve to be ${k.PP}.`] },

  // ================================================================ FIXTURES ONLY (held-out templates)
  // direct
  { id: 'fx-d01', cls: 'direct', spk: ['I'], need: ['TIMEW'], f: (k) => [T(`Here's what happens ${k.TIMEW}: I ${k.VP}, and there's nothing anyone can do about it.`)] },
  { id: 'fx-d02', cls: 'direct', spk: ['I'], f: (k) => [T(`By the time anyone reads this I'll be on my way to ${k.VP}.`)] },
  { id: 'fx-d03', cls: 'direct', spk: ['I'], obj: true, f: (k) => [T(`Counting down the hours until I get to ${k.VP}.`)] },
  { id: 'fx-d04', cls: 'direct', obj: true, f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME} - write that down.`)] },
  { id: 'fx-d05', cls: 'direct', obj: true, f: (k) => [T(`Believe me when I say ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 'fx-d06', cls: 'direct', f: (k) => [T(`I've made up my mind: ${k.SM} ${k.VP}.`)] },
  { id: 'fx-d07', cls: 'direct', spk: ['I'], need: ['TIMEF'], f: (k) => [T(`No more warnings.`), T(`${k.TIMEF} I ${k.VP}.`)] },
  { id: 'fx-d08', cls: 'direct', f: (k) => [T(`${k.SMc} ${k.VP} and laugh while ${k.ME === 'me' ? 'I do' : 'we do'} it.`)] },
  { id: 'fx-d09', cls: 'direct', third: true, anim: true, f: (k) => [T(`The moment I see ${k.TO}, ${k.SM} ${k.VPp}.`)] },
  { id: 'fx-d10', cls: 'direct', need: ['INSTR'], f: (k) => [T(`I already know how ${k.SM} ${k.VP}: with ${k.INSTR}.`)] },
  { id: 'fx-d11', cls: 'direct', need: ['VOC'], you: true, f: (k) => [T(`${k.VOC}, listen carefully.`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  { id: 'fx-d12', cls: 'direct', obj: true, f: (k) => [N(`It's decided.`), T(`${k.SMc} ${k.VP}${k.TIME}.`)] },
  // normative / incitement
  { id: 'fx-n01', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`What ${k.TS} really ${k.ag('needs', 'need')} is to be ${k.PP}.`)] },
  { id: 'fx-n02', cls: 'normative', spk: ['passive'], need: ['PAST'], third: true, f: (k) => [T(`Honestly the best thing for this country would be if someone ${k.PAST}.`)] },
  { id: 'fx-n03', cls: 'normative', spk: ['passive'], group: true, f: (k) => [T(`Line ${k.TO} up and ${k.VPp}, every single one.`)] },
  { id: 'fx-n04', cls: 'normative', spk: ['passive'], f: (k) => [T(`I pray someone finds the courage to ${k.VP}.`)] },
  { id: 'fx-n05', cls: 'normative', spk: ['passive'], need: ['PP'], f: (k) => [T(`${k.TSc} must be ${k.PP}, and soon.`)] },
  { id: 'fx-n06', cls: 'normative', spk: ['passive'], need: ['INSTR'], f: (k) => [T(`If anybody has ${k.INSTR} and a free evening, ${k.VP}.`)] },
  { id: 'fx-n07', cls: 'normative', spk: ['passive'], third: true, f: (k) => [N(`${cap(k.TO)}?`), T(`Someone should ${k.VPp}.`)] },
  { id: 'fx-n08', cls: 'normative', spk: ['someone', 'youpeople'], obj: true, f: (k) => [T(`Seriously, ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 'fx-n09', cls: 'normative', spk: ['imp', 'lets'], f: (k) => [T(`Enough talk, ${k.SM ? k.SM + ' ' : ''}${k.VP}${k.TIME}.`)] },
  // conditional
  { id: 'fx-c01', cls: 'conditional', need: ['COND'], f: (k) => [T(`Go ahead and ${k.COND} - see how fast ${k.SM} ${k.VP}.`)] },
  { id: 'fx-c02', cls: 'conditional', need: ['CONDI'], f: (k) => [T(`The minute ${k.CONDI}, ${k.SM} ${k.VP}.`)] },
  { id: 'fx-c03', cls: 'conditional', need: ['DEM'], f: (k) => [T(`Either you ${k.DEM} by ${k.DEAD}, or ${k.SM} ${k.VP}.`), T(`Your choice.`)] },
  { id: 'fx-c04', cls: 'conditional', need: ['COND'], f: (k) => [T(`Should you ${k.COND}, ${k.SM} ${k.VP}.`)] },
  { id: 'fx-c05', cls: 'conditional', need: ['DEM'], f: (k) => [T(`You've got one chance to ${k.DEM}.`), T(`Miss it and ${k.SM} ${k.VP}.`)] },
  { id: 'fx-c06', cls: 'conditional', f: (k) => [T(`Carry on like this and ${k.SM} ${k.VP}.`)] },
  { id: 'fx-c07', cls: 'conditional', need: ['UNLESS'], f: (k) => [T(`${k.SMc} ${k.VP}${k.TIME}, ${k.UNLESS}.`)] },
  // implicit
  { id: 'fx-m01', cls: 'implicit', f: (k) => [N(`Tick tock.`), T(`${k.Vc}.`)] },
  { id: 'fx-m02', cls: 'implicit', f: (k) => [T(`Don't forget: ${k.V}.`)] },
  { id: 'fx-m03', cls: 'implicit', f: (k) => [T(`Thought you should know ${k.V}.`)] },
  { id: 'fx-m04', cls: 'implicit', f: (k) => [T(`${k.Vc}.`), N(`Sleep well.`)] },
  { id: 'fx-m05', cls: 'implicit', need: ['V2c'], f: (k) => [T(`${k.Vc}, and ${k.V2}.`)] },
  // communique
  { id: 'fx-e01', cls: 'communique', need: ['PP'], f: (k) => [T(`By order of the ${k.ORG}, ${k.TS} will be ${k.PP}${k.TIME}.`)] },
  { id: 'fx-e02', cls: 'communique', third: true, f: (k) => [T(`This is the ${k.ORG}'s final communication to ${k.TO}.`), T(`We will ${k.VPp}.`)] },
  { id: 'fx-e03', cls: 'communique', f: (k) => [T(`Be advised that our members intend to ${k.VP}${k.TIME}.`), T(`Consider yourselves notified.`)] },
  { id: 'fx-e04', cls: 'communique', spk: ['I'], f: (k) => [T(`Having exhausted every peaceful avenue, I am left with no choice but to ${k.VP}.`)] },
  { id: 'fx-e05', cls: 'communique', f: (k) => [N(`Open letter to the people of ${k.TOWN}.`), T(`We will ${k.VP}${k.TIME}, and we ask no one's permission.`)] },
  // structurally novel shapes (the unseen-template group)
  { id: 'fx-u01', cls: 'novel', f: (k) => [N(`weekend list: laundry, haircut,`), T(`${k.VP}`), N(`pub with the lads`)], join: ' ' },
  { id: 'fx-u02', cls: 'novel', f: (k) => [T(`Guess who's going to ${k.VP}${k.TIME}?`), T(`Me.`)] },
  { id: 'fx-u03', cls: 'novel', need: ['PP'], f: (k) => [T(`${k.TSc} ${k.ag('is', 'are')} going to be ${k.PP}${k.TIME}, and it will be by my hand.`)] },
  { id: 'fx-u04', cls: 'novel', f: (k) => [T(`${k.VP}${k.TIME} #nomercy #nowarnings`)] },
  { id: 'fx-u05', cls: 'novel', f: (k) => [T(`@${k.HANDLE} ${k.SM} ${k.VP}.`)] },
  { id: 'fx-u07', cls: 'novel', you: true, need: ['THIRD'], f: (k) => [T(`You're going to find out what it feels like when someone ${k.THIRD}.`)] },
  { id: 'fx-u08', cls: 'novel', you: true, f: (k) => [N(`You think you're safe behind your lawyers?`), T(`${k.SMc} ${k.VP}.`)] },
  { id: 'fx-u09', cls: 'novel', need: ['TIMEF', 'INSTR'], third: true, f: (k) => [T(`${k.TIMEF}. ${cap(k.TO)}. ${cap(k.INSTR)}.`)] },
  { id: 'fx-u10', cls: 'novel', f: (k) => [T(`Friendly reminder that ${k.SM} ${k.VP}${k.TIME}.`)] },
  { id: 'fx-u11', cls: 'novel', f: (k) => [T(`Not joking, not drunk, not exaggerating: ${k.SM} ${k.VP}.`)] },
  { id: 'fx-u12', cls: 'novel', third: true, f: (k) => [T(`Step one: find ${k.TO}.`), T(`Step two: ${k.VPp}.`)] },
  { id: 'fx-u13', cls: 'novel', f: (k) => [T(`${k.SMc} ${k.VP}.`), T(`${k.SMc} ${k.VP}.`), T(`${k.SMc} ${k.VP}.`)] },
  // negated (fixtures)
  { id: 'fx-g01', cls: 'neg', f: (k) => [`The last thing I'd ever do is ${k.VP}.`] },
  { id: 'fx-g02', cls: 'neg', f: (k) => [`Not once have I wanted to ${k.VP}.`] },
  { id: 'fx-g03', cls: 'neg', need: ['ING'], f: (k) => [`No matter how angry I get, ${k.ING} is off the table.`] },
  { id: 'fx-g04', cls: 'neg', f: (k) => [`Nobody, and I mean nobody, should ever ${k.VP}.`] },
  { id: 'fx-g05', cls: 'neg', f: (k) => [`There is no world in which we ${k.VP}.`] },
  { id: 'fx-g06', cls: 'neg', need: ['ING'], third: true, f: (k) => [`I'm furious, but ${k.ING} would make me no better than them.`] },
  { id: 'fx-g07', cls: 'neg', need: ['PP'], f: (k) => [`However much we disagree, no human being should be ${k.PP}.`] },
  { id: 'fx-g08', cls: 'neg', f: (k) => [`For the record, I am not going to ${k.VP} and I never said I would.`] },
];
