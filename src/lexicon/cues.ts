/**
 * Cue word lists used by the segmenter to mark scope (MODELLING.md point 2): reporting cues and their
 * sources, negation, hypothetical/fiction frames, condemnation. Words are lower case; apostrophes are
 * straight ('). Multi-word cues are written with single spaces.
 */

/** Verbs of saying/writing/threatening that report someone's words (past and 3rd-person present). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'warned', 'warns', 'wrote', 'writes', 'posted', 'told', 'tells', 'tweeted', 'tweets',
  'threatened', 'threatens', 'vowed', 'vows', 'claimed', 'stated', 'announced', 'announces', 'declared',
  'declares', 'added', 'adds', 'stressed', 'shouted', 'yelled', 'screamed', 'texted', 'messaged', 'emailed',
  'e-mailed', 'replied', 'responded', 'insisted', 'insists', 'admitted', 'admits', 'boasted', 'bragged',
  'promised', 'promises', 'pledged', 'explained', 'noted', 'alleged', 'alleges', 'testified', 'commented',
  'recalled', 'reported', 'confirmed', 'confirms', 'asserted', 'demanded', 'urged', 'urges', 'mentioned',
  'suggested', 'hinted', 'predicted', 'repeated', 'threatening', 'vowing', 'saying', 'writing', 'telling',
  'warning', 'claiming', 'boasting', 'bragging', 'shouting', 'yelling', 'screaming', 'texting', 'posting',
  'announcing', 'declaring', 'insisting', 'promising', 'told', 'muttered', 'whispered', 'growled', 'snapped',
  'tweeting', 'messaging', 'cautioned', 'acknowledged', 'argued', 'asked', 'answered', 'continued',
  'concluded', 'conceded', 'disclosed', 'revealed', 'remarked', 'shared', 'uploaded', 'captioned',
  'chanted', 'sang', 'raps', 'rapped', 'stating', 'asks', 'demands', 'sings', 'explains', 'recalls', 'responds',
  'replies', 'concludes', 'wonders', 'cautions', 'counters', 'countered', 'quipped', 'quips', 'joked', 'jokes',
  'pleaded', 'begged', 'vowed', 'swore', 'swears', 'ranted', 'raged', 'tells', 'texts', 'messages',
  "dm'd", 'dmed', 'dms', 'written', 'repeating', 'broadcast', 'broadcasts', 'typed', 'typing',
]);

/**
 * Noun-ambiguous verb forms that report only when followed by "that" (the United States, blog posts), or when a
 * quotation or a colon introduction follows them (after at most a short adjunct: "warns in Arabic:"), or when they
 * follow a quotation ('"...," she continued').
 */
export const NEEDS_THAT: ReadonlySet<string> = new Set([
  'states', 'claims', 'reports', 'posts', 'notes', 'writes', 'warns', 'threatens', 'shared', 'uploaded', 'reads', 'asked', 'answered',
  'continued', 'written', 'chants', 'chanting', 'singing', 'asserting', 'yells', 'shouts', 'screams',
]);

/** Verbs of belief and knowledge that report a complement clause: "he thinks (that) ...", "police believe ...". */
export const COGNITION_VERBS: ReadonlySet<string> = new Set([
  'thinks', 'thought', 'believes', 'believed', 'knows', 'knew', 'feels', 'felt', 'fears', 'feared', 'hopes', 'hoped',
  'expects', 'expected', 'worries', 'worried', 'suspects', 'suspected', 'assumes', 'assumed', 'realised', 'realized',
  'learned', 'learnt', 'concluded', 'argues', 'denied', 'denies', 'observed', 'wondered', 'imagined',
  'show', 'shows', 'showed', 'found', 'finds', 'believe', 'think', 'know', 'fear', 'hope', 'expect', 'suggests', 'suggest',
]);

/** Verbs that can follow their source in inverted order: "...," said the suspect. */
export const INVERTIBLE: ReadonlySet<string> = new Set([
  'asks', 'demanded', 'demands', 'sang', 'sings', 'quipped', 'countered', 'responded', 'responds', 'replies', 'recalled', 'vowed',
  'said', 'says', 'wrote', 'writes', 'added', 'adds', 'warned', 'warns', 'told', 'explained', 'continued',
  'replied', 'stated', 'declared', 'insisted', 'noted', 'asked', 'answered', 'shouted', 'yelled', 'screamed',
  'tweeted', 'posted', 'texted', 'read', 'reads', 'recalled', 'remarked', 'whispered', 'muttered', 'growled',
]);

