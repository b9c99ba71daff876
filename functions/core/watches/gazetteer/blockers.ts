import type { LexiconEntry } from '../watch-list.js';

/**
 * Longer names and phrases that hold a place or actor alias but are something
 * else, as DEFAULT_BLOCKERS in default-lexicon.ts: known to the matcher so
 * that the longer name wins, never watched. "Aleppo pine" is a tree, "la
 * Douma" the Russian parliament, "un SDF" a homeless person, "حماة الوطن"
 * protectors of the nation, "قناة الميادين" a television channel.
 */

const term = (name: string, aliases: string[]): LexiconEntry => ({ name, kind: 'term', aliases });

export const CURATED_BLOCKERS: readonly LexiconEntry[] = [
  term('Aleppo pine', ['Aleppo pines', "pin d'Alep", "pins d'Alep"]),
  term('Aleppo soap', ["savon d'Alep", 'savons d’Alep']),
  term('Aleppo pepper', ['Aleppo peppers', "piment d'Alep"]),
  term('Damascus steel', ['acier de Damas']),
  term('Damascus Gate', ['porte de Damas']),
  term('road to Damascus', ['road-to-Damascus', 'chemin de Damas']),
  term('Palmyra Atoll', ['Palmyra, New York', 'Palmyra, Pennsylvania', 'Palmyra, New Jersey', 'Palmyra, Missouri']),
  term('Al Mayadeen TV', [
    'Al-Mayadeen TV',
    'Al Mayadeen television',
    'Al-Mayadeen television',
    'Al Mayadeen channel',
    'Al-Mayadeen channel',
    'Al Mayadeen English',
    'chaîne Al-Mayadeen',
    'chaîne al-Mayadeen',
    'chaîne Al Mayadeen',
    'télévision al-Mayadeen',
    'قناة الميادين',
    'فضائية الميادين',
  ]),
  term('Al-Rai newspaper', [
    'Al Rai newspaper',
    'Kuwaiti daily Al-Rai',
    'Kuwaiti daily Al Rai',
    'Kuwaiti newspaper Al-Rai',
    'Al-Rai daily',
    'quotidien koweïtien Al-Rai',
    'صحيفة الراي',
    'صحيفة الرأي',
  ]),
  term('Dabiq magazine', ['magazine Dabiq', 'revue Dabiq', "Dabiq, the group's magazine", 'مجلة دابق']),
  term('goddess Isis', [
    'temple of Isis',
    'Temple of Isis',
    'cult of Isis',
    'déesse Isis',
    "temple d'Isis",
    'culte d’Isis',
    "culte d'Isis",
  ]),
  // Towns take no article in French: "la Douma" is the Russian parliament.
  term('la Douma', ["Douma d'État", 'Douma russe', 'Douma de Russie', "Douma d'Etat"]),
  // English and French words that folding's transliteration rules (doubled letters, ou/u, -ah/-a)
  // make one key with a name: written this way, they are the word. test/core/watches/fold-rules.test.ts
  // finds every such word in an English and a French dictionary; each must be listed here.
  term('words that fold onto a name', [
    'sarin',
    'serin',
    'karma',
    'ballad',
    'maze',
    'Anna',
    'ana',
    'atma',
    'calla',
    'cala',
    'het',
    'hila',
    'hula',
    'jabble',
    'jablée',
    'samara',
    'amarra',
    'roussie',
    'hit',
    'harem',
    'hareem',
    'siren',
    'héla',
    'duma',
    'babel',
    'debes',
    'kaim',
    'messan',
    'pares',
    'parés',
    'parées',
    'silken',
    'tassel',
    'tassell',
    'dira',
  ]),
  // Quseir on Egypt's Red Sea coast, not Qusayr near Homs.
  term('El Quseir', ['El-Quseir', 'El Qoseir', 'El-Qoseir', 'Quseir, Egypt']),
  term('State Duma', [
    'the Duma',
    'Russian Duma',
    'Duma deputies',
    'Duma deputy',
    'Duma speaker',
    'Duma elections',
    'Duma election',
    'مجلس الدوما',
  ]),
  term('Latakia tobacco', ['Latakia pipe tobacco', 'tabac de Lattaquié', 'tabac Latakia']),
  // The Harmonized Tariff Schedule, not Hayat Tahrir al-Sham.
  term('HTS code', ['HTS codes', 'HTS classification', 'HTS number', 'HTS heading']),
  // An electrical conductor; a shield (درعاً واقياً, دروعاً بشرية).
  term('الموصل الكهربائي', [
    'موصل كهربائي',
    'الموصلات الكهربائية',
    'درعا واقيا',
    'درعا بشريا',
    'دروعا بشرية',
    'درعا حصينا',
  ]),
  // In French, "un SDF" is a homeless person (sans domicile fixe).
  term('un SDF', ['une SDF', 'des SDF', 'aux SDF', 'les SDF', 'de SDF', 'ces SDF', 'du SDF']),
  term('Bagdad Café', ['Baghdad Cafe', 'Baghdad Café', 'Bagdad Cafe']),
  // A state governed by Islamic law, not the group.
  term('an Islamic state', [
    'an Islamic State',
    'Islamic states',
    'un État islamique',
    "d'un État islamique",
    'un Etat islamique',
    'des États islamiques',
    'dawla islamiyya',
  ]),
  term('Afrin nasal spray', ['Afrin spray', 'Afrin No Drip']),
  term('Latakia blend', ['smoky Latakia', 'Latakia blends', 'Latakia leaf']),
  // A seaside resort and zoo in Charente-Maritime.
  term('La Palmyre', ['zoo de La Palmyre', 'Les Mathes-La Palmyre']),
  // Hummus; milking.
  term('صحن حمص', [
    'حمص بالطحينة',
    'الحمص بالطحينة',
    'حبات الحمص',
    'حبوب الحمص',
    'حلب الأبقار',
    'حلب الماعز',
    'حلب الأغنام',
    'حلب البقرة',
  ]),
  term('Erbil SC', ['Erbil FC', 'Erbil Sport Club', 'Erbil SC', 'نادي أربيل']),
  // Kenitra, Morocco; tenderness (الرقة والحنان).
  term('القنيطرة المغربية', ['القنيطرة بالمغرب', 'القنيطرة في المغرب', 'الرقة والحنان']),
  term('Banias springs', ['Banias Nature Reserve', 'Banias waterfall', 'Banias spring', 'sources de Banias']),
  term('حماة الديار', ['حماة الديار', 'حماة الوطن', 'حزب حماة الوطن', 'حماة الثورة', 'حماة البيئة', 'حماة الدستور']),
  term('عين السخنة', ['العين السخنة', 'عين السخنة', 'ميناء السخنة']),
  term('اللون الرمادي', ['اللون الرمادي']),
  term('أريحا الفلسطينية', [
    'أريحا الفلسطينية',
    'أريحا في الضفة',
    'أريحا بالضفة',
    'اريحا في الضفة',
    'اريحا بالضفة',
    'مدينة أريحا في الضفة',
  ]),
];
