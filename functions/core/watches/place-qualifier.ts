/**
 * What stands in and around a place name can say it names something else:
 * a common word (no capital), a namesake abroad, or a person. Whether the
 * one found at text[start, end) does.
 */
export function namesAnotherThing(text: string, start: number, end: number): boolean {
  return !properNoun(text, start, end) || qualifiedElsewhere(text, end) || namedAfterPerson(text, start);
}

/**
 * A place is a proper noun: written in Latin letters, its mention has a
 * capital ("Harem", "Baiji"), where the common word it may also be has
 * none ("the harem", "the baiji"). Arabic script has no case.
 */
export function properNoun(text: string, start: number, end: number): boolean {
  let latin = false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 97 && c <= 122) latin = true;
    else if (c >= 0xc0 && c < 0x250) {
      const ch = text[i] as string;
      if (ch !== ch.toLowerCase()) return true;
      latin = true;
    }
  }
  return !latin;
}

/**
 * The press tells a namesake town by what follows it: "Damascus, Maryland",
 * "Palmyra, New York", "Homs, Libya". A place name followed by a comma and
 * a US state or another country (not Syria, Iraq or their neighbours in this
 * war) is that other town, whatever the lexicon knows.
 */

const US_STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  // AP style abbreviations
  'Ala.',
  'Ariz.',
  'Ark.',
  'Calif.',
  'Colo.',
  'Conn.',
  'Del.',
  'Fla.',
  'Ga.',
  'Ill.',
  'Ind.',
  'Kan.',
  'Ky.',
  'La.',
  'Md.',
  'Mass.',
  'Mich.',
  'Minn.',
  'Miss.',
  'Mo.',
  'Mont.',
  'Neb.',
  'Nev.',
  'N.H.',
  'N.J.',
  'N.M.',
  'N.Y.',
  'N.C.',
  'N.D.',
  'Okla.',
  'Ore.',
  'Pa.',
  'R.I.',
  'S.C.',
  'S.D.',
  'Tenn.',
  'Vt.',
  'Va.',
  'Wash.',
  'W.Va.',
  'Wis.',
  'Wyo.',
];

/** Countries with towns that share a name with one in Syria or Iraq, in English and French. */
const COUNTRIES = [
  'Libya',
  'Libye',
  'Morocco',
  'Maroc',
  'Egypt',
  'Égypte',
  'Egypte',
  'Tunisia',
  'Tunisie',
  'Algeria',
  'Algérie',
  'Yemen',
  'Yémen',
  'Sudan',
  'Soudan',
  'Israel',
  'Israël',
  'Jordan',
  'Jordanie',
  'Saudi Arabia',
  'Arabie saoudite',
  'Oman',
  'Kuwait',
  'Koweït',
  'Greece',
  'Grèce',
  'Cyprus',
  'Chypre',
  'Spain',
  'Espagne',
  'Italy',
  'Italie',
  'Brazil',
  'Brésil',
  'Mexico',
  'Mexique',
  'Canada',
  'Australia',
  'Australie',
  'Ontario',
  'Quebec',
  'Québec',
];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The state or country, after "en", "au" or "in" or none, must end the phrase
 * ("Damascus, Md., on Sunday"; "Bagdad, en Arizona,"; "Homs, Libya."):
 * "Quneitra, Israel said" and "Daraa, Jordan's army" name the Syrian towns.
 */
const ELSEWHERE = new RegExp(
  `^,\\s*(?:(?:en|au|aux|in)\\s+)?(?:${[...US_STATES, ...COUNTRIES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?=\\s*(?:[,;:!?)»"”]|\\.(?!\\p{L})|$))`,
  'u',
);

/** Whether the place name ending at `end` in text is followed by ", <a US state or another country>", ending the phrase. */
export function qualifiedElsewhere(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && ELSEWHERE.test(text.slice(end, end + 40));
}

/**
 * Given names that come before a family name the same as a town: "Ahmed
 * Douma", "Francesc Homs". Common in the region's press and in Europe's.
 */
const GIVEN_NAMES = [
  'Ahmed',
  'Ahmad',
  'Mohammed',
  'Mohamed',
  'Muhammad',
  'Mohammad',
  'Mohamad',
  'Ali',
  'Hassan',
  'Hasan',
  'Hussein',
  'Husain',
  'Omar',
  'Umar',
  'Khaled',
  'Khalid',
  'Mahmoud',
  'Mahmud',
  'Mustafa',
  'Mostafa',
  'Abdullah',
  'Abdallah',
  'Ibrahim',
  'Youssef',
  'Yusuf',
  'Youssouf',
  'Said',
  'Saeed',
  'Karim',
  'Samir',
  'Tarek',
  'Tariq',
  'Walid',
  'Nabil',
  'Fadi',
  'Rami',
  'Bashar',
  'Maher',
  'Riad',
  'Ziad',
  'Jamal',
  'Kamal',
  'Adel',
  'Amr',
  'Hamza',
  'Bilal',
  'Salim',
  'Salem',
  'Faisal',
  'Nasser',
  'Majid',
  'Rashid',
  'Fatima',
  'Fatma',
  'Aisha',
  'Mariam',
  'Maryam',
  'Nour',
  'Noor',
  'Layla',
  'Leila',
  'Rania',
  'Yasmin',
  'Zeinab',
  'Zaynab',
  'Huda',
  'Salma',
  'Rasha',
  'Lina',
  'Dina',
  'Rima',
  'John',
  'David',
  'Michael',
  'Peter',
  'Paul',
  'James',
  'Robert',
  'Thomas',
  'Mark',
  'Daniel',
  'Maria',
  'Anna',
  'Jean',
  'Pierre',
  'Marie',
  'Francesc',
  'Carles',
  'Josep',
  'Jordi',
  'Joan',
  'Léon',
  'Louis',
  'Jacques',
  'Philippe',
  'Nicolas',
  'Isabelle',
  'Sophie',
  'Carlos',
  'José',
];
const GIVEN = new Set(GIVEN_NAMES);

/** A letter, near enough for a word's edge: ASCII letters, and anything from Latin-1's letters on. */
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);

/** Whether the place name starting at `start` follows a given name: then it is a family name. */
export function namedAfterPerson(text: string, start: number): boolean {
  // Read back over the spaces, then the word before: cheaper than a pattern, at every place found.
  let end = start;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 160)) end -= 1;
  if (end === start || end === 0) return false;
  let from = end;
  while (from > 0 && end - from < 10 && isLetter(text.charCodeAt(from - 1))) from -= 1;
  return end - from >= 3 && (from === 0 || !isLetter(text.charCodeAt(from - 1))) && GIVEN.has(text.slice(from, end));
}
