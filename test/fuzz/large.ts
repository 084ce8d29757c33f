/**
 * Large and pathological inputs for the fuzzer: a 1 MB line, a 10 MB report, megabytes of digits, commas,
 * brackets, capitalised words or combining marks. `shapes` builds each at a given size, so that the same shape can
 * be measured at N and 4N characters to see how the work grows.
 */

/** A few sentences of invented news, repeated to fill any size. */
const sentences = [
  'The train was travelling at about 50 km/h (31 mph) when it derailed near Kyiv on Monday.',
  'At least 12 people were killed and 40 injured, Sergei Shoigu said.',
  'The bridge, 1,180 kilometres (733 miles) from the capital, is 300 metres long.',
  'Officials said some 2,000 residents were evacuated; the fire burned 5,000 hectares.',
  'A 45-year-old man was arrested, the New York Police Department said in a statement.',
  'The quake measured 6.2 magnitude and lasted nearly two minutes, according to Reuters.',
];

/** `unit` repeated (and cut) to exactly `size` UTF-16 units, never cutting a surrogate pair in half. */
export function repeatTo(unit: string, size: number): string {
  let text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)} `;
  return text;
}

/** Input shapes, each a function of the size in UTF-16 units. */
export const shapes: Record<string, (size: number) => string> = {
  'news prose, one sentence per line': (size) => repeatTo(sentences.join('\n') + '\n', size),
  'news prose on one line': (size) => repeatTo(sentences.join(' ') + ' ', size),
  'digits only': (size) => repeatTo('1234567890', size),
  'one long 1,000,000 number': (size) => `1${repeatTo(',000', size - 1)}`,
  'figures back to back': (size) => repeatTo('about 50 km/h (31 mph), at least 12 killed, 7:37, ', size),
  'opening brackets and commas': (size) => repeatTo('(5 km, (', size),
  'capitalised words without end': (size) => repeatTo('Kim Jong Un Sergei Shoigu Harlo Venstrup ', size),
  'mixed-script words': (size) => repeatTo('Рaris Mоscow Вerlin ', size),
  'combining marks and emoji': (size) => repeatTo('e\u0301\u0308👍🏽🇺🇦 50 km ', size),
  'lone surrogates and controls': (size) => repeatTo('\ud800\u0000\udc00\u202e\u0007 ', size),
  'markdown fences never closed': (size) => repeatTo('```\n5 km\n~~~\n', size),
  'html and links': (size) => repeatTo('<a href="x">5 km</a> [5 km](command:x) https://example.invalid/5km ', size),
  'blank lines': (size) => repeatTo('\n', size),
  'CJK with figures': (size) => repeatTo('北京列车时速59km/h，12people killed，Kim说，', size),
  'figures without spaces': (size) => repeatTo('5km,6km;(7mph)/', size),
  'figures and letters only': (size) => repeatTo('5km6km7mph', size),
  'one unbroken token': (size) => repeatTo('a', size),
  'one sentence, no full stop, many numbers': (size) => repeatTo('and 5 and 6 km and seven miles ', size),
};

export const oneMegabyte = 1024 * 1024;
export const tenMegabytes = 10 * oneMegabyte;
