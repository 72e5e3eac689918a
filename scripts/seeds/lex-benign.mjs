// Sentence pools written for this project: calm neutral sentences, idioms that
// use violent words, games and sports, abuse without threats, judicial calls,
// news leads and headlines about attacks, casual posts reporting violence.
// Placeholders: {N} first name, {L} last name, {T} town, {S} street, {A} age,
// {D} weekday, {K} a number.
// Each pool is split into seed and fix (fixtures) lists that never overlap.

export const NEUTRAL = {
  seed: [
    'Finally got the garden fence painted.', 'Anyone know if the corner shop is open late on Sundays?', 'The bus was twenty minutes late again this morning.',
    'Made soup with the last of the leeks.', 'My cat has decided the laundry basket is her bed now.', 'Rain all day here, so that was the walk cancelled.',
    'Just finished the second series, no spoilers please.', 'Does anyone have a ladder I could borrow this weekend?', 'Been up since five with the baby.',
    'The new bakery on {S} does a decent sourdough.', 'Quiet night in, pizza and a film.', 'Work was long today.', 'Car failed its MOT, brilliant.',
    'Spent the afternoon sorting out the loft.', 'The kids start school again on {D}.', 'Got my hair cut and I already regret it.', 'Coffee first, then we talk.',
    'Training was cancelled because the pitch is flooded.', 'I have not slept properly in a week.', 'Lovely sunset over {T} tonight.', 'My phone screen cracked again.',
    'Been listening to the same album all week.', 'Nearly forgot it was bin day.', 'The heating is broken and the landlord is on holiday.', 'Tried the new ramen place, it was fine.',
    'Someone left a trolley in the middle of the car park.', 'Back at work after two weeks off.', 'The football was on at the pub so it was packed.', 'Who else is watching the match tonight?',
    'Got a parking ticket outside my own house.', 'My brother is moving to {T} next month.', 'The library has a book sale on {D}.', 'Walked the dog round the reservoir.',
    'Just put the kettle on.', 'Long week, glad it is over.', 'The traffic on the ring road was a nightmare.', 'Haven\'t heard from {N} in ages.', 'Bought a plant, will probably kill it.',
    'The wifi keeps dropping out.', 'Made it to the gym for once.', 'Mum is visiting this weekend.', 'There is a fox in the garden again.', 'Booked the holiday at last.',
    'Somebody on our street has a new puppy.', 'I owe {N} a pint.', 'The market is back on {S} every Saturday.', 'Ran out of milk, obviously.', 'Snow forecast for {D}.',
    'This town needs a decent cinema.', 'Moved desks at work today.', 'Watching the rain and doing nothing.', 'Cleaned the oven, never again.', 'New shoes, sore feet.',
    'Got the results back and all is fine.', 'Power cut on our road for an hour.', 'Who left the gate open?', 'Daughter passed her driving test!', 'Finally fixed the leaky tap.',
    'Does anyone know a good plumber in {T}?', 'My neighbour\'s music has been going since nine.', 'I should really go to bed.', 'Train to {T} is cancelled, great.', 'That was a proper good night.',
    'Bit of a headache today.', 'Planted the tomatoes out.', 'The roadworks on {S} are finally finished.', 'Queue at the post office was out the door.', 'Cooking for eight tonight, wish me luck.',
    'Started a new book.', 'Work drinks on {D}.', 'Couldn\'t find a parking space anywhere.', 'My nan turns ninety next week.', 'The river is really high after all that rain.',
    'The school fete raised loads this year.', 'Had a lie-in for the first time in months.', 'Got stuck behind a tractor for ten miles.', 'Trying to learn the guitar again.', 'Sorted the recycling.',
    'Meeting ran over, as usual.', 'Lost my keys for the third time this week.', 'The new season starts on {D}.', 'Picked up a takeaway on the way home.', 'Dentist tomorrow, not looking forward to it.',
    'Anyone else\'s internet down?', 'The shop on {S} has closed down.', 'Nice to see the sun for once.', 'Slept through my alarm.', 'Been decluttering all weekend.',
  ],
  fix: [
    'Repotted the basil on the windowsill.', 'The ferry was running late because of the fog.', 'Picked up the new library card today.', 'Weather has been all over the place this week.',
    'Finally finished the jigsaw my aunt sent.', 'The kettle has started making a weird noise.', 'Our street party is on the twelfth.', 'My flatmate made curry and it was excellent.',
    'Just back from a long run along the canal.', 'The council finally fixed the streetlight outside.', 'Half term already, where does the time go.', 'Swapped my shift with {N}.',
    'Looking for a second-hand bike if anyone is selling one.', 'The choir concert went really well.', 'Found a tenner in an old coat.', 'Took the morning off to sort the car.',
    'Tea, toast and the crossword.', 'Started night classes in Spanish.', 'The hedgehog is back in the garden.', 'Painted the spare room a pale green.',
    'Got to the station with a minute to spare.', 'The fish and chip shop on {S} has reopened.', 'Noisy seagulls at five in the morning again.', 'Busy week ahead.',
    'Gran taught me how to make pastry today.', 'The allotment is finally producing something.', 'Bought tickets for the panto.', 'Another grey day in {T}.',
    'Tidied the shed and found three footballs.', 'The dog rolled in something awful.', 'Cycled to work for the first time.', 'Waiting in for a parcel all day.',
    'Watched the boats come in at the harbour.', 'Neighbours are having a barbecue.', 'Spent the evening fixing my bike chain.', 'My sister got engaged!',
    'The new cafe by the station is lovely.', 'Another Monday.', 'Hoovered the whole house before lunch.', 'Mild for the time of year.',
  ],
};

