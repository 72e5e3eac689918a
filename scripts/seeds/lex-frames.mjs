// Reporting frames: a threat is placed inside them as a quotation (c.q(pos))
// or as reported speech (c.rs(victim)) / an infinitive complement (c.inf(victim)).
// Frame ids starting with 'sf-' are for seeds, 'hf-' are held out for fixtures.
//
// Context c:
//   c.q(pos)        quotation with marks, pos = 'start' | 'mid' | 'end'
//   c.rs(v, opts)   reported-speech clause "he would stab her that night";
//                   v = 'vict' | 'me' | 'us'; opts.contract -> "he'd"
//   c.inf(v)        infinitive complement "stab her" (for "threatened to")
//   c.NAME c.LAST c.HE c.HIS c.HIM c.AGE c.TOWN c.STREET c.DAY c.PLAT c.K
//   c.V = { np, o, p, s }   the victim, c.ORG an organisation
// Markup: [R ...] reporting sentence, [T ...] threat sentence. The quote and
// rs helpers already carry the {...} quoted_threat markup.

const cap = (s) => s[0].toUpperCase() + s.slice(1);

export const FRAMES = [
  // ---------------------------------------------------------------- news
  { id: 'sf-news-1', type: 'news', pos: 'end', f: (c) => `[R ${c.NAME}, ${c.AGE}, of ${c.TOWN}, is accused of posting ${c.q('end')}] [R The message was shared ${c.PLAT} on ${c.DAY}, police said.]` },
  { id: 'sf-news-2', type: 'news', pos: 'start', f: (c) => `[R ${c.q('start')} read one of the messages sent to ${c.V.np} in ${c.TOWN}.] [R A ${c.AGE}-year-old man was arrested on ${c.DAY}.]` },
  { id: 'sf-news-3', type: 'news', pos: 'mid', f: (c) => `[R Police in ${c.TOWN} are investigating after the words ${c.q('mid')} were sprayed on a wall on ${c.STREET}.] Residents said they were shocked.` },
  { id: 'sf-news-4', type: 'news', pos: 'end', rsOk: true, f: (c) => `[R ${c.TOWN} (${c.WIRE}) - A man accused of threatening ${c.V.np} told officers ${c.rs('vict')}, according to court documents.]` },
  { id: 'sf-news-5', type: 'news', pos: 'end', f: (c) => `[R The investigation began after ${c.V.np} received a note that said: ${c.q('end')}] [R Detectives have not named a suspect.]` },
  { id: 'sf-news-6', type: 'news', pos: 'mid', f: (c) => `[R A post reading ${c.q('mid')} was removed by the platform within an hour, a spokesperson said.] [R Police in ${c.TOWN} confirmed they had been informed.]` },
  { id: 'sf-news-7', type: 'news', pos: 'start', f: (c) => `[R ${c.q('start')} the caller allegedly said before hanging up, according to staff at the ${c.TOWN} office.] The office was closed for the rest of the day.` },
  { id: 'sf-news-8', type: 'news', pos: 'end', inf: true, f: (c) => `[R ${c.NAME} threatened to ${c.inf('vict')}, the prosecution said.] [R ${cap(c.HE)} denies the charge.]` },
  { id: 'sf-news-9', type: 'news', pos: 'end', f: (c) => `[R Screenshots seen by this newspaper show the account posting ${c.q('end')}] [R The account has since been suspended.]` },
  { id: 'sf-news-10', type: 'news', pos: 'end', rsOk: true, f: (c) => `[R According to the charge sheet, ${c.NAME} wrote ${c.PLAT} that ${c.rs('vict')}.]` },
  // ---------------------------------------------------------------- court
  { id: 'sf-court-1', type: 'court', pos: 'end', f: (c) => `[R ${c.TOWN} Crown Court heard that ${c.NAME} left a voicemail saying ${c.q('end')}] [R ${cap(c.HE)} was jailed for ${c.K} months.]` },
  { id: 'sf-court-2', type: 'court', pos: 'end', rsOk: true, f: (c) => `[R The jury was told that ${c.LAST} warned ${c.V.np} that ${c.rs('vict')}.] [R ${cap(c.HE)} pleaded not guilty to making threats to kill.]` },
  { id: 'sf-court-3', type: 'court', pos: 'start', f: (c) => `[R ${c.q('start')} the defendant wrote in a text message read out in court.] [R The judge described the message as chilling.]` },
  { id: 'sf-court-4', type: 'court', pos: 'mid', f: (c) => `[R Prosecutor ${c.PROS} said the phrase ${c.q('mid')} had been posted ${c.K} times in one night.]` },
  { id: 'sf-court-5', type: 'court', pos: 'end', inf: true, f: (c) => `[R The court heard that ${c.NAME}, ${c.AGE}, had repeatedly threatened to ${c.inf('vict')}.] [R Sentencing was adjourned until ${c.DAY}.]` },
  { id: 'sf-court-6', type: 'court', pos: 'end', rsOk: true, f: (c) => `[R In a police interview, ${c.HE} admitted telling ${c.V.np} ${c.rs('vict')}, but said it was a joke.] [R Magistrates did not accept that.]` },
  { id: 'sf-court-7', type: 'court', pos: 'end', f: (c) => `[R Giving evidence, ${c.V.np} said the defendant leaned across the counter and said: ${c.q('end')}]` },
  // ---------------------------------------------------------------- police
  { id: 'sf-police-1', type: 'police', pos: 'end', f: (c) => `[R Officers were called to ${c.STREET} on ${c.DAY} after ${c.V.np} reported a series of messages.] [R One of them read: ${c.q('end')}] [R A ${c.AGE}-year-old man has been arrested.]` },
  { id: 'sf-police-2', type: 'police', pos: 'end', rsOk: true, f: (c) => `[R A spokesperson for ${c.TOWN} Police said a man had told a member of the public that ${c.rs('vict')}.] Anyone with information should contact the force.` },
  { id: 'sf-police-3', type: 'police', pos: 'mid', f: (c) => `[R Detectives are appealing for information about a leaflet bearing the words ${c.q('mid')} that was pushed through doors on ${c.STREET}.]` },
  { id: 'sf-police-4', type: 'police', pos: 'start', f: (c) => `[R ${c.q('start')} is the message we believe was sent to the victim, a detective inspector said.] [R We are taking it extremely seriously.]` },
  { id: 'sf-police-5', type: 'police', pos: 'end', inf: true, f: (c) => `[R Police say a ${c.AGE}-year-old was arrested on suspicion of threatening to ${c.inf('vict')}.]` },
  // ---------------------------------------------------------------- press release
  { id: 'sf-press-1', type: 'press', pos: 'end', f: (c) => `[R FOR IMMEDIATE RELEASE: The Office of the Prosecutor announced today that ${c.NAME}, ${c.AGE}, has been indicted for sending a message that stated ${c.q('end')}] [R If convicted, ${c.HE} faces up to five years in prison.]` },
  { id: 'sf-press-2', type: 'press', pos: 'end', rsOk: true, f: (c) => `[R According to the indictment, ${c.NAME} called the ${c.TOWN} office and said ${c.rs('vict')}.] [R The case is being investigated by the district task force.]` },
  { id: 'sf-press-3', type: 'press', pos: 'mid', f: (c) => `[R The council condemns the message ${c.q('mid')} sent to one of its officers this week and has referred it to the police.]` },
  { id: 'sf-press-4', type: 'press', pos: 'end', f: (c) => `[R Statement from the ${c.TOWN} Interfaith Forum: On ${c.DAY} our building received an email reading ${c.q('end')}] [R We have shared it with the police and our doors remain open.]` },
  // ---------------------------------------------------------------- relay (casual post, reporting)
  { id: 'sf-relay-1', type: 'relay', pos: 'end', rsOk: true, casual: true, f: (c) => `[R this guy in my comments said ${c.rs('me', { contract: true })}, wtf] [R reported him]` },
  { id: 'sf-relay-2', type: 'relay', pos: 'end', casual: true, f: (c) => `[R someone just dm'd me ${c.q('end')}] what do I even do with that` },
  { id: 'sf-relay-3', type: 'relay', pos: 'end', casual: true, f: (c) => `[R screenshotting this before it gets deleted: ${c.q('end')}]` },
  { id: 'sf-relay-4', type: 'relay', pos: 'start', casual: true, f: (c) => `[R ${c.q('start')} is what a random account sent my sister today.] police have the screenshots now` },
  { id: 'sf-relay-5', type: 'relay', pos: 'end', rsOk: true, casual: true, f: (c) => `[R my ex's new boyfriend told my brother ${c.rs('us', { contract: true })}] going to the station tomorrow to report it` },
  { id: 'sf-relay-6', type: 'relay', pos: 'mid', casual: true, f: (c) => `[R so the guy from the parking row left a note saying ${c.q('mid')} on my windscreen lol] [R called 101]` },
  { id: 'sf-relay-7', type: 'relay', pos: 'end', casual: true, f: (c) => `[R got this in my inbox after the article went up: ${c.q('end')}] journalists, this is what the job looks like now` },
  // ---------------------------------------------------------------- condemn (counter-speech)
  { id: 'sf-condemn-1', type: 'condemn', pos: 'mid', casual: true, f: (c) => `[R Saying ${c.q('mid')} is disgusting, reported.]` },
  { id: 'sf-condemn-2', type: 'condemn', pos: 'end', casual: true, f: (c) => `[R No, ${c.q('mid')} is not a joke.] [R It's a threat and I've sent it to the mods.]` },
  { id: 'sf-condemn-3', type: 'condemn', pos: 'mid', f: (c) => `[R Whoever wrote ${c.q('mid')} under the vigil post needs to be found.] [R This isn't free speech.]` },
  { id: 'sf-condemn-4', type: 'condemn', pos: 'end', casual: true, f: (c) => `[R people replying ${c.q('mid')} to a teenager's post should be banned from the internet]` },
  { id: 'sf-condemn-5', type: 'condemn', pos: 'end', f: (c) => `[R We utterly condemn the comment ${c.q('mid')} made about our members this week.] [R Threats of violence have no place in this town.]` },
  { id: 'sf-condemn-6', type: 'condemn', pos: 'start', casual: true, f: (c) => `[R ${c.q('start')} and people are liking it.] [R What is wrong with this site.]` },
  { id: 'sf-condemn-7', type: 'condemn', pos: 'end', f: (c) => `[R As a community we reject every word of the message that read ${c.q('end')}]` },
  // ---------------------------------------------------------------- question
  { id: 'sf-question-1', type: 'question', pos: 'mid', casual: true, f: (c) => `[R did he really say ${c.q('mid')}??]` },
  { id: 'sf-question-2', type: 'question', pos: 'end', casual: true, f: (c) => `[R Is ${c.q('mid')} an actual threat or just trolling?] Asking for the mod team.` },
  { id: 'sf-question-3', type: 'question', pos: 'end', rsOk: true, casual: true, f: (c) => `[R wait so the landlord actually told her ${c.rs('vict', { contract: true })}?] how is that legal` },
  // ---------------------------------------------------------------- fiction / lyrics (attributed)
  { id: 'sf-fiction-1', type: 'fiction', pos: 'end', rsOk: true, f: (c) => `[R In chapter three the villain swears ${c.rs('vict')}.] It's a great book.` },
  { id: 'sf-fiction-2', type: 'fiction', pos: 'start', f: (c) => `[R ${c.q('start')} hisses the duke at the end of the second act.] The actor playing him was brilliant.` },
  { id: 'sf-fiction-3', type: 'fiction', pos: 'mid', f: (c) => `[R The track opens with the line ${c.q('mid')} and it goes downhill from there.] Not for me.` },

  // ================================================================ HELD OUT (fixtures only)
  { id: 'hf-news-1', type: 'news', pos: 'end', f: (c) => `[R ${c.TOWN} - Investigators said the letter, signed only with initials, ended with the line ${c.q('end')}] [R It was delivered to ${c.V.np} on ${c.DAY}.]` },
  { id: 'hf-news-2', type: 'news', pos: 'start', f: (c) => `[R ${c.q('start')} the anonymous caller told a receptionist, the trust confirmed.] [R Staff were moved to another building as a precaution.]` },
  { id: 'hf-news-3', type: 'news', pos: 'mid', f: (c) => `[R Footage shared widely online shows a man shouting ${c.q('mid')} at a group outside ${c.TOWN} library.]` },
  { id: 'hf-news-4', type: 'news', pos: 'end', rsOk: true, f: (c) => `[R Witnesses said the man, who has not been named, shouted that ${c.rs('vict')} before running off.] [R Officers are reviewing CCTV.]` },
  { id: 'hf-news-5', type: 'news', pos: 'end', inf: true, f: (c) => `[R A ${c.AGE}-year-old man who allegedly vowed to ${c.inf('vict')} has been remanded in custody.]` },
  { id: 'hf-court-1', type: 'court', pos: 'end', f: (c) => `[R Reading from the defendant's diary, the prosecutor quoted an entry dated ${c.DAY}: ${c.q('end')}]` },
  { id: 'hf-court-2', type: 'court', pos: 'start', f: (c) => `[R ${c.q('start')} - those were the words ${c.NAME} posted under the victim's photo, the tribunal found.]` },
  { id: 'hf-court-3', type: 'court', pos: 'end', rsOk: true, f: (c) => `[R Under cross-examination ${c.HE} accepted that ${c.HE} had messaged ${c.V.np} to say ${c.rs('vict')}.]` },
  { id: 'hf-police-1', type: 'police', pos: 'mid', f: (c) => `[R Police have released the wording of the note, ${c.q('mid')}, in the hope that someone recognises the handwriting.]` },
  { id: 'hf-police-2', type: 'police', pos: 'end', inf: true, f: (c) => `[R Update: the man who phoned in a threat to ${c.inf('vict')} has been identified and charged.] [R Thank you for the shares.]` },
  { id: 'hf-press-1', type: 'press', pos: 'end', f: (c) => `[R The union said in a statement that a member of staff had been handed a card reading ${c.q('end')}] [R It called on the company to improve security.]` },
  { id: 'hf-press-2', type: 'press', pos: 'mid', rsOk: true, f: (c) => `[R Per the complaint, the caller stated that ${c.rs('vict')}, and then hung up.]` },
  { id: 'hf-relay-1', type: 'relay', pos: 'end', casual: true, f: (c) => `[R my nan got a letter through the door that just says ${c.q('end')}] who does that to an 80 year old` },
  { id: 'hf-relay-2', type: 'relay', pos: 'end', rsOk: true, casual: true, f: (c) => `[R bloke at the bus stop kept muttering ${c.rs('vict', { contract: true, bare: true })}] moved carriages, told the driver` },
  { id: 'hf-relay-3', type: 'relay', pos: 'start', casual: true, f: (c) => `[R ${c.q('start')} - a direct quote from a stranger in my replies.] lovely day on the internet` },
  { id: 'hf-relay-4', type: 'relay', pos: 'mid', casual: true, f: (c) => `[R ok so there's a sticker on the lamppost by the school saying ${c.q('mid')} and nobody has taken it down??]` },
  { id: 'hf-condemn-1', type: 'condemn', pos: 'mid', casual: true, f: (c) => `[R Writing ${c.q('mid')} under a grieving family's post is vile.] Blocked and reported.` },
  { id: 'hf-condemn-2', type: 'condemn', pos: 'end', f: (c) => `[R To the person who sent our volunteers ${c.q('mid')}: we are not scared, and the police have your details.]` },
  { id: 'hf-condemn-3', type: 'condemn', pos: 'end', casual: true, f: (c) => `[R ${c.q('end')} Really?] [R Grown adults typing this to a nurse?] Shameful.` },
  { id: 'hf-question-1', type: 'question', pos: 'end', casual: true, f: (c) => `[R genuine question, should I report a comment that says ${c.q('end')}] or is that overreacting` },
  { id: 'hf-question-2', type: 'question', pos: 'end', rsOk: true, casual: true, f: (c) => `[R hang on, the councillor's husband said ${c.rs('vict', { contract: true })}??] on a public page??` },
  { id: 'hf-fiction-1', type: 'fiction', pos: 'end', f: (c) => `[R In the finale the masked killer leaves a note on the mirror: ${c.q('end')}] Best season so far.` },
  { id: 'hf-fiction-2', type: 'fiction', pos: 'mid', rsOk: true, f: (c) => `[R My favourite bit of the audiobook is when the pirate captain roars that ${c.rs('vict')}.]` },
  { id: 'hf-lyrics-1', type: 'fiction', pos: 'mid', casual: true, f: (c) => `[R that drill track with the line ${c.q('mid')} is all over my feed] the beat is decent tbf` },
];
