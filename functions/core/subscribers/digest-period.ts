import { type Delivery, WEEKDAYS } from '../config/operator-config.js';

/** A digest's period: entries queued at or after `start` and before `end`. */
export interface DigestPeriod {
  /** Names the period for its subscriber, as ledger keys take it: "daily/2026-11-29T07:00Z". */
  key: string;
  /** ISO timestamps. */
  start: string;
  end: string;
}

export type DigestDelivery = Exclude<Delivery, 'immediate'>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const LENGTH_MS: Record<DigestDelivery, number> = { hourly: HOUR_MS, daily: DAY_MS, weekly: 7 * DAY_MS };

/** getUTCDay() of each weekday name (Sunday is 0). */
const DAY_NUMBER = (day: (typeof WEEKDAYS)[number]): number => (WEEKDAYS.indexOf(day) + 1) % 7;

/**
 * The digest period that ended most recently at or before `now` (ISO): the
 * last full hour; the 24 hours ending at the latest `at` (UTC "HH:MM"); the
 * 7 days ending at the latest `day` at `at`. A digest is due from its
 * period's end, so one run at 07:00 and another at 07:05 name the same
 * period, and the second finds it sent.
 */
export function digestPeriod(
  delivery: DigestDelivery,
  at: string,
  day: (typeof WEEKDAYS)[number],
  now: string,
): DigestPeriod {
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new RangeError(`digestPeriod: "${now}" is not a time`);
  const clock = /^(\d\d):(\d\d)$/.exec(at);
  if (!clock) throw new RangeError(`digestPeriod: "${at}" is not a UTC time such as "07:00"`);
  let end: number;
  if (delivery === 'hourly') {
    end = Math.floor(t / HOUR_MS) * HOUR_MS;
  } else {
    const midnight = Math.floor(t / DAY_MS) * DAY_MS;
    end = midnight + Number(clock[1]) * HOUR_MS + Number(clock[2]) * 60_000;
    if (delivery === 'weekly') end -= ((new Date(midnight).getUTCDay() - DAY_NUMBER(day) + 7) % 7) * DAY_MS;
    if (end > t) end -= LENGTH_MS[delivery];
  }
  const endIso = new Date(end).toISOString();
  return {
    key: `${delivery}/${endIso.slice(0, 16)}Z`,
    start: new Date(end - LENGTH_MS[delivery]).toISOString(),
    end: endIso,
  };
}