// Idioms and figurative uses of violent words. Benign.
export const IDIOMS = {
  seed: [
    '{N} absolutely killed it at the open mic last night.', 'This traffic is killing me.', 'I could murder a cup of tea right now.', 'You killed it, honestly so proud of you.',
    'My feet are killing me after that shift.', 'That comedian slayed, I was crying laughing.', 'We got slaughtered 5-0 on Saturday.', 'The post blew up overnight, 20k likes.',
    'She shot down every idea I had in the meeting.', 'Break a leg tonight!', 'I\'m dying to see the new series.', 'You\'re killing me with these puns.',
    'He bombed his audition but he\'ll get the next one.', 'Knock \'em dead at the interview tomorrow.', 'Shoot me a message when you get there.', 'I\'ll take a stab at the crossword.',
    'Dead tired after that match.', 'That dress is to die for.', 'The band set the place on fire last night.', 'My phone has been blowing up all morning.',
    'We\'re going to smash it at the quiz tonight.', 'This deadline is going to be the death of me.', 'The boss is going to kill me for being late again.', 'Mum will murder me if I miss dinner.',
    'I nearly died laughing.', 'Fire away, I\'m listening.', 'She destroyed the competition at the bake-off.', 'That exam absolutely murdered me.',
    'The heat is killing my plants.', 'He blew up at me over nothing, we\'re fine now.', 'Let\'s bury the hatchet and get a coffee.', 'The striker was on fire today.',
    'I\'d kill for a holiday right now.', 'Our team got butchered in the second half.', 'The new album slaps and the last track kills.', 'I\'m going to crush this workout.',
    'That joke absolutely bombed.', 'This cold is killing me.', 'We\'re going to tear up the dance floor at the wedding.', 'She nailed the presentation.',
    'He\'s a killer on the guitar.', 'You\'ll knock them dead in that suit.', 'My back is murdering me today.', 'The keeper was a brick wall, we couldn\'t beat him.',
    'I\'m going to hit the gym then hit the hay.', 'The sale prices are a steal.', 'That bassline is lethal.', 'Kill the music for a sec, I can\'t hear.',
    'Stop, you\'re killing me, I can\'t breathe.', 'The final episode ripped my heart out.', 'The chilli nearly blew my head off.', 'We got hammered in the league this year.',
    'My little brother destroyed me at chess.', 'That speech was a total bombshell.', 'The shop is a bit of a death trap for the wallet.', 'Strike while the iron is hot and apply now.',
  ],
  fix: [
    'The drummer absolutely killed it at the gig.', 'These new boots are murdering my heels.', 'Our quiz team got massacred on the music round.', 'I could slaughter a bacon sandwich.',
    'The plot twist in episode six blew my mind.', 'My inbox exploded after the announcement.', 'He\'ll kill me if I spoil the ending.', 'The joke died on stage.',
    'That bassist is deadly.', 'We\'re going to paint the town red on Friday.', 'The cake went down a storm.', 'I\'m dead, this is the funniest thing I\'ve read.',
    'The goalkeeper stole the show.', 'You absolutely smashed your driving test.', 'That curry was fire.', 'I got torn to shreds in the group chat for liking pineapple pizza.',
    'Shoot, I forgot my wallet.', 'Hit me up when you\'re free.', 'She\'s been crushing it at her new job.', 'The storm knocked out the power for hours.',
    'Our street went nuclear over the parking scheme.', 'The critic tore the play apart.', 'I\'m going to wreck this breakfast.', 'My sister roasted me in her wedding speech.',
  ],
};

