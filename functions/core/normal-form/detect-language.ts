const FR_WORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'dans',
  'pour',
  'que',
  'qui',
  'sur',
  'pas',
  'par',
  'au',
  'aux',
  'avec',
  'ce',
  'cette',
  'sont',
  'ont',
]);
const EN_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'that',
  'for',
  'on',
  'with',
  'was',
  'are',
  'by',
  'from',
  'has',
  'have',
  'it',
  'as',
  'at',
  'were',
]);

/** Guesses English or French from function words; English when in doubt. */
export function detectLanguage(text: string): 'en' | 'fr' {
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FR_WORDS.has(word)) fr += 1;
    else if (EN_WORDS.has(word)) en += 1;
  }
  return fr > en ? 'fr' : 'en';
}
