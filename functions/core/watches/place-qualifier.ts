/**
 * The press tells a namesake town by what follows it: "Damascus, Maryland",
 * "Palmyra, New York", "Homs, Libya". A place name followed by a comma and
 * a US state or another country (not Syria, Iraq or their neighbours in this
 * war) is that other town, whatever the lexicon knows.
 */

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  // AP style abbreviations
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.',
  'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
  'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];

/** Countries with towns that share a name with one in Syria or Iraq, in English and French. */
const COUNTRIES = [
  'Libya', 'Libye', 'Morocco', 'Maroc', 'Egypt', 'Égypte', 'Egypte', 'Tunisia', 'Tunisie', 'Algeria', 'Algérie', 'Yemen', 'Yémen',
  'Sudan', 'Soudan', 'Israel', 'Israël', 'Jordan', 'Jordanie', 'Saudi Arabia', 'Arabie saoudite', 'Oman', 'Kuwait', 'Koweït',
  'Greece', 'Grèce', 'Cyprus', 'Chypre', 'Spain', 'Espagne', 'Italy', 'Italie', 'Brazil', 'Brésil', 'Mexico', 'Mexique',
  'Canada', 'Australia', 'Australie', 'Ontario', 'Quebec', 'Québec',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The state or country must end the phrase ("Damascus, Md., on Sunday";
 * "Homs, Libya."): "Quneitra, Israel said" and "Daraa, Jordan's army" name
 * the Syrian towns.
 */
const ELSEWHERE = new RegExp(
  `^,\\s*(?:${[...US_STATES, ...COUNTRIES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?=\\s*(?:[,;:!?)»"”]|\\.(?!\\p{L})|$))`,
  'u',
);

/** Whether the place name ending at `end` in text is followed by ", <a US state or another country>", ending the phrase. */
export function qualifiedElsewhere(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && ELSEWHERE.test(text.slice(end, end + 40));
}