// Games, sport, fiction-as-play, with violent verbs aimed at non-real targets. Benign.
export const GAMES = {
  seed: [
    'In the game I just killed {K} zombies in one round.', 'Finally beat the last boss, took me three nights.', 'Got a headshot from across the map, best moment of my week.',
    'We stormed the castle in the campaign and lost everyone.', 'My character got stabbed in the back by a companion, worst betrayal.', 'Sniped the whole squad from the tower lol.',
    'I keep dying on the same jump.', 'The final round was a bloodbath, we won by one point.', 'Blew up the enemy base with ten seconds left.', 'My orc warrior beheaded the dragon at level 40.',
    'Paintball on {D}, I\'m going to shoot everyone in the back.', 'Laser tag with the kids, they annihilated me.', 'We killed the penalty and won the game.', 'The boxer knocked him out in round two.',
    'He took out three defenders and scored.', 'Chess tip: sacrifice the bishop to kill the attack.', 'In the film the hero blows up the bridge to save the town.', 'Speedrun attempt tonight, going to murder my personal best.',
    'Our raid group wiped four times on the last boss.', 'The striker got hacked down in the box, clear penalty.', 'Killed my first boss without a heal, feeling proud.', 'Hunting season starts next week, got my licence sorted.',
    'Went clay pigeon shooting for {N}\'s birthday.', 'The referee killed the game with all those whistles.', 'Won the fencing bout by one touch.', 'Our tank destroyed six enemy tanks before it went down.',
    'The werewolf game at the party got vicious, I was voted out first.', 'Murder mystery night was brilliant, the butler did it.', 'Got poisoned by a spider in the dungeon and had to restart.', 'My squad wiped the other team in under two minutes.',
  ],
  fix: [
    'Spent the evening fragging noobs in the arena.', 'The knight finally slew the troll after six attempts.', 'Archery club on {D}, hit the gold twice.', 'Our cricket bowlers destroyed their top order.',
    'We got slaughtered in the pub darts league.', 'My zombie survival run ended when a horde ate me.', 'Cluedo verdict: Colonel in the study with the candlestick.', 'Nerf war in the office, I got ambushed by accounts.',
    'Took down the final boss with one health left.', 'The rugby team battered the opposition.', 'Escape room was brutal, the clock killed us.', 'Boss fight music is so good I let it kill me on purpose.',
  ],
};

// Abuse without threats: insults, profanity, invented slurs (group insults stay
// threat-free). Placeholders {V} vocative name, {G} group.
export const ABUSE = {
  seed: [
    'You are the dumbest person on this whole app, {V}.', 'Nobody likes you, {V}. Nobody.', 'Shut up, you absolute gribble.', 'What a clueless muppet.', 'Get lost and take your stupid opinions with you.',
    '{V}, you are a waste of oxygen and everyone knows it.', 'Honestly you sound like a spannerhead.', 'This is the most idiotic take I have ever read.', 'Go touch some grass, you loser.', 'Delete your account, {V}.',
    '{G} are all a bunch of clowns.', '{G} are the worst, every single one of them is a grobbler.', 'Typical {G}, lazy and useless.', 'I can\'t stand {G}, they ruin everything.', 'Bloody {G}, always whining.',
    'You\'re pathetic, {V}, absolutely pathetic.', 'Nobody asked, snevhead.', 'What a massive pillock.', 'Your mum must be so embarrassed, {V}.', 'You absolute crumb of a human.',
    'Get a life, you sad little troll.', 'Crawl back under your rock, {V}.', 'Ugly inside and out, that one.', 'What a spineless weasel of a man.', 'You utter plank.',
    'God, you\'re thick.', 'Pack it in, you whinging wart.', 'You\'re a disgrace to this town, {V}.', 'Shove your opinion where the sun doesn\'t shine.', 'Absolute gobwit behaviour.',
    '{G} should all just shut up and go home.', 'Go to hell, {V}.', 'You fraud, you liar, you snake.', 'Nobody will ever take you seriously, {V}.', 'Worst referee in the history of the league, total fraud.',
    'Get out of my mentions, you slimy grub.', 'Imagine being this stupid in public.', 'You\'re a joke and so is your party.', 'Every {G} I\'ve met is a snivelling drip.', 'Damn, you are one miserable piece of work.',
  ],
  fix: [
    'You are a first-class numpty, {V}.', 'What a dripping wet lettuce of a man.', 'Nobody in this group can stand you, {V}.', '{G} are all a bunch of wankpuffins.',
    'Honestly, {V}, you have the brains of a doorstop.', 'You\'re a professional clown and the circus wants you back.', 'Get your head out of your backside, {V}.', 'Typical {G}, moaning about everything.',
    'Your takes are garbage and so is your haircut.', 'Sit down, you overgrown toddler.', 'What a snake. Absolute slithering snake.', 'Pipe down, {V}, nobody cares.',
    'I hope your team gets relegated, you smug git.', '{G} are insufferable, the lot of them.', 'Go and cry about it somewhere else.', 'You weaselly little fraud.',
  ],
};

