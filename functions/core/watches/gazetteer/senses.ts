/**
 * Senses no gazetteer has: the other bodies an acronym stands for, the
 * products, channels, deities and phrases of religion or history that share
 * a watched name. Each says which of the entry's spellings it concerns,
 * whether a bare mention of those needs evidence of the war to count, and
 * what, anywhere in the article, says the other sense is meant. Written by
 * hand after press and other published usage; each one is named by a test
 * (test/core/watches/ambiguity.test.ts).
 */
export interface CuratedSense {
  /** The lexicon entry (canonical name). */
  entry: string;
  /** The spellings concerned, as written (case counts): "Isis" the goddess, not "ISIS". */
  written: readonly string[];
  /** What else the name is, for the record. */
  why: string;
  /** True: a bare mention is too often the other sense to alert without evidence of the war. */
  needsEvidence: boolean;
  /** Words or names that, anywhere in the article, say the other sense is meant. */
  counter: readonly string[];
}

export const CURATED_SENSES: readonly CuratedSense[] = [
  {
    entry: 'SDF',
    written: ['SDF'],
    why: "Japan's Self-Defense Forces; French sans domicile fixe",
    needsEvidence: true,
    counter: [
      'Self-Defense Forces',
      'Self-Defence Forces',
      'Japan',
      'Japanese',
      'Japon',
      'japonais',
      'japonaises',
      'sans domicile fixe',
      'sans-abri',
    ],
  },
  {
    entry: 'Syrian Arab Army',
    written: ['SAA'],
    why: 'South African Airways; other bodies',
    needsEvidence: true,
    counter: ['South African Airways', 'airline', 'Johannesburg', 'South Africa', 'Afrique du Sud'],
  },
  {
    entry: 'Free Syrian Army',
    written: ['FSA', 'ASL'],
    why: 'Financial Services Authority, Food Standards Agency, Farm Service Agency; American Sign Language, langue des signes',
    needsEvidence: true,
    counter: [
      'Financial Services Authority',
      'Food Standards Agency',
      'Farm Service Agency',
      'sign language',
      'langue des signes',
      'bank',
      'banque',
      'regulator',
      'farmers',
    ],
  },
  {
    entry: 'Hayat Tahrir al-Sham',
    written: ['HTS'],
    why: 'the Harmonized Tariff Schedule; high-throughput screening',
    needsEvidence: true,
    counter: ['Harmonized Tariff Schedule', 'tariff', 'tariffs', 'customs', 'douane', 'screening'],
  },
  {
    entry: 'SDF',
    written: ['FDS'],
    why: "forces de défense et de sécurité (the Sahel's and West Africa's armies)",
    needsEvidence: true,
    counter: [
      'forces de défense et de sécurité',
      'Burkina',
      'burkinabè',
      'Mali',
      'malien',
      'maliennes',
      'Niger',
      'nigérien',
      'nigériennes',
      "Côte d'Ivoire",
      'ivoirien',
      'ivoiriennes',
      'Tchad',
      'Guinée',
      'Bénin',
      'Togo',
      'Sahel',
    ],
  },
  {
    entry: 'ISIS',
    written: ['EI'],
    why: 'entreprise individuelle (French legal form)',
    needsEvidence: true,
    counter: ['entreprise individuelle', 'micro-entreprise', 'auto-entrepreneur', 'EIRL', 'SARL', 'micro-entrepreneur'],
  },
  {
    entry: 'ISIS',
    written: ['Isis'],
    why: 'the Egyptian goddess; the Thames at Oxford; a given name',
    needsEvidence: true,
    counter: [
      'goddess',
      'déesse',
      'Osiris',
      'Horus',
      'Egyptian',
      'égyptienne',
      'Thames',
      'Oxford',
      'temple',
      'pharaoh',
      'pharaon',
    ],
  },
  {
    entry: 'Latakia',
    written: ['Latakia', 'Lattakia'],
    why: 'a pipe tobacco',
    needsEvidence: false,
    counter: ['tobacco', 'tobaccos', 'tabac', 'pipe', 'pipes', 'blend', 'blends', 'smoke', 'smoker', 'fumeur'],
  },
  {
    entry: 'Aleppo',
    written: ['Aleppo', 'Alep'],
    why: 'the Aleppo Codex; Aleppo pepper, soap and pine',
    needsEvidence: false,
    counter: ['Codex', 'manuscript', 'manuscrit', 'pepper', 'piment', 'soap', 'savon', 'pine', 'recipe', 'recette'],
  },
  {
    entry: 'Aleppo',
    written: ['حلب'],
    why: 'the verb "to milk"; Aleppo soap',
    needsEvidence: false,
    counter: ['البقرة', 'الأبقار', 'الحليب', 'الماعز', 'الناقة', 'صابون'],
  },
  {
    entry: 'Palmyra',
    written: ['Palmyra'],
    why: 'Palmyra Atoll in the Pacific; the palmyra palm',
    needsEvidence: false,
    counter: ['Atoll', 'Pacific', 'Pacifique', 'Hawaii', 'palm', 'palms'],
  },
  {
    entry: 'Mayadin',
    written: ['Al Mayadeen', 'Al-Mayadeen', 'Mayadeen', 'الميادين'],
    why: 'Al Mayadeen, the Beirut television channel',
    needsEvidence: false,
    counter: [
      'channel',
      'chaîne',
      'television',
      'télévision',
      'TV',
      'broadcaster',
      'قناة',
      'فضائية',
      'مراسل',
      'مراسلة',
    ],
  },
  {
    entry: 'Damascus',
    written: ['Damascus'],
    why: 'Damascus steel; the road to Damascus',
    needsEvidence: false,
    counter: ['steel', 'acier', 'forged', 'forgé', 'forgée', 'Saul'],
  },
  {
    entry: 'Douma',
    written: ['Duma', 'Douma'],
    why: "the Russian State Duma; Moscow's city Duma",
    needsEvidence: false,
    counter: [
      'State Duma',
      'Kremlin',
      'Russian lawmakers',
      'Russian parliament',
      'parlement russe',
      'députés russes',
      'Volodin',
    ],
  },
  {
    entry: 'Euphrates',
    written: ['Euphrates', 'Euphrate'],
    why: 'a river of Eden in religious text',
    needsEvidence: false,
    counter: ['Eden', 'Genesis', 'Genèse', 'Tigris and Euphrates rivers of Eden', 'Revelation', 'Apocalypse'],
  },
  {
    entry: 'Hezbollah',
    written: ['حزب الله'],
    why: 'a Quranic phrase ("the party of God")',
    needsEvidence: false,
    counter: ['هم الغالبون', 'هم المفلحون', 'سورة', 'قال تعالى', 'الآية', 'آية'],
  },
  {
    entry: 'ISIS',
    written: ['الدولة الإسلامية', 'الدولة الاسلامية'],
    why: 'the Islamic state of history (the caliphates)',
    needsEvidence: true,
    counter: [
      'الخلافة الراشدة',
      'العباسية',
      'العباسي',
      'الأموية',
      'الأموي',
      'العثمانية',
      'العثماني',
      'الأندلس',
      'النبي',
      'الصحابة',
      'التاريخ الإسلامي',
      'المدينة المنورة',
    ],
  },
  {
    entry: 'Jaysh al-Islam',
    written: ['جيش الإسلام', 'جيش الاسلام'],
    why: 'the armies of early Islam in histories and sermons',
    needsEvidence: true,
    counter: ['الفتوحات', 'الصحابة', 'خالد بن الوليد', 'الخلافة', 'النبي', 'غزوة'],
  },
];

/**
 * Arabic names that are also words ("الباب" the door, "الطبقة" the class,
 * "هجين" hybrid): the lexicon lists them only in a context ("مدينة الباب"),
 * and they are added bare here, to count only on evidence of the war
 * elsewhere in the article (a headline's or a list's bare name).
 */
export const ARABIC_WORD_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Al-Bab': ['الباب'],
  Tabqa: ['الطبقة'],
  Palmyra: ['تدمر'],
  Mayadin: ['الميادين'],
  Hajin: ['هجين'],
  Salamiyah: ['سلمية'],
  Haditha: ['حديثة'],
  'Al-Qaim': ['القائم'],
  Qusayr: ['القصير'],
};
