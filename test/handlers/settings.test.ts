import { describe, expect, it } from 'vitest';
import { readPollSettings } from '../../functions/handlers/settings.js';

const FEEDS = JSON.stringify([{ url: 'https://www.globalresearch.ca/feed', profile: 'global-research' }]);

describe('readPollSettings', () => {
  it('reads the table, the feeds and the time reserve', () => {
    expect(readPollSettings({ TABLE_NAME: 't', FEEDS, POLL_RESERVE_MS: '20000' })).toEqual({
      tableName: 't',
      feeds: [{ url: 'https://www.globalresearch.ca/feed', profile: 'global-research' }],
      reserveMs: 20000,
    });
  });

  it.each([
    [{ FEEDS }, 'missing environment variable TABLE_NAME'],
    [{ TABLE_NAME: 't' }, 'missing environment variable FEEDS'],
    [{ TABLE_NAME: 't', FEEDS: 'not json' }, 'environment variable FEEDS is not JSON'],
    [
      { TABLE_NAME: 't', FEEDS: '[{"url":"ftp://x"}]' },
      'environment variable FEEDS is not valid: 0.url: must be an http(s) URL',
    ],
    [{ TABLE_NAME: 't', FEEDS, POLL_RESERVE_MS: 'soon' }, 'POLL_RESERVE_MS must be a number'],
  ])('fails clearly on %j', (env, message) => {
    expect(() => readPollSettings(env)).toThrow(message);
  });
});
