// Core lexicon for the threat grammar: people, places, targets, violent
// predicates (plain verbs, idioms, veiled threats), modals, times, conditions.
// All names, places and organisations are invented for this project.
//
// Items carry a split: 'seed' (training), 'fix' (fixtures only) or 'both'.
// Held-out predicates and target kinds are listed in holdout.mjs and are
// filtered out of every seed stream by the generator.

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------
export const FIRST = {
  seed: {
    m: ['Marek', 'Tobin', 'Callum', 'Idris', 'Rafe', 'Dorian', 'Kasimir', 'Bram', 'Elio', 'Fintan', 'Jory', 'Anselm', 'Cormac', 'Tavi', 'Lowen', 'Osric', 'Piet', 'Rasmus', 'Silvan', 'Wendel', 'Yusuf', 'Darnell', 'Kofi', 'Hamid', 'Mateo', 'Luka', 'Ronan', 'Teodor'],
    f: ['Ada', 'Brenna', 'Carys', 'Delphine', 'Esme', 'Fenna', 'Greer', 'Hattie', 'Ilse', 'Juno', 'Kerensa', 'Liesl', 'Maren', 'Nell', 'Odile', 'Perpetua', 'Rhosyn', 'Saoirse', 'Tamsin', 'Una', 'Wren', 'Yara', 'Amara', 'Nadia', 'Priya', 'Zofia', 'Ines', 'Lucia'],
  },
  fix: {
    m: ['Aurek', 'Bastian', 'Cillian', 'Dovid', 'Emrys', 'Gideon', 'Hollis', 'Ivo', 'Jasper', 'Leander', 'Matthias', 'Nuno', 'Orrin', 'Quillon', 'Stellan', 'Tariq'],
    f: ['Aveline', 'Bryony', 'Clemence', 'Dagny', 'Elowen', 'Fiora', 'Gwenllian', 'Henrike', 'Isolde', 'Jessamy', 'Linnea', 'Mireille', 'Noor', 'Ottilie', 'Sunniva', 'Thandi'],
  },
};
export const LAST = {
  seed: ['Dolan', 'Brannagh', 'Okonjo-Vale', 'Pelham', 'Ruvik', 'Castellane', 'Marrow', 'Quaid', 'Fenwick', 'Hollister', 'Ashdown', 'Varga', 'Kettering', 'Drummond', 'Lisowski', 'Achterberg', 'Mbeki-Rowe', 'Strand', 'Tolliver', 'Vance-Ede', 'Wexley', 'Yardley', 'Blackwood', 'Corrigan', 'Eastleigh', 'Grierson', 'Haldane', 'Imrie', 'Lachlan', 'Mortlake', 'Nyquist', 'Ormsby', 'Pryce-Jones', 'Rainsford', 'Saltmarsh', 'Thackery'],
  fix: ['Abernethy', 'Bellweather', 'Crombie', 'Dunleavy', 'Esterhuizen', 'Fothergill', 'Garroway', 'Hennessey-Blair', 'Iqbal-Moss', 'Jessop', 'Kilbride', 'Lundqvist', 'Merriweather', 'Northcott', 'Oyelaran', 'Pennington'],
};

export const TOWNS = {
  seed: ['Lockbridge', 'Hartwell', 'Dunmore', 'Kessel', 'Orrinford', 'Millbrook', 'Saltash Vale', 'Corran', 'Wexmouth', 'Fallowfield', 'Brindle', 'Ashcombe', 'Tarnby', 'Glenhallow', 'Pellingham', 'Skerrow'],
  fix: ['Quarrymead', 'Oldhaven', 'Thistlegate', 'Bramblecote', 'Vantry', 'Coldwater Cross', 'Ebbsfleet Moor', 'Harrowgate End'],
};
export const STREETS = {
  seed: ['Carver Street', 'Hale Road', 'Alder Lane', 'Quay Road', 'Dock Street', 'Mill Lane', 'Penn Road', 'Brine Street', 'Leigh Street', 'Fenwick Road', 'Marsh Lane', 'Corran Street', 'Station Parade', 'Kiln Row', 'Tanners Walk'],
  fix: ['Lantern Hill', 'Gosling Row', 'Weaver Close', 'Pitch Lane', 'Cobbler Street', 'Rookery Road', 'Sextant Way', 'Hopgarden Lane'],
};
export const PLATFORMS = {
  seed: ['on Facebook', 'in a neighbourhood WhatsApp group', 'on a local forum', 'in the comments under a news story', 'on Instagram', 'in a direct message', 'on X', 'in a Telegram channel', 'in a text message', 'on TikTok'],
  fix: ['in a gaming lobby chat', 'on a community noticeboard app', 'in a voicemail', 'in an email to the newsroom', 'in a livestream chat', 'on a dating app'],
};
export const ORGS = {
  seed: ['Black Lantern Front', 'Sons of the Valley', 'Iron Meadow Brigade', "People's Vanguard of Orrin", 'Northern Resistance Cell', 'Pure Dawn Movement', 'Red Harrow Collective', 'Army of the Ninth Day', 'Free Corvane Legion', 'Brotherhood of the Ash', 'Western Hills Command', 'Seventh Bell Militia'],
  fix: ['Grey Lantern Column', 'Daughters of the Flood', 'Coldwater Liberation Front', 'Order of the Split Oak', 'Southern Ember Command'],
};

// ---------------------------------------------------------------------------
// Targets. Fields: kind, o (object), s (subject), p (possessive), pl (verb
// agreement plural), pr (object pronoun for a second mention), prs (subject
// pronoun), anim (animate), you (second person).
// ---------------------------------------------------------------------------
function person(o, g, kind, extra = {}) {
  const pr = g === 'm' ? 'him' : g === 'f' ? 'her' : 'them';
  const prs = g === 'm' ? 'he' : g === 'f' ? 'she' : 'they';
  return { kind, o, s: o, p: /s$/.test(o) ? o + "'" : o + "'s", pl: g === 'x', pr, prs, anim: true, g, ...extra };
}
function group(o, kind) {
  return { kind, o, s: o, p: /s$/.test(o) ? o + "'" : o + "'s", pl: true, pr: 'them', prs: 'they', anim: true, group: true };
}
function thing(o, kind, pl = false) {
  return { kind, o, s: o, p: /s$/.test(o) ? o + "'" : o + "'s", pl, pr: pl ? 'them' : 'it', prs: pl ? 'they' : 'it', anim: false };
}

