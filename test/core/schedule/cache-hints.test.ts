import { describe, expect, it } from 'vitest';
import { cacheHintsFromHeaders, hintedWaitMs, maxAgeOf } from '../../../functions/core/schedule/cache-hints.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('maxAgeOf', () => {
  it('reads max-age among other directives, in any case', () => {
    expect(maxAgeOf('public, Max-Age=600, must-revalidate')).toBe(600);
    expect(maxAgeOf('max-age="120"')).toBe(120);
  });

  it('asks no wait for no-cache or no-store, or without max-age', () => {
    expect(maxAgeOf('no-cache, max-age=600')).toBeUndefined();
    expect(maxAgeOf('private')).toBeUndefined();
    expect(maxAgeOf(undefined)).toBeUndefined();
  });
});

describe('cacheHintsFromHeaders', () => {
  it('takes Retry-After, max-age, Expires and Date from a response', () => {
    const headers = new Headers({
      'Retry-After': '120',
      'Cache-Control': 'max-age=300',
      Expires: 'Mon, 02 Mar 2026 10:30:00 GMT',
      Date: 'Mon, 02 Mar 2026 10:00:00 GMT',
    });
    expect(cacheHintsFromHeaders((n) => headers.get(n))).toEqual({
      retryAfter: '120',
      maxAge: 300,
      expires: 'Mon, 02 Mar 2026 10:30:00 GMT',
      date: 'Mon, 02 Mar 2026 10:00:00 GMT',
    });
    expect(cacheHintsFromHeaders(() => null)).toEqual({});
  });
});

describe('hintedWaitMs', () => {
  it('takes the longest of the hints', () => {
    expect(hintedWaitMs({ retryAfter: '60', maxAge: 600, ttl: 5 }, NOW)).toBe(600_000);
    expect(hintedWaitMs({ ttl: 30, maxAge: 60 }, NOW)).toBe(1_800_000);
  });

  it('asks nothing of a past date, an Expires of 0 or a Retry-After that is not a date', () => {
    expect(hintedWaitMs({ retryAfter: 'Mon, 02 Mar 2026 09:00:00 GMT' }, NOW)).toBe(0);
    expect(hintedWaitMs({ expires: '0' }, NOW)).toBe(0);
    expect(hintedWaitMs({ retryAfter: 'soon' }, NOW)).toBe(0);
    expect(hintedWaitMs({}, NOW)).toBe(0);
  });

  it('reads Expires against our clock when the server sent no Date', () => {
    expect(hintedWaitMs({ expires: 'Mon, 02 Mar 2026 10:20:00 GMT' }, NOW)).toBe(1_200_000);
  });
});
