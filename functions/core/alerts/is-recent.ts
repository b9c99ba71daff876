import { parseTimestamp } from '../normal-form/parse-date.js';

const DAY_MS = 86_400_000;

/**
 * Whether an item published at `published` (an ISO date or time, or a feed's
 * RFC 822 date, read by the one date reader) is recent enough at `now` (ISO)
 * to alert: no older than `maxAgeMs`; no age: everything is (a replay). A
 * bare date counts to the end of its day, since the item may have come out
 * at any hour of it. An item without a date, or with one that cannot be read,
 * counts as new: better an alert than a story lost. A feed's backlog is
 * stored, not alerted.
 */
export function isRecent(published: string | undefined, now: string, maxAgeMs: number | undefined): boolean {
  const text = published?.trim() ?? '';
  const read = maxAgeMs === undefined || !text ? undefined : parseTimestamp(text);
  if (maxAgeMs === undefined || read === undefined) return true;
  const latest = Date.parse(read) + (/^\d{4}-\d{2}-\d{2}$/.test(text) ? DAY_MS : 0);
  return Date.parse(now) - latest <= maxAgeMs;
}
