import {
  GAZETTEER_ACTORS,
  GAZETTEER_BLOCKERS,
  GAZETTEER_GOVERNORATES,
  GAZETTEER_PLACES,
  mergeLexicons,
} from './gazetteer/gazetteer-lexicon.js';
import type { LexiconEntry } from './watch-list.js';

/**
 * The places and armed actors of the Syrian and Iraqi wars that the seeds and
 * their outlets name, with the spellings the English, French and Arabic press
 * use. Generic words are never aliases on their own: a village called "Al-Badr"
 * is listed with its article, a field called Arak only as "Arak field".
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
  { name: 'Damascus', kind: 'place', aliases: ['Damas', 'Dimashq', 'دمشق'] },
  { name: 'Baghdad', kind: 'place', aliases: ['Bagdad', 'بغداد'] },
  { name: 'Euphrates', kind: 'place', aliases: ['Euphrates River', 'Euphrate', 'الفرات'] },

  // Syria: governorate capitals and cities
  {
    name: 'Deir Ezzor',
    kind: 'place',
    aliases: [
      'Deir ez-Zor',
      'Deirezzor',
      'Deir el-Zor',
      'Deir al-Zor',
      'Deir al-Zour',
      'Deir ez-Zour',
      'Deir az-Zor',
      'Deir az Zor',
      'Deir Ezzour',
      'Deir el-Zour',
      'Dair al-Zour',
      'Dayr az-Zawr',
      'Deir Zor',
      'Deir Zour',
      'Der Zor',
      'Deïr ez-Zor',
      'Deir Ez Zor',
      'دير الزور',
    ],
  },
  { name: 'Raqqa', kind: 'place', aliases: ['Raqqah', 'Al-Raqqa', 'ar-Raqqah', 'ar-Raqqa', 'Rakka', 'Raqa', 'الرقة'] },
  { name: 'Aleppo', kind: 'place', aliases: ['Alep', 'Halab', 'حلب'] },
  // Not "Hims": a company's name too, and rare in the press.
  { name: 'Homs', kind: 'place', aliases: ['حمص'] },
  { name: 'Hama', kind: 'place', aliases: ['Hamah', 'Hamat', 'حماة'] },
  { name: 'Latakia', kind: 'place', aliases: ['Lattakia', 'Latakiya', 'Lattaquié', 'Lattaquie', 'اللاذقية'] },
  {
    name: 'Hasakah',
    kind: 'place',
    aliases: ['Hasaka', 'Al-Hasakah', 'Hassakeh', 'Hasakeh', 'Hassaké', 'Hassake', 'الحسكة'],
  },
  { name: 'Daraa', kind: 'place', aliases: ['Deraa', "Dara'a", 'Déraa', 'درعا'] },
  { name: 'Idlib', kind: 'place', aliases: ['Idleb', 'إدلب', 'ادلب'] },
  { name: 'Palmyra', kind: 'place', aliases: ['Palmyre', 'Tadmur', 'Tadmor'] },
  { name: 'Manbij', kind: 'place', aliases: ['Menbij', 'Manbidj', 'Membij', 'منبج'] },
  { name: 'Tabqa', kind: 'place', aliases: ['Tabaqa', 'Al-Tabqa'] },
  // The apostrophe spellings only as written: "mare" and "Mare's" are English words.
  {
    name: 'Marea',
    kind: 'place',
    aliases: ["Mar'e", "Mare'", "Mare'a", 'مارع'],
    exactCase: ["Mar'e", "Mare'", "Mare'a"],
  },
  { name: 'Azaz', kind: 'place', aliases: ["A'zaz", 'Aazaz', "I'zaz", 'اعزاز', 'أعزاز'] },
  { name: 'Salamiyah', kind: 'place', aliases: ['Salamiyeh', 'Salamieh', 'Salamiya', 'Salamiyya'] },
  { name: 'Maskanah', kind: 'place', aliases: ['Maskana', 'Maskaneh', 'Meskene', 'Meskeneh', 'مسكنة'] },
  { name: 'Khanasser', kind: 'place', aliases: ['Khanaser', 'Khanasir', 'Khansser', 'خناصر'] },
  { name: 'Sukhnah', kind: 'place', aliases: ['Al-Sukhnah', 'Sukhna', 'Al-Sukhna', 'Sukhneh', 'السخنة'] },
  {
    name: 'Al-Bukamal',
    kind: 'place',
    aliases: ['Bukamal', 'Abu Kamal', 'Albu Kamal', 'Boukamal', 'Abou Kamal', 'البوكمال'],
  },
  { name: 'Al-Tanf', kind: 'place', aliases: ['Tanf', 'At-Tanf', 'التنف'] },
  { name: 'Ithriyah', kind: 'place', aliases: ['Ithriya', 'Athriya', 'Athriyah', 'أثريا'] },
  { name: 'Dibsi Afnan', kind: 'place', aliases: ['دبسي عفنان'] },
  { name: 'Falluja', kind: 'place', aliases: ['Fallujah', 'Faloudja', 'Falloujah', 'الفلوجة'] },
  { name: 'Mosul', kind: 'place', aliases: ['Mossoul', 'الموصل'] },
  { name: 'Kobani', kind: 'place', aliases: ['Kobane', 'Kobanî', 'Ain al-Arab', 'Aïn al-Arab', 'كوباني', 'عين العرب'] },
  { name: 'Qamishli', kind: 'place', aliases: ['Qamishlo', 'Kamechliyé', 'Al-Qamishli', 'القامشلي'] },
  { name: 'Afrin', kind: 'place', aliases: ['Efrin', 'Afrine', 'عفرين'] },
  {
    name: 'Eastern Ghouta',
    kind: 'place',
    aliases: ['Ghouta', 'al-Ghouta', 'East Ghouta', 'Ghouta orientale', 'الغوطة الشرقية', 'الغوطة'],
  },
  { name: 'Mayadin', kind: 'place', aliases: ['Al-Mayadin', 'Mayadeen', 'Al-Mayadeen', 'Mayadine'] },

  // Villages, fields and sites the seeds name
  { name: 'Talalen', kind: 'place', aliases: ['Tal Alin', 'Tal Al-Lin'] },
  { name: 'Al-Madasah', kind: 'place', aliases: ['Madasah'] },
  {
    name: 'Qara Qozak',
    kind: 'place',
    aliases: ['Qara Quzaq', 'Qarah Qawzak', 'Qara Qawzak', 'Qara Qozaq', 'قره قوزاق'],
  },
  { name: 'Jawathah', kind: 'place', aliases: [] },
  { name: 'Al-Hammam', kind: 'place', aliases: [] },
  { name: 'Al-Bourtoghal', kind: 'place', aliases: ['Al-Burtuqal'] },
  { name: 'Abu Al-Zayn Mountains', kind: 'place', aliases: ['Abu Al-Zayn', 'Jabal Abu al-Zayn'] },
  { name: 'Al-Masbah', kind: 'place', aliases: [] },
  { name: 'Al-Zakiyah', kind: 'place', aliases: ['Zakiyah'] },
  { name: 'Kafr Kalbin', kind: 'place', aliases: ['Kafr Kalbein', 'كفر كلبين'] },
  { name: 'Al-Dakwa', kind: 'place', aliases: ['Dakwa'] },
  { name: 'Bir Qasab', kind: 'place', aliases: ['Beer Kasab', 'Bir Kassab', 'Bir Qassab', 'بئر قصب'] },
  { name: 'Zuluf', kind: 'place', aliases: ['Zuluf reserve'] },
  { name: 'Zaza triangle', kind: 'place', aliases: [] },
  { name: 'Al-Abbasiya', kind: 'place', aliases: ['Abbasiya', 'Abbasiyah', 'Al-Abbasiyah'] },
  { name: 'Al-Sukari', kind: 'place', aliases: ['Sukari'] },
  { name: 'Arak field', kind: 'place', aliases: ['Arak gas field', 'Arak oil field'] },
  { name: 'Jadyaa Saghira', kind: 'place', aliases: [] },
  { name: 'Jadyaa Kabira', kind: 'place', aliases: [] },
  { name: 'Ath-Thadyayn', kind: 'place', aliases: ['Thadyayn'] },
  { name: 'Baath Dam', kind: 'place', aliases: ['Al-Baath Dam', "Ba'ath Dam"] },
  { name: 'Tal Umm Abboud', kind: 'place', aliases: [] },
  { name: 'Tal SyriaTel', kind: 'place', aliases: [] },
  { name: 'Alam hill', kind: 'place', aliases: [] },
  { name: '137th Base', kind: 'place', aliases: ['Base 137', 'Brigade 137', '137th Brigade'] },
  { name: 'Al-Gharb hills', kind: 'place', aliases: [] },
  { name: 'Al-Mahaor', kind: 'place', aliases: [] },
  { name: 'Al-Zkuf', kind: 'place', aliases: ['Zkuf'] },
  { name: 'Jabal Zuwayqat', kind: 'place', aliases: [] },
  { name: 'Zuwayqat', kind: 'place', aliases: [] },
  { name: 'Kabani', kind: 'place', aliases: ['Kabbani', 'Kabana', 'Kebani'] },
  { name: 'Al-Hamd', kind: 'place', aliases: [] },
  { name: "Al-Jad'an", kind: 'place', aliases: [] },
  { name: 'Al-Jadou', kind: 'place', aliases: [] },
  { name: 'Al-Badr', kind: 'place', aliases: [] },
  { name: 'Al-Sarad', kind: 'place', aliases: [] },
  { name: 'Delian', kind: 'place', aliases: [] },
  { name: 'Delian Matli', kind: 'place', aliases: [] },
  { name: 'Al-Makman', kind: 'place', aliases: [] },
];

export const DEFAULT_ACTORS: readonly LexiconEntry[] = [
  {
    name: 'ISIS',
    kind: 'actor',
    aliases: [
      'ISIL',
      'Islamic State',
      'Islamic State of Iraq and Syria',
      'Islamic State in Iraq and Syria',
      'Islamic State of Iraq and the Levant',
      'Daesh',
      "Da'esh",
      'Daech',
      'Daiish',
      'État islamique',
      'Etat islamique',
      'EI',
      'EIIL',
      'organisation État islamique',
      'داعش',
      'الدولة الإسلامية',
      'تنظيم الدولة',
    ],
    exactCase: ['EIIL'],
  },
  {
    name: 'SDF',
    kind: 'actor',
    aliases: [
      'Syrian Democratic Forces',
      'Syria Democratic Forces',
      'FDS',
      'Forces démocratiques syriennes',
      'قوات سوريا الديمقراطية',
      'قسد',
    ],
  },
  {
    name: 'Syrian Arab Army',
    kind: 'actor',
    aliases: [
      'SAA',
      'Syrian Army',
      'Syrian government forces',
      'Syrian regime forces',
      "Assad's forces",
      "Assad's army",
      'armée syrienne',
      'armée arabe syrienne',
      'الجيش العربي السوري',
      'الجيش السوري',
    ],
  },
  {
    name: 'Syrian Air Force',
    kind: 'actor',
    aliases: ['Syrian Arab Air Force', 'SyAAF', "armée de l'air syrienne", 'القوات الجوية السورية'],
  },
  { name: 'Tiger Forces', kind: 'actor', aliases: ['Tiger Force', 'Qawat al-Nimr', 'Forces du Tigre', 'قوات النمر'] },
  { name: 'Republican Guard', kind: 'actor', aliases: ['Syrian Republican Guard', 'الحرس الجمهوري'] },
  { name: 'Free Syrian Army', kind: 'actor', aliases: ['FSA', 'Armée syrienne libre', 'ASL', 'الجيش السوري الحر'] },
  {
    name: 'Hayat Tahrir al-Sham',
    kind: 'actor',
    aliases: ['HTS', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Cham', 'Tahrir al-Sham', 'هيئة تحرير الشام'],
  },
  {
    name: 'Jabhat al-Nusra',
    kind: 'actor',
    aliases: [
      'al-Nusra Front',
      'Nusra Front',
      'al-Nusra',
      'Jabhat Fateh al-Sham',
      'Front al-Nosra',
      'al-Nosra',
      'جبهة النصرة',
    ],
  },
  { name: 'Faylaq al-Sham', kind: 'actor', aliases: ['Failaq al-Sham', 'فيلق الشام'] },
  { name: 'Liwa al-Quds', kind: 'actor', aliases: ['Quds Brigade', 'لواء القدس'] },
  {
    name: 'Jaysh Maghawir al-Thawra',
    kind: 'actor',
    aliases: ['Maghawir al-Thawra', 'Revolutionary Commando Army', 'مغاوير الثورة'],
  },
  {
    name: 'Muslim Brotherhood',
    kind: 'actor',
    aliases: ['Syrian Muslim Brotherhood', 'Frères musulmans', 'الإخوان المسلمين'],
  },
  { name: 'Manbij Military Council', kind: 'actor', aliases: ['مجلس منبج العسكري'], mentions: ['Manbij'] },
  {
    name: 'YPG',
    kind: 'actor',
    aliases: ["People's Protection Units", 'Unités de protection du peuple', 'وحدات حماية الشعب'],
  },
  {
    name: 'Kurdish forces',
    kind: 'actor',
    aliases: [
      'Kurdish units',
      'Kurdish militia',
      'Kurdish militias',
      'Kurdish fighters',
      'forces kurdes',
      'milices kurdes',
    ],
  },
  {
    name: 'Russian Aerospace Forces',
    kind: 'actor',
    aliases: [
      'Russian Aerospace Force',
      'Russian Air Force',
      'VKS',
      'Russian warplanes',
      'Russian airstrikes',
      'Russian air strikes',
      'Russian airpower',
      'Russian air power',
      'Russian air support',
      'forces aérospatiales russes',
      'aviation russe',
      'القوات الجوية الروسية',
      'الطيران الروسي',
    ],
    exactCase: ['VKS'],
  },
  // Not "international coalition" alone: coalitions against everything are international.
  {
    name: 'US-led coalition',
    kind: 'actor',
    aliases: [
      'U.S.-led coalition',
      'anti-ISIS coalition',
      'anti-Daesh coalition',
      'coalition menée par les États-Unis',
      'coalition anti-EI',
      'التحالف الدولي',
    ],
  },
  // The US military and NATO anywhere in the world: known, watched by name, not by default.
  ...world([
    {
      name: 'US forces',
      kind: 'actor',
      aliases: [
        'US special forces',
        'US special operation forces',
        'US special operations forces',
        'US troops',
        'U.S. troops',
        'U.S. forces',
        'American troops',
        'American forces',
        'forces américaines',
        'القوات الأمريكية',
      ],
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
      aliases: [
        'OTAN',
        'North Atlantic Treaty Organization',
        "Organisation du traité de l'Atlantique nord",
        'حلف الناتو',
      ],
    },
  ]),
  {
    name: 'Turkish forces',
    kind: 'actor',
    aliases: [
      'Turkish army',
      'Turkish Armed Forces',
      'Turkish military',
      'Turkish artillery',
      'Turkish troops',
      'armée turque',
      'forces turques',
      'الجيش التركي',
    ],
  },
  {
    name: 'Iran-backed militias',
    kind: 'actor',
    aliases: [
      'pro-Iranian militias',
      'pro-Iranian militia',
      'Iranian-backed militias',
      'Iran-backed militia',
      "Shi'ite militia",
      "Shi'ite militias",
      'Shiite militia',
      'Shiite militias',
      'milices chiites',
      'milices pro-iraniennes',
    ],
  },
  {
    name: 'Iraqi forces',
    kind: 'actor',
    aliases: [
      'Iraqi government forces',
      'Iraqi army',
      'Iraqi Security Forces',
      'Iraqi troops',
      'armée irakienne',
      'forces irakiennes',
      'الجيش العراقي',
    ],
  },
  { name: 'Hezbollah', kind: 'actor', aliases: ['Hizbullah', 'Hizballah', 'Hizbollah', 'حزب الله'] },
  {
    name: 'Iraqi Republican Guard',
    kind: 'actor',
    aliases: ["Iraq's Republican Guard", "Saddam's Republican Guard", "Saddam Hussein's Republican Guard"],
  },
  { name: 'al-Qaeda', kind: 'actor', aliases: ['al-Qaida', 'al Qaeda', 'Al-Qaïda'] },
  { name: 'Peshmerga', kind: 'actor', aliases: ['Peshmergas', 'البيشمركة'] },
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
