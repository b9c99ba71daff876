import { describe, expect, it } from 'vitest';
import {
  dateLanguage,
  formatOutletDate,
  formatSourceDate,
  parseDate,
} from '../../../functions/core/normal-form/parse-date.js';

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
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['', 'June 2017', '31 June 2017', '30 février 2016', 'Brumaire 3, 2017', 'the SAA advanced on Al-Abbasiya'])(
    'refuses "%s"',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
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