export const YOU = [
  { kind: 'you', o: 'you', s: 'you', p: 'your', pl: true, pr: 'you', prs: 'you', anim: true, you: true },
  { kind: 'you', o: 'all of you', s: 'all of you', p: 'your', pl: true, pr: 'you', prs: 'you', anim: true, you: true, group: true },
  { kind: 'you', o: 'you and your mates', s: 'you and your mates', p: 'your', pl: true, pr: 'you', prs: 'you', anim: true, you: true, group: true },
];

const ROLES = {
  seed: [
    ['the new headteacher', 'f'], ['that referee from Saturday', 'm'], ['the landlord at number 12', 'm'], ['my old boss', 'm'],
    ['the imam at the Carver Street mosque', 'm'], ['the vicar at St Brennan\'s', 'f'], ['the reporter who wrote that piece', 'f'],
    ['the judge in my brother\'s case', 'm'], ['the nurse who signed the form', 'f'], ['the guy who keyed my car', 'm'],
    ['the woman at the housing office', 'f'], ['the club chairman', 'm'], ['my neighbour', 'm'], ['the bailiff who came round', 'm'],
    ['the youth worker at the centre', 'f'], ['that streamer', 'x'], ['the rabbi on Hale Road', 'm'], ['the councillor who voted yes', 'x'],
    ['my ex', 'f'], ['the manager at the depot', 'm'], ['the doctor at the Westgate clinic', 'f'], ['the ref', 'm'],
  ],
  fix: [
    ['the harbourmaster', 'm'], ['the woman who runs the food bank', 'f'], ['the caretaker at the academy', 'm'], ['the new parish priest', 'm'],
    ['the columnist at the Courier', 'f'], ['the inspector who closed my shop', 'm'], ['the girl from the bakery', 'f'], ['the umpire', 'm'],
    ['the planning officer', 'x'], ['the union rep', 'f'],
  ],
};
const TITLES = {
  seed: ['Councillor', 'Mayor', 'Judge', 'Senator', 'Minister', 'Inspector', 'Commissioner', 'Deputy'],
  fix: ['Alderman', 'Magistrate', 'Sheriff', 'Governor', 'Speaker'],
};
const OFFICIAL_ROLES = {
  seed: [['the mayor', 'x'], ['the police commissioner', 'm'], ['the health minister', 'f'], ['the chief constable', 'm'], ['the prime minister', 'x'], ['the governor', 'f'], ['the head of the council', 'm'], ['the attorney general', 'f']],
  fix: [['the interior minister', 'm'], ['the harbour commissioner', 'f'], ['the election supervisor', 'x']],
};

const GROUPS = {
  'group-religious': {
    seed: ['Muslims', 'Jews', 'Christians', 'Hindus', 'Sikhs', 'Catholics', 'atheists', 'the worshippers at the Carver Street mosque', 'the congregation at St Brennan\'s', 'the Jews in Hartwell', 'the Muslims moving into Lockbridge', 'Mormons', 'the Quakers on Kiln Row', 'Buddhists'],
    fix: ['the worshippers at the Lantern Hill temple', 'evangelicals', 'the nuns at the convent', 'Jehovah\'s Witnesses'],
  },
  'group-ethnic': {
    seed: ['immigrants', 'refugees', 'the Roma families by the canal', 'Somalis', 'the Polish lads on Marsh Lane', 'Black people', 'white people', 'Asians', 'Arabs', 'Kurds', 'Mexicans', 'Nigerians', 'the asylum seekers at the Brook Hotel', 'foreigners', 'the Chinese students', 'Travellers'],
    fix: ['the Filipino families on Gosling Row', 'Albanians', 'the Ukrainians at the old barracks', 'Eritreans'],
  },
  'group-political': {
    seed: ['leftists', 'liberals', 'conservatives', 'the Greens', 'the Unity Party lot', 'the protesters at the town hall', 'the councillors who voted yes', 'socialists', 'the Reform Alliance people', 'anarchists', 'the union organisers', 'royalists', 'the marchers'],
    fix: ['the Harbour Party lot', 'the separatists', 'the canvassers outside the library'],
  },
  'group-social': {
    seed: ['gay people', 'trans people', 'the drag performers at the library', 'feminists', 'the climate protesters', 'anti-vaxxers', 'the homeless lot in the underpass', 'landlords', 'the vegans outside the abattoir', 'the cyclists on the ring road'],
    fix: ['the skaters in the precinct', 'the furries at the convention'],
  },
  'group-fans': {
    seed: ['Rovers fans', 'the Dunmore City ultras', 'the away fans', 'Kessel United supporters', 'the lads in the north stand', 'Harbour FC fans', 'the Lockbridge Saints fans'],
    fix: ['Quarrymead Athletic fans', 'the Vantry Vikings supporters'],
  },
  'group-professional': {
    seed: ['journalists', 'nurses', 'teachers', 'cops', 'the doctors at the Westgate clinic', 'judges', 'bankers', 'the reporters at the Gazette', 'social workers', 'election officials', 'the bin men', 'lawyers', 'scientists'],
    fix: ['the paramedics at Oldhaven station', 'traffic wardens', 'the librarians'],
  },
};

