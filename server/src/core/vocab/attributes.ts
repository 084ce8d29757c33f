/**
 * Vocabulary for reading what a figure is about (see attributes.ts): the words that name a property rather than a
 * thing, adjectives that turn a measure into a property, verb forms, words of time scope, of parts and of
 * attribution, and things reporters name interchangeably. Every entry is general English; none names a place, a
 * person or an event.
 */

/**
 * Nouns that name the property measured, not the thing it belongs to: in "a depth of 10 km" the property is
 * depth; in "a speed of 50 km/h" the thing must be found elsewhere ("the train reached a speed of ...").
 * Mapped to the property they name; an empty string means the noun adds nothing ("a total of 40").
 */
export const PROPERTY_NOUNS: Record<string, string> = {
  speed: 'speed', speeds: 'speed', velocity: 'speed', pace: 'speed',
  depth: 'depth', distance: 'distance', length: 'length', height: 'height', altitude: 'height', elevation: 'height',
  width: 'width', weight: 'weight', size: 'size', area: 'area', magnitude: '', intensity: '', temperature: '',
  total: '', toll: '', tally: '', sum: '', figure: '', number: '', amount: '', count: '', estimate: '', maximum: '',
  average: 'average', rate: 'rate', margin: 'margin', capacity: 'capacity', age: '', population: '', value: 'value',
  cost: 'cost', price: 'price', budget: 'budget', fine: 'fine', ransom: 'ransom', salary: 'salary', bail: 'bail',
  record: 'record', score: 'score', range: 'range', duration: '', period: '', span: '', spell: '', stretch: '',
};

/** Adjectives after a measure that say which property it is: "10 km deep", "300 m long", "40 km away". */
export const PREDICATE_PROPERTIES: Record<string, string> = {
  deep: 'depth', down: 'depth', underground: 'depth', below: 'depth', beneath: 'depth',
  long: 'length', high: 'height', tall: 'height', wide: 'width', across: 'width', heavy: 'weight',
  away: 'distance', off: 'distance', from: 'distance', short: 'distance',
};

/** Compass words that make a measure a distance from a place: "120 km north of the capital". */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west', 'northern', 'southern', 'eastern', 'western', 'outside',
  'inland', 'offshore', 'upstream', 'downstream']);

/** Irregular verb forms, mapped to their base form: "ran for 86 yards" and "an 86-yard run" meet at "run". */
export const VERB_BASE: Record<string, string> = {
  ran: 'run', runs: 'run', running: 'run', threw: 'throw', thrown: 'throw', throws: 'throw', fell: 'fall', fallen: 'fall',
  falls: 'fall', rose: 'rise', risen: 'rise', rises: 'rise', grew: 'grow', grown: 'grow', won: 'win', wins: 'win',
  lost: 'lose', loses: 'lose', drove: 'drive', driven: 'drive', flew: 'fly', flown: 'fly', sank: 'sink', sunk: 'sink',
  struck: 'strike', went: 'go', gone: 'go', caught: 'catch', swam: 'swim', rode: 'ride', ridden: 'ride', spent: 'spend',
  paid: 'pay', sold: 'sell', bought: 'buy', cost: 'cost', took: 'take', taken: 'take', led: 'lead', hit: 'hit',
  stood: 'stand', dropped: 'drop', slid: 'slide', climbed: 'climb', traveled: 'travel', travelled: 'travel',
  kicked: 'kick', shot: 'shoot', felt: 'feel', shook: 'shake', shaken: 'shake', kept: 'keep', held: 'hold', left: 'leave',
  met: 'meet', spoke: 'speak', spoken: 'speak', sat: 'sit', slept: 'sleep', stayed: 'stay', served: 'serve', lasted: 'last',
  began: 'begin', begun: 'begin', broke: 'break', broken: 'break', built: 'build', came: 'come', became: 'become',
  got: 'get', gave: 'give', given: 'give', hid: 'hide', knew: 'know', lay: 'lie', lain: 'lie', made: 'make',
  saw: 'see', seen: 'see', sent: 'send', stole: 'steal', stolen: 'steal', swept: 'sweep', tore: 'tear', torn: 'tear',
  wore: 'wear', worn: 'wear', woke: 'wake', wrote: 'write', written: 'write', fought: 'fight', fled: 'flee', dug: 'dig',
  hung: 'hang', burned: 'burn', burnt: 'burn', spread: 'spread', rang: 'ring',
};

/**
 * Words that name the same thing, mapped to one of them. Kept to things whose figures reporters compare: a
 * journey and a trip, a run and a dash, a blast and an explosion.
 */
