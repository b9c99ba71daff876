import type { SchedulePolicy } from './schedule-policy.js';
import { ceilToTick } from './time.js';

/** 32-bit FNV-1a of a string's UTF-8 bytes: cheap, stable across runs and machines. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * When a newly configured feed is first checked: at its own fixed slot of the
 * default interval (as MonitoRSS spreads feeds), so thousands of feeds added
 * in one deploy do not all fall due on the first tick.
 */
export function firstCheckAt(url: string, nowMs: number, policy: SchedulePolicy): number {
  const slots = Math.max(1, Math.floor(policy.defaultIntervalMs / policy.tickMs));
  return ceilToTick(nowMs, policy.tickMs) + (fnv1a32(url) % slots) * policy.tickMs;
}
