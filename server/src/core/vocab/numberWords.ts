/** Number words and their values. Compounds ("twenty-five", "four and a half", "a dozen") are built from these. */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply what stands before them ("three hundred", "1.2 million"). */
export const MULTIPLIER_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Words that stand for a number on their own ("a dozen eggs", "a couple of days", "an entire day"). */
/** Fraction characters written after a whole number: "7½ minutes", "7 ½ minutes". */
export const VULGAR_FRACTIONS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };

export const ARTICLE_NUMBERS: Record<string, number> = {
  'a dozen': 12, 'half a dozen': 6, 'a couple of': 2, 'a pair of': 2, 'a score of': 20, 'a hundred': 100,
  'a thousand': 1000, 'a million': 1e6, 'an entire': 1, 'a full': 1, 'a whole': 1, 'a single': 1, 'a': 1, 'an': 1,
  'half an': 0.5, 'half a': 0.5, 'one and a half': 1.5,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
