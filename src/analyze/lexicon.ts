/** Word lists of the analyze stage: places, demonyms, known organisations, titles, first names, cue words. */

/** Canonical place name → aliases (matched case-sensitively as written, plus the canonical name itself). */
export const PLACES: Record<string, string[]> = {
  'United States': ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  Russia: ['Russian Federation'],
  China: ["People's Republic of China", 'PRC'],
  Europe: [],
  Germany: [],
  France: [],
  Italy: [],
  Spain: [],
  Portugal: [],
  Netherlands: ['Holland', 'The Netherlands'],
  Belgium: [],
  Luxembourg: [],
  Poland: [],
  Lithuania: [],
  Latvia: [],
  Estonia: [],
  Finland: [],
  Sweden: [],
  Norway: [],
  Denmark: [],
  Iceland: [],
  Ireland: [],
  Austria: [],
  Switzerland: [],
  Czechia: ['Czech Republic'],
  Slovakia: [],
  Hungary: [],
  Romania: [],
  Bulgaria: [],
  Greece: [],
  Turkey: ['Türkiye'],
  Croatia: [],
  Slovenia: [],
  Serbia: [],
  Albania: [],
  Montenegro: [],
  'North Macedonia': [],
  Moldova: [],
  Ukraine: [],
  Belarus: [],
  Georgia: [],
  Armenia: [],
  Azerbaijan: [],
  Kazakhstan: [],
  Canada: [],
  Mexico: [],
  Brazil: [],
  Argentina: [],
  Chile: [],
  Colombia: [],
  Venezuela: [],
  Cuba: [],
  Greenland: [],
  Japan: [],
  'South Korea': [],
  'North Korea': [],
  Taiwan: [],
  India: [],
  Pakistan: [],
  Afghanistan: [],
  Iran: [],
  Iraq: [],
  Syria: [],
  Israel: [],
  Lebanon: [],
  Jordan: [],
  'Saudi Arabia': [],
  Qatar: [],
  Yemen: [],
  Egypt: [],
  Libya: [],
  Tunisia: [],
  Algeria: [],
  Morocco: [],
  Nigeria: [],
  Ethiopia: [],
  Sudan: [],
  'South Africa': [],
  Kenya: [],
  Australia: [],
  'New Zealand': [],
  Indonesia: [],
  Philippines: [],
  Vietnam: [],
  Thailand: [],
  Crimea: [],
  Donbas: ['Donbass'],
  Gaza: [],
  Arctic: [],
  Atlantic: [],
  Baltic: ['the Baltics', 'Baltics'],
  Scandinavia: [],
  'Indo-Pacific': [],
  'Middle East': [],
  Asia: [],
  Africa: [],
  Brussels: [],
  Berlin: [],
  Paris: [],
  London: [],
  Moscow: [],
  Kyiv: ['Kiev'],
  Warsaw: [],
  Vilnius: [],
  Riga: [],
  Tallinn: [],
  Helsinki: [],
  Stockholm: [],
  Oslo: [],
  Copenhagen: [],
  Rome: [],
  Madrid: [],
  Lisbon: [],
  Vienna: [],
  Prague: [],
  Budapest: [],
  Bucharest: [],
  Ankara: [],
  Beijing: [],
  Tokyo: [],
  Munich: [],
  Hamburg: [],
  Frankfurt: [],
  Geneva: [],
  'The Hague': ['Hague'],
  Washington: ['Washington, D.C.', 'Washington D.C.'],
  'New York': [],
  Norfolk: [],
  Tehran: [],
  Minsk: [],
};

/** Demonyms and adjectives of place: not entities on their own, but they may open an organisation's name. */
export const DEMONYMS = new Set([
  'American',
  'Americans',
  'European',
  'Europeans',
  'German',
  'Germans',
  'French',
  'British',
  'Russian',
  'Russians',
  'Ukrainian',
  'Ukrainians',
  'Polish',
  'Poles',
  'Lithuanian',
  'Canadian',
  'Canadians',
  'Chinese',
  'Italian',
  'Spanish',
  'Dutch',
  'Belgian',
  'Hungarian',
  'Romanian',
  'Swedish',
  'Finnish',
  'Norwegian',
  'Danish',
  'Turkish',
  'Greek',
  'Czech',
  'Austrian',
  'Swiss',
  'Irish',
  'Japanese',
  'Korean',
  'Indian',
  'Iranian',
  'Israeli',
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'Transatlantic',
  'Atlantic',
  'Baltic',
  'Nordic',
  'Franco-German',
  'French-German',
  'Belarusian',
  'Arab',
  'African',
  'Asian',
  'Latin',
  'Soviet',
  'Ukraine-Russia',
  'Euro-Atlantic',
]);

