/**
 * Month and weekday names in the languages the outlets write, folded to
 * lower case without accents (what `foldWord` gives). A name may be cut short
 * at any length the list gives ("sept", "sep").
 */
const MONTH_NAMES: Record<string, readonly (readonly string[])[]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['fevrier', 'fevr', 'fev'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['decembre', 'dec'],
  ],
  es: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sept', 'sep', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['marco', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
  it: [
    ['gennaio', 'gen'],
    ['febbraio', 'feb'],
    ['marzo', 'mar'],
    ['aprile', 'apr'],
    ['maggio', 'mag'],
    ['giugno', 'giu'],
    ['luglio', 'lug'],
    ['agosto', 'ago'],
    ['settembre', 'set'],
    ['ottobre', 'ott'],
    ['novembre', 'nov'],
    ['dicembre', 'dic'],
  ],
  de: [
    ['januar', 'jan', 'janner', 'jaenner'],
    ['februar', 'feb'],
    ['marz', 'maerz', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  nl: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sept', 'sep'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  // Arabic script: the Egyptian/Gulf names, then the Levantine (Syrian, Iraqi) ones;
  // alef and hamza forms are folded to a bare alef before lookup.
  ar: [
    ['يناير', 'كانون الثاني'],
    ['فبراير', 'شباط'],
    ['مارس', 'اذار'],
    ['ابريل', 'افريل', 'نيسان'],
    ['مايو', 'ماي', 'ايار'],
    ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'],
    ['اغسطس', 'اب'],
    ['سبتمبر', 'ايلول'],
    ['اكتوبر', 'تشرين الاول'],
    ['نوفمبر', 'تشرين الثاني'],
    ['ديسمبر', 'كانون الاول'],
  ],
};

const WEEKDAY_NAMES: readonly string[] = [
  // en
  'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun',
  // fr
  'lundi lun mardi mar mercredi mer jeudi jeu vendredi ven samedi sam dimanche dim',
  // es, pt, it
  'lunes martes miercoles mie jueves jue viernes vie sabado sab domingo dom',
  'segunda terca quarta quinta sexta feira seg ter qua qui sex',
  'lunedi martedi mercoledi giovedi gio venerdi sabato domenica',
  // de, nl
  'montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sonnabend sa sonntag so',
  'maandag ma dinsdag woensdag wo donderdag vrijdag vr zaterdag za zondag zo',
  // ar
  'الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد',
];

/** A word folded for lookup: lower case, accents and Arabic hamza forms dropped, a final dot gone. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/\.$/, '');
}

function monthTable(): Map<string, { month: number; languages: string[] }> {
  const table = new Map<string, { month: number; languages: string[] }>();
  for (const [language, months] of Object.entries(MONTH_NAMES)) {
    months.forEach((names, i) => {
      for (const name of names) {
        const entry = table.get(name) ?? { month: i + 1, languages: [] };
        // A name two languages give to two months could not be read either way: refuse the table at load.
        if (entry.month !== i + 1) throw new Error(`month name "${name}" means two months`);
        entry.languages.push(language);
        table.set(name, entry);
      }
    });
  }
  return table;
}

/** Folded month name -> month number (1-12) and the languages that use it. */
export const MONTHS: ReadonlyMap<string, { month: number; languages: readonly string[] }> = monthTable();

/** Folded weekday names and their usual short forms. */
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES.flatMap((line) => line.split(' ')));

/** Month names written as two words (Levantine Arabic): joined before the words are split. */
export const TWO_WORD_MONTHS: readonly string[] = [...MONTHS.keys()].filter((name) => name.includes(' '));
