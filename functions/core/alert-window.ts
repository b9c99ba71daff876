/**
 * Whether an item published at `published` (an ISO date or time; none counts as new) is within
 * the alert window: a feed's backlog is stored, not alerted.
 */
export function isRecent(published: string | undefined, now: string, maxAgeMs: number | undefined): boolean {
  if (maxAgeMs === undefined || !published) return true;
  const at = Date.parse(published);
  return Number.isNaN(at) || Date.parse(now) - at <= maxAgeMs;
}
