import { describe, expect, it } from 'vitest';
import { durationMs, parseAge, parseOperatorConfig } from '../../../functions/core/config/operator-config.js';

const feeds = [{ url: 'https://www.globalresearch.ca/feed' }];

describe('parseOperatorConfig', () => {
  it('fills the defaults a config leaves out', () => {
    expect(parseOperatorConfig({ feeds })).toEqual({
      feeds,
      subscribers: [],
      pollRate: '15 minutes',
      maxAlertAge: '3 days',
      alarmEmails: [],
    });
  });

  it('takes any watch spec for a subscriber, and the immediate pace by default', () => {
    const config = parseOperatorConfig({
      feeds,
      subscribers: [{ email: 'desk@example.org', watches: ['Raqqa +50km', { name: 'Manbij', aliases: ['Menbij'] }] }],
    });
    expect(config.subscribers[0]).toMatchObject({
      watches: ['Raqqa +50km', { name: 'Manbij', aliases: ['Menbij'] }],
      delivery: 'immediate',
    });
  });

  it('names every bad field, in English', () => {
    expect(() =>
      parseOperatorConfig({ feeds: [{ url: 'ftp://x', profil: 'x' }], subscribers: [{ email: 'no', watches: [] }] }),
    ).toThrow(
      /feeds\[0\]\.url: must be an http\(s\) URL[\s\S]*feeds\[0\]: Unrecognized key: "profil"[\s\S]*subscribers\[0\]\.email: must be an email address[\s\S]*subscribers\[0\]\.watches: must name at least one watch/,
    );
  });

  it('reads a digest pace with its time and day, and defaults to alerts as they come', () => {
    const config = parseOperatorConfig({
      feeds,
      subscribers: [
        { email: 'a@example.org', watches: ['ISIS'], delivery: 'weekly', at: '18:30', day: 'friday' },
        { email: 'b@example.org', watches: ['Raqqa'] },
      ],
    });
    expect(config.subscribers.map(({ delivery, at, day }) => ({ delivery, at, day }))).toEqual([
      { delivery: 'weekly', at: '18:30', day: 'friday' },
      { delivery: 'immediate', at: '07:00', day: 'monday' },
    ]);
  });
});

describe('ages', () => {
  it.each([
    ['3 days', 259_200_000],
    ['12 hours', 43_200_000],
    ['1 minute', 60_000],
  ])('reads "%s"', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
    expect(parseAge(text, '--max-age')).toBe(ms);
  });

  it('refuses an age it cannot read, naming the option', () => {
    expect(() => parseAge('a while', '--max-age')).toThrow('--max-age must read like "3 days"');
  });
});