// Judicial / political calls that are not violence, and self-harm talk. Benign.
export const JUDICIAL = {
  seed: [
    '{N} {L} should be arrested and charged.', 'Lock him up and throw away the key.', 'He deserves to lose his job over this.', 'Vote every one of them out at the next election.',
    'She should resign today.', 'Whoever did this needs to face the courts.', 'They should be sacked, all of them.', 'Sue them into oblivion.', 'Ban him from the stadium for life.',
    'Report him to the ombudsman.', 'The council should be taken to court.', 'I want to see him in the dock.', 'Prosecute the landlord, simple as that.', 'They should all be fired.',
    'He should do time for this.', 'Strip him of his title.', 'Defund the whole department.', 'Impeach the lot of them.',
  ],
  fix: [
    'The director should be struck off.', 'Put her in front of a tribunal.', 'Give him a lifetime ban from the club.', 'Recall the councillor and let the voters decide.',
    'He needs to be investigated by the regulator.', 'Freeze their accounts and audit everything.',
  ],
};

// News headlines and leads about attacks or threats, no quote. Reporting.
export const NEWS_LEADS = {
  seed: [
    'Two injured in stabbing outside {T} nightclub', 'Man, {A}, charged after arson attack on {S} mosque', 'Police appeal for witnesses after assault on {S}', 'Teenager arrested over online threats to {T} school',
    'Court hears {T} man sent death threats to former partner', 'Arson attack on community centre treated as hate crime', 'Shots fired at house in {T}, nobody hurt', 'Councillor receives police protection after threats',
    'Bomb scare closes {T} station for three hours', 'Woman jailed for threatening to kill neighbour', 'Three arrested after brawl at {T} derby', 'Car driven into crowd at {T} market, five hurt',
    'A {A}-year-old man has been arrested after a woman was stabbed in {T} on {D} night.', 'Police are investigating after a petrol bomb was thrown at a house on {S} in the early hours.',
    'A man who sent more than 200 threatening messages to a {T} councillor has been given a suspended sentence.', 'Detectives have charged a {A}-year-old with attempted murder following a shooting in {T}.',
    'A synagogue in {T} was evacuated on {D} after a suspicious package was found near the entrance.', 'Officers were called to {S} shortly after midnight following reports of a man with a knife.',
    'A journalist at a regional newspaper has been placed under police protection after receiving threats.', 'Firefighters say the blaze at the {T} refugee hostel was started deliberately.',
    'A teenager has been sentenced for planning an attack on his former school, a court heard.', 'The number of threats reported against local councillors rose sharply last year, figures show.',
    'Police in {T} say they are treating the death of a {A}-year-old man as murder.', 'A man has been detained after firing an air rifle at pupils outside a primary school.',
    'Security has been stepped up at places of worship in {T} after a series of threats.', 'An MP has cancelled constituency surgeries after threats to her staff.',
    'Armed police shut down {S} after reports of a gunman', 'Mosque windows smashed in overnight attack', 'Referee assaulted after amateur match in {T}', '{T} shop owner attacked with hammer in robbery',
    'Man admits making bomb threat against {T} hospital', 'Death threats sent to election officials, report finds', 'Synagogue graffiti: police treat vandalism as antisemitic hate crime', 'Pub landlord stabbed in {T} robbery',
    'A 19-year-old has been charged with threatening to blow up a {T} supermarket, police said.', 'Prosecutors say a man threatened staff at a {T} clinic over several months before he was arrested.',
    'Nine people were hurt when a van mounted the pavement in {T} town centre on {D}.', 'The trial of a man accused of plotting to attack a pride event continues.',
  ],
  fix: [
    'Ferry worker injured in knife attack at {T} harbour', 'Man charged after threatening messages sent to {T} food bank volunteers', 'Police guard placed on chapel after arson attempt',
    'A {A}-year-old woman has been charged after a man was attacked with a bottle outside a takeaway in {T}.', 'Threats against librarians doubled in two years, survey finds',
    'Detectives are hunting a gang who attacked two men with a machete on {S} on {D} evening.', 'Explosive device found under car in {T}, army called in',
    'A man who threatened to shoot staff at a {T} job centre has been jailed for eighteen months.', 'Shop fire in {T} being treated as arson, fire service says',
    'The owner of a {T} cafe says she has received threats since hosting a drag brunch.', 'Two men stabbed in {T} park, one in critical condition', 'Student jailed over plot to attack campus',
    'A school in {T} closed for the day after a threat was made against staff online.', 'Firearms officers arrested a man on {S} after reports of shots being fired.',
  ],
};

