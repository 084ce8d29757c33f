/**
 * fast-check generators of the text Crosscheck meets in the wild: news-like sentences full of figures (hedges,
 * units, ranges, number words, money, dates), names in several spellings and scripts, and hostile noise — lone
 * surrogates, combining marks, right-to-left and bidi controls, emoji, NUL and control characters, Markdown and
 * HTML, binary bytes decoded as text. The vocabularies below are test data written for the fuzzer, not the engine's.
 */
import fc from 'fast-check';

const hedges = [
  'about', 'around', 'nearly', 'almost', 'at least', 'more than', 'over', 'up to', 'as many as', 'some', 'roughly',
  'approximately', 'fewer than', 'less than', 'under', 'a maximum of', 'no more than', 'just over', 'an estimated',
  'dozens of', 'in excess of', 'close to', 'c.',
];
const units = [
  'km', 'kilometers', 'kilometres per hour', 'km/h', 'kph', 'mph', 'miles per hour', 'miles', 'mi', 'm', 'metres',
  'feet', 'ft', 'yards', 'inches', 'cm', 'mm', 'knots', 'nautical miles', 'sq km', 'km²', 'hectares', 'acres',
  'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'tonnes', 'tons', 'kg', 'lbs',
  '°C', '°F', 'degrees Celsius', 'degrees F', '%', 'per cent', 'percentage points', 'dollars', 'euros', 'pounds',
  'people', 'passengers', 'soldiers', 'cars', 'houses', 'year-old', 'years old', '-magnitude', 'mm calibre',
];
const prefixes = ['$', 'US$', '€', '£', '¥', 'USD ', 'Rs ', '-', '−', '+', '~', '±', '#', 'No. '];
const scales = ['million', 'billion', 'bn', 'm', 'k', 'thousand', 'hundred', 'trillion', 'crore', 'lakh'];
const numberWords = [
  'zero', 'one', 'two', 'three', 'eleven', 'nineteen', 'twenty', 'twenty-five', 'forty two', 'ninety-nine',
  'a dozen', 'half a dozen', 'a couple of', 'a hundred', 'three hundred', 'two thousand', 'one and a half',
  'four and a half', 'first', 'second', 'twentieth', 'hundredth', 'dozens', 'hundreds', 'thousands',
  'tens of thousands', 'millions', 'half', 'a quarter', 'a third', 'an', 'a',
];
const frameWords = [
  'killed', 'dead', 'died', 'injured', 'wounded', 'arrested', 'missing', 'evacuated', 'passengers', 'speed',
  'travelling at', 'reached', 'long', 'high', 'deep', 'wide', 'away', 'km from', 'magnitude', 'earthquake',
  'struck', 'aged', 'cost', 'fined', 'worth', 'temperature', 'lasted', 'on Monday', 'on Tuesday', 'at 10:30',
  'in 2019', 'on 3 March', 'on March 3, 2024', 'train', 'derailed', 'turnout', 'votes', 'crowd',
];
const names = [
  'Kim Jong Un', 'Kim Jong-un', 'Sergei Shoigu', 'Sergey Shoygu', 'Harlo Venstrup', 'Hal Venstrup', 'Muammar Gaddafi',
  'Moammar Qaddafi', 'Kyiv', 'Kiev', 'São Paulo', 'Sao Paulo', 'Zürich', 'Zurich', 'Al-Jazeera', "O'Brien",
  'Mc Donald', 'Ελλάδα', 'Москва', 'Мoscow', 'Рaris', 'الجزيرة', 'תל אביב', '北京', '東京都', 'Đắk Lắk',
  'New York Police Department', 'NYPD', 'U.N.', 'St. Louis', 'Dr. Ana Lima', 'ACME Corp.',
];
/** Names as two outlets spell them. */
export const namePairs: [string, string][] = [
  ['Sergei Shoigu', 'Sergey Shoygu'], ['Kim Jong Un', 'Kim Jong-un'], ['Muammar Gaddafi', 'Moammar Qaddafi'],
  ['Kyiv', 'Kiev'], ['São Paulo', 'Sao Paulo'], ['Harlo Venstrup', 'Harlo Vеnstrup'], ['Zürich', 'Zurich'],
];
const plainWords = [
  'the', 'a', 'and', 'said', 'police', 'officials', 'reported', 'on', 'in', 'of', 'by', 'at', 'to', 'was', 'were',
  'spokesperson', 'according', 'Reuters', 'AP', 'witnesses', 'storm', 'fire', 'city', 'river', 'bridge', 'it',
  'Source:', 'Title:', 'Date:', 'URL:', 'Updated', 'Advertisement', 'Read more', 'Share this', 'Subscribe',
];
/** Characters that break naive text handling. */
const hostileChars = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\r', '\r\n', '\n', '\u001b[31m', '\u007f', '\u0085',
  '\u00a0', '\u00ad', '\u2028', '\u2029', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b',
  '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c', '\ufeff', '\ufffd', '\ufffe',
  '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\u0301', '\u0308\u0301\u0327', '\u20dd',
  'e\u0301', '\u1100\u1161', '👍🏽', '👨‍👩‍👧', '🇺🇦', '🏳️‍🌈', '𝟓𝟎', '𝐤𝐦', '１２３', '٣٤٥', '۱۲', '१२', '½', '¾',
  '²', '³', '⁴', 'Ⅻ', '①', '∞', 'ﬁ', 'ß', 'İ', 'ı', 'ǅ', '\u0660', '\u2212', '\u2013', '\u2014', '\u2019', '“', '”',
  '«', '»', '‹', '›', '…', '‰', '′', '″', '°', 'º', '·', '•', '\u3000', '\u2009', '\u202f',
];
const markup = [
  '# ', '## ', '> ', '- ', '* ', '1. ', '```\n', '```', '~~~', '`', '**', '_', '---\n', '...\n', '|', '[', ']', '(',
  ')', '![x](http://example.invalid/a.png)', '[click](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '<!-- -->', '&amp;', '&#x27;', 'https://example.invalid/a?b=1&c=2', 'www.example.invalid',
  '<https://example.invalid>', '---\ntitle: x\nsource: [a, b\n---\n', '---\nsource: Wire\ndate: 2024-03-03\n---\n',
  '\\', '$$', '{{', '}}', '%s', '%n', '${x}', '\\u0000',
];

