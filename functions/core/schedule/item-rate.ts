/** An ISO time as toISOString writes it: compares as text in time order. */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The recent item times with what one check saw merged in, newest first,
 * at most `window` of them. Items dated in the future count as published
 * now. When the feed dates none of its items, each new item counts as
 * published at `undatedAtMs` (the caller's guess, between the last check and
 * this one); without a guess (a first check, whose items are a backlog, not
 * a rate) they are not counted.
 */
export function mergeItemTimes(
  previous: readonly string[],
  seen: readonly string[],
  newItems: number,
  nowMs: number,
  window: number,
  undatedAtMs?: number,
): string[] {
  const known = new Set(previous);
  const nowIso = new Date(nowMs).toISOString();
  const dated = new Set<string>();
  for (const raw of seen) {
    // Most times arrive in the canonical form already: parse only the others.
    let time = CANONICAL.test(raw) ? raw : undefined;
    if (!time) {
      const t = Date.parse(raw);
      if (Number.isNaN(t)) continue;
      time = new Date(t).toISOString();
    }
    // ISO texts compare in time order; an item dated in the future counts as published now.
    if (time > nowIso) time = nowIso;
    dated.add(time);
  }
  const added =
    dated.size > 0
      ? [...dated].filter((t) => !known.has(t))
      : undatedAtMs === undefined
        ? []
        : Array.from({ length: Math.max(0, newItems) }, () => new Date(Math.min(undatedAtMs, nowMs)).toISOString());
  return [...previous, ...added].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, window);
}

/**
 * The mean time between new items: the span from the oldest kept item to now
 * over the number of items. Counting up to now (not to the newest item) lets
 * a feed that fell silent slow down, check after check. Undefined when no
 * item time is known.
 */
export function meanItemGapMs(times: readonly string[], nowMs: number): number | undefined {
  if (times.length === 0) return undefined;
  const oldest = Date.parse(times[times.length - 1] as string);
  if (Number.isNaN(oldest)) return undefined;
  return Math.max(0, nowMs - oldest) / times.length;
}