/** Organisations every reader knows by acronym: acronym → expansions. */
export const KNOWN_ORGS: Record<string, string[]> = {
  NATO: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'the Alliance'],
  EU: ['European Union', 'E.U.'],
  UN: ['United Nations'],
  DPA: ['German Press Agency', 'Deutsche Presse-Agentur'],
  AFP: ['Agence France-Presse'],
  AP: ['Associated Press'],
  IMF: ['International Monetary Fund'],
  OSCE: ['Organization for Security and Co-operation in Europe'],
  EPP: ["European People's Party", 'European People’s Party'],
  ECB: ['European Central Bank'],
  WHO: ['World Health Organization'],
  GOP: ['Republican Party'],
  CIA: ['Central Intelligence Agency'],
  FBI: ['Federal Bureau of Investigation'],
  AWS: ['Amazon Web Services'],
  PURL: ['Prioritized Ukraine Requirements List'],
  JFC: ['Joint Force Command'],
};

/** Acronyms that are places, not organisations. */
export const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'PRC', 'UAE', 'DRC']);

/** Last words that make a name an organisation. */
export const ORG_CUES = new Set([
  'Agency',
  'Group',
  'Party',
  'Conference',
  'Organization',
  'Organisation',
  'Union',
  'Ministry',
  'Journal',
  'Institute',
  'Bank',
  'Council',
  'Commission',
  'Parliament',
  'Committee',
  'Company',
  'Corporation',
  'Corp',
  'Inc',
  'Ltd',
  'Services',
  'Times',
  'Post',
  'News',
  'Press',
  'Forces',
  'Army',
  'Navy',
  'Command',
  'Department',
  'Office',
  'Foundation',
  'University',
  'Association',
  'Alliance',
  'Federation',
  'Assembly',
  'Court',
  'Fund',
  'Media',
  'Network',
  'Agentur',
  'Today',
  'Intelligence',
  'Congress',
  'Senate',
  'Pentagon',
  'Kremlin',
  'Bundestag',
  'Bruegel',
  'Eurointelligence',
  'OSINTdefender',
  'Newslooks',
  'Reuters',
  'Bloomberg',
  'Twitter',
]);

/** Names that are organisations by themselves (no cue word). */
export const KNOWN_ORG_NAMES = new Set([
  'Bruegel',
  'Eurointelligence',
  'OSINTdefender',
  'Newslooks',
  'Reuters',
  'Bloomberg',
  'Twitter',
  'Pentagon',
  'Kremlin',
  'Bundestag',
  'White House',
  'Pars Today',
  'Telegram',
  'Amazon',
  'Google',
  'Microsoft',
  'Rheinmetall',
  'Airbus',
  'Lockheed Martin',
  'Boeing',
  'Thales',
  'MBDA',
]);

/** Last words that make a name an event. */
export const EVENT_CUES = new Set([
  'Summit',
  'War',
  'Games',
  'Olympics',
  'Election',
  'Elections',
  'Cup',
  'Forum',
  'Concept',
]);

/** Title words that name an office (a role mention without a name refers to its holder). */
export const OFFICE_WORDS = new Set([
  'President',
  'Minister',
  'Secretary',
  'General',
  'Secretary-General',
  'Chancellor',
  'Chief',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Director',
  'Head',
  'Leader',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Ambassador',
  'Commissioner',
  'Governor',
  'Mayor',
  'King',
  'Queen',
  'Pope',
  'Commander',
  'Envoy',
  'Editor',
  'Founder',
  'CEO',
]);

/** Words of titles and roles that precede a name ("NATO Secretary-General Mark Rutte", "President Trump"): the
 * offices, plus honorifics, ranks, portfolio words and qualifiers that are not offices on their own. */
export const TITLE_WORDS = new Set([
  ...OFFICE_WORDS,
  'Vice',
  'Prime',
  'Senator',
  'Prince',
  'Princess',
  'Defence',
  'Defense',
  'Foreign',
  'Interior',
  'Finance',
  'Economy',
  'Deputy',
  'Former',
  'Admiral',
  'Colonel',
  'Major',
  'Lieutenant',
  'Captain',
  'Sergeant',
  'Mr',
  'Mr.',
  'Mrs',
  'Mrs.',
  'Ms',
  'Ms.',
  'Dr',
  'Dr.',
  'Prof',
  'Prof.',
  'Professor',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Rep.',
  'Sen.',
  'Gen.',
  'Gov.',
  'Analyst',
  'Correspondent',
  'Reporter',
  'Representative',
  'High',
]);

