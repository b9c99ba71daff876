import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHS } from '../../../functions/core/normal-form/month-names.js';
import {
  dateLanguage,
  formatOutletDate,
  formatSourceDate,
  parseDate,
  parseTimestamp,
} from '../../../functions/core/normal-form/parse-date.js';

// Every date here is read on a machine set to Tokyo: none may move by its nine hours.
const machineZone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Asia/Tokyo';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = machineZone;
});

describe('parseTimestamp', () => {
  it('runs on a machine whose zone is not UTC', () => {
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(-540);
  });

  it.each([
    // RFC 822 and what feeds make of it
    ['Tue, 06 Jun 2017 14:05:00 GMT', '2017-06-06T14:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 +0300', '2017-06-06T11:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05 EDT', '2017-06-06T18:05:00.000Z'],
    ['Tue,06 Jun 2017 14:05:00 -0000', '2017-06-06T14:05:00.000Z'],
    ['Tue, 6 June, 2017 14:05:00 UTC', '2017-06-06T14:05:00.000Z'],
    ['Tue Jun 06 2017 14:05:00 +0200', '2017-06-06T12:05:00.000Z'],
    ['Tue, 06 Jun 17 14:05:00 GMT', '2017-06-06T14:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 Etc/GMT', '2017-06-06T14:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 GMT+03:00', '2017-06-06T11:05:00.000Z'],
    ['Tue Jun  6 14:05:00 2017', '2017-06-06T14:05:00.000Z'],
    ['Tue, 06 Jun 2017', '2017-06-06T00:00:00.000Z'],
    // zone names Date cannot read
    ['Tue, 06 Jun 2017 14:05:00 MET', '2017-06-06T13:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 CEST', '2017-06-06T12:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 BST', '2017-06-06T13:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 JST', '2017-06-06T05:05:00.000Z'],
    ['Tue, 06 Jun 2017 14:05:00 PT', '2017-06-06T22:05:00.000Z'],
    // W3C-DTF / ISO 8601
    ['2017-06-06T14:05:00Z', '2017-06-06T14:05:00.000Z'],
    ['2017-06-06T14:05:00.250+03:00', '2017-06-06T11:05:00.250Z'],
    ['2017-06-06T14:05:00', '2017-06-06T14:05:00.000Z'],
    ['2017-06-06 14:05:00 -00:30', '2017-06-06T14:35:00.000Z'],
    ['2017-06-06', '2017-06-06T00:00:00.000Z'],
    ['2017-06', '2017-06-01T00:00:00.000Z'],
    ['20170606T140500Z', '2017-06-06T14:05:00.000Z'],
    ['2017-006-06T14:05:00Z', '2017-06-06T14:05:00.000Z'],
    // two-digit years as feedparser reads them
    ['17-06-06', '2017-06-06T00:00:00.000Z'],
    ['170606', '2017-06-06T00:00:00.000Z'],
    ['-1706', '2017-06-01T00:00:00.000Z'],
    ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53.000Z'],
    // other languages
    ['mardi 6 juin 2017 à 14h05', '2017-06-06T14:05:00.000Z'],
    ['1er mars 2016', '2016-03-01T00:00:00.000Z'],
    ['mar. 12 mars 2024 10:00', '2024-03-12T10:00:00.000Z'],
    ['martes, 6 de junio de 2017 14:05', '2017-06-06T14:05:00.000Z'],
    ['6 giugno 2017', '2017-06-06T00:00:00.000Z'],
    ['6 de junho de 2017', '2017-06-06T00:00:00.000Z'],
    ['Dienstag, 6. Juni 2017, 14:05 Uhr', '2017-06-06T14:05:00.000Z'],
    ['6 März 2017', '2017-03-06T00:00:00.000Z'],
    ['di 6 juni 2017', '2017-06-06T00:00:00.000Z'],
    ['6 حزيران 2017', '2017-06-06T00:00:00.000Z'],
    ['٦ يونيو ٢٠١٧', '2017-06-06T00:00:00.000Z'],
    ['12 كانون الثاني 2017', '2017-01-12T00:00:00.000Z'],
    ['June 6, 2017 2:05 pm', '2017-06-06T14:05:00.000Z'],
    ['06.06.2017 14:05', '2017-06-06T14:05:00.000Z'],
    ['13/06/2017', '2017-06-13T00:00:00.000Z'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it.each([
    ['nothing', ''],
    ['an unknown zone', 'Tue, 06 Jun 2017 14:05:00 XYZ'],
    ['a zone name meaning two zones', 'Tue, 06 Jun 2017 14:05:00 IST'],
    ['a day past the month', 'Sun, 31 Jun 2017 12:00:00 GMT'],
    ['29 February in a common year', '2017-02-29'],
    ['an hour of 25', '2017-06-06T25:00:00Z'],
    ['a minute of 61', '2017-06-06T14:61:00Z'],
    ['an offset of 99 hours', '2017-06-06T14:05:00-99:99'],
    ['a year past 9999 once moved to UTC', 'Fri, 31 Dec 9999 23:59:59 -1000'],
    ['a five-digit year', '22017'],
    ['trailing words', '2017-06-06T14:05:00-06:00Textra'],
    ['too many date parts', '2017-06-06-01'],
    ['four time parts', 'Tue, 06 Jun 2017 1:2:3:4 GMT'],
    ['no day', 'June 2017'],
    ['a slashed date that is March or June by country', '6/3/2017'],
    ['two months', '6 June July 2017'],
    ['prose', 'the SAA advanced on Al-Abbasiya'],
  ])('refuses %s: "%s"', (_label, text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  it('knows which languages share a month name', () => {
    expect(MONTHS.get('mar')).toEqual({ month: 3, languages: ['en', 'es', 'pt', 'it'] });
    expect(MONTHS.get('mai')).toEqual({ month: 5, languages: ['fr', 'pt', 'de'] });
  });
});

describe('parseDate', () => {
  it.each([
    ['June 03, 2017', '2017-06-03'],
    ['June 3, 2017', '2017-06-03'],
    ['5 June 2017', '2017-06-05'],
    ['04 juin 2016', '2016-06-04'],
    ['9 mars 2016', '2016-03-09'],
    ['1er février 2016', '2016-02-01'],
    ['15 août 2016', '2016-08-15'],
    ['3 decembre 2015', '2015-12-03'],
    ['Sept. 12, 2016', '2016-09-12'],
    ['2017-06-03', '2017-06-03'],
    ['2017-06-03T23:30:00-05:00', '2017-06-03'],
    ['Sat, 03 Jun 2017 23:30:00 EST', '2017-06-03'],
    ['3 de junio de 2017', '2017-06-03'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    '',
    'June 2017',
    '2017',
    '2017-06',
    '170603',
    '31 June 2017',
    '30 février 2016',
    'Brumaire 3, 2017',
    'the SAA advanced on Al-Abbasiya',
  ])('refuses "%s"', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('dateLanguage', () => {
  it('tells French month names from English ones', () => {
    expect(dateLanguage('04 juin 2016')).toBe('fr');
    expect(dateLanguage('9 mars 2016')).toBe('fr');
    expect(dateLanguage('June 03, 2017')).toBe('en');
    expect(dateLanguage('2017-06-03')).toBeUndefined();
  });
});

describe('formatting dates as the outlets print them', () => {
  it('writes outlet and source dates in each language', () => {
    expect(formatOutletDate('2017-06-03', 'en')).toBe('June 03, 2017');
    expect(formatOutletDate('2016-06-04', 'fr')).toBe('04 juin 2016');
    expect(formatSourceDate('2017-06-05', 'en')).toBe('5 June 2017');
    expect(formatSourceDate('2016-08-15', 'fr')).toBe('15 août 2016');
  });
});
