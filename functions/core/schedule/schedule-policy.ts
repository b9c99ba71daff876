const MINUTE = 60_000;

/** The operator's knobs for when feeds are checked. Times in milliseconds. */
export interface SchedulePolicy {
  /** No feed is checked more often than this, however busy it is. */
  minIntervalMs: number;
  /** No feed waits longer than this, however quiet it is or whatever its server asks. */
  maxIntervalMs: number;
  /** The interval of a feed whose rate is not known yet (no dated items). */
  defaultIntervalMs: number;
  /** The first retry after a failure; each failure in a row doubles it. */
  backoffBaseMs: number;
  /** Failures in a row after which a feed is disabled and the operators told. */
  disableAfter: number;
  /** How many recent item times are kept to estimate a feed's rate. */
  rateWindow: number;
  /** The scheduler's period: check times are whole ticks, so a feed is picked on the tick it falls due. */
  tickMs: number;
  /** How long a feed handed to the queue stays out of the due list if its worker never reports back. */
  leaseMs: number;
}

/** MonitoRSS's backoff and disable count, Miniflux's bounds, the 15-minute default. */
export const DEFAULT_SCHEDULE_POLICY: SchedulePolicy = {
  minIntervalMs: 5 * MINUTE,
  maxIntervalMs: 24 * 60 * MINUTE,
  defaultIntervalMs: 15 * MINUTE,
  backoffBaseMs: 5 * MINUTE,
  disableAfter: 11,
  rateWindow: 10,
  tickMs: MINUTE,
  leaseMs: 10 * MINUTE,
};

/** The default policy with the operator's overrides; a policy that cannot work throws a RangeError naming the field. */
export function schedulePolicy(overrides: Partial<SchedulePolicy> = {}): SchedulePolicy {
  const policy = { ...DEFAULT_SCHEDULE_POLICY, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`schedule policy: ${name} must be a positive number`);
  }
  if (!Number.isInteger(policy.disableAfter) || !Number.isInteger(policy.rateWindow))
    throw new RangeError('schedule policy: disableAfter and rateWindow must be whole numbers');
  if (policy.rateWindow < 2) throw new RangeError('schedule policy: rateWindow must be at least 2');
  if (policy.minIntervalMs > policy.maxIntervalMs)
    throw new RangeError('schedule policy: minIntervalMs must not exceed maxIntervalMs');
  if (policy.defaultIntervalMs < policy.minIntervalMs || policy.defaultIntervalMs > policy.maxIntervalMs)
    throw new RangeError('schedule policy: defaultIntervalMs must lie between minIntervalMs and maxIntervalMs');
  if (policy.minIntervalMs < policy.tickMs)
    throw new RangeError('schedule policy: minIntervalMs must be at least one tick (tickMs)');
  if (policy.leaseMs < policy.tickMs)
    throw new RangeError('schedule policy: leaseMs must be at least one tick (tickMs)');
  return policy;
}
