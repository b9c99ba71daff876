/**
 * What a server (or the feed itself) says about when to come back. Raw
 * values, as the response carried them; `hintedWaitMs` reads them.
 */
export interface CacheHints {
  /** `Retry-After`: seconds or an HTTP date. */
  retryAfter?: string;
  /** `Cache-Control: max-age`, in seconds. */
  maxAge?: number;
  /** `Expires`: an HTTP date. */
  expires?: string;
  /** `Date`: the server's clock, so that `Expires` is read against it rather than ours. */
  date?: string;
  /** RSS `<ttl>`, in minutes. */
  ttl?: number;
}

/** `max-age` from a Cache-Control header; `no-cache`/`no-store` ask for no wait. */
export function maxAgeOf(cacheControl: string | undefined | null): number | undefined {
  if (!cacheControl) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  if (directives.some((d) => d === 'no-cache' || d === 'no-store')) return undefined;
  for (const d of directives) {
    const m = /^max-age\s*=\s*"?(\d+)"?$/.exec(d);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The hints of a response's headers (any case), for the adapter that fetched it. */
export function cacheHintsFromHeaders(get: (name: string) => string | null | undefined): CacheHints {
  const header = (name: string): string | undefined => get(name)?.trim() || undefined;
  const retryAfter = header('retry-after');
  const maxAge = maxAgeOf(header('cache-control'));
  const expires = header('expires');
  const date = header('date');
  return {
    ...(retryAfter ? { retryAfter } : {}),
    ...(maxAge !== undefined ? { maxAge } : {}),
    ...(expires ? { expires } : {}),
    ...(date ? { date } : {}),
  };
}

function retryAfterMs(value: string, nowMs: number): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : at - nowMs;
}

function expiresMs(hints: CacheHints, nowMs: number): number {
  if (!hints.expires) return 0;
  // "0", "-1" and other non-dates mean already expired (RFC 9111).
  const expires = Date.parse(hints.expires);
  if (Number.isNaN(expires)) return 0;
  const date = hints.date ? Date.parse(hints.date) : Number.NaN;
  return Number.isNaN(date) ? expires - nowMs : expires - date;
}

/** The longest wait the hints ask for, in milliseconds (0 when they ask none). */
export function hintedWaitMs(hints: CacheHints, nowMs: number): number {
  const waits = [
    hints.retryAfter ? retryAfterMs(hints.retryAfter, nowMs) : 0,
    hints.maxAge !== undefined && Number.isFinite(hints.maxAge) ? hints.maxAge * 1000 : 0,
    expiresMs(hints, nowMs),
    hints.ttl !== undefined && Number.isFinite(hints.ttl) ? hints.ttl * 60_000 : 0,
  ];
  return Math.max(0, ...waits);
}
