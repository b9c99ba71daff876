import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE_POLICY, schedulePolicy } from '../../../functions/core/schedule/schedule-policy.js';

describe('schedulePolicy', () => {
  it('is the default with the operator overrides', () => {
    expect(schedulePolicy()).toEqual(DEFAULT_SCHEDULE_POLICY);
    expect(schedulePolicy({ disableAfter: 5 }).disableAfter).toBe(5);
  });

  it('refuses bounds that cannot hold, naming the field', () => {
    expect(() => schedulePolicy({ minIntervalMs: 0 })).toThrow(/minIntervalMs must be a positive number/);
    expect(() => schedulePolicy({ minIntervalMs: 2 * 86_400_000 })).toThrow(/must not exceed maxIntervalMs/);
    expect(() => schedulePolicy({ defaultIntervalMs: 60_000 })).toThrow(/defaultIntervalMs must lie between/);
    expect(() => schedulePolicy({ disableAfter: 2.5 })).toThrow(/whole numbers/);
  });
});