// Casual posts that report or discuss violence without any threat. Reporting.
export const CASUAL_REPORTING = {
  seed: [
    'omg someone got stabbed outside the station last night, stay safe everyone', 'police all over {S} this morning, apparently there was a shooting', 'did anyone else hear about the fire at the mosque? awful',
    'my cousin says a guy pulled a knife at the chippy on {S} last night', 'just saw on the news that the councillor got death threats again, this country', 'helicopter circling {T} for an hour, someone said there was an attack',
    'heard there was a massive fight at the derby and someone ended up in hospital', 'so the guy who torched the community centre got 6 years. not enough tbh', 'why is nobody talking about the bomb scare at the hospital yesterday',
    'school sent a letter home about a threat someone made online, police are involved apparently', 'that stabbing on {S} was two streets from my house, proper shaken', 'another attack on a refugee hostel. when does this stop',
    'my mate works at the Gazette and they\'ve had threats all week, police came in', 'thread on the arson attack at the clinic and what we know so far 🧵', 'apparently the lad who got beaten up outside the club is still in a coma',
    'can\'t believe they let the guy who shot at the house out on bail', 'anyone know what happened on {S}? loads of police tape and an ambulance', 'read the court report about the man who threatened the nurses, unreal',
  ],
  fix: [
    'woke up to sirens, apparently a car got set alight on {S} again', 'my sister works at the food bank and someone threatened the volunteers yesterday, police are on it', 'the harbour attack is all over the local group, hope the guy pulls through',
    'so someone smashed up the chapel windows overnight, who even does that', 'the trial for the tram stabbing starts monday, going to follow it', 'people are saying there was a gun at the fun fair, anyone know if that\'s true',
  ],
};

// Benign chat lines (no violence at all, or harmless). Benign.
export const BENIGN_CHAT = {
  seed: [
    'anyone fancy five-a-side on {D}?', 'lol that video of the goat is sending me', 'can\'t wait for the weekend tbh', 'happy birthday {N}!! have a good one 🎉', 'who\'s got the charger, mine\'s dead',
    'that new burger place is overrated imo', 'see you all at the meeting tomorrow', 'thanks for the lift yesterday, legend', 'is the match on the telly or do we need the app', 'just passed my exam 🙏',
    'brb making tea', 'does anyone have notes from the lecture', 'I\'m going to bed, night all', 'that\'s hilarious 😂', 'we should do a BBQ when the weather turns',
    'can you grab bread on the way', 'the group project is due friday, who\'s doing the slides', 'so tired of this rain', 'congrats on the new job {N}', 'pub after work?',
    'my sourdough finally rose!!', 'lost my voice shouting at the match', 'the new episode drops tonight', 'running late, save me a seat', 'anyone watching the darts',
    'I\'m going to demolish this pizza', 'gonna blast some music and clean the flat', 'we destroyed that escape room in 40 mins', 'I\'m absolutely going to kill this presentation tomorrow',
  ],
  fix: [
    'anyone going to the quiz on {D}?', 'the new coffee machine at work is a game changer', 'finally got tickets for the gig!!', 'who ate my yoghurt from the fridge 😤',
    'happy anniversary you two ❤️', 'is it just me or is the wifi terrible today', 'back from holiday, what did I miss', 'that dog video made my day', 'meeting moved to 3, fyi',
    'can someone water my plants while I\'m away', 'drinks on me tonight, got the promotion', 'my kid just said his first word and it was "no"',
  ],
};