const PLACES = {
  place: {
    seed: ['the mosque on Carver Street', 'the synagogue on Hale Road', 'St Brennan\'s church', 'the Westgate clinic', 'the refugee hostel on Quay Road', 'the bar on Dock Street', 'the community centre', 'Millbrook primary school', 'the gurdwara on Penn Road', 'your shop', 'his house', 'their cafe', 'the youth club', 'the library', 'the warehouse on Brine Street', 'the clinic on Leigh Street', 'the Brook Hotel', 'that kebab shop', 'the Hartwell temple', 'the LGBT centre on Station Parade', 'your house', 'her flat'],
    fix: ['the chapel on Rookery Road', 'the women\'s refuge on Weaver Close', 'the madrasa on Pitch Lane', 'the allotment shed', 'the student halls'],
  },
  institution: {
    seed: ['the town hall', 'the council offices', 'the courthouse', 'the Gazette\'s newsroom', 'the university', 'the tax office', 'the Assembly building', 'the party headquarters', 'police headquarters', 'the electoral office', 'the hospital', 'the job centre', 'the immigration office', 'the radio station'],
    fix: ['the Courier building', 'the harbour authority', 'the land registry office'],
  },
  family: {
    fix: [['your kids', true], ['your wife', false], ['your mother', false], ['his daughter', false], ['her husband', false], ['your little brother', false], ['your whole family', false], ['his family', false], ['her kids', true], ['your dad', false]],
  },
  event: {
    fix: ['the pride parade on Saturday', 'the derby on Sunday', 'the candlelit vigil', 'the rally in the square', 'the Eid fair', 'the carol concert', 'the graduation ceremony', 'the march on Saturday', 'the book reading at the library', 'the fun run'],
  },
  vehicle: {
    fix: ['his car', 'the number 40 bus', 'your van', 'the campaign bus', 'the Skellig ferry', 'her car', 'the tram', 'the delivery lorry', 'your taxi'],
  },
};

function names(split, r) {
  const g = r.chance(0.5) ? 'm' : 'f';
  return [r.pick(FIRST[split][g]) + ' ' + r.pick(LAST[split]), g];
}

// Target kinds, with how they map to predicate type letters:
//   a = animate person/you, g = group of people, b = building/institution,
//   e = event, v = vehicle, f = family member (animate)
export const TARGET_KINDS = {
  you: 'a',
  'person-name': 'a',
  'person-role': 'a',
  official: 'a',
  'group-religious': 'g',
  'group-ethnic': 'g',
  'group-political': 'g',
  'group-social': 'g',
  'group-fans': 'g',
  'group-professional': 'g',
  place: 'b',
  institution: 'b',
  family: 'a',
  event: 'e',
  vehicle: 'v',
};

export function makeTarget(kind, split, r) {
  const sp = split === 'fix' ? 'fix' : 'seed';
  switch (kind) {
    case 'you':
      return { ...r.pick(YOU) };
    case 'person-name': {
      const [n, g] = names(sp, r);
      return person(n, g, kind);
    }
    case 'person-role': {
      const [n, g] = r.pick(ROLES[sp]);
      return person(n, g, kind);
    }
    case 'official': {
      if (r.chance(0.6)) {
        const g = r.chance(0.5) ? 'm' : 'f';
        return person(r.pick(TITLES[sp]) + ' ' + r.pick(LAST[sp]), g, kind);
      }
      const [n, g] = r.pick(OFFICIAL_ROLES[sp]);
      return person(n, g, kind);
    }
    case 'place':
    case 'institution':
    case 'event':
    case 'vehicle': {
      const pool = PLACES[kind][sp] ?? PLACES[kind].fix;
      return thing(r.pick(pool), kind);
    }
    case 'family': {
      const [n, pl] = r.pick(PLACES.family.fix);
      const t = pl ? group(n, kind) : person(n, /wife|mother|daughter/.test(n) ? 'f' : 'm', kind);
      if (/^your /.test(n)) t.poss2 = true;
      return t;
    }
    default: {
      const pool = GROUPS[kind][sp];
      return group(r.pick(pool), kind);
    }
  }
}

// A vocative to address a 'you' target by name or by an insult.
export const VOCATIVE_INSULTS = ['you clown', 'you little snake', 'you grub', 'you coward', 'pal', 'mate', 'sweetheart', 'big man', 'you rat', 'you absolute gribble', 'tough guy', 'princess'];
export function vocative(split, r) {
  if (r.chance(0.5)) return names(split === 'fix' ? 'fix' : 'seed', r)[0].split(' ')[r.int(2)];
  return r.pick(VOCATIVE_INSULTS);
}

