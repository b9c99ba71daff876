/**
 * Every governorate (muhafazah) of Syria (14) and Iraq (19, Halabja included),
 * with the ways the English, French and Arabic press name it. The names are
 * those of cities.json (scripts/build-gazetteer.mjs maps GeoNames admin1 codes
 * to them) and of the `governorate` field of curated-places.ts.
 *
 * A governorate named after its capital ("Raqqa") is named here only with a
 * governorate word ("Raqqa province", "gouvernorat de Raqqa", "محافظة الرقة"):
 * the bare name is the city's, in curated-places.ts. `namesake` says which
 * curated place the governorate's name is, so that a matcher may count
 * "Raqqa province" as a mention of Raqqa too. Bare names are aliases only where
 * no city bears them and they are not ordinary words or a person's name
 * ("Anbar", "Nineveh", "Diyala"; not "Saladin", "Tamim" or "Muthanna").
 */

export type GazetteerCountry = 'SY' | 'IQ';

export interface Governorate {
  /** Canonical name, "<name> Governorate". */
  name: string;
  country: GazetteerCountry;
  aliases: string[];
  /** The curated place whose name the governorate bears, if any ("Raqqa" for Raqqa Governorate). */
  namesake?: string;
}

interface Names {
  /** English spellings of the name, without a governorate word. */
  en: string[];
  /** French spellings (with the article the French press writes, if any). */
  fr: string[];
  /** Arabic script, with its article if it has one. */
  ar: string[];
  /** Names that stand alone for the governorate: no city bears them, and they are no ordinary word. */
  bare?: string[];
  /** "Aleppo countryside", "rural Aleppo", "ريف حلب": Syrian usage for the governorate outside its capital. */
  countryside?: boolean;
}

const VOWEL = /^[aeiouyàâäéèêëîïôöùûüAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ]/u;

function forms(n: Names): string[] {
  const out: string[] = [];
  for (const b of n.en) {
    out.push(`${b} Governorate`, `${b} province`, `province of ${b}`, `governorate of ${b}`, `${b}'s province`);
    if (n.countryside) out.push(`${b} countryside`, `rural ${b}`, `countryside of ${b}`, `${b}'s countryside`);
  }
  for (const b of n.fr) {
    const de = VOWEL.test(b) ? [`d'${b}`] : /^[hH]/.test(b) ? [`de ${b}`, `d'${b}`] : [`de ${b}`];
    for (const d of de) {
      out.push(`gouvernorat ${d}`, `province ${d}`, `muhafazat ${d}`);
      if (n.countryside) out.push(`campagne ${d}`);
    }
  }
  for (const a of n.ar) {
    out.push(`محافظة ${a}`);
    if (n.countryside) out.push(`ريف ${a}`);
  }
  out.push(...(n.bare ?? []));
  return [...new Set(out)];
}

function gov(name: string, country: GazetteerCountry, names: Names, namesake?: string): Governorate {
  const g: Governorate = { name, country, aliases: forms(names) };
  if (namesake) g.namesake = namesake;
  return g;
}