export const THING_GROUPS: string[][] = [
  ['run', 'scamper', 'dash', 'sprint', 'jaunt', 'rush', 'carry', 'scramble'],
  ['journey', 'trip', 'ride', 'trek', 'voyage', 'drive'],
  ['quake', 'earthquake', 'tremor', 'temblor', 'shock'],
  ['blast', 'explosion', 'bombing', 'bomb', 'detonation'],
  ['fire', 'blaze', 'inferno', 'wildfire'],
  ['ship', 'vessel', 'ferry', 'boat', 'liner'],
  ['car', 'vehicle', 'automobile'],
  ['fall', 'plunge', 'drop'],
  ['pass', 'throw', 'toss', 'reception', 'catch', 'completion'],
  ['victory', 'win'],
  ['defeat', 'loss'],
  ['field goal', 'kick'],
  ['jewellery', 'jewelry', 'jewel', 'gem'],
];

/**
 * Words of time scope near a figure, mapped to a scope: a season's or a career's figure is not one game's, and a
 * previous one is not this one's. Phrases are lower-case, matched word by word.
 */
/**
 * Words that, among a sentence's first BACKGROUND_OPENING_WORDS, open it on a past time ("Last year …", "Two years
 * ago …"), as a background paragraph does (with a year: "In 2004 …"). attributes.ts reads them; reanalysis.ts reads
 * them too, to know which sentences an edit's background may reach.
 */
export const BACKGROUND_OPENERS = new Set(['last', 'ago', 'previously', 'earlier']);
export const BACKGROUND_OPENING_WORDS = 5;

/** "closed at $41.2 yesterday": words of when, never what a figure counts or values, nor a noun a figure modifies. */
export const DAY_WORDS = new Set(['yesterday', 'today', 'tonight', 'tomorrow', 'overnight']);

/** Stretches of a game: a figure "in the first half" is that stretch's, not the game's. */
export const GAME_STRETCHES = ['first', 'second', 'third', 'fourth', 'final', 'opening'].flatMap((ordinal) =>
  ['half', 'quarter', 'period', 'inning', 'innings', 'set'].map((part) => `${ordinal} ${part}`)).concat(['overtime', 'extra time']);

export const TIME_SCOPES: Record<string, string> = {
  ...Object.fromEntries(GAME_STRETCHES.map((stretch) => [stretch, stretch])),
  season: 'season', seasons: 'season', 'this season': 'season', 'on the season': 'season', 'for the season': 'season',
  'this year': 'year', 'so far': 'so-far', 'thus far': 'so-far', 'until now': 'so-far', 'up to now': 'so-far', 'to date': 'so-far', 'year-to-date': 'so-far',
  career: 'career', 'all-time': 'career', lifetime: 'career', franchise: 'career',
  previous: 'past', previously: 'past', 'last year': 'past', 'last season': 'past', 'a year ago': 'past',
  'years ago': 'past', 'in the past': 'past', 'the old': 'past', 'earlier this year': 'past',
  'last month': 'past', 'a decade ago': 'past', 'since then': 'past', 'in a separate': 'other', 'separate incident': 'other',
  'another incident': 'other', 'in an earlier': 'other',
  weekly: 'per-week', monthly: 'per-month', annually: 'per-year', annual: 'per-year', yearly: 'per-year',
  'a year': 'per-year', 'per year': 'per-year', 'a month': 'per-month', 'per month': 'per-month', 'a week': 'per-week',
  'per week': 'per-week', 'a day': 'per-day', 'per day': 'per-day', daily: 'per-day', 'an hour': 'per-hour',
  'per hour': 'per-hour', 'per game': 'per-game', 'a game': 'per-game', 'per season': 'per-season', 'per capita': 'per-person', each: 'each',
};

/**
 * What each player of a game tallies: a count of these is some player's or team's, and one whose owner a sentence
 * does not tell ("finished with nine points") cannot be set beside another's ("scored 20 points"). Words with another
 * common sense in news stay out: "shots" fired, "the 3000 block" of a street, "a 9-2 run".
 */
export const PLAYER_TALLIES = new Set(['point', 'rebound', 'assist', 'touchdown', 'pass', 'catch', 'carry', 'reception',
  'tackle', 'sack', 'interception', 'goal', 'strikeout', 'steal', 'basket', 'three-pointer', 'pointer', 'homer', 'birdie', 'turnover', 'punch', 'foul', 'ace', 'save']);

/** Words right before a figure that make it a part of a larger one: "five of them", "including three children". */
export const PART_BEFORE = new Set(['including', 'among', 'of whom', 'of them', 'of which', 'half', 'another', 'additional',
  'further']);

