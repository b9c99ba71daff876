const DAY_MS = 86_400_000;

/**
 * Whether an item published at `published` (an ISO date or time, or a
 * feed's RFC 822 date) is recent enough at `now` (ISO) to alert: no older
 * than `maxAgeMs`. A bare date counts to the end of its day, since the item
 * may have come out at any hour of it. An item without a date, or with one
 * that cannot be read, counts as new: better an alert than a story lost.
 */
export function isRecent(published: string | undefined, now: string, maxAgeMs: number): boolean {
  const at = published?.trim() ? Date.parse(published.trim()) : Number.NaN;
  if (Number.isNaN(at)) return true;
  const latest = /^\d{4}-\d{2}-\d{2}$/.test(published?.trim() ?? '') ? at + DAY_MS : at;
  return Date.parse(now) - latest <= maxAgeMs;
}