/** Words that, after a person's name, show it is a role noun phrase for a speaker ("the NATO chief"). */
export const ROLE_NOUNS = new Set([
  'chief',
  'leader',
  'head',
  'president',
  'chancellor',
  'minister',
  'secretary-general',
  'secretary general',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'commissioner',
  'official',
  'premier',
]);

/** Surnames of people so often in the news that a bare surname is a person. */
export const KNOWN_SURNAMES = new Set([
  'Trump',
  'Putin',
  'Zelensky',
  'Zelenskyy',
  'Macron',
  'Merz',
  'Scholz',
  'Merkel',
  'Biden',
  'Harris',
  'Vance',
  'Rubio',
  'Hegseth',
  'Starmer',
  'Sunak',
  'Johnson',
  'Meloni',
  'Orban',
  'Orbán',
  'Erdogan',
  'Erdoğan',
  'Xi',
  'Netanyahu',
  'Modi',
  'Lavrov',
  'Stoltenberg',
  'Kallas',
  'Leyen',
  'Tusk',
  'Lukashenko',
  'Obama',
  'Sanchez',
  'Sánchez',
  'Pistorius',
  'Costa',
  'Michel',
  'Borrell',
]);

/** Common given names (English, German, French, Dutch, Slavic, …) for person detection. */
export const FIRST_NAMES = new Set(
  `Aaron Adam Adrian Ahmed Alain Alan Albert Alberto Alex Alexander Alexandra Alexei Alexey Ali Alice Alison Amanda
  Amy Ana Anders Andrea Andreas Andrew Andrzej Angela Angelika Ann Anna Anne Annalena Anthony Antonio Antony Armin
  Arnaud Barack Barbara Ben Benjamin Bernard Bill Boris Brian Bruno Carl Carlos Caroline Catherine Charles Charlotte
  Chris Christian Christina Christine Christoph Christopher Claire Claudia Daniel David Dennis Diana Dmitry Dominic
  Donald Doug Edward Elena Elizabeth Emily Emma Emmanuel Eric Erik Eva Fabian Felix Florian Frank Franz Frederik
  Friedrich Gabriel George Georg Gerhard Giorgia Giuseppe Greg Gustav Hans Harald Heinrich Helmut Henry Hillary
  Horst Hugo Igor Ilya Irina Isabel Ivan Jack Jacob Jacques Jake James Jan Jane Janet Jason Javier Jean Jeff Jens
  Jennifer Jerome Jessica Jim Joachim Joe Johann Johannes John Jonathan Jorge Jose José Josef Joseph Josep Juan
  Julia Julian Julie Jürgen Justin Kaja Karl Karen Karin Kate Katherine Keir Kevin Kim Klaus Kristalina Kurt Lars
  Laura Lisa Lloyd Lorenzo Louis Luca Lucas Ludwig Luis Magnus Manfred Manuel Marco Margaret Maria Marie Marine Mario
  Mark Markus Marta Martin Mary Mateusz Matteo Matthew Matthias Max Michael Michel Miguel Mike Mikhail Mohammed
  Nancy Natalia Nathalie Nicholas Nicola Nicolas Niklas Nikolai Olaf Olga Oliver Olivier Oscar Pablo Patrick Paul
  Pedro Pete Peter Petr Philip Philipp Pierre Rachel Rafael Ralf Ralph Rebecca Richard Rishi Robert Roberto Roger
  Roland Ron Rosa Ruth Ryan Sam Samuel Sara Sarah Scott Sebastian Sergei Sergey Simon Sofia Sophie Stefan Stephan
  Stephen Steve Steven Susan Sven Thomas Tim Timothy Tobias Tom Tony Ulrich Ursula Valerie Vladimir Volodymyr Walter
  Werner Wolfgang Xavier Yulia Yves Zbigniew`.split(/\s+/),
);