/**
 * Verbs of naming whose quoted predicate follows their object: "Bush called Trump "unhinged"", "described the plan
 * as "a disaster"", "what it calls "sensible laws"". They attribute that quotation only.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dubbed', 'dubs', 'dubbing', 'labeled', 'labelled', 'labels', 'labeling', 'labelling',
  'branded', 'brands', 'branding', 'described', 'describes', 'describing', 'termed', 'nicknamed',
]);

/** Forms of those verbs that are also nouns ("calls to ...", "a series of calls"): they name only right after a pronoun or a name. */
export const NAMING_NOUN_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'dubs', 'labels', 'brands']);

/** Forms of "be" before a passive cue with its agent: "was told by X that". */
export const BE_PASSIVE_AUX: ReadonlySet<string> = new Set(['been', 'was', 'were', 'is', 'are', 'being']);
/** Any passive auxiliary before a verb of delivery: "had been sent the text", "got sent this". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set([...BE_PASSIVE_AUX, 'be', 'get', 'got', 'gets']);

/** Verbs whose cue includes a following "to": "threatened to kill", "vowed to return". */
export const TO_INCLUDED: ReadonlySet<string> = new Set([
  'threatened', 'threatens', 'threatening', 'vowed', 'vows', 'vowing', 'promised', 'promises', 'promising', 'pledged',
]);

/** Verbs whose complement may be an infinitive after an object: "urged followers to attack". */
export const TO_VERBS: ReadonlySet<string> = new Set([
  'threatened', 'threatens', 'threatening', 'vowed', 'vows', 'vowing', 'promised', 'promises', 'promising',
  'pledged', 'urged', 'urges', 'warned', 'told', 'demanded', 'claimed',
]);

/** Verbs that take an object before the complement: told police ..., warned him ..., texted her ... */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'told', 'tells', 'telling', 'warned', 'warns', 'warning', 'texted', 'messaged', 'emailed', 'e-mailed',
  'promised', 'threatened', 'threatens', 'threatening', 'urged', 'assured', 'informed', 'reminded', 'wrote',
  'asked', 'answered', 'replied',
]);

/** Verbs that need a clause signal ("that", ":", a pronoun subject) before their object counts as speech. */
export const MEDIA_VERBS: ReadonlySet<string> = new Set([
  'posted', 'wrote', 'tweeted', 'shared', 'uploaded', 'captioned', 'sang', 'chanted', 'posting', 'writing', 'tweeting',
  'typed', 'typing',
]);

/** Reporting frames that are not speech: the complement is the reported act. */
export const FRAME_PHRASES: readonly string[] = [
  'charged with', 'accused of', 'convicted of', 'arrested for', 'arrested after', 'sentenced for',
  'indicted for', 'indicted on', 'pleaded guilty to', 'pled guilty to', 'found guilty of', 'suspected of',
  'investigated for', 'detained for', 'jailed for', 'is alleged to have', 'was alleged to have',
];

/** Multi-word speech cues; the cue covers the phrase. */
export const SPEECH_PHRASES: readonly string[] = [
  'was heard saying', 'was quoted as saying', 'went on to say', 'is quoted as saying', 'was recorded saying',
  'was filmed saying', 'took to social media', 'said in a statement', 'wrote in a post',
  'left a note', 'left a message', 'left a voicemail', 'left notes', 'left messages', 'sent a message', 'sent a text',
  'sent an email', 'sent a letter', 'sent messages', 'sent texts', 'sent emails', 'sent letters', 'sent a dm',
  'points out', 'pointed out', 'point out', 'put it', 'shot back', 'wrote back', 'fired back', 'went on',
  'called for', 'calls for', 'calling for', 'call for', 'warned of', 'warns of', 'warn of', 'warning of',
  'sent word', 'sends word', 'got word',
  'claimed responsibility for', 'claims responsibility for', 'claiming responsibility for', 'claim responsibility for',
];

/** Adverbial cues with an implicit source: the sentence is attributed, no complement is marked. */
export const ADVERBIAL_PHRASES: readonly string[] = [
  'in a statement', 'in a post', 'in a video', 'in a letter', 'in a message', 'in a tweet', 'in the message',
  'in the note', 'in the post', 'in the letter', 'in the video', 'in an interview', 'in an email',
  'in a manifesto', 'in the manifesto', 'in court documents', 'in a complaint', 'in the complaint',
  'court documents show', 'court records show', 'allegedly', 'reportedly', 'purportedly', 'according to',
];

