import { describe, expect, it } from 'vitest';
import { ConfigError, parseOperatorConfig } from '../../../functions/core/config/operator-config.js';
import { schedulePolicyOf, userAgentOf } from '../../../functions/core/config/schedule-settings.js';
import { DEFAULT_SCHEDULE_POLICY } from '../../../functions/core/schedule/schedule-policy.js';

const feeds = [{ url: 'https://www.mondialisation.ca/feed' }];

describe('schedulePolicyOf', () => {
  it('is the default policy when the config says nothing', () => {
    expect(schedulePolicyOf(parseOperatorConfig({ feeds }))).toEqual(DEFAULT_SCHEDULE_POLICY);
  });

  it('takes the bounds, the disable count and pollRate as a new feed’s interval', () => {
    const config = parseOperatorConfig({
      feeds,
      pollRate: '30 minutes',
      schedule: { minInterval: '10 minutes', maxInterval: '6 hours', disableAfter: 5 },
    });
    expect(schedulePolicyOf(config)).toMatchObject({
      minIntervalMs: 600_000,
      maxIntervalMs: 21_600_000,
      defaultIntervalMs: 1_800_000,
      disableAfter: 5,
    });
  });

  it('names the fields of a schedule that cannot work', () => {
    const reversed = parseOperatorConfig({ feeds, schedule: { minInterval: '2 days', maxInterval: '1 day' } });
    expect(() => schedulePolicyOf(reversed)).toThrow(ConfigError);
    expect(() => schedulePolicyOf(reversed)).toThrow('the least interval must not exceed the greatest');
    const rate = parseOperatorConfig({ feeds, pollRate: '2 minutes' });
    expect(() => schedulePolicyOf(rate)).toThrow(/^pollRate \(2 minutes\), a new feed's interval, must lie between/);
  });

  it('refuses a disable count that is not a whole number, at parse time', () => {
    expect(() => parseOperatorConfig({ feeds, schedule: { disableAfter: 2.5 } })).toThrow(/schedule\.disableAfter/);
  });
});

describe('userAgentOf', () => {
  it('names the deployment and its contact', () => {
    const config = parseOperatorConfig({ feeds, deployment: 'newsdesk-eu', contact: 'desk@example.org' });
    expect(userAgentOf(config, '0.1')).toBe('feedwatch/0.1 (+mailto:desk@example.org; deployment newsdesk-eu)');
  });

  it('leaves the fetcher’s default when no contact is named', () => {
    expect(userAgentOf(parseOperatorConfig({ feeds, deployment: 'x' }))).toBeUndefined();
  });

  it('refuses a contact that is neither an email address nor an http(s) URL', () => {
    expect(() => parseOperatorConfig({ feeds, contact: 'call us' })).toThrow(/contact/);
  });
});