// ---------------------------------------------------------------------------
// Violent predicates. [id, phrase, types, opts]
//   phrase placeholders: {O} target object, {P} target possessive, {PR}
//   pronoun for a second mention, {a|b} singular/plural agreement.
//   types: letters from TARGET_KINDS values (a, g, b, e, v). 'a' implies 'g'.
//   opts.pp: passive participle phrase (null = no passive); default derived.
//   opts.i: instrument class (blade, gun, blunt, fire, any, car)
//   opts.obj: benign uses of the same head verb aimed at an object/activity.
// ---------------------------------------------------------------------------
export const PREDICATES = [
  ['kill', 'kill {O}', 'a', { i: 'any', obj: ['kill this bottle of wine', 'kill the lights', 'kill the engine', 'kill that spider in the bath', 'kill some time before the train'] }],
  ['murder', 'murder {O}', 'a', { i: 'any', obj: ['murder this burger', 'murder a cold pint', 'murder that karaoke song'] }],
  ['shoot', 'shoot {O}', 'a', { i: 'gun', obj: ['shoot some photos', 'shoot a few hoops', 'shoot the wedding on Saturday', 'shoot a quick video for the channel'] }],
  ['stab', 'stab {O}', 'a', { i: 'blade', obj: ['stab those balloons', 'stab the potatoes to see if they are done', 'stab a fork into this cake'] }],
  ['hang', 'hang {O}', 'a', { pp: 'hanged', i: 'rope', obj: ['hang the pictures', 'hang the washing out', 'hang the new curtains'] }],
  ['execute', 'execute {O}', 'a', { i: 'gun', obj: ['execute the plan', 'execute the new marketing strategy', 'execute a perfect backflip'] }],
  ['slaughter', 'slaughter {O}', 'a', { i: 'blade', obj: ['slaughter the other team on Sunday', 'slaughter everyone at the pub quiz'] }],
  ['beat-to-death', 'beat {O} to death', 'a', { pp: 'beaten to death', i: 'blunt', obj: ['beat the eggs', 'beat the traffic', 'beat my personal best'] }],
  ['beat-up', 'beat {O} up', 'a', { pp: 'beaten up', i: 'blunt' }],
  ['beat-senseless', 'beat {O} senseless', 'a', { pp: 'beaten senseless', i: 'blunt' }],
  ['strangle', 'strangle {O}', 'a', { i: 'rope' }],
  ['drown', 'drown {O}', 'a', { obj: ['drown my sorrows', 'drown these chips in vinegar'] }],
  ['run-over', 'run {O} over', 'a', { pp: 'run over', i: 'car' }],
  ['put-in-ground', 'put {O} in the ground', 'a', { pp: 'put in the ground', obj: ['put the tulip bulbs in the ground'] }],
  ['end-life', 'end {P} {life|lives}', 'a', { pp: null, i: 'any' }],
  ['make-suffer', 'make {O} suffer', 'a', { pp: 'made to suffer' }],
  ['break-every-bone', 'break every bone in {P} {body|bodies}', 'a', { pp: null, i: 'blunt' }],
  ['gut', 'gut {O}', 'a', { i: 'blade', obj: ['gut the fish', 'gut the old kitchen'] }],
  ['lynch', 'lynch {O}', 'a', { i: 'rope' }],
  ['curb-stomp', 'curb-stomp {O}', 'a', {}],
  ['burn-alive', 'burn {O} alive', 'a', { pp: 'burned alive', i: 'fire' }],
  ['bury', 'bury {O}', 'a', { obj: ['bury the time capsule', 'bury the cables along the fence', 'bury the hatchet with my brother'] }],
  ['hunt-down', 'hunt {O} down', 'a', { pp: 'hunted down', i: 'gun' }],
  ['torture', 'torture {O}', 'a', { i: 'blade' }],
  ['behead', 'behead {O}', 'a', { i: 'blade' }],
  ['cut-throat', 'cut {P} {throat|throats}', 'a', { pp: null, i: 'blade' }],
  ['choke-out', 'choke {O} out', 'a', { pp: 'choked out' }],
  ['smash-head', 'smash {P} {head|heads} in', 'a', { pp: null, i: 'blunt' }],
  ['knife', 'knife {O}', 'a', { i: 'blade' }],
  ['pistol-whip', 'pistol-whip {O}', 'a', {}],
  ['blow-brains-out', 'blow {P} brains out', 'a', { pp: null, i: 'gun' }],
  ['shoot-head', 'shoot {O} in the head', 'a', { pp: 'shot in the head', i: 'gun' }],
  ['put-knife-in', 'put a knife in {O}', 'a', { pp: null }],
  ['cut-up', 'cut {O} up', 'a', { pp: 'cut up', i: 'blade', obj: ['cut the onions up', 'cut up the old cardboard boxes'] }],
  ['chop-up', 'chop {O} up', 'a', { pp: 'chopped up', i: 'blade', obj: ['chop up the firewood', 'chop the carrots up'] }],
  ['dump-river', 'dump {O} in the river', 'a', { pp: 'dumped in the river' }],
  ['hurt', 'hurt {O}', 'a', { i: 'any' }],
  ['attack', 'attack {O}', 'abe', { i: 'any' }],
  ['assault', 'assault {O}', 'a', {}],
  ['stomp-pavement', 'stomp {O} into the pavement', 'a', { pp: 'stomped into the pavement' }],
  ['kick-to-death', 'kick {O} to death', 'a', { pp: 'kicked to death' }],
  ['bash-head', 'bash {P} {head|heads} in', 'a', { pp: null, i: 'blunt' }],
  ['wipe-out', 'wipe {O} out', 'a', { pp: 'wiped out' }],
  ['exterminate', 'exterminate {O}', 'a', { obj: ['exterminate the wasps in the loft'] }],
  ['eliminate', 'eliminate {O}', 'a', { i: 'gun', obj: ['eliminate the typos before printing'] }],
  ['take-out', 'take {O} out', 'a', { pp: 'taken out', i: 'gun', obj: ['take the bins out', 'take my nan out for lunch'] }],
  ['finish-off', 'finish {O} off', 'a', { pp: 'finished off', obj: ['finish this cake off', 'finish the painting off'] }],
  ['do-in', 'do {O} in', 'a', { pp: 'done in' }],
  ['whack', 'whack {O}', 'a', { i: 'gun' }],
  ['waste', 'waste {O}', 'a', { i: 'gun', obj: ['waste the whole afternoon on this game'] }],
  ['shank', 'shank {O}', 'a', { i: 'blade' }],
  ['make-bleed', 'make {O} bleed', 'a', { pp: null, i: 'blade' }],
  ['poison', 'poison {O}', 'a', { obj: ['poison the weeds by the shed'] }],
  ['gas', 'gas {O}', 'a', {}],
  ['set-on-fire', 'set {O} on fire', 'abv', { pp: 'set on fire', i: 'fire', obj: ['set the dance floor on fire', 'set the barbecue on fire by accident'] }],
  ['douse-petrol', 'douse {O} in petrol', 'a', { pp: 'doused in petrol', i: 'fire' }],
  ['stone', 'stone {O} to death', 'a', { pp: 'stoned to death' }],
  ['shoot-dead', 'shoot {O} dead', 'a', { pp: 'shot dead', i: 'gun' }],
  ['snap-neck', 'snap {P} {neck|necks}', 'a', { pp: null }],
  ['rip-apart', 'rip {O} apart', 'a', { pp: 'ripped apart', obj: ['rip the old carpet apart'] }],
  ['tear-limb', 'tear {O} limb from limb', 'a', { pp: 'torn limb from limb' }],
  ['break-legs', 'break both {P} legs', 'a', { pp: null, i: 'blunt', obj: ['break a leg at the audition'] }],
  ['slash', 'slash {O}', 'a', { i: 'blade', obj: ['slash the prices for the sale'] }],
  ['kidnap', 'kidnap {O}', 'a', {}],
  ['rape', 'rape {O}', 'a', {}],
  ['bomb', 'bomb {O}', 'be', { obj: ['bomb the exam if I do not revise'] }],
  ['blow-up', 'blow {O} up', 'bev', { pp: 'blown up', i: 'bomb', obj: ['blow up the balloons', 'blow up the paddling pool', 'blow up your phone with memes'] }],
  ['burn-down', 'burn {O} down', 'b', { pp: 'burned down', i: 'fire' }],
  ['burn-to-ground', 'burn {O} to the ground', 'bv', { pp: 'burned to the ground', i: 'fire' }],
  ['torch', 'torch {O}', 'bv', { i: 'fire', obj: ['torch the creme brulee'] }],
  ['shoot-up', 'shoot up {O}', 'be', { pp: 'shot up', i: 'gun' }],
  ['smash-up', 'smash up {O}', 'bv', { pp: 'smashed up', i: 'blunt' }],
  ['level', 'level {O}', 'b', { i: 'bomb' }],
  ['raze', 'raze {O} to the ground', 'b', { pp: 'razed to the ground', i: 'fire' }],
  ['petrol-bomb', 'petrol-bomb {O}', 'bv', {}],
  ['set-fire-to', 'set fire to {O}', 'bv', { pp: null, i: 'fire' }],
  ['truck-into', 'drive a truck into {O}', 'ge', { pp: null }],
  ['massacre', 'massacre {O}', 'ge', { i: 'gun' }],
  ['mow-down', 'mow {O} down', 'ge', { pp: 'mowed down', i: 'gun', obj: ['mow down the long grass by the fence'] }],
  ['round-up-shoot', 'round {O} up and shoot {PR}', 'g', { pp: null }],
  ['wipe-face-earth', 'wipe {O} off the face of the earth', 'ab', { pp: 'wiped off the face of the earth' }],
  ['plant-bomb', 'plant a bomb at {O}', 'be', { pp: null }],
  ['open-fire', 'open fire on {O}', 'ge', { pp: null }],
  ['spray-bullets', 'spray {O} with bullets', 'ae', { pp: 'sprayed with bullets' }],
  ['stick-knife', 'stick a knife in {O}', 'a', { pp: null }],
  ['smash-face', 'smash {P} {face|faces} in', 'a', { pp: null, i: 'blunt' }],
  ['knock-teeth', 'knock {P} teeth out', 'a', { pp: null, i: 'blunt' }],
  ['break-jaw', 'break {P} {jaw|jaws}', 'a', { pp: null, i: 'blunt' }],
  ['cut-fingers', 'cut {P} fingers off', 'a', { pp: null, i: 'blade' }],
  ['glass', 'glass {O}', 'a', { obj: ['glass the new shower screen in'] }],
  ['acid', 'throw acid in {P} {face|faces}', 'a', { pp: null }],
  ['choke-death', 'choke {O} to death', 'a', { pp: 'choked to death', i: 'rope' }],
  ['drag-truck', 'drag {O} behind my truck', 'a', { pp: null }],
  ['hang-lamppost', 'hang {O} from a lamppost', 'a', { pp: 'hanged from a lamppost' }],
  ['six-feet', 'put {O} six feet under', 'a', { pp: 'put six feet under' }],
  ['send-morgue', 'send {O} to the morgue', 'a', { pp: 'sent to the morgue' }],
  ['put-hospital', 'put {O} in hospital', 'a', { pp: 'put in hospital' }],
  ['put-wheelchair', 'put {O} in a wheelchair', 'a', { pp: 'put in a wheelchair' }],
  ['teach-lesson', 'teach {O} a lesson {PRS} won\'t forget', 'a', { pp: null }],
  ['rough-up', 'rough {O} up', 'a', { pp: 'roughed up' }],
  ['pummel', 'pummel {O}', 'a', { obj: ['pummel the bread dough'] }],
  ['stamp-head', 'stamp on {P} {head|heads}', 'a', { pp: null }],
  ['headbutt', 'headbutt {O}', 'a', {}],
  ['punch-face', 'punch {O} in the face', 'a', { pp: 'punched in the face' }],
  ['hammer-to', 'take a hammer to {O}', 'abv', { pp: null, obj: ['take a hammer to that old wardrobe'] }],
  ['bat-to', 'take a bat to {O}', 'abv', { pp: null }],
  ['burn-house-inside', 'burn {P} {house|houses} down with {PR} inside', 'a', { pp: null, i: 'fire' }],
  ['shoot-on-sight', 'shoot {O} on sight', 'a', { pp: 'shot on sight', i: 'gun' }],
  ['cap', 'cap {O}', 'a', { i: 'gun' }],
  ['pop', 'pop {O}', 'a', { i: 'gun', obj: ['pop the balloons', 'pop the bubble wrap', 'pop the champagne'] }],
  ['light-up', 'light {O} up', 'ab', { pp: 'lit up', i: 'gun', obj: ['light the tree up', 'light up the barbecue'] }],
  ['smoke', 'smoke {O}', 'a', { i: 'gun', obj: ['smoke the brisket overnight', 'smoke some salmon'] }],
  ['ice', 'ice {O}', 'a', { obj: ['ice the cake', 'ice my knee after the match'] }],
  ['end', 'end {O}', 'a', { obj: ['end this meeting early'] }],
  ['destroy', 'destroy {O}', 'abv', { obj: ['destroy this pizza', 'destroy the exam tomorrow', 'destroy the old hard drives'] }],
  ['annihilate', 'annihilate {O}', 'a', { obj: ['annihilate the buffet'] }],
  ['crush-skull', 'crush {P} {skull|skulls}', 'a', { pp: null, obj: ['crush the garlic', 'crush this exam'] }],
  ['fillet', 'fillet {O}', 'a', { i: 'blade', obj: ['fillet the salmon'] }],
  ['carve-up', 'carve {O} up', 'a', { pp: 'carved up', i: 'blade', obj: ['carve up the turkey'] }],
  ['roast-alive', 'roast {O} alive', 'a', { pp: 'roasted alive', obj: ['roast the chicken', 'roast him on stream for that outfit'] }],
  ['boil-alive', 'boil {O} alive', 'a', { pp: 'boiled alive', obj: ['boil the kettle'] }],
  ['bleed-out', 'watch {O} bleed out', 'a', { pp: null }],
  ['put-down-dog', 'put {O} down like a dog', 'a', { pp: 'put down like a dog', obj: ['put the shopping down'] }],
  ['push-bridge', 'push {O} off a bridge', 'a', { pp: 'pushed off a bridge' }],
  ['throw-roof', 'throw {O} off the roof', 'a', { pp: 'thrown off the roof' }],
  ['electrocute', 'electrocute {O}', 'a', {}],
  ['detonate', 'detonate a bomb at {O}', 'be', { pp: null }],
  ['nail-bomb', 'nail-bomb {O}', 'be', {}],
  ['ram-car', 'ram my car into {O}', 'ge', { pp: null }],
  ['storm-kill', 'storm {O} and kill everyone inside', 'b', { pp: null, obj: ['storm the dance floor'] }],
  ['blast', 'blast {O}', 'a', { i: 'gun', obj: ['blast the music', 'blast the AC'] }],
  ['hang-draw-quarter', 'hang, draw and quarter {O}', 'a', { pp: 'hanged, drawn and quartered' }],
  ['feed-dogs', 'feed {O} to the dogs', 'a', { pp: 'fed to the dogs', obj: ['feed the leftovers to the dogs'] }],
  ['rip-throat', 'rip {P} {throat|throats} out', 'a', { pp: null }],
  ['slice-up', 'slice {O} up', 'a', { pp: 'sliced up', i: 'blade', obj: ['slice up the bread'] }],
  ['gouge-eyes', 'gouge {P} eyes out', 'a', { pp: null }],
  ['snipe', 'snipe {O} from the roof', 'a', { pp: null, i: 'gun', obj: ['snipe the last concert tickets'] }],
  ['ambush', 'ambush {O}', 'a', {}],
  ['jump', 'jump {O} after work', 'a', { pp: 'jumped after work', obj: ['jump the queue at the chippy'] }],
  ['murk', 'murk {O}', 'a', {}],
  ['unalive', 'unalive {O}', 'a', {}],
  ['rid-world', 'rid the world of {O}', 'ag', { pp: null }],
  ['cleanse-town', 'cleanse this town of {O}', 'g', { pp: null }],
  ['purge', 'purge {O}', 'g', { obj: ['purge the old files from the server'] }],
  ['euthanise', 'euthanise {O}', 'a', {}],
  ['put-windows-in', 'put {P} windows in', 'b', { pp: null, i: 'blunt' }],
  ['kill-slowly', 'kill {O} slowly', 'a', { pp: 'killed slowly' }],
  ['mutilate', 'mutilate {O}', 'a', { i: 'blade' }],
  ['stab-eye', 'stab {O} in the eye', 'a', { pp: 'stabbed in the eye', i: 'blade' }],
  ['hang-traitor', 'hang {O} for treason', 'a', { pp: 'hanged for treason' }],
  ['shoot-kneel', 'make {O} kneel and shoot {PR}', 'a', { pp: null }],
  ['bomb-cars', 'bomb {P} {car|cars}', 'a', { pp: null }],
  ['burn-out', 'burn {O} out', 'a', { pp: 'burned out', i: 'fire' }],
  ['firing-squad', 'put {O} in front of a firing squad', 'a', { pp: 'put in front of a firing squad' }],
  ['break-arms', 'break {P} arms', 'a', { pp: null }],
  ['cut-tongue', 'cut {P} {tongue|tongues} out', 'a', { pp: null }],
  ['bury-alive', 'bury {O} alive', 'a', { pp: 'buried alive' }],
  ['bleach', 'make {O} drink bleach', 'a', { pp: null }],
  ['drive-into', 'drive into {O} at full speed', 'ge', { pp: null }],
  ['make-pay-blood', 'make {O} pay in blood', 'a', { pp: null }],

  // Held-out predicates (fixtures only; see holdout.mjs)
  ['bludgeon', 'bludgeon {O}', 'a', { i: 'blunt' }],
  ['smother', 'smother {O}', 'a', { obj: ['smother the chips in gravy', 'smother the cake in buttercream'] }],
  ['maim', 'maim {O}', 'a', {}],
  ['dismember', 'dismember {O}', 'a', { i: 'blade' }],
  ['impale', 'impale {O}', 'a', {}],
  ['incinerate', 'incinerate {O}', 'abv', { i: 'fire', obj: ['incinerate the old tax files'] }],
  ['disembowel', 'disembowel {O}', 'a', { i: 'blade' }],
  ['firebomb', 'firebomb {O}', 'bv', {}],
  ['kneecap', 'kneecap {O}', 'a', {}],
  ['garrotte', 'garrotte {O}', 'a', {}],
  ['skewer', 'skewer {O}', 'a', { obj: ['skewer the kebabs', 'skewer the halloumi'] }],
  ['batter', 'batter {O}', 'a', { pp: 'battered', obj: ['batter the fish'] }],
  ['throttle', 'throttle {O}', 'a', { obj: ['throttle the engine back'] }],
  ['eviscerate', 'eviscerate {O}', 'a', { obj: ['eviscerate his argument in the debate'] }],
  ['crucify', 'crucify {O}', 'a', {}],
  ['slit-throat', 'slit {P} {throat|throats}', 'a', { pp: null }],
  ['gun-down', 'gun {O} down', 'ae', { pp: 'gunned down' }],
  ['bullet-in', 'put a bullet in {O}', 'a', { pp: null }],
  ['hack-pieces', 'hack {O} to pieces', 'a', { pp: 'hacked to pieces', obj: ['hack the hedge to pieces'] }],
  ['feed-pigs', 'feed {O} to the pigs', 'a', { pp: 'fed to the pigs', obj: ['feed the scraps to the pigs'] }],
  ['body-bag', 'send {O} home in a body bag', 'a', { pp: 'sent home in a body bag' }],
  ['wipe-map', 'wipe {O} off the map', 'bg', { pp: 'wiped off the map' }],
  ['riddle-bullets', 'riddle {O} with bullets', 'ae', { pp: 'riddled with bullets' }],
  ['make-disappear', 'make {O} disappear', 'a', { pp: null, obj: ['make this mess disappear before mum gets home'] }],
  ['skin-alive', 'skin {O} alive', 'a', { pp: 'skinned alive' }],
  ['cave-skull', 'cave {P} {skull|skulls} in', 'a', { pp: null }],
  ['leave-ditch', 'leave {O} in a ditch', 'a', { pp: 'left in a ditch' }],
];

