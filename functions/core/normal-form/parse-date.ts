const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sep: 9,
  sept: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const MONTH = '([A-Za-zÀ-ÿ]{3,10})\\.?';
const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** "June 03, 2017" */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'i');
/** "04 juin 2016", "1er mars 2016", "5 June 2017" */
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function monthNumber(name: string): number | undefined {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTHS[key];
}

const FRENCH_ONLY = new Set([
  'janvier',
  'janv',
  'fevrier',
  'fevr',
  'fev',
  'mars',
  'avril',
  'avr',
  'mai',
  'juin',
  'juillet',
  'juil',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
]);

/** 'fr' when the date names its month in French ("04 juin 2016"). */
export function dateLanguage(text: string): 'en' | 'fr' | undefined {
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (FRENCH_ONLY.has(key)) return 'fr';
    if (MONTHS[key] !== undefined) return 'en';
  }
  return undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads the dates the outlets print, in English or French, to an ISO date.
 * Returns undefined for anything else, so callers can tell a date line from prose.
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

function parts(isoDate: string): [number, number, number] | undefined {
  const m = ISO.exec(isoDate);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** The outlet line's date as the outlets print it: "June 03, 2017" / "04 juin 2016". */
export function formatOutletDate(isoDate: string, language: 'en' | 'fr'): string {
  const p = parts(isoDate);
  if (!p) return isoDate;
  const [y, m, d] = p;
  const dd = String(d).padStart(2, '0');
  return language === 'fr' ? `${dd} ${FR_MONTHS[m - 1]} ${y}` : `${EN_MONTHS[m - 1]} ${dd}, ${y}`;
}

/** The source line's date as the outlets print it: "5 June 2017" / "3 juin 2016". */
export function formatSourceDate(isoDate: string, language: 'en' | 'fr'): string {
  const p = parts(isoDate);
  if (!p) return isoDate;
  const [y, m, d] = p;
  return `${d} ${(language === 'fr' ? FR_MONTHS : EN_MONTHS)[m - 1]} ${y}`;
}
