/**
 * Word lists behind the dense "threat construction" features: violent predicates, intention and
 * normative modals, pronouns by person. Written for this project; matched on normalised tokens.
 */

const VIOLENT_VERBS = [
  'kill', 'murder', 'shoot', 'stab', 'burn', 'hang', 'execute', 'slaughter', 'beat', 'bomb', 'strangle',
  'choke', 'drown', 'behead', 'decapitate', 'butcher', 'massacre', 'exterminate', 'eliminate', 'annihilate',
  'torture', 'maim', 'mutilate', 'lynch', 'torch', 'gut', 'slit', 'smash', 'punch', 'kick', 'stomp',
  'shank', 'knife', 'gun', 'blast', 'detonate', 'assassinate', 'slay', 'rape', 'assault', 'attack',
  'hurt', 'harm', 'injure', 'wound', 'cripple', 'bash', 'batter', 'bludgeon', 'club', 'pummel', 'thrash',
  'whip', 'lash', 'flog', 'hunt', 'poison', 'gas', 'nuke', 'shell', 'ambush', 'snipe', 'skewer', 'impale',
  'crucify', 'dismember', 'decimate', 'obliterate', 'destroy', 'wipe', 'waste', 'off', 'smoke', 'pop',
  'cap', 'whack', 'ice', 'end', 'finish', 'bury', 'break', 'crush', 'bleed', 'die', 'suffer', 'regret',
  'pay', 'stone', 'bayonet', 'machete', 'hack', 'chop', 'slash', 'cut', 'set', 'run', 'blow', 'firebomb',
  'kidnap', 'abduct', 'hostage', 'lynch', 'curbstomp', 'curb-stomp', 'headbutt', 'garrote', 'suffocate',
  'smother', 'electrocute', 'incinerate', 'gun-down', 'mow', 'shred', 'splatter', 'erase', 'purge',
] as const;

const VIOLENT_NOUNS = [
  'bullet', 'bullets', 'gun', 'guns', 'rifle', 'knife', 'knives', 'bomb', 'bombs', 'grenade', 'noose',
  'rope', 'machete', 'blood', 'grave', 'graves', 'coffin', 'corpse', 'corpses', 'body bag', 'ammo',
  'explosives', 'gasoline', 'molotov', 'pipe bomb', 'trigger', 'massacre', 'bloodbath', 'execution',
  'firing squad', 'gallows', 'guillotine', 'violence', 'war', 'death', 'dead',
] as const;

/** Inflect a regular English verb loosely: kill -> kills, killed, killing. Good enough for matching. */
function inflect(verb: string): string[] {
  const out = [verb, `${verb}s`, `${verb}ed`, `${verb}ing`, `${verb}d`];
  if (verb.endsWith('e')) out.push(`${verb.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgmnpt]$/.test(verb)) {
    const last = verb.at(-1) ?? '';
    out.push(`${verb}${last}ed`, `${verb}${last}ing`);
  }
  if (verb.endsWith('y')) out.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`);
  return out;
}

const IRREGULAR = [
  'shot', 'stabbed', 'burnt', 'hung', 'hanged', 'beaten', 'beat', 'blew', 'blown', 'broke', 'broken',
  'bled', 'slain', 'slew', 'cut', 'ran', 'died', 'dying', 'paid', 'set', 'smote', 'wiped',
] as const;

export const VIOLENT_PREDICATES: ReadonlySet<string> = new Set([
  ...VIOLENT_VERBS.flatMap(inflect),
  ...IRREGULAR,
]);

/** Violent words strong enough to count on their own (the weak ones above such as 'end', 'pay' need a frame). */
const WEAK = new Set(['off', 'smoke', 'pop', 'cap', 'ice', 'end', 'finish', 'break', 'pay', 'set', 'run', 'blow',
  'cut', 'waste', 'wipe', 'suffer', 'regret', 'die', 'destroy', 'erase', 'hunt', 'club', 'gun', 'shell', 'gas',
  'hack', 'chop', 'crush', 'smash', 'bury', 'stone', 'pay', 'purge', 'beat', 'attack', 'hurt', 'harm']);

