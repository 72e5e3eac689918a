// Quickstart inputs for fixtures/examples/ (unlabelled CLI/API inputs).
// Written for this project; all names and places are invented.

export const EXAMPLE_POSTS = [
  { id: 'p1', text: "Lovely morning at the allotments, the beans are finally coming up." },
  { id: 'p2', text: "I know where you live, Dunleavy. Tonight I'm going to burn your shop to the ground." },
  { id: 'p3', text: 'Police in Quarrymead have charged a 34-year-old man after a councillor received a message reading "you will be found and you will be hurt".' },
  { id: 'p4', text: 'Someone in my replies just wrote "I hope somebody stabs you on the way home". Reported and blocked. This is not okay.' },
  { id: 'p5', text: "honestly this traffic is killing me, 40 mins to go two miles" },
  { id: 'p6', text: "The referee should be sacked after that performance, absolute joke of a decision." },
  { id: 'p7', text: "Nobody deserves to be attacked for what they believe. Thinking of the Oldhaven chapel community tonight." },
  { id: 'p8', text: "Those Athletic fans better stay out of our end on Saturday or we'll put every one of them in hospital." },
  { id: 'p9', text: "Just made the best lasagne of my life, going to absolutely murder it tonight with a glass of red." },
  { id: 'p10', text: "did the guy at the station really say he'd shoot the next person who looked at him?? scary" },
  { id: 'p11', text: "We are watching the harbour office. We know when the night shift changes. Waiting for the hour." },
  { id: 'p12', text: "Court report: Ottilie Crombie, 29, admitted sending her former landlord a text that said she would set fire to his flat while he slept. She will be sentenced next month." },
  { id: 'p13', text: "You are a spineless little fraud and everyone at the club knows it." },
  { id: 'p14', text: "In the game last night I blew up the whole enemy convoy with one grenade, best round ever" },
  { id: 'p15', text: "Thread on what we know so far about the fire at the Lantern Hill mosque.\nPolice say it was started deliberately shortly after 2am.\nNo one was hurt. A man has been arrested." },
  { id: 'p16', text: "i would never hurt anyone, i was angry and i said something stupid, i'm sorry" },
  { id: 'p17', text: "Every last one of those journalists should be dragged out and shot." },
  { id: 'p18', text: 'Sharing this so people understand what volunteers put up with: "Close the food bank or we will come for you one by one." Police have it.' },
  { id: 'p19', text: "Training is moved to Thursday this week, same time, bring water." },
  { id: 'p20', text: "Unless the licence is cancelled by Friday, the pub goes up in flames with the landlord inside. Last warning." },
  { id: 'p21', text: "Headline: Man jailed for threatening to kill Bramblecote nurses" },
  { id: 'p22', text: "Saying \u201cthey should all be hanged\u201d about refugees is disgusting and you know it." },
];

export const EXAMPLE_ARTICLES = [
  {
    id: 'a1',
    kind: 'article',
    text:
      'OLDHAVEN - A man who left a series of threatening voicemails for staff at an Oldhaven medical practice has been jailed for two years.\n\n' +
      'Magistrates heard that Bastian Northcott, 41, called the practice eleven times over a weekend in March after his repeat prescription was delayed. In one message played to the court he said: "I am coming down there on Monday and I will put the receptionist through the window."\n\n' +
      'The practice closed for a day and staff were offered counselling. The practice manager said in a statement that the team had been "shaken but determined to keep serving our patients".\n\n' +
      'Northcott pleaded guilty to sending threatening communications. His solicitor said he had been unwell and regretted the calls.',
  },
  {
    id: 'a2',
    kind: 'article',
    text:
      'THISTLEGATE - Work on the new footbridge over the river Ebb will begin next month, the council has confirmed.\n\n' +
      'The bridge, which will link the station with the retail park, is expected to take eighteen months to build. Councillors approved the plans in January after a public consultation in which most respondents backed the scheme.\n\n' +
      'A temporary diversion will be in place for cyclists while the riverside path is closed.',
  },
  {
    id: 'a3',
    kind: 'article',
    text:
      'VANTRY - Police are investigating after a fire at a community hall in Vantry was started deliberately on Saturday night.\n\n' +
      'Firefighters were called shortly before midnight and the blaze was put out within an hour. Nobody was inside. The hall had been booked for a charity quiz the following afternoon.\n\n' +
      'A spokesperson for the fire service said accelerant had been found near the rear door. Detectives are asking anyone who was on Cobbler Street between 10pm and midnight to come forward.',
  },
];
