import { describe, expect, it } from 'vitest';
import { firstCheckAt, fnv1a32 } from '../../../functions/core/schedule/first-check.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';

describe('fnv1a32', () => {
  it('gives the published FNV-1a test values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('firstCheckAt', () => {
  const now = Date.parse('2026-03-02T10:00:30Z');

  it('puts a feed at a fixed whole minute within the default interval', () => {
    const first = firstCheckAt('https://news.example.org/feed', now, policy);
    expect(first % 60_000).toBe(0);
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-03-02T10:01:00Z'));
    expect(first).toBeLessThan(Date.parse('2026-03-02T10:16:00Z'));
    expect(firstCheckAt('https://news.example.org/feed', now, policy)).toBe(first);
  });

  it('spreads 7,000 feeds over the 15 minutes: no minute gets more than 1.2 times its share', () => {
    const perMinute = new Map<number, number>();
    for (let i = 0; i < 7000; i++) {
      const t = firstCheckAt(`https://site${i % 700}.example/feeds/${i}.xml`, now, policy);
      perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
    }
    expect(perMinute.size).toBe(15);
    expect(Math.max(...perMinute.values())).toBeLessThan((7000 / 15) * 1.2);
  });
});