/** Nouns for written messages: "the message read", "the note said", "the sign reads". */
export const WRITTEN_NOUNS: ReadonlySet<string> = new Set([
  'message', 'messages', 'note', 'notes', 'letter', 'letters', 'post', 'posts', 'sign', 'caption', 'text',
  'email', 'e-mail', 'banner', 'placard', 'flyer', 'leaflet', 'graffiti', 'tweet', 'comment', 'headline',
  'manifesto', 'statement', 'card', 'poster', 'sticker', 'inscription', 'voicemail', 'dm', 'reply',
  'thread', 'video', 'page', 'account', 'status', 'update', 'writing', 'scrawl', 'it',
  'signs', 'banners', 'placards', 'flyers', 'fliers', 'flier', 'leaflets', 'posters', 'stickers', 'captions',
  'texts', 'emails', 'e-mails', 'tweets', 'comments', 'headlines', 'cards', 'slogan', 'slogans', 'words',
  'snapchat', 'snap', 'dms', 'voicemails', 'call', 'calls', 'clip', 'clips', 'footage', 'recording', 'videos', 'photo', 'photos',
  'image', 'images', 'picture', 'pictures', 'pamphlet', 'pamphlets', 'notice', 'notices', 'memo', 'leaflet',
]);

/** Pronoun sources that make a cue first person: the author speaks ("I told you ...", "we said ..."). */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i', 'we', 'me', 'us', "i'm", "i've", "i'd", "i'll", "we've", "we'd", "we'll", "we're", 'im', 'ive', 'myself', 'ourselves',
]);

/** Subject pronouns (also used to recognise a bare complement clause: "he told police he would ..."). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'we', 'they', 'it', 'someone', 'somebody', 'everyone', 'everybody', 'nobody',
  'anyone', 'anybody', 'this', 'there', "he'd", "she'd", "they'd", "he'll", "she'll", "they'll", "you'll",
  "i'll", "we'll", "he's", "she's", "they're", "you're", "i'm", "we're", "it's", "i'd", "you'd", "we'd",
  'all', 'people', 'everything',
]);

/** Object pronouns skipped after an object verb: "told him he ...". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'it', 'everyone', 'people', 'someone', 'anyone']);

/** Addressee nouns skipped after an object verb: "told police", "warned reporters", "told a friend". */
export const OBJECT_NOUNS: ReadonlySet<string> = new Set([
  'police', 'officers', 'officer', 'reporters', 'investigators', 'detectives', 'deputies', 'authorities',
  'officials', 'journalists', 'friends', 'friend', 'family', 'students', 'staff', 'followers',
  'supporters', 'court', 'judge', 'jury', 'neighbours', 'neighbors', 'neighbour', 'neighbor', 'wife',
  'husband', 'girlfriend', 'boyfriend', 'mother', 'father', 'brother', 'sister', 'colleagues', 'coworkers',
  'co-workers', 'classmates', 'teacher', 'teachers', 'victim', 'victims', 'crowd', 'audience', 'media',
  'press', 'agents', 'troopers', 'dispatchers', 'dispatcher', 'employees', 'manager', 'boss', 'parents',
  'viewers', 'readers', 'listeners', 'members', 'congregation', 'worshippers', 'residents', 'community',
  'public', 'fbi', 'cbs', 'cnn', 'bbc', 'reuters', 'ap', 'abc', 'nbc',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'one', 'two', 'three', 'several', 'some', 'another', 'each', 'every', 'many',
]);

/** Auxiliaries and adverbs between a source and its cue: "he has repeatedly said", "she also told". */
export const AUX_ADVERBS: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'did', 'does', 'do', 'will', 'would',
  'also', 'later', 'then', 'allegedly', 'reportedly', 'repeatedly', 'previously', 'once', 'just', 'already',
  'even', 'often', 'publicly', 'privately', 'openly', 'falsely', 'initially', 'first', 'again', 'apparently',
  'purportedly', 'recently', 'earlier', 'subsequently', 'further', 'ominously', 'angrily', 'calmly',
  'clearly', 'explicitly', 'directly', 'specifically', 'online', 'reportedly', 'has',
  "'s", 'had', 'never', 'not', 'always', 'still', 'yesterday', 'today', 'tonight',
]);

/** Words that end a source phrase when scanning left from a cue (clause joiners). */
export const SOURCE_STOPS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'although', 'though', 'after', 'before',
  'since', 'that', 'if', 'so', 'yet', 'where', 'until', 'unless', 'then', 'than', 'whether',
]);

/** Prepositions and words that end an inverted or "according to" source phrase. */
export const SOURCE_AFTER_STOPS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'that', 'and', 'but', 'to', 'as', 'because',
  'who', 'which', 'last', 'this', 'yesterday', 'today', 'earlier', 'later', 'adding', 'saying',
]);

