import { type SchedulePolicy, schedulePolicy } from '../schedule/schedule-policy.js';
import { userAgent } from '../schedule/user-agent.js';
import { ConfigError, durationMs, type OperatorConfig } from './operator-config.js';

/**
 * The schedule policy an operator config asks for: its `schedule` bounds
 * (default 5 minutes to 1 day, disabled after 11 failures in a row) and its
 * `pollRate` as the interval of a feed whose rate is not known yet. A policy
 * that cannot work is a ConfigError naming the field, at synthesis.
 */
export function schedulePolicyOf(config: OperatorConfig): SchedulePolicy {
  const s = config.schedule ?? {};
  try {
    return schedulePolicy({
      ...(s.minInterval ? { minIntervalMs: durationMs(s.minInterval) } : {}),
      ...(s.maxInterval ? { maxIntervalMs: durationMs(s.maxInterval) } : {}),
      ...(s.disableAfter ? { disableAfter: s.disableAfter } : {}),
      defaultIntervalMs: durationMs(config.pollRate),
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const bounds = `schedule.minInterval (${s.minInterval ?? '5 minutes'}) and schedule.maxInterval (${s.maxInterval ?? '1 day'})`;
    throw new ConfigError(
      /defaultInterval/.test(error.message)
        ? `pollRate (${config.pollRate}), a new feed's interval, must lie between ${bounds}`
        : /minIntervalMs must not exceed/.test(error.message)
          ? `${bounds}: the least interval must not exceed the greatest`
          : `schedule: ${error.message}`,
    );
  }
}

/** The User-Agent of a deployment that names a contact; undefined (the fetcher's default) when none is named. */
export function userAgentOf(config: OperatorConfig, version?: string): string | undefined {
  if (!config.contact) return undefined;
  return userAgent({
    deployment: config.deployment ?? 'feedwatch',
    contact: config.contact,
    ...(version ? { version } : {}),
  });
}