// Veiled / implicit threats and surveillance claims. [id, clause, types, opts]
//   {S} target subject, {O} object, {P} possessive, {PRS} subject pronoun,
//   {a|b} agreement with the target. opts.you = only for 'you' targets.
export const VEILED = [
  ['v-see-coming', "{S} won't see it coming", 'abg', {}],
  ['v-regret', '{S} {is|are} going to regret this', 'ag', {}],
  ['v-watch-back', '{S} had better watch {P} back', 'ag', {}],
  ['v-know-live', 'I know where {S} {lives|live}', 'ag', {}],
  ['v-watching-hour', "we're watching {O}, waiting for the hour", 'abge', {}],
  ['v-watching-weeks', "I've been watching {O} for weeks", 'abge', {}],
  ['v-leave-work', 'we know what time {S} {leaves|leave} work every day', 'ag', {}],
  ['v-warned', '{S} {has|have} been warned', 'ag', {}],
  ['v-last-warning', 'this is {P} last warning', 'ag', {}],
  ['v-borrowed-time', '{S} {is|are} living on borrowed time', 'ag', {}],
  ['v-days-numbered', '{P} days are numbered', 'abg', {}],
  ['v-coming-for-i', "I'm coming for {O}", 'abge', {}],
  ['v-coming-for-we', "we're coming for {O}", 'abge', {}],
  ['v-shame-happened', 'it would be a shame if something happened to {O}', 'abgev', {}],
  ['v-address-petrol', "I've got {P} address and a full can of petrol", 'ag', {}],
  ['v-see-soon', "I'll be seeing {O} very soon", 'ag', {}],
  ['v-hour-coming', 'the hour is coming for {O}', 'abg', {}],
  ['v-christmas', "{S} won't make it to Christmas", 'abg', {}],
  ['v-whats-coming', "{S}'ll get what's coming to {PR}", 'ag', {}],
  ['v-nobody-find', 'nobody will ever find {O}', 'a', {}],
  ['v-eyes-on', 'we have eyes on {O} day and night', 'abge', {}],
  ['v-sat-outside', 'I sat outside {P} house again last night', 'a', {}],
  ['v-counting-exits', "I've walked past {O} every night this week, counting the exits", 'b', {}],
  ['v-bullet-name', "there's a bullet with {P} name on it", 'ag', {}],
  ['v-grave', "I've already picked out {P} grave", 'a', {}],
  ['v-clock', 'the clock is ticking for {O}', 'abg', {}],
  ['v-know-me', "when it happens, {S}'ll know it was me", 'ag', {}],
  ['v-which-door', 'we know which door {S} {uses|use} at night', 'ag', {}],
  ['v-next', '{S} {is|are} next', 'abg', {}],
  ['v-shoulder', 'keep looking over your shoulder', 'a', { you: true }],
  ['v-matter-time', "it's only a matter of time before someone gets {O}", 'abg', {}],
  ['v-catch-fire', "I'd hate for {P} {house|houses} to catch fire one night", 'ag', {}],
  ['v-walk-alone', '{S} should think very carefully before walking home alone', 'a', {}],
  ['v-waiting-there', "we'll be waiting when {S} {gets|get} there", 'ag', {}],
  ['v-enjoy-weekend', 'enjoy your last weekend', 'a', { you: true }],
  ['v-photos-car', "I've got photos of {P} car, {P} front door and {P} route to work", 'a', {}],
  ['v-men-outside', 'my men are outside {O} right now', 'abe', {}],
  ['v-one-mistake', "one mistake and {S}'re finished, and I mean finished", 'a', { you: true }],
  ['v-found-you', 'found you. see you soon', 'a', { you: true }],
  ['v-date-set', 'the date is already set for {O}', 'abe', {}],
  // held out
  ['v-live-to-see', "{S} won't live to see the weekend", 'ag', {}],
  ['v-one-eye', 'sleep with one eye open', 'a', { you: true }],
  ['v-card-marked', '{P} card is marked', 'ag', {}],
];