/** Leading adjuncts trimmed off a source phrase: "On Monday the company said" -> "the company". */
export const LEADING_ADJUNCTS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'yesterday', 'today', 'earlier', 'later', 'meanwhile',
  'last', 'this', 'then', 'now', 'also', 'however', 'tonight', 'recently', 'previously', 'separately', 'as',
]);

/** Words after "on"/"in" that name where something was posted: "posted on Facebook that ...". */
export const PLATFORM_WORDS: ReadonlySet<string> = new Set([
  'facebook', 'twitter', 'x', 'instagram', 'tiktok', 'telegram', 'reddit', 'youtube', 'discord', 'snapchat',
  'whatsapp', 'social', 'media', 'online', 'gab', 'parler', 'truth', 'threads', 'mastodon', 'bluesky',
  'forum', 'his', 'her', 'their', 'a', 'the', 'an', 'page', 'account', 'post', 'video', 'message', 'chat',
  'group', 'channel', 'story', 'comment', 'comments', 'livestream', 'stream', 'blog', 'website', 'site',
]);

/** Modal/aux words that show a clause: used to accept "posted a/the ... would ..." complements. */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'would', 'will', "'ll", "'d", 'was', 'were', 'is', 'are', 'had', 'has', 'should', 'could', 'might', 'can',
  'must', 'wanted', 'planned', 'going', 'gonna', 'intended', 'intends', 'plans', 'wants', 'shall',
]);

/** Words after a comma that end a reported complement. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'however', 'although', 'though', 'yet', 'whereas', 'while', 'according', 'police', 'officials',
  'prosecutors', 'authorities',
]);

// ---------------------------------------------------------------------------------------------- negation

/** Single-word negators (any word ending in n't / nt-contractions is also a negator). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'without', 'noone',
  'no-one', 'nowhere', 'dont', 'wont', 'cant', 'wouldnt', 'shouldnt', 'couldnt', 'isnt', 'arent', 'wasnt',
  'werent', 'didnt', 'doesnt', 'hasnt', 'havent', 'hadnt', 'mustnt', 'aint', 'neednt',
]);

/** Negator + following words that are not a negation (idioms), or are negative-polarity threats. */
export const NEG_EXCEPTIONS: readonly string[] = [
  'not only', 'not just', 'no doubt', 'nothing but', 'no matter', 'not even joking', 'not joking',
  'not kidding', "don't make me", 'dont make me', 'do not make me', "don't you dare", 'dont you dare',
  "don't test me", 'dont test me', "don't push me", 'dont push me', 'never again',
];

/** Words that, shortly after a negator (skipping will/be/able/to/...), make it a threat idiom, not a
 * negation: "won't hesitate to", "you'll never see it coming", "no one will save you". */
export const NEG_THREAT_IDIOMS: readonly string[] = [
  'hesitate', 'see it coming', 'see tomorrow', 'see the sun', 'see the light of day', 'wake up',
  'make it home', 'live to', 'live long', 'survive', 'last long', 'be safe', 'be around', 'know what hit',
  'think twice', 'save you', 'save them', 'save him', 'save her', 'protect you', 'protect them',
  'help you', 'get away', 'escape', 'hide', 'forget this', 'be so lucky', 'be laughing', 'stop me',
  'stop us', 'be able to stop', 'be spared', 'walk away', 'find your body', 'find the body', 'recognize you',
  'recognise you', 'mercy', 'warning', 'second chance', 'be breathing',
];

/** Words skipped between a negator and a threat idiom. */
export const NEG_IDIOM_FILLERS: ReadonlySet<string> = new Set([
  'will', "'ll", 'be', 'able', 'to', 'ever', 'even', 'going', 'gonna', 'can', 'could', 'you', 'he', 'she',
  'they', 'it', 'anyone', 'anybody', 'one', 'i', 'we', 'get', 'a', 'any', 'give', 'show', 'have', 'ya',
]);

/** Words that end a negation scope (besides , ; : . ! ? dashes, brackets and quote marks). */
export const NEG_TERMINATORS: ReadonlySet<string> = new Set([
  'but', 'however', 'although', 'though', 'yet', 'because', 'since', 'whereas', 'while', 'unless',
  'except', 'so', 'otherwise', 'instead', 'nevertheless', 'or',
]);

// ---------------------------------------------------------------------------------------- hypothetical

