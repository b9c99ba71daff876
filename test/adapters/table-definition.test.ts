import { describe, expect, it } from 'vitest';
import { expiresAt, TABLE_DEFINITION } from '../../functions/adapters/dynamodb/table-definition.js';

describe('expiresAt, the TTL attribute', () => {
  it('is named by the table definition the stack enables TTL on', () => {
    expect(TABLE_DEFINITION.timeToLiveAttribute).toBe('expiresAt');
  });

  it('is whole epoch seconds, days after the time given', () => {
    // 2026-11-22T00:00:00Z is 1795305600 s; 30 days later is 1797897600.
    expect(expiresAt('2026-11-22T00:00:00.000Z', 30)).toBe(1_797_897_600);
    expect(expiresAt('2026-11-22T00:00:00.999Z', 1)).toBe(1_795_392_000);
  });

  it('reads a timestamp with an offset as the same instant', () => {
    expect(expiresAt('2026-11-22T02:00:00+02:00', 30)).toBe(1_797_897_600);
  });

  it('refuses a time that is not a timestamp, and a retention that is not positive', () => {
    expect(() => expiresAt('yesterday', 30)).toThrow('not a timestamp: yesterday');
    expect(() => expiresAt('2026-11-22T00:00:00.000Z', 0)).toThrow('days must be positive');
    expect(() => expiresAt('2026-11-22T00:00:00.000Z', Number.NaN)).toThrow('days must be positive');
  });
});
