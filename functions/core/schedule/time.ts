/** Milliseconds since the epoch of an ISO time; a bad time is a bug in the caller, not data. */
export function ms(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`not a time: ${iso}`);
  return t;
}

export const iso = (msSinceEpoch: number): string => new Date(msSinceEpoch).toISOString();

/** The first whole tick at or after a time: a check is never moved earlier than it was asked for. */
export const ceilToTick = (t: number, tickMs: number): number => Math.ceil(t / tickMs) * tickMs;