export const GOVERNORATES: readonly Governorate[] = [
  // Syria: GeoNames SY.01 to SY.14
  gov(
    'Hasakah Governorate',
    'SY',
    {
      en: ['Hasakah', 'Al-Hasakah', 'Hasaka', 'Hasakeh', 'Hassakeh', 'Hassake', 'Al-Hasaka', 'Hassaka'],
      fr: ['Hassaké', 'Hassakeh', 'Hasakah', 'al-Hassaké'],
      ar: ['الحسكة'],
      countryside: true,
    },
    'Hasakah',
  ),
  gov(
    'Latakia Governorate',
    'SY',
    {
      en: ['Latakia', 'Lattakia', 'Latakiya', 'Al-Ladhiqiyah', 'Ladhiqiyah'],
      fr: ['Lattaquié', 'Lattaquie', 'Lattakié', 'Lattakia'],
      ar: ['اللاذقية'],
      countryside: true,
    },
    'Latakia',
  ),
  gov(
    'Quneitra Governorate',
    'SY',
    {
      en: ['Quneitra', 'Al-Quneitra', 'Qunaitra', 'Kuneitra', 'Qunaytirah', 'Al-Qunaytirah'],
      fr: ['Kouneitra', 'Qouneitra', 'Quneitra', 'Kuneitra'],
      ar: ['القنيطرة'],
      countryside: true,
    },
    'Quneitra',
  ),
  gov(
    'Raqqa Governorate',
    'SY',
    {
      en: ['Raqqa', 'Raqqah', 'Ar-Raqqah', 'Al-Raqqa', 'Raqa', 'Rakka'],
      fr: ['Raqqa', 'Rakka', 'Racca'],
      ar: ['الرقة'],
      countryside: true,
    },
    'Raqqa',
  ),
  gov(
    'Suwayda Governorate',
    'SY',
    {
      en: ['Suwayda', 'As-Suwayda', 'Al-Suwayda', 'Sweida', 'Suwaida', 'Suweida', 'Sueida', 'Swaida'],
      fr: ['Soueïda', 'Soueida', 'Souweida', 'Sweida'],
      ar: ['السويداء'],
      countryside: true,
    },
    'Suwayda',
  ),
  gov(
    'Daraa Governorate',
    'SY',
    {
      en: ['Daraa', 'Deraa', "Dara'a", "Der'a", 'Dera', "Dar'a"],
      fr: ['Deraa', 'Déraa', 'Daraa', 'Deraâ'],
      ar: ['درعا'],
      countryside: true,
    },
    'Daraa',
  ),
  gov(
    'Deir Ezzor Governorate',
    'SY',
    {
      en: [
        'Deir ez-Zor',
        'Deir Ezzor',
        'Deir el-Zor',
        'Deir al-Zor',
        'Deir al-Zour',
        'Deir ez-Zour',
        'Deir el-Zour',
        'Deir Ezzour',
        'Dayr az-Zawr',
        'Deir Zor',
        'Deir Zour',
        'Dair al-Zour',
        'Deir az-Zor',
      ],
      fr: ['Deir ez-Zor', 'Deïr ez-Zor', 'Deir Ezzor', 'Deir el-Zor', 'Deïr Ezzor', 'Deir ez-Zour'],
      ar: ['دير الزور'],
      countryside: true,
    },
    'Deir Ezzor',
  ),
  gov(
    'Rif Dimashq Governorate',
    'SY',
    {
      en: ['Rif Dimashq', 'Rif Dimashq', 'Reef Dimashq', 'Rif Damascus', 'Reef Damascus', 'Damascus Countryside'],
      fr: ['Rif Dimachq', 'Rif Dimashq', 'Damas-Campagne'],
      ar: ['ريف دمشق'],
      bare: [
        'Rif Dimashq',
        'Rif Dimachq',
        'Reef Dimashq',
        'Rif Damascus',
        'Reef Damascus',
        'Damascus countryside',
        'rural Damascus',
        'countryside of Damascus',
        "Damascus's countryside",
        'Damascus suburbs',
        'campagne de Damas',
        'Damas-Campagne',
        'Damas campagne',
        'périphérie de Damas',
        'ريف دمشق',
        'ريف دمشق',
      ],
    },
    'Damascus',
  ),
  gov(
    'Aleppo Governorate',
    'SY',
    {
      en: ['Aleppo', 'Halab'],
      fr: ['Alep'],
      ar: ['حلب'],
      countryside: true,
    },
    'Aleppo',
  ),
  gov(
    'Hama Governorate',
    'SY',
    {
      en: ['Hama', 'Hamah', 'Hamat'],
      fr: ['Hama', 'Hamah'],
      ar: ['حماة', 'حماه'],
      countryside: true,
    },
    'Hama',
  ),
  gov(
    'Homs Governorate',
    'SY',
    {
      en: ['Homs', 'Hims'],
      fr: ['Homs'],
      ar: ['حمص'],
      countryside: true,
    },
    'Homs',
  ),
  gov(
    'Idlib Governorate',
    'SY',
    {
      en: ['Idlib', 'Idleb', 'Edlib'],
      fr: ['Idleb', 'Idlib'],
      ar: ['إدلب', 'ادلب'],
      countryside: true,
    },
    'Idlib',
  ),
  gov(
    'Damascus Governorate',
    'SY',
    {
      en: ['Damascus', 'Dimashq'],
      fr: ['Damas'],
      ar: ['دمشق'],
    },
    'Damascus',
  ),
  gov(
    'Tartus Governorate',
    'SY',
    {
      en: ['Tartus', 'Tartous', 'Tartouss', 'Tartūs', 'Tartousse'],
      fr: ['Tartous', 'Tartouss', 'Tartus'],
      ar: ['طرطوس'],
      countryside: true,
    },
    'Tartus',
  ),

  // Iraq: GeoNames IQ.01 to IQ.18; Halabja (2014) has no GeoNames code
  gov('Anbar Governorate', 'IQ', {
    en: ['Anbar', 'Al-Anbar', 'al Anbar'],
    fr: ['Anbar', 'al-Anbar', 'Al-Anbar'],
    ar: ['الأنبار', 'الانبار'],
    bare: ['Anbar', 'Al-Anbar', 'Alanbar', 'الأنبار', 'الانبار', 'الأنبار'],
  }),
  gov(
    'Basra Governorate',
    'IQ',
    {
      en: ['Basra', 'Basrah', 'Al-Basrah', 'Al-Basra'],
      fr: ['Bassora', 'Bassorah', 'Basra'],
      ar: ['البصرة'],
    },
    'Basra',
  ),
  gov('Muthanna Governorate', 'IQ', {
    en: ['Muthanna', 'Al-Muthanna', 'Al Muthanna', 'Muthana'],
    fr: ['Muthanna', 'al-Muthanna', 'Mouthanna', 'al-Mouthanna'],
    ar: ['المثنى'],
  }),
  gov('Qadisiyah Governorate', 'IQ', {
    en: [
      'Qadisiyah',
      'Al-Qadisiyah',
      'Al-Qadisiyyah',
      'Qadisiyyah',
      'Qadisiya',
      'Al-Qadisiya',
      'Diwaniyah',
      'Diwaniya',
    ],
    fr: ['Qadisiya', 'al-Qadisiya', 'Qadissiya', 'Diwaniya', 'Diwaniyah'],
    ar: ['القادسية', 'الديوانية'],
  }),
  gov(
    'Sulaymaniyah Governorate',
    'IQ',
    {
      en: [
        'Sulaymaniyah',
        'Sulaimaniyah',
        'Sulaimaniya',
        'Suleimaniyah',
        'Sulaymaniyya',
        'Slemani',
        'Sulaimani',
        'Suleimaniyeh',
      ],
      fr: ['Souleimaniye', 'Souleimaniyé', 'Soulaimaniyah', 'Soulaymaniya', 'Sulaymaniyah'],
      ar: ['السليمانية'],
    },
    'Sulaymaniyah',
  ),
  gov('Babil Governorate', 'IQ', {
    en: ['Babil', 'Babylon', 'Babel'],
    fr: ['Babylone', 'Babil'],
    ar: ['بابل'],
    bare: ['Babil', 'بابل', 'بابل'],
  }),
  gov(
    'Baghdad Governorate',
    'IQ',
    {
      en: ['Baghdad'],
      fr: ['Bagdad'],
      ar: ['بغداد'],
    },
    'Baghdad',
  ),
  gov(
    'Dohuk Governorate',
    'IQ',
    {
      en: ['Dohuk', 'Duhok', 'Dahuk', 'Dihok', 'Duhouk'],
      fr: ['Dohouk', 'Dahouk', 'Duhok', 'Dohuk'],
      ar: ['دهوك'],
    },
    'Dohuk',
  ),
  gov('Dhi Qar Governorate', 'IQ', {
    en: ['Dhi Qar', 'Thi Qar', 'Dhiqar', 'Zi Qar', 'Dhi-Qar'],
    fr: ['Dhi Qar', 'Zi Qar', 'Thi Qar'],
    ar: ['ذي قار'],
    bare: ['Dhi Qar', 'Thi Qar', 'Dhi-Qar', 'Zi Qar', 'ذي قار', 'ذي قار'],
  }),
  gov('Diyala Governorate', 'IQ', {
    en: ['Diyala', 'Diyalah', 'Dijala'],
    fr: ['Diyala'],
    ar: ['ديالى', 'ديالي'],
    bare: ['Diyala', 'Diyalah', 'ديالى', 'ديالى'],
  }),
  gov(
    'Erbil Governorate',
    'IQ',
    {
      en: ['Erbil', 'Irbil', 'Arbil', 'Hewler', 'Hawler'],
      fr: ['Erbil', 'Irbil'],
      ar: ['أربيل', 'اربيل'],
    },
    'Erbil',
  ),
  gov(
    'Halabja Governorate',
    'IQ',
    {
      en: ['Halabja', 'Halabjah', 'Helebce'],
      fr: ['Halabja', 'Halabdja'],
      ar: ['حلبجة'],
    },
    'Halabja',
  ),
  gov(
    'Karbala Governorate',
    'IQ',
    {
      en: ['Karbala', 'Kerbala', 'Karbalaa', "Karbala'", 'Kerbela'],
      fr: ['Kerbala', 'Karbala'],
      ar: ['كربلاء'],
    },
    'Karbala',
  ),
  gov(
    'Kirkuk Governorate',
    'IQ',
    {
      en: ['Kirkuk', 'Kerkuk', 'Karkuk', 'Tamim', "Ta'mim", "At-Ta'mim", 'Al-Tamim', 'At-Tamim'],
      fr: ['Kirkouk', 'Kerkouk', 'Kirkuk', 'Tamim', 'Taamim'],
      ar: ['كركوك', 'التأميم'],
    },
    'Kirkuk',
  ),
  gov('Maysan Governorate', 'IQ', {
    en: ['Maysan', 'Missan', 'Maisan', 'Mayssan', 'Meysan'],
    fr: ['Missan', 'Maysan', 'Meissan'],
    ar: ['ميسان'],
    bare: ['Maysan', 'Missan', 'Maisan'],
  }),
  gov('Nineveh Governorate', 'IQ', {
    en: ['Nineveh', 'Ninawa', 'Ninewa', 'Niniveh', 'Ninevah', 'Ninawah'],
    fr: ['Ninive', 'Ninawa'],
    ar: ['نينوى', 'نينوي'],
    bare: [
      'Nineveh',
      'Ninawa',
      'Ninewa',
      'Ninive',
      'Ninawah',
      'نينوى',
      'نينوى',
      'Nineveh Plains',
      'Nineveh plain',
      'plaine de Ninive',
      'سهل نينوى',
    ],
  }),
  gov('Wasit Governorate', 'IQ', {
    en: ['Wasit', 'Wassit', 'Wasith'],
    fr: ['Wassit', 'Wasit'],
    ar: ['واسط'],
    bare: ['Wasit', 'Wassit', 'واسط', 'واسط'],
  }),
  gov(
    'Najaf Governorate',
    'IQ',
    {
      en: ['Najaf', 'An-Najaf', 'Al-Najaf'],
      fr: ['Nadjaf', 'Najaf'],
      ar: ['النجف'],
    },
    'Najaf',
  ),
  gov('Saladin Governorate', 'IQ', {
    en: [
      'Saladin',
      'Salah ad-Din',
      'Salah al-Din',
      'Salahuddin',
      'Salahaddin',
      'Salaheddin',
      'Salah al-Deen',
      'Salah El-Din',
      'Salah-ad-Din',
    ],
    fr: ['Salaheddine', 'Salah ad-Din', 'Salah al-Din', 'Salaheddin', 'Saladin'],
    ar: ['صلاح الدين'],
  }),
];
