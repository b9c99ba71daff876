import { describe, expect, it } from 'vitest';
import { meanItemGapMs, mergeItemTimes } from '../../../functions/core/schedule/item-rate.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('mergeItemTimes', () => {
  it('adds the times not seen before, newest first, up to the window', () => {
    const previous = ['2026-03-02T09:00:00.000Z', '2026-03-02T08:00:00.000Z'];
    const seen = ['Mon, 02 Mar 2026 09:30:00 GMT', '2026-03-02T09:00:00.000Z', '2026-03-02T07:00:00Z'];
    expect(mergeItemTimes(previous, seen, 1, NOW, 3)).toEqual([
      '2026-03-02T09:30:00.000Z',
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T08:00:00.000Z',
    ]);
  });

  it('counts an item dated in the future as published now', () => {
    expect(mergeItemTimes([], ['2026-03-05T00:00:00Z'], 1, NOW, 10)).toEqual(['2026-03-02T10:00:00.000Z']);
  });

  it('counts each new undated item at the time the caller guesses', () => {
    expect(mergeItemTimes([], ['no date'], 2, NOW, 10, NOW - 60_000)).toEqual([
      '2026-03-02T09:59:00.000Z',
      '2026-03-02T09:59:00.000Z',
    ]);
  });

  it('does not count undated items without a guess: a first check finds a backlog, not a rate', () => {
    expect(mergeItemTimes([], [], 20, NOW, 10)).toEqual([]);
  });
});

describe('meanItemGapMs', () => {
  it('spreads the time from the oldest item to now over the items', () => {
    expect(meanItemGapMs(['2026-03-02T09:30:00.000Z', '2026-03-02T09:00:00.000Z'], NOW)).toBe(30 * 60_000);
  });

  it('grows while a feed stays silent', () => {
    const times = ['2026-03-02T09:30:00.000Z', '2026-03-02T09:00:00.000Z'];
    expect(meanItemGapMs(times, NOW + 60 * 60_000)).toBe(60 * 60_000);
  });

  it('knows nothing without item times', () => {
    expect(meanItemGapMs([], NOW)).toBeUndefined();
  });
});