// Self-harm and hardship talk (not a threat to anyone else). Benign.
export const SELF_HARM = {
  seed: [
    'Some days I feel like I just want to disappear for a while. Talking to someone helped.', 'I\'ve been in a dark place this month but I\'m getting help.',
    'Honestly the stress at work is killing me, I need a break.', 'If you\'re struggling, please reach out. I did and it helped.',
  ],
  fix: ['Rough year. Started counselling last week and it\'s helping a bit.', 'I\'m exhausted and sad but I\'m still here and I\'m looking after myself.'],
};

// Non-violent predicates aimed at the same kinds of targets as the threats
// ([phrase, target types] as in lex-core PREDICATES). Rendered with the same
// speakers, modals and templates they give benign look-alikes:
// "I'm going to visit the mosque on Carver Street tonight."
export const BENIGN_VPS = [
  ['visit {O}', 'abe'], ['call {O}', 'a'], ['thank {O}', 'ag'], ['write to {O}', 'ab'], ['complain to {O}', 'ab'], ['vote for {O}', 'a'],
  ['vote against {O}', 'a'], ['interview {O}', 'a'], ['invite {O} round for dinner', 'a'], ['report {O} to the council', 'a'], ['take {O} to court', 'ab'],
  ['sue {O}', 'ab'], ['beat {O} at darts', 'a'], ['buy {O} a pint', 'a'], ['help {O} move house', 'a'], ['cook for {O}', 'ag'], ['apologise to {O}', 'ag'],
  ['ignore {O}', 'ab'], ['block {O}', 'a'], ['unfollow {O}', 'a'], ['have a word with {O}', 'a'], ['debate {O}', 'a'], ['protest outside {O}', 'b'],
  ['picket {O}', 'b'], ['volunteer at {O}', 'b'], ['paint {O}', 'b'], ['clean {O}', 'b'], ['donate to {O}', 'b'], ['raise money for {O}', 'abg'],
  ['photograph {O}', 'abe'], ['film {O}', 'abe'], ['hug {O}', 'a'], ['surprise {O}', 'a'], ['prank {O}', 'a'], ['roast {O} on the podcast', 'a'],
  ['crush {O} in the election', 'ag'], ['smash {O} at the quiz', 'ag'], ['beat {O} in the final', 'ag'], ['knock {O} out of the cup', 'g'],
  ['tear {O} apart in my review', 'ab'], ['demolish {O} in the debate', 'a'], ['destroy {O} at chess', 'a'], ['expose {O}', 'ab'], ['sack {O}', 'a'],
  ['evict {O}', 'a'], ['audit {O}', 'b'], ['inspect {O}', 'b'], ['boycott {O}', 'b'], ['review {O}', 'be'], ['pray for {O}', 'ag'], ['welcome {O}', 'ag'],
  ['defend {O}', 'abg'], ['protect {O}', 'abg'], ['stand with {O}', 'abg'], ['drive {O} to the airport', 'a'], ['walk past {O}', 'b'],
  ['renovate {O}', 'b'], ['decorate {O} for Christmas', 'b'], ['get {O} a birthday cake', 'a'], ['text {O}', 'a'], ['meet {O} for coffee', 'a'],
  ['outsing {O} at karaoke', 'a'], ['teach {O} to swim', 'a'], ['look after {O}', 'a'], ['pick {O} up after school', 'a'], ['send {O} a card', 'ag'],
  ['campaign against {O}', 'ab'], ['write a strongly worded letter to {O}', 'ab'], ['leave a bad review for {O}', 'b'], ['go to {O}', 'be'],
  ['ring {O} and sort this out', 'a'], ['never speak to {O} again', 'a'], ['report {O} to the ombudsman', 'ab'], ['file a complaint about {O}', 'ab'],
  ['hand {O} a petition', 'ab'], ['fundraise for {O}', 'bg'], ['fix the roof at {O}', 'b'], ['sing at {O}', 'be'], ['deliver leaflets to {O}', 'bg'],
  ['wash {O}', 'v'], ['repair {O}', 'bv'], ['sell {O}', 'v'], ['drive {O} to the coast', 'v'], ['catch {O}', 'e'], ['watch {O}', 'e'],
  ['cover {O} for the paper', 'e'], ['march in {O}', 'e'], ['volunteer at {O}', 'e'], ['bring the kids to {O}', 'e'], ['phone {O}', 'a'],
];