/** Operators that open a hypothetical/fantasy frame running to the clause/sentence end. */
export const HYPOTHETICAL_OPERATORS: readonly string[] = [
  'imagine', 'imagining', 'imagined', 'suppose', 'supposing', 'hypothetically', 'pretend', 'pretending',
  'dreamt', 'dreamed', 'dreaming', 'fantasize', 'fantasise', 'fantasizing', 'fantasising', 'fantasized',
  'fantasised', 'what if', 'in my dream', 'in my dreams', 'in a dream', 'in theory', 'if i were', 'if i was',
  'if we were', 'roleplay', 'role-play', 'role play', 'in character', 'as a joke', 'jokingly',
];

/** Words after "if I were" that make it advice or a veiled warning rather than a hypothetical. */
export const IF_I_WERE_EXCEPTIONS: ReadonlySet<string> = new Set(['you', 'them', 'him', 'her', 'u']);

/** Fiction nouns: "in the movie ...", "the song", "lyrics" mark the whole sentence as fiction. */
export const FICTION_NOUNS: ReadonlySet<string> = new Set([
  'movie', 'movies', 'film', 'films', 'book', 'books', 'novel', 'novels', 'game', 'games', 'show', 'series',
  'episode', 'story', 'stories', 'play', 'comic', 'comics', 'anime', 'manga', 'song', 'songs', 'lyrics',
  'lyric', 'verse', 'chorus', 'script', 'screenplay', 'sitcom', 'cartoon', 'fanfic', 'fanfiction', 'sketch',
  'musical', 'opera', 'poem', 'trailer', 'sequel', 'franchise', 'campaign', 'dnd', 'rpg', 'minecraft',
  'fortnite', 'gta', 'call of duty', 'simulation', 'scene', 'skit',
]);

/** Single words that mark a sentence as fiction wherever they appear. */
export const FICTION_MARKERS: ReadonlySet<string> = new Set([
  'lyrics', 'lyric', 'fictional', 'fiction', 'fanfic', 'fanfiction', 'screenplay', 'roleplay', 'roleplaying',
]);

/** Words in an if-clause that mark a counterfactual ("if I were", "if he had ..."). */
export const COUNTERFACTUAL_IF: ReadonlySet<string> = new Set(['were', 'had', "hadn't", 'was', 'could']);
/** Main-clause modals of a counterfactual. */
export const COUNTERFACTUAL_MAIN: ReadonlySet<string> = new Set([
  'would', 'could', 'might', "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "wouldn't", "couldn't", 'id',
]);
/** Main-clause words of an ultimatum ("if you come back I will shoot you"): never hypothetical. */
export const ULTIMATUM_MAIN: ReadonlySet<string> = new Set([
  'will', "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", 'gonna', 'shall', 'ill', 'going', "it'll",
]);

// ---------------------------------------------------------------------------------------- condemnation

/** Single-word condemnation/counter-speech cues. */
export const CONDEMN_WORDS: ReadonlySet<string> = new Set([
  'condemn', 'condemns', 'condemned', 'condemning', 'condemnation', 'denounce', 'denounces', 'denounced',
  'denouncing', 'disgusting', 'unacceptable', 'shameful', 'deplorable', 'despicable', 'abhorrent', 'appalling',
  'vile', 'sickening', 'outrageous', 'reprehensible', 'repugnant', 'disgraceful', 'disgusted', 'appalled',
  'horrified', 'repudiate', 'repudiates', 'repudiated', 'inexcusable', 'indefensible', 'unconscionable',
  'shameless', 'hateful', 'gross', 'yikes', 'reportable',
]);

/** Multi-word condemnation/counter-speech cues. */
export const CONDEMN_PHRASES: readonly string[] = [
  'reported this', 'reported him', 'reported her', 'reported them', 'reported it', 'reported the post',
  'reported the account', 'reported the tweet', 'reported the comment', 'reported the user',
  'report this', 'report him', 'report her', 'report them', 'report the account', 'please report',
  'should be banned', 'should be suspended', 'should be arrested for', 'banned for saying', 'stop saying',
  'how can anyone say', 'how could anyone say', 'how can you say', 'how could you say', 'how dare',
  'no place for', 'no place in', 'has no place', 'have no place', 'not okay', 'not ok', 'not acceptable',
  'never acceptable', 'never okay', 'never ok', 'is wrong', 'so wrong', 'should be ashamed', 'ashamed of',
  'shame on', 'we reject', 'i reject', 'stand against', 'speak out against', 'strongly condemn',
  'not who we are', 'hate speech', 'who says this', 'who writes this', 'who would say', 'sick of people',
  'calls for violence', 'call for violence', 'incitement to violence', 'inciting violence', 'not funny',
];

/** Phrase index: first word -> phrases as word arrays (longest first). */
export function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.split(' ');
    const first = ws[0] as string;
    const list = m.get(first) ?? [];
    list.push(ws);
    m.set(first, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}
