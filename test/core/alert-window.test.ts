import { describe, expect, it } from 'vitest';
import { isRecent } from '../../functions/core/alert-window.js';

const DAYS_3 = 3 * 86_400_000;
const now = '2026-11-29T12:00:00.000Z';

describe('isRecent', () => {
  it.each([
    ['2026-11-28T08:00:00Z', true],
    ['2026-11-26T12:00:00Z', true],
    ['2026-11-26T11:59:00Z', false],
    ['2017-06-06', false],
    ['2026-11-27', true],
  ])('reads an item published %s as %s in a 3-day window', (published, expected) => {
    expect(isRecent(published, now, DAYS_3)).toBe(expected);
  });

  it('counts an item without a date, or with one it cannot read, as new', () => {
    expect(isRecent(undefined, now, DAYS_3)).toBe(true);
    expect(isRecent('', now, DAYS_3)).toBe(true);
    expect(isRecent('sometime last week', now, DAYS_3)).toBe(true);
  });

  it('alerts everything when no window is set (a replay)', () => {
    expect(isRecent('2016-06-04', now, undefined)).toBe(true);
  });
});
