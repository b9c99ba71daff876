import { foldWord, MONTHS, TWO_WORD_MONTHS, WEEKDAYS } from './month-names.js';
import { ZONE_OFFSETS } from './zone-names.js';

/** A date as written: its calendar fields, and its zone when it names one (minutes east of UTC). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset?: number;
  /** The text named no day ("2003", "2003-12"): the day and month stand in. */
  partial?: true;
  /** The year was written with two digits in an ISO-like form (feedparser's "03-12-31"): feeds only. */
  shortYear?: true;
}

/** Words a written date carries beside its fields: "le", "de", "the", "Uhr", "à"... */
const FILLERS = new Set([
  'the',
  'of',
  'on',
  'at',
  'le',
  'a',
  'de',
  'del',
  'do',
  'da',
  'di',
  'den',
  'der',
  'am',
  'um',
  'om',
  'op',
  'uhr',
  'h',
  'hs',
  'hrs',
  'e',
  'y',
  'في',
  'الساعة',
  'on',
]);

const ISO =
  /^(\d{4})(?:-(0?\d\d)(?:-(\d\d))?|(\d\d)(\d\d))?(?:(?:t|\s+)(\d{1,2}):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?)?)?$/i;
/**
 * feedparser's two-digit-year ISO forms: 03-12-31, 031231, -03-12, -0312. Its
 * ordinal form (03335) is left out: it would read any five digits ("22017") as a date.
 */
const ISO_SHORT_YMD = /^(\d\d)-?(\d\d)-?(\d\d)$/;
const ISO_SHORT_YM = /^-(\d\d)-?(\d\d)$/;

const TIME = /^(\d{1,2})(?::|h)(\d\d)(?::(\d\d)(?:[.,](\d+))?)?$/;
const OFFSET = /^(?:(?:etc\/)?(?:gmt|utc|ut))?([+-])(\d\d?)(?::?(\d\d))?$/;
const NUMERIC_YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th|er|re|eme|e|º|°|o|\.)?$/;

/** Two-digit years as feedparser reads them: 90-99 are the 1990s, the rest this century. */
const fullYear = (yy: number): number => (yy < 90 ? 2000 + yy : 1900 + yy);

function offsetMinutes(sign: string, hours: string, minutes: string | undefined): number | undefined {
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  if (h > 14 || m > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

const fractionMs = (digits: string | undefined): number => (digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0);

function readIso(s: string): DateParts | undefined {
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, compactMonth, compactDay, hh, mi, ss, frac, zone] = m;
    let offset: number | undefined;
    if (zone) {
      const z = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
      offset = z ? offsetMinutes(z[1] ?? '+', z[2] ?? '', z[3]) : 0;
      if (offset === undefined) return undefined;
    }
    return {
      year: Number(y),
      month: Number(mo ?? compactMonth ?? 1),
      day: Number(d ?? compactDay ?? 1),
      hour: Number(hh ?? 0),
      minute: Number(mi ?? 0),
      second: Number(ss ?? 0),
      millisecond: fractionMs(frac),
      ...(offset === undefined ? {} : { offset }),
      ...(d || compactDay ? {} : { partial: true as const }),
    };
  }
  const base = { hour: 0, minute: 0, second: 0, millisecond: 0, shortYear: true as const };
  let short = ISO_SHORT_YMD.exec(s);
  if (short) return { year: fullYear(Number(short[1])), month: Number(short[2]), day: Number(short[3]), ...base };
  short = ISO_SHORT_YM.exec(s);
  if (short) return { year: fullYear(Number(short[1])), month: Number(short[2]), day: 1, partial: true, ...base };
  return undefined;
}

const ARABIC_DIGITS = /[٠-٩]/g;

/** Splits a written date into words, with the Levantine two-word month names kept whole. */
function words(text: string): string[] {
  let s = foldWord(text.replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x660)));
  for (const name of TWO_WORD_MONTHS) s = s.replaceAll(name, name.replace(' ', '_'));
  return s
    .replace(/,/g, ' ')
    .replace(/(\d)\s+h\s+(\d\d)\b/g, '$1h$2')
    .replace(/\b([ap])\.m\./g, '$1m')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/_/g, ' ').replace(/\.$/, ''));
}

