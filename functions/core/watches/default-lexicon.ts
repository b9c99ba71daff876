import {
  GAZETTEER_ACTORS,
  GAZETTEER_BLOCKERS,
  GAZETTEER_GOVERNORATES,
  GAZETTEER_PLACES,
  mergeLexicons,
} from './gazetteer/gazetteer-lexicon.js';
import type { LexiconEntry } from './watch-list.js';

/**
 * What the desk adds to the gazetteer (./gazetteer): the world's places its
 * articles name (known, not watched by default), and the spellings and
 * settings of the war's places and actors that the gazetteer's entries lack.
 * A spelling the gazetteer lists is not repeated here: mergeLexicons puts the
 * two together. Generic words are never aliases on their own.
 */
const world = (entries: LexiconEntry[]): LexiconEntry[] => entries.map((e) => ({ ...e, world: true }));

export const DEFAULT_PLACES: readonly LexiconEntry[] = [
  // The desk's two countries; then the world's countries and capitals that its articles name (world: known, not watched by default)
  { name: 'Syria', kind: 'place', aliases: ['Syrie', 'Syrian Arab Republic', 'سوريا', 'سورية'] },
  { name: 'Iraq', kind: 'place', aliases: ['Irak', 'العراق'] },
  ...world([
    { name: 'Turkey', kind: 'place', aliases: ['Türkiye', 'Turquie', 'تركيا'] },
    { name: 'Iran', kind: 'place', aliases: ['إيران', 'ايران'] },
    { name: 'Lebanon', kind: 'place', aliases: ['Liban', 'لبنان'] },
    { name: 'Qatar', kind: 'place', aliases: ['قطر'] },
    { name: 'Russia', kind: 'place', aliases: ['Russie', 'روسيا'] },
    {
      name: 'United States',
      kind: 'place',
      aliases: ['US', 'USA', 'U.S.', 'U.S.A.', 'États-Unis', 'Etats-Unis', 'الولايات المتحدة'],
    },
    { name: 'Tehran', kind: 'place', aliases: ['Teheran', 'Téhéran', 'طهران'] },
    { name: 'Moscow', kind: 'place', aliases: ['Moscou', 'موسكو'] },
    { name: 'Washington', kind: 'place', aliases: ['واشنطن'] },
    { name: 'Brussels', kind: 'place', aliases: ['Bruxelles', 'بروكسل'] },
    { name: 'Paris', kind: 'place', aliases: ['باريس'] },
    { name: 'Europe', kind: 'place', aliases: ['أوروبا'] },
  ]),
  { name: 'Euphrates', kind: 'place', aliases: ['Euphrates River', 'Euphrate', 'الفرات'] },

  // Syria: governorate capitals and cities
  {
    name: 'Deir Ezzor',
    kind: 'place',
    aliases: ['Deirezzor'],
  },
  { name: 'Raqqa', kind: 'place', aliases: ['ar-Raqqah', 'ar-Raqqa'] },
  // Not "Hims": a company's name too, and rare in the press.
  { name: 'Homs', kind: 'place', aliases: [] },
  // The apostrophe spellings only as written: "mare" and "Mare's" are English words.
  {
    name: 'Marea',
    kind: 'place',
    aliases: [],
    exactCase: ["Mar'e", "Mare'", "Mare'a"],
  },
];

export const DEFAULT_ACTORS: readonly LexiconEntry[] = [
  {
    name: 'ISIS',
    kind: 'actor',
    aliases: [],
    exactCase: ['EIIL'],
  },
  { name: 'Manbij Military Council', kind: 'actor', aliases: [], mentions: ['Manbij'] },
  {
    name: 'Russian Aerospace Forces',
    kind: 'actor',
    aliases: [],
    exactCase: ['VKS'],
  },
  // The US military and NATO anywhere in the world: known, watched by name, not by default.
  ...world([
    {
      name: 'US forces',
      kind: 'actor',
      aliases: [],
      // "us" is a word: these only in capitals.
      exactCase: [
        'US forces',
        'US special forces',
        'US special operation forces',
        'US special operations forces',
        'US troops',
      ],
    },
    {
      name: 'NATO',
      kind: 'actor',
      aliases: [],
    },
  ]),
];

/**
 * Names that hold a watched name but are something else: known, so that the
 * longer name wins ("The Washington Post" is not Washington), never watched
 * by default.
 */
export const DEFAULT_BLOCKERS: readonly LexiconEntry[] = [
  { name: 'The Washington Post', kind: 'term', aliases: ['Washington Post'] },
  { name: 'Washington Times', kind: 'term', aliases: [] },
  { name: 'Paris Agreement', kind: 'term', aliases: ['Paris climate agreement', 'Accord de Paris'] },
];

/**
 * What the matcher knows: the gazetteer (Syria's and Iraq's governorates and
 * the places of the war, with their governorate and location; the armed
 * actors; blockers), merged with the seeds' places and actors above.
 */
export const DEFAULT_LEXICON: readonly LexiconEntry[] = mergeLexicons(
  [...GAZETTEER_PLACES, ...GAZETTEER_GOVERNORATES, ...GAZETTEER_ACTORS, ...GAZETTEER_BLOCKERS],
  [...DEFAULT_PLACES, ...DEFAULT_ACTORS, ...DEFAULT_BLOCKERS],
);

const GOVERNORATE_NAMES = new Set(GAZETTEER_GOVERNORATES.map((g) => g.name));

/**
 * Watched when the user names none: the desk's places and actors, those of
 * Syria's and Iraq's war (governorates are watched by name). The world's
 * countries and capitals are known, not watched: "United States" alone
 * alerted on most ordinary news.
 */
export const DEFAULT_WATCHES: readonly string[] = DEFAULT_LEXICON.filter(
  (e) => e.kind !== 'term' && !e.world && !GOVERNORATE_NAMES.has(e.name),
).map((e) => e.name);

/** The world's places and actors the lexicon knows (countries, capitals, the US military, NATO): a subscriber may watch them by name. */
export const WORLD_PLACES: readonly string[] = DEFAULT_LEXICON.filter((e) => e.world).map((e) => e.name);