/** Common female given names (English and European), for "she" resolution and person detection. */
export const FEMALE_FIRST_NAMES = new Set(
  `Abigail Ada Agnes Alexandra Alice Alicia Alison Allison Amanda Amber Amelia Amy Ana Andrea Angela Angelika Anita
  Ann Anna Anne Annalena Annette Ashley Audrey Barbara Beatrice Betty Beverly Brenda Brittany Carla Carmen Carol
  Caroline Carolyn Catherine Cathy Charlotte Cheryl Chloe Christina Christine Cindy Claire Claudia Colleen Cynthia
  Dana Danielle Debbie Deborah Debra Denise Diana Diane Donna Dorothy Elaine Eleanor Elena Elisabeth Elizabeth Ellen
  Emily Emma Erin Eva Evelyn Fiona Frances Gabriela Gail Giorgia Gloria Grace Hannah Heather Heidi Helen Hillary
  Ingrid Irene Irina Isabel Isabella Jacqueline Jane Janet Janice Jean Jeanne Jennifer Jessica Jill Joan Joanna
  Joyce Judith Judy Julia Julie Karen Karin Kate Katherine Kathleen Kathryn Kathy Katie Kelly Kimberly Kristalina
  Kristen Laura Lauren Leslie Linda Lisa Lori Louise Lucy Lydia Madeleine Margaret Maria Marie Marilyn Marine Marion
  Marta Martha Mary Megan Megyn Melania Melanie Melissa Michelle Monica Nancy Natalia Natalie Nathalie Nicole Nikki
  Nina Olga Olivia Pamela Patricia Paula Peggy Penny Rachel Rebecca Rita Roberta Rosa Rose Ruth Samantha Sandra
  Sara Sarah Sharon Shirley Sofia Sonia Sophie Stephanie Susan Suzanne Tammy Teresa Theresa Tiffany Tracy Ursula
  Valerie Vanessa Victoria Virginia Wendy Yulia`.split(/\s+/),
);

/** Common male given names (English and European), for "he" resolution and person detection. */
export const MALE_FIRST_NAMES = new Set(
  `Aaron Adam Adrian Ahmed Alain Alan Albert Alberto Alex Alexander Alexei Alexey Ali Andreas Andrew Andrzej Anthony
  Antonio Antony Armin Arnaud Arthur Barack Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris Brad Brandon Brian
  Bruce Bruno Bryan Carl Carlos Charles Charlie Chris Christian Christoph Christopher Chuck Clint Craig Dan Daniel
  Darrell Dave David Dennis Dick Dmitry Dominic Don Donald Doug Douglas Duncan Dylan Earl Ed Eddie Edward Emmanuel
  Eric Erik Eugene Evan Fabian Felix Florian Francis Frank Franz Fred Frederick Frederik Friedrich Gabriel Gary Gene
  George Georg Gerald Gerhard Giuseppe Glenn Gordon Greg Gregory Gustav Hans Harald Harold Harry Heinrich Helmut Henry
  Horst Howard Hugh Hugo Ian Igor Ilya Ivan Jack Jacob Jacques Jake James Jamie Jan Jared Jason Javier Jeb Jeff
  Jeffrey Jens Jeremy Jerome Jerry Jesse Jim Jimmy Joachim Joe Joel Johann Johannes John Johnny Jon Jonathan Jorge
  Jose José Josef Joseph Josep Josh Joshua Juan Julian Justin Karl Keir Keith Ken Kenneth Kevin Kirk Klaus Kurt Kyle
  Lars Larry Lawrence Lee Leon Lindsey Lloyd Lorenzo Louis Luca Lucas Ludwig Luis Magnus Manfred Manuel Marco Marcus
  Mario Mark Markus Martin Mateusz Matt Matteo Matthew Matthias Max Michael Miguel Mike Mikhail Mitch Mitt Mohammed
  Nathan Neil Nicholas Nick Nicolas Niklas Nikolai Noah Norman Olaf Oliver Olivier Oscar Pablo Patrick Paul Pedro
  Pete Peter Petr Phil Philip Philipp Pierre Rafael Ralf Ralph Rand Randy Raymond Reince Rick Richard Rishi Rob
  Robert Roberto Roger Roland Ron Ronald Roy Rudy Russell Ryan Sam Samuel Scott Sean Sebastian Sergei Sergey Simon
  Stefan Stephan Stephen Steve Steven Stuart Sven Ted Terry Thomas Tim Timothy Tobias Todd Tom Tony Travis Ulrich
  Victor Vincent Vladimir Volodymyr Walter Warren Wayne Werner Will William Willie Wolfgang Xavier Yves Zbigniew`.split(
    /\s+/,
  ),
);