export const STRONG_VIOLENT: ReadonlySet<string> = new Set(
  VIOLENT_VERBS.filter((v) => !WEAK.has(v)).flatMap(inflect).concat(['shot', 'stabbed', 'hanged', 'slain']),
);

export const VIOLENT_OBJECT_WORDS: ReadonlySet<string> = new Set(VIOLENT_NOUNS.filter((n) => !n.includes(' ')));

export const INTENTION_MODALS: ReadonlySet<string> = new Set([
  'will', "'ll", 'll', 'gonna', 'gon', 'shall', 'going', 'wanna', 'want', 'gotta', 'plan', 'planning',
  'intend', 'promise', 'swear', 'about', 'ready', 'coming', 'waiting',
]);

export const NORMATIVE_MODALS: ReadonlySet<string> = new Set([
  'should', 'must', 'deserve', 'deserves', 'need', 'needs', 'ought', 'time', 'let', "let's", 'lets', 'hope',
  'wish', 'pray', 'someone', 'somebody',
]);

export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', "i'm", 'im', "i'll", 'ill', "we'll", "we're", "i've", "i'd", 'myself', 'ourselves']);
export const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'u', 'ur', 'ya', 'yall', "y'all", "you'll", "you're", 'youre', "you've", 'yourself', 'yourselves', 'thee']);
export const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'theirs', "he's", "she's", "they're", 'himself', 'herself', 'themselves', "he'd", "she'd", "they'd", "he'll", "she'll", "they'll"]);

/** Tokens that often open an imperative call to violence. */
export const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set(["let's", 'lets', 'go', 'everyone', 'somebody', 'someone', 'just', 'now']);

/** Words that make the object of a violent predicate a person or group (animate target). */
export const ANIMATE_TARGETS: ReadonlySet<string> = new Set([
  'you', 'u', 'ya', 'yall', "y'all", 'him', 'her', 'them', 'us', 'everyone', 'everybody', 'anyone', 'anybody',
  'people', 'person', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'kid', 'kids', 'child', 'children', 'boy',
  'girl', 'folks', 'fans', 'members', 'members', 'cop', 'cops', 'police', 'officer', 'officers', 'judge', 'teacher',
  'teachers', 'doctor', 'nurse', 'boss', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'wife', 'husband',
  'mayor', 'senator', 'president', 'minister', 'governor', 'reporter', 'journalist', 'journalists', 'staff',
  'workers', 'students', 'immigrants', 'refugees', 'traitor', 'traitors', 'bastard', 'bastards', 'scum', 'pigs',
  'idiot', 'idiots', 'rats', 'vermin', 'each', 'all', 'every', 'whoever', 'anyone', 'yourself', 'themselves',
]);

/** Harmless objects that turn a violent verb into an idiom or a game ("kill this bottle", "shoot photos"). */
export const HARMLESS_OBJECTS: ReadonlySet<string> = new Set([
  'photo', 'photos', 'picture', 'pictures', 'video', 'shot', 'balloon', 'balloons', 'game', 'games', 'level',
  'boss', 'zombie', 'zombies', 'bottle', 'wine', 'beer', 'pizza', 'burger', 'cake', 'dinner', 'lunch', 'breakfast',
  'exam', 'interview', 'song', 'track', 'stage', 'performance', 'lights', 'light', 'engine',
  'weeds', 'weed', 'mosquito', 'mosquitoes', 'bug', 'bugs', 'spider', 'flies', 'fly', 'presentation',
  'competition', 'workout', 'gym', 'deadline', 'homework', 'essay', 'paperwork', 'hoop',
  'hoops', 'ball', 'goal', 'idea', 'mood', 'vibe', 'battery', 'phone', 'laptop', 'calories', 'playlist',
]);