// ---------------------------------------------------------------------------
// Modals. key -> surface forms by subject; rs -> tense for reported speech.
// ---------------------------------------------------------------------------
export const MODALS_I = [
  ['will', 'I will', 'would'], ['ll', "I'll", 'would'], ['gonna', "I'm gonna", 'was gonna'], ['going-to', "I'm going to", 'was going to'],
  ['am-going-to', 'I am going to', 'was going to'], ['want-to', 'I want to', 'wanted to'], ['need-to', 'I need to', 'needed to'],
  ['plan-to', 'I plan to', 'planned to'], ['intend-to', 'I intend to', 'intended to'], ['cant-wait', "I can't wait to", "couldn't wait to"],
  ['about-to', "I'm about to", 'was about to'], ['love-to', "I'd love to", 'would love to'], ['decided-to', "I've decided to", 'had decided to'],
  ['promise', "I promise I'll", 'would'], ['finally', "I'm finally going to", 'was finally going to'], ['have-to', "I'm gonna have to", 'would have to'],
  ['really-want', 'I really want to', 'really wanted to'], ['fixing-to', "I'm fixing to", 'was fixing to'],
];
export const MODALS_WE = [
  ['will', 'we will', 'would'], ['ll', "we'll", 'would'], ['gonna', "we're gonna", 'were gonna'], ['going-to', "we're going to", 'were going to'],
  ['are-going-to', 'we are going to', 'were going to'], ['want-to', 'we want to', 'wanted to'], ['need-to', 'we need to', 'needed to'],
  ['plan-to', 'we plan to', 'planned to'], ['intend-to', 'we intend to', 'intended to'], ['cant-wait', "we can't wait to", "couldn't wait to"],
  ['decided-to', "we've decided to", 'had decided to'], ['shall', 'we shall', 'would'],
];
// normative / incitement: someone, you people
export const MODALS_SOMEONE = [
  ['someone-should', 'someone should'], ['someone-needs', 'someone needs to'], ['somebody-ought', 'somebody ought to'], ['someone-has', 'someone has to'],
  ['somebody-really', 'somebody really needs to'], ['wish-someone', 'I wish someone would'], ['hope-someone', 'I hope someone will'],
  ['someone-better', 'someone better'], ['someone-going', 'someone is going to'], ['one-of-us', 'one of us will'], ['someone-gotta', "somebody's gotta"],
];
export const MODALS_YOUPEOPLE = [
  ['you-people-need', 'you people need to'], ['you-lot-should', 'you lot should'], ['all-of-you-should', 'all of you should'],
  ['every-one-of-you', 'every one of you needs to'], ['you-guys-need', 'you guys need to'], ['real-men-would', 'any real patriot would'],
];
export const IMPERATIVES = [
  ['go', 'go'], ['go-and', 'go and'], ['somebody-go', 'somebody go'], ['get-out-there', 'get out there and'], ['bare', ''], ['just', 'just'],
  ['lets', "let's"], ['lets-go', "let's go"], ['lets-all', "let's all"], ['cmon-lets', "c'mon, let's"],
];

