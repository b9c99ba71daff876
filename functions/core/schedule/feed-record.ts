import { canonicalUrl, siteOf } from '../feeds/canonical-url.js';
import type { OutletProfile } from '../html/outlet-profiles.js';

/** A feed as the operator configures it. */
export interface FeedEntry {
  url: string;
  profile?: OutletProfile;
  /** The outlet's name, when the feed's own title is not it. */
  outlet?: string;
}

/** ok: polled on its schedule; failing: backing off; disabled: the operators were told, probed once per max interval. */
export type FeedHealth = 'ok' | 'failing' | 'disabled';

/** A feed handed to the queue and not reported back yet. */
export interface FeedLease {
  /** The scheduler cycle that handed it out: a message from an older lease is stale. */
  id: string;
  until: string;
  /** When the feed fell due before it was first leased: the lag of a check is counted from here. */
  dueAt: string;
}

/** A feed's schedule and health, kept between checks (in DynamoDB as FEED#hash items). */
export interface FeedRecord extends FeedEntry {
  /** Whose requests share the politeness limit: the host without "www.". */
  host: string;
  /** When the feed is due (ISO, a whole scheduler tick). */
  nextCheckAt: string;
  /** The interval its own rate of new items calls for, within the operator's bounds. */
  intervalMs: number;
  /** Failed checks in a row. */
  failures: number;
  health: FeedHealth;
  /** Why the last check failed, or why the feed is disabled. */
  why?: string;
  /** Publication times of the most recent items, newest first (ISO). */
  recentItemTimes: string[];
  etag?: string;
  lastModified?: string;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lease?: FeedLease;
}

/** The key under which two spellings of one feed URL are one fetch: canonical form, tracking parameters dropped. */
export const fetchKey = (url: string): string => canonicalUrl(url) ?? url;

/** The politeness key of a URL. */
export const hostOf = (url: string): string => siteOf(url) || url;
