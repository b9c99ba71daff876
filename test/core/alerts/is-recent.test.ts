import { describe, expect, it } from 'vitest';
import { isRecent } from '../../../functions/core/alerts/is-recent.js';

const DAYS_3 = 3 * 86_400_000;
const now = '2026-11-29T18:00:00.000Z';

describe('isRecent', () => {
  it('takes an item published within the age, and refuses one older', () => {
    expect(isRecent('2026-11-27T09:00:00Z', now, DAYS_3)).toBe(true);
    expect(isRecent('2026-11-26T18:00:00Z', now, DAYS_3)).toBe(true);
    expect(isRecent('2026-11-26T17:59:59Z', now, DAYS_3)).toBe(false);
  });

  it("refuses a feed's backlog: an item of 2017", () => {
    expect(isRecent('2017-06-06', now, DAYS_3)).toBe(false);
    expect(isRecent('Tue, 06 Jun 2017 10:00:00 +0000', now, DAYS_3)).toBe(false);
  });

  it('reads an RFC 822 date as feeds write it', () => {
    expect(isRecent('Sun, 29 Nov 2026 08:15:00 GMT', now, DAYS_3)).toBe(true);
  });

  it('counts a bare date to the end of its day', () => {
    // 2026-11-26 may mean 23:59 that day: within three days of 18:00 on the 29th.
    expect(isRecent('2026-11-26', now, DAYS_3)).toBe(true);
    expect(isRecent('2026-11-25', now, DAYS_3)).toBe(false);
  });

  it('counts an item without a date, or with one it cannot read, as new', () => {
    expect(isRecent('', now, DAYS_3)).toBe(true);
    expect(isRecent(undefined, now, DAYS_3)).toBe(true);
    expect(isRecent('sometime last week', now, DAYS_3)).toBe(true);
  });

  it('takes an item dated ahead of the clock', () => {
    expect(isRecent('2026-11-30T06:00:00Z', now, DAYS_3)).toBe(true);
  });
});