/**
 * Words that make a figure an increment on one told before ("another four died", "four more were found"): what it adds
 * to depends on what the report had said, so it is compared with nothing. ("four others" and "12 other people" stay
 * out: "killed two and injured 40 others" counts the rest, not more.)
 */
export const INCREMENT_BEFORE = new Set(['another', 'additional', 'further']);
export const INCREMENT_AFTER = new Set(['more', 'additional', 'further']);

/**
 * Verbs of saying: a name beside one is whose word the figure is, not whose figure it is ("Sky News estimates at least
 * 50 injured", "Police said 12 were arrested").
 */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'added', 'adds',
  'reported', 'reports', 'announced', 'announces', 'confirmed', 'confirms', 'estimated', 'estimates', 'believes', 'believed',
  'thinks', 'claimed', 'claims', 'quoted', 'quotes']);

/** Who says: a figure in a clause with one of these is an attributed estimate. */
export const ATTRIBUTION = new Set(['estimated', 'estimate', 'estimates', 'according', 'organisers', 'organizers',
  'reportedly', 'unconfirmed', 'allegedly']);

/** Determiners and possessives before an attributive figure: "a 20-hour journey", "his 86-yard run". */
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that', 'our', 'my', 'your',
  'another', 'each', 'every']);

/** Pronouns a verb takes as its object: "arrested him two days after". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

/** Ordinal words that single out one of several things: "the second blast" is not "the first". */
export const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'last', 'final', 'latest', 'earlier', 'later', 'next', 'opening', 'initial', 'main', 'biggest', 'largest',
  'smallest', 'longest', 'shortest', 'other']);

/**
 * Plural nouns of occasions: a figure in a clause that also counts the occasions it adds up ("31 magazines during
 * the five raids", "eight losses in their last 10 games") is a running total, not one occasion's figure.
 */
export const OCCASIONS = new Set(['operations', 'raids', 'attacks', 'incidents', 'games', 'matches', 'fights', 'bouts',
  'races', 'starts', 'seasons', 'tournaments', 'trips', 'visits', 'outings', 'appearances', 'missions', 'strikes',
  'sorties', 'patrols', 'rounds', 'innings', 'meetings', 'elections', 'campaigns']);

/** Words before "N occasions" that make it the span a total is counted over: "in the last 10 games". */
export const OVER_OCCASIONS = new Set(['the', 'these', 'those', 'its', 'his', 'her', 'their', 'last', 'past', 'first',
  'previous', 'all', 'in', 'during', 'over', 'across', 'from', 'through']);

/**
 * Words between a counted subject and its verb that say nothing of what befell it: "400 protesters have (reportedly)
 * been detained", "35,000 bodies were never recovered".
 */
export const AUXILIARIES = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'being', 'are', 'is', 'reportedly']);

/**
 * Words that, led by a number ("13-inch", "256GB", "2.0-litre", "four-door"), name one variant of a product: its
 * price or weight is that variant's ("The 13-inch model costs $1,199; the 15-inch costs $1,799"). Units of length
 * count too ("15-inch").
 */
export const VARIANT_WORDS = ['gb', 'tb', 'ghz', 'megapixel', 'core', 'door', 'seat', 'seater', 'cylinder', 'speed'];

/** Words that end the clause a price's variant is read in: "costs $1,199, while the 15-inch sells for $1,499". */
export const VARIANT_CLAUSE_BREAKS = ['while', 'whereas', 'but', ';'];

/** Nouns that name a variant of a product rather than a thing priced ("$1,199 and $1,499 versions"). */
export const PRODUCT_VARIANT_NOUNS = ['version', 'versions', 'model', 'models', 'option', 'options', 'configuration', 'configurations', 'edition', 'editions', 'variant', 'variants'];

/** Words that say a name is a street's ("Harbour Road", "14th Street"): the rest of the name tells which street. */
export const STREET_WORDS = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane',
  'ln', 'way', 'place', 'court', 'ct', 'terrace', 'highway', 'parkway', 'square', 'crescent', 'close']);

/**
 * Words before a figure in its clause that make it a possibility, not what happened: "could be sentenced to up to 20
 * years", "faces 12 years", "a possible $5 million fine". Followed by "have" they guess at what did happen ("may have
 * killed 30"), and the figure is as any other.
 */
export const POSSIBILITY_WORDS = new Set(['could', 'might', 'may', 'would', 'faces', 'facing', 'face', 'risks', 'risking', 'potential', 'possible', 'potentially']);