// Compositional news headlines and leads (reporting).
export const NEWS_EVENTS = ['a stabbing', 'a shooting', 'an arson attack', 'a knife attack', 'an assault', 'a hammer attack', 'a petrol bomb attack', 'a hit-and-run', 'a machete attack', 'a street brawl', 'an acid attack', 'a bomb hoax', 'a series of death threats', 'online threats against staff', 'a racially aggravated assault', 'a mass brawl', 'an attack on two men'];
export const NEWS_PLACES = {
  seed: ['outside a {T} nightclub', 'at a {T} mosque', 'near {T} station', 'on {S}', 'at a {T} school', 'in {T} town centre', 'at a synagogue in {T}', 'at a {T} takeaway', 'outside {T} Crown Court', 'at a refugee hostel in {T}', 'at a bus stop in {T}', 'in a {T} park', 'at a {T} pub', 'on a {T} housing estate'],
  fix: ['at {T} harbour', 'outside a {T} chapel', 'at a {T} food bank', 'on the {T} ferry', 'at a {T} leisure centre', 'on {S}'],
};
export const NEWS_TEMPLATES = {
  seed: [
    'Man, {A}, charged after {E} {P}', 'Police appeal for witnesses after {E} {P}', '{K} arrested after {E} {P}', 'Teenager held over {E} {P}',
    'Community shaken by {E} {P}', 'CCTV released after {E} {P}', 'Woman, {A}, arrested after {E} {P}',
    'A {A}-year-old man has been charged after {E} {P} on {D}.', 'Police are appealing for witnesses following {E} {P} late on {D}.',
    'Detectives investigating {E} {P} have arrested two people.', 'Two people were taken to hospital after {E} {P}, police said.',
    'Officers say {E} {P} is being treated as a hate crime.', 'The victim of {E} {P} remains in a serious condition in hospital.',
    'Nobody was hurt in {E} {P}, police said, but the building was badly damaged.', 'A court has heard how {E} {P} left a family terrified.',
  ],
  fix: [
    '{E} {P}: what we know so far', 'Vigil held after {E} {P}', 'Trial date set over {E} {P}', 'Councillors call for calm after {E} {P}',
    'Investigators believe {E} {P} on {D} was planned in advance.', 'Residents say they heard screaming before {E} {P} in the early hours of {D}.',
  ],
};

// Compositional abuse without threats (benign).
export const ABUSE_PARTS = {
  open: ['Honestly {V},', 'Listen {V},', '{V},', 'Mate,', 'Oh look,', 'Wow.', '', '', 'lol', 'Sorry but'],
  body: ['you are a {ADJ} {NOUN}', 'what a {ADJ} {NOUN} you are', 'nobody can stand you, you {ADJ} {NOUN}', 'shut your mouth, you {NOUN}', 'go and cry somewhere else, you {NOUN}',
    'imagine being this much of a {NOUN}', 'you have the brains of a {THING}', 'get lost, you {ADJ} {NOUN}', 'every word you type makes you more of a {NOUN}', 'you are the human version of a {THING}'],
  adj: ['pathetic', 'clueless', 'spineless', 'useless', 'brainless', 'sad little', 'smug', 'two-faced', 'whining', 'gormless', 'stuck-up', 'absolute', 'bloody', 'damn', 'f***ing', 'utter'],
  noun: ['clown', 'muppet', 'gribble', 'grub', 'wart', 'snake', 'fraud', 'troll', 'pillock', 'melt', 'numpty', 'weasel', 'plank', 'spannerhead', 'snevhead', 'gobwit', 'bellend'],
  thing: ['doorstop', 'wet sponge', 'traffic cone', 'goldfish', 'paving slab', 'soggy biscuit', 'parking ticket'],
};