/** Capitalised words that are never names on their own (sentence starts, headings, page furniture). */
export const NOT_NAMES = new Set(
  `The A An This That These Those It Its He She They We I You His Her Their Our My Your There Here What Which Who
  Whom Whose When Where Why How If But And Or Nor So Yet For Of In On At By To From With Without Into Onto Over Under
  After Before During Since Until While Although Though Because As Also Even Still Just Only Not No Yes Now Then
  Today Tomorrow Yesterday First Second Third Fourth Finally However Nevertheless Moreover Furthermore Meanwhile
  Overall Therefore Thus Instead Despite Neither Either Both Each Every Some Many Most Much More Few Several All Any
  Another Other Such Asked Speaking Responding According Click Please Menu Previous Next Latest More Top Average
  Vote No Be Read Share Comment Comments Reply Leave Deep Look Looks Quick Morning Edition Story Breaking Live Watch
  Related Subscribe Login Sign Home News Advertisement Sponsored Dealing Giving Making Particularly Staggering Cyber
  One Two Three Four Five Six Seven Eight Nine Ten Supporters Europeans Americans Allies Opposes
  Stresses Calls Response Warns Notes Urges Debate Reaffirms Bigger
  Picture Evolving Splitting Volatile World Heats Up Twitter Article Articles Cyber Storm Delays Flights Pushes
  Accounts Boost Ahead Midterms Winter Children Wire Whose Are Is Was Were Has Have Had Do Does Did Will Would Can
  Could Should Must May Might Let Let’s Mr Ms Mrs Sure Thanks Thank Note Notes Update Updated Photo Video I’m I'm
  I’ve I've I’ll I'll I’d I'd Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
  June July August September October November December Spring Summer Autumn Fall GDP GNP CEO USD EUR GBP AI PM AM
  TV ID OK FAQ PDF URL Ministers Leaders Officials Allies Members Partners`.split(/\s+/),
);

/** Speech verbs for attribution (past and present forms). */
export const SPEECH_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'stated',
  'states',
  'emphasized',
  'emphasised',
  'emphasizes',
  'emphasises',
  'stressed',
  'stresses',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'noted',
  'notes',
  'claimed',
  'claims',
  'concluded',
  'explained',
  'explains',
  'wrote',
  'writes',
  'declared',
  'announced',
  'asserted',
  'remarked',
  'replied',
  'responded',
  'continued',
  'suggested',
  'suggests',
  'believes',
  'believed',
  'acknowledged',
  'admitted',
  'conceded',
  'urged',
  'urges',
  'reiterated',
  'recalled',
  'observed',
  'pointed out',
  'maintained',
  'affirmed',
  'confirmed',
  'asked',
  'questioned',
  'cautioned',
  'predicted',
  'underlined',
  'underscored',
  'contended',
  'countered',
  'mentioned',
  'described',
  'reported',
  'reports',
  'tweeted',
  'tweets',
  'posted',
  'emailed',
  'texted',
  'wrote in',
  'echoed',
  'joked',
  'quipped',
  'boasted',
  'bragged',
  'complained',
  'vowed',
  'promised',
  'pledged',
  'charged',
  'alleged',
  'retorted',
  'answered',
  'shouted',
  'yelled',
  'exclaimed',
  'chanted',
  'cried',
  'mused',
  'wondered',
  'testified',
  'agreed',
  'proclaimed',
  'barked',
  'snapped',
  'scoffed',
  'sighed',
  'laughed',
  'recounted',
  'remembered',
  'put it',
  'reads',
  'read',
  'begins',
  'concludes',
  'asks',
  'replies',
  'responds',
  'continues',
  'adding',
  'saying',
  'telling',
  'writing',
  'noting',
  'arguing',
  'explaining',
  'declaring',
  'asking',
];

/** Lower-case head nouns of a definite role phrase that names a person ("the Vermont senator", "the former president"). */
export const PERSON_ROLE_HEADS = new Set(
  `senator congressman congresswoman governor president candidate nominee frontrunner front-runner chancellor minister
  secretary secretary-general chief leader chairman chairwoman spokesman spokeswoman spokesperson ambassador mayor
  businessman businesswoman billionaire developer mogul lawmaker legislator speaker premier commissioner director
  representative treasurer attorney judge justice general admiral commander pope king queen prince host anchor
  founder owner executive ceo actor actress singer star rapper comedian author writer journalist reporter columnist
  pollster strategist adviser advisor economist analyst professor scholar historian lawyer activist veteran`.split(
    /\s+/,
  ),
);

/** Acronyms written in lower case by their owners ("dpa"); matched as names even though not capitalised. */
export const LOWERCASE_ACRONYMS = new Set(['dpa']);
