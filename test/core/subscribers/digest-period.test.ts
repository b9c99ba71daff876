import { describe, expect, it } from 'vitest';
import { digestPeriod } from '../../../functions/core/subscribers/digest-period.js';

// 2026-11-29 is a Sunday; 2026-11-30 a Monday.
describe('digestPeriod, daily at 07:00', () => {
  it('is the 24 hours ending now when now is exactly 07:00', () => {
    expect(digestPeriod('daily', '07:00', 'monday', '2026-11-29T07:00:00.000Z')).toEqual({
      key: 'daily/2026-11-29T07:00Z',
      start: '2026-11-28T07:00:00.000Z',
      end: '2026-11-29T07:00:00.000Z',
    });
  });

  it('is the day before a minute earlier', () => {
    expect(digestPeriod('daily', '07:00', 'monday', '2026-11-29T06:59:00.000Z')).toEqual({
      key: 'daily/2026-11-28T07:00Z',
      start: '2026-11-27T07:00:00.000Z',
      end: '2026-11-28T07:00:00.000Z',
    });
  });

  it('names the same period all day, so a second run finds it sent', () => {
    const a = digestPeriod('daily', '07:00', 'monday', '2026-11-29T07:05:00Z');
    const b = digestPeriod('daily', '07:00', 'monday', '2026-11-30T06:59:59.999Z');
    expect(a).toEqual(b);
  });

  it('wraps the month and the year', () => {
    expect(digestPeriod('daily', '23:30', 'monday', '2027-01-01T00:10:00Z')).toEqual({
      key: 'daily/2026-12-31T23:30Z',
      start: '2026-12-30T23:30:00.000Z',
      end: '2026-12-31T23:30:00.000Z',
    });
    expect(digestPeriod('daily', '07:00', 'monday', '2026-12-01T06:00:00Z').end).toBe('2026-11-30T07:00:00.000Z');
  });

  it('takes a time with minutes, and midnight', () => {
    expect(digestPeriod('daily', '18:45', 'monday', '2026-11-29T18:45:00Z').end).toBe('2026-11-29T18:45:00.000Z');
    expect(digestPeriod('daily', '00:00', 'monday', '2026-11-29T18:45:00Z').end).toBe('2026-11-29T00:00:00.000Z');
  });
});

describe('digestPeriod, weekly on monday at 07:00', () => {
  it('is the 7 days ending now at exactly Monday 07:00', () => {
    expect(digestPeriod('weekly', '07:00', 'monday', '2026-11-30T07:00:00Z')).toEqual({
      key: 'weekly/2026-11-30T07:00Z',
      start: '2026-11-23T07:00:00.000Z',
      end: '2026-11-30T07:00:00.000Z',
    });
  });

  it('is the week before a minute earlier, and all through the week', () => {
    const before = digestPeriod('weekly', '07:00', 'monday', '2026-11-30T06:59:00Z');
    expect(before.end).toBe('2026-11-23T07:00:00.000Z');
    expect(digestPeriod('weekly', '07:00', 'monday', '2026-11-29T23:00:00Z')).toEqual(before);
    expect(digestPeriod('weekly', '07:00', 'monday', '2026-11-24T12:00:00Z')).toEqual(before);
  });

  it('wraps the week: a Sunday digest seen on the Monday after', () => {
    expect(digestPeriod('weekly', '20:00', 'sunday', '2026-11-30T08:00:00Z').end).toBe('2026-11-29T20:00:00.000Z');
    expect(digestPeriod('weekly', '20:00', 'sunday', '2026-11-29T19:59:00Z').end).toBe('2026-11-22T20:00:00.000Z');
  });

  it('wraps the year', () => {
    // 2027-01-01 is a Friday; the Monday before is 2026-12-28.
    expect(digestPeriod('weekly', '07:00', 'monday', '2027-01-01T00:00:00Z')).toEqual({
      key: 'weekly/2026-12-28T07:00Z',
      start: '2026-12-21T07:00:00.000Z',
      end: '2026-12-28T07:00:00.000Z',
    });
  });
});

describe('digestPeriod, hourly', () => {
  it('is the last full hour, whatever at and day say', () => {
    expect(digestPeriod('hourly', '07:00', 'monday', '2026-11-29T14:00:00Z')).toEqual({
      key: 'hourly/2026-11-29T14:00Z',
      start: '2026-11-29T13:00:00.000Z',
      end: '2026-11-29T14:00:00.000Z',
    });
    expect(digestPeriod('hourly', '07:30', 'friday', '2026-11-29T14:59:59Z').end).toBe('2026-11-29T14:00:00.000Z');
  });

  it('wraps the day and the year', () => {
    expect(digestPeriod('hourly', '07:00', 'monday', '2027-01-01T00:30:00Z')).toEqual({
      key: 'hourly/2027-01-01T00:00Z',
      start: '2026-12-31T23:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
  });
});

describe('digestPeriod, bad input', () => {
  it('says what is wrong with the time', () => {
    expect(() => digestPeriod('daily', '07:00', 'monday', 'yesterday')).toThrow('"yesterday" is not a time');
    expect(() => digestPeriod('daily', '7am', 'monday', '2026-11-29T14:00:00Z')).toThrow(
      '"7am" is not a UTC time such as "07:00"',
    );
  });
});