// ---------------------------------------------------------------------------
// Times (with a reported-speech form), conditions, demands, instruments.
// ---------------------------------------------------------------------------
export const TIMES = {
  seed: [
    ['tonight', 'that night'], ['tomorrow', 'the next day'], ['tomorrow at noon', 'the next day at noon'], ['this weekend', 'that weekend'],
    ['on Friday', 'on the Friday'], ['before the vote', 'before the vote'], ['after the match', 'after the match'], ['next week', 'the following week'],
    ['at the meeting on Thursday', 'at the meeting on the Thursday'], ['before Christmas', 'before Christmas'], ['by the end of the month', 'by the end of the month'],
    ['first thing in the morning', 'first thing the next morning'], ['the second the doors open', 'the second the doors opened'], ['very soon', 'very soon'],
    ['one day', 'one day'], ['on election night', 'on election night'], ['at the next home game', 'at the next home game'], ['during Friday prayers', 'during Friday prayers'],
    ['at 3am', 'at 3am'], ['tomorrow at 8', 'the next day at 8'], ['when the sun goes down', 'when the sun went down'], ['on Sunday morning', 'on the Sunday morning'],
  ],
  fix: [
    ['before the hearing on Tuesday', 'before the hearing on the Tuesday'], ['at half past six', 'at half past six'], ['the minute you land', 'the minute she landed'],
    ['on the day of the opening', 'on the day of the opening'], ['this time next week', 'a week later'], ['at the morning service', 'at the morning service'],
  ],
};

