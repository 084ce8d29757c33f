/**
 * Words reporters use interchangeably around a figure. The words around two figures are compared after mapping
 * each to the first word of its group, so "four villages destroyed" meets "seven villages flattened" and "the 12
 * worst-hit villages" meets "the four hardest-hit villages". Groups hold word forms as they appear, lower-case.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['destroyed', 'flattened', 'leveled', 'levelled', 'razed', 'wrecked', 'demolished', 'devastated', 'destroying',
    'flattening', 'leveling', 'levelling', 'razing'],
  ['worst', 'hardest', 'most'],
  ['hit', 'affected', 'stricken', 'struck'],
  ['arrested', 'detained', 'held', 'arrests', 'detentions', 'arrest', 'detain'],
  ['killed', 'dead', 'died', 'deaths', 'death', 'killing', 'fatalities', 'perished', 'lives', 'bodies', 'toll'],
  ['injured', 'wounded', 'hurt', 'injuries', 'injuring', 'wounding', 'casualties'],
  ['quake', 'earthquake', 'tremor', 'temblor'],
  ['jewellery', 'jewelry', 'jewels', 'gems'],
  ['stolen', 'stole', 'robbed', 'took', 'grabbed', 'looted', 'snatched'],
  ['protesters', 'demonstrators', 'marchers', 'protestors'],
  ['sheltering', 'shelter', 'refuge', 'taking shelter', 'sought refuge'],
];

/** Each word form of a group, mapped to the group's first word. */
export const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.filter((w) => !w.includes(' ')).map((w) => [w, group[0]] as const)),
);

/**
 * Abbreviations written in capitals for a counted noun ("47 KOs", "3 TDs"), by their lower-case form without the
 * plural ending: a capitalised word after a number is otherwise read as a name.
 */
export const ABBREVIATED_NOUNS: Readonly<Record<string, string>> = {
  ko: 'knockout',
};