/** `arbitrary` one time in `oneIn`, else `absent`: optional parts of a phrase are mostly left out. */
function sometimes<T, A>(arbitrary: fc.Arbitrary<T>, oneIn: number, absent: A): fc.Arbitrary<T | A> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(absent) }, { weight: 1, arbitrary });
}

const digits = fc.stringMatching(/^[0-9]{1,7}$/);

/** A figure as news writes it: "about 1,180 km", "$1.2bn", "10-12 people", "twenty-five", "3.5%", "-5°C". */
export const numberPhrase: fc.Arbitrary<string> = fc
  .tuple(
    sometimes(fc.constantFrom(...hedges), 3, undefined),
    sometimes(fc.constantFrom(...prefixes), 4, undefined),
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: 999_999 }).map(String) },
      { weight: 2, arbitrary: fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')) },
      { weight: 2, arbitrary: fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`) },
      { weight: 1, arbitrary: fc.tuple(digits, digits).map(([a, b]) => `${a},${b}`) },
      { weight: 1, arbitrary: fc.tuple(digits, digits, digits).map((parts) => parts.join(',')) },
      { weight: 1, arbitrary: fc.tuple(digits, fc.constantFrom('-', '–', ' to ', ' and ', '/', ' or ', 'x'), digits).map((p) => p.join('')) },
      { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{20,400}$/) },
      { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('1e5', '1e308', '1e-9', '0.000001', '007', '0', '00.0', '.5', '5.', '1,', ',5', '1,,000', '9.9.9', 'Infinity', 'NaN') },
      { weight: 3, arbitrary: fc.constantFrom(...numberWords) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('st', 'nd', 'rd', 'th')).map(([n, s]) => `${n}${s}`) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([h, m]) => `${h}:${m}`) },
    ),
    sometimes(fc.constantFrom(...scales), 4, undefined),
    sometimes(fc.constantFrom(...units), 2, undefined),
    sometimes(fc.tuple(digits, fc.constantFrom(...units)).map(([n, u]) => `(${n} ${u})`), 5, undefined),
    fc.constantFrom(' ', '', '\u00a0', '-', '\u202f'),
  )
  .map(([hedge, prefix, number, scale, unit, conversion, gap]) =>
    [hedge, `${prefix ?? ''}${number}`, scale, unit, conversion].filter((part) => part !== undefined).join(gap || ' '),
  );

/** Frames with the units that go with them, so that two reports' figures align and can disagree. */
const framedUnits: [string, string[]][] = [
  ['were killed, police said', ['people', 'civilians', '']],
  ['people were injured when', ['', 'more']],
  ['the train was travelling at', ['km/h', 'kilometers per hour', 'mph', 'miles per hour', 'knots', 'm/s']],
  ['the bridge is', ['metres long', 'feet long', 'km long', 'miles long', 'm long']],
  ['the suspect, aged', ['', 'years']],
  ['the fire burned', ['hectares', 'acres', 'square kilometers', 'sq mi']],
  ['the quake measured', ['magnitude', '']],
  ['the temperature reached', ['°C', '°F', 'degrees Celsius']],
  ['the siege lasted', ['hours', 'days', 'minutes', 'weeks']],
  ['the cargo weighed', ['tonnes', 'kg', 'lbs', 'tons']],
  ['the fine was', ['dollars', 'euros', 'million dollars', '']],
];

/** A figure for a frame: hedged or not, in any number shape, in one of the frame's units. */
export const framedFigures: fc.Arbitrary<{ frame: string; figures: string[] }> = fc
  .constantFrom(...framedUnits)
  .chain(([frame, frameUnits]) =>
    fc.record({
      frame: fc.constant(frame),
      figures: fc.array(
        fc
          .tuple(
            sometimes(fc.constantFrom(...hedges), 2, undefined),
            fc.oneof(
              fc.integer({ min: 0, max: 2000 }).map(String),
              fc.integer({ min: 1000, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
              fc.tuple(fc.nat(300), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
              fc.constantFrom(...numberWords),
            ),
            sometimes(fc.constantFrom('$', '€', '-'), 6, ''),
            fc.constantFrom(...frameUnits),
            sometimes(fc.tuple(fc.nat(3000), fc.constantFrom(...units)).map(([n, u]) => ` (${n} ${u})`), 4, ''),
          )
          .map(([hedge, number, prefix, unit, conversion]) => `${hedge ? `${hedge} ` : ''}${prefix}${number} ${unit}${conversion}`.trim()),
        { minLength: 2, maxLength: 4 },
      ),
    }),
  );

/** One piece of a report: mostly prose and figures, some names, some markup and hostile characters. */
const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...plainWords) },
  { weight: 5, arbitrary: numberPhrase },
  { weight: 3, arbitrary: fc.constantFrom(...frameWords) },
  { weight: 3, arbitrary: fc.constantFrom(...names) },
  { weight: 2, arbitrary: fc.constantFrom('.', ',', '!', '?', ';', ':', '. ', '.\n', '\n\n', '\n', '"', "'", '(', ')') },
  { weight: 2, arbitrary: fc.constantFrom(...hostileChars) },
  { weight: 1, arbitrary: fc.constantFrom(...markup) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** A report: pieces joined by spaces (mostly), sometimes with a "Source:" header or front matter. */
export const reportText: fc.Arbitrary<string> = fc
  .tuple(
    sometimes(fc.constantFrom('Source: Example Wire\n', 'Source: <b>[x](command:evil)</b>\n', '---\nsource: Daily\ntitle: T\n---\n', 'Title: 50 km\n'), 3, ''),
    fc.array(fc.tuple(segment, fc.constantFrom(' ', ' ', ' ', '', '\n', '  ')), { maxLength: 60 }),
  )
  .map(([header, parts]) => header + parts.map(([text, gap]) => text + gap).join(''));

/** Text with no structure at all: any UTF-16 code units, lone surrogates included. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** Bytes that are mostly text but not valid UTF-8: Latin-1 accents, cut multi-byte sequences, stray BOMs. */
export const textLikeBytes: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((b) => [b]) },
      { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }).map((b) => [b]) },
      { weight: 1, arbitrary: fc.constantFrom([0xe2, 0x80], [0xf0, 0x9f, 0x98], [0xc3], [0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0x0a], [0x0d, 0x0a]) },
    ),
    { maxLength: 200 },
  )
  .map((chunks) => Uint8Array.from(chunks.flat()));

/** File names of reports, including awkward ones ("100%.txt", spaces, non-Latin, no extension). */
export const reportName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('a.txt', 'b.md', 'c.news', 'd.markdown', 'report', '100%.txt', '%E0%A4%A.md', 'a b.txt', 'Москва.txt', 'x.MD', '.txt', 'e.mdx'),
  fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom('.txt', '.md', '.news', '')).map(([stem, ext]) => stem + ext),
);

/** A small workspace: two to four reports, each news-like or raw, under distinct ids. */
export const workspaceReports: fc.Arbitrary<{ id: string; text: string }[]> = fc
  .uniqueArray(fc.tuple(reportName, fc.oneof({ weight: 4, arbitrary: reportText }, { weight: 1, arbitrary: rawText })), {
    minLength: 1,
    maxLength: 4,
    selector: ([name]) => name,
  })
  .map((reports) => reports.map(([name, text], n) => ({ id: `/ws/${n}/${name}`, text })));

/** Known-entities lists as a user might write them (names with odd characters, empty aliases). */
export const knownEntities = fc.array(
  fc.record({
    name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 12 })),
    kind: fc.constantFrom('person', 'place', 'organisation', 'other', undefined),
    aliases: fc.array(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 })), { maxLength: 3 }),
  }),
  { maxLength: 4 },
) as fc.Arbitrary<{ name: string; kind?: 'person' | 'place' | 'organisation' | 'other'; aliases: string[] }[]>;

/** A random edit of a text: replace a slice with a piece (for incremental re-analysis). */
export const textEdit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(segment, numberPhrase, fc.constant('')),
});