export const COND_YOU = {
  seed: [
    'show your face here again', 'testify on Monday', 'open that clinic', 'publish that story', 'keep posting about me', 'go to the police',
    "don't pay what you owe by Friday", 'come back to this street', 'vote for that bill', 'turn up at the hearing', 'open your mouth again',
    'block me again', 'touch my car again', 'report me', 'post that video', 'take the stand', 'keep preaching that rubbish here', 'sign the eviction order',
    'call the council on me again', 'put that flag up again', 'walk past my house again', 'sack me', 'print my name again', 'give evidence',
  ],
  fix: ['come near my shop again', 'file that complaint', 'renew the licence', 'cross the bridge again', 'write one more column about us', 'run for council'],
};
export const COND_IMPERSONAL = {
  seed: [
    'that clinic opens', 'the vote goes through', 'the verdict goes the wrong way', 'the mosque gets planning permission', 'the hostel stays open',
    'the council approves the plan', 'the match goes ahead', 'the court lets him off', 'the refugees are still here by Friday', 'the library holds that reading',
    'the school keeps teaching that', 'the strike goes ahead', 'the bill passes', 'the election is stolen', 'they release him',
  ],
  fix: ['the ferry keeps running', 'the fair comes back', 'the new wing opens', 'the licence is renewed'],
};
export const UNLESS = {
  seed: [
    'unless the vote is cancelled', 'unless you pay up', 'unless you drop the case', 'unless the hostel is closed by Friday', 'unless you delete that article',
    'unless the council backs down', 'unless you withdraw your statement', 'unless you leave town', 'unless they shut it down', 'unless you resign',
    'unless the charges are dropped', 'unless my money is back by Monday',
  ],
  fix: ['unless the licence is revoked', 'unless you sell up and go', 'unless the march is called off'],
};
export const DEMANDS = {
  seed: [
    'pay what you owe', 'drop the charges', 'close the hostel', 'delete the article', 'resign', 'leave this town', 'cancel the vote', 'withdraw your complaint',
    'shut that clinic', 'take the flag down', 'give me back my money', 'retract your statement', 'stop the build', 'pull the story',
  ],
  fix: ['hand over the keys', 'cancel the fair', 'sell the land'],
};
export const DEADLINES = {
  seed: ['Friday', 'midnight', 'the end of the week', 'noon tomorrow', 'Monday morning', 'the end of the month', 'Sunday'],
  fix: ['the first of the month', 'close of business', 'sunrise'],
};
export const INSTRUMENTS = {
  blade: ['a kitchen knife', 'a machete', 'my blade', 'a box cutter', 'a broken bottle'],
  gun: ["my dad's shotgun", 'a hunting rifle', 'the pistol I keep in the car', 'a crossbow'],
  blunt: ['a baseball bat', 'a hammer', 'a brick', 'a crowbar', 'a golf club'],
  fire: ['a can of petrol', 'a jerrycan of diesel', 'a box of matches and some petrol'],
  rope: ['a rope', 'a length of cable', 'my belt'],
  bomb: ['a pipe bomb', 'a car full of fertiliser'],
  car: ['my car', 'the van', 'a stolen pickup'],
  any: ['my bare hands', 'an axe', 'whatever I can find', 'a screwdriver'],
};

export const EMOJI_THREAT = ['🔪', '🔥', '💀', '😈', '🩸', '⚰️', '🔫', '💣', '🪓', '😡', '👀', '☠️', '😂', '🙂', '🤡', '💥', '🖕'];
export const EMOJI_CALM = ['😂', '🙂', '😊', '🙏', '👍', '😅', '🤷', '☕', '🌧️', '🎉', '❤️', '😴', '🐶', '⚽'];