/** Reads dates written with words and numbers: RFC 822 and its variants, asctime, "3 juin 2016 à 14h30"... */
function readWords(text: string): DateParts | undefined {
  const numbers: { value: string; index: number }[] = [];
  const months: { month: number; index: number; weekday: boolean }[] = [];
  let ymd: [number, number, number] | undefined;
  let time: { hour: number; minute: number; second: number; millisecond: number } | undefined;
  let meridiem: 'am' | 'pm' | undefined;
  let offset: number | undefined;
  const all = words(text);
  for (const [index, word] of all.entries()) {
    const month = MONTHS.get(word);
    const zone = ZONE_OFFSETS.get(word.replace(/^etc\//, ''));
    let m: RegExpExecArray | null;
    if (month) months.push({ month: month.month, index, weekday: WEEKDAYS.has(word) });
    else if (time && zone !== undefined && offset === undefined) offset = zone;
    else if (WEEKDAYS.has(word) || FILLERS.has(word)) continue;
    else if (word === 'am' || word === 'pm') meridiem = word;
    else if ((m = TIME.exec(word))) {
      if (time) return undefined;
      time = {
        hour: Number(m[1]),
        minute: Number(m[2]),
        second: Number(m[3] ?? 0),
        millisecond: fractionMs(m[4]),
      };
    } else if ((m = /^(\d{1,2}:\d\d(?::\d\d)?)([ap]m)$/.exec(word))) {
      const t = TIME.exec(m[1] ?? '');
      if (!t || time) return undefined;
      time = { hour: Number(t[1]), minute: Number(t[2]), second: Number(t[3] ?? 0), millisecond: 0 };
      meridiem = m[2] as 'am' | 'pm';
    } else if (time && offset === undefined && (m = OFFSET.exec(word))) {
      offset = offsetMinutes(m[1] ?? '+', m[2] ?? '', m[3]);
      if (offset === undefined) return undefined;
    } else if ((m = NUMERIC_YMD.exec(word))) {
      if (ymd) return undefined;
      ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else if ((m = NUMERIC_DMY.exec(word))) {
      if (ymd) return undefined;
      const [a, b] = [Number(m[1]), Number(m[3])];
      // 03/06/2017 is March or June by country: only the dotted European form, or a day past 12, decides.
      if (m[2] === '.' || a > 12) ymd = [Number(m[4]), b, a];
      else if (b > 12) ymd = [Number(m[4]), a, b];
      else return undefined;
    } else if (/^\d{4}$/.test(word) || DAY_NUMBER.test(word)) numbers.push({ value: word, index });
    else return undefined;
  }
  // "mar." is Tuesday in French and Spanish and March in English: a weekday when another month is named.
  const named = months.length === 2 && months[0]?.weekday ? months.slice(1) : months;
  if (named.length > 1) return undefined;
  const clock = time ?? { hour: 0, minute: 0, second: 0, millisecond: 0 };
  if (meridiem) {
    if (!time || clock.hour < 1 || clock.hour > 12) return undefined;
    clock.hour = (clock.hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const withZone = offset === undefined ? {} : { offset };
  if (ymd) {
    if (named.length > 0 || numbers.length > 0) return undefined;
    return { year: ymd[0], month: ymd[1], day: ymd[2], ...clock, ...withZone };
  }
  const monthWord = named[0];
  if (!monthWord || numbers.length !== 2) return undefined;
  const [first, second] = numbers as [{ value: string; index: number }, { value: string; index: number }];
  let dayWord: { value: string; index: number };
  let yearWord: { value: string; index: number };
  if (/^\d{4}$/.test(first.value)) [yearWord, dayWord] = [first, second];
  else if (/^\d{4}$/.test(second.value)) [dayWord, yearWord] = [first, second];
  // Two short numbers: RFC 822's "01 Jan 04" (day, month, year), or "Jan 01 04".
  else if (first.index < monthWord.index || second.index > monthWord.index) [dayWord, yearWord] = [first, second];
  else return undefined;
  if (!/^\d{2}$|^\d{4}$/.test(yearWord.value)) return undefined;
  const day = Number(DAY_NUMBER.exec(dayWord.value)?.[1]);
  const year = yearWord.value.length === 2 ? fullYear(Number(yearWord.value)) : Number(yearWord.value);
  return { year, month: monthWord.month, day, ...clock, ...withZone };
}

/** Reads a written date to its fields, without judging them; undefined when the text is not a date. */
export function readDateParts(text: string): DateParts | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return undefined;
  return readIso(s) ?? readWords(s);
}

function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

function valid(p: DateParts): boolean {
  if (p.year < 1 || p.year > 9999 || p.month < 1 || p.month > 12) return false;
  if (p.day < 1 || p.day > daysIn(p.year, p.month)) return false;
  if (p.hour === 24) return p.minute === 0 && p.second === 0;
  return p.hour <= 23 && p.minute <= 59 && p.second <= 60;
}

/**
 * The instant a written date means, as an ISO timestamp in UTC: RFC 822 and
 * its variants with any zone name of ZONE_OFFSETS, W3C-DTF / ISO 8601, and
 * dates written in words in the languages of month-names.ts. A date without
 * a zone is read as UTC (as feedparser does), never in the machine's zone.
 * Undefined for anything unreadable or impossible: no date is better than a wrong one.
 */
export function parseTimestamp(text: string): string | undefined {
  const p = readDateParts(text);
  if (!p || !valid(p)) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month - 1, p.day);
  // A leap second is read as the second before it.
  date.setUTCHours(p.hour, p.minute, Math.min(p.second, 59), p.millisecond);
  const ms = date.getTime() - (p.offset ?? 0) * 60_000;
  const utc = new Date(ms);
  const year = utc.getUTCFullYear();
  return year >= 1 && year <= 9999 ? utc.toISOString() : undefined;
}

/**
 * The calendar date a text names, as written (YYYY-MM-DD, not moved to UTC):
 * the normal form's dates. Undefined for anything that names no whole day, so
 * callers can tell a date line from prose.
 */
export function parseDate(text: string): string | undefined {
  const p = readDateParts(text);
  if (!p || p.partial || p.shortYear || !valid(p)) return undefined;
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** 'fr' when the date names its month in French and not in English ("04 juin 2016", "9 mars 2016"). */
export function dateLanguage(text: string): 'en' | 'fr' | undefined {
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const languages = MONTHS.get(foldWord(word))?.languages;
    if (!languages) continue;
    if (languages.includes('fr') && !languages.includes('en')) return 'fr';
    if (languages.includes('en')) return 'en';
  }
  return undefined;
}

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

function parts(isoDate: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
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
