import { OUTLET_PROFILES, type OutletProfile } from '../core/html/outlet-profiles.js';
import type { WatchSpec } from '../core/watches/watch-list.js';

/**
 * The Lambdas' settings, from the environment the stack wrote from a config
 * it validated at synthesis. Checked again here, by hand rather than with
 * the config's schema library, to keep that library out of the bundles.
 */

/** A setting the function cannot run without: the message names it. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(`missing environment variable ${name}`);
  return value;
}

function json(env: NodeJS.ProcessEnv, name: string): unknown {
  try {
    return JSON.parse(required(env, name));
  } catch (error) {
    if (error instanceof SettingsError) throw error;
    throw new SettingsError(`environment variable ${name} is not JSON`);
  }
}

const invalid = (name: string, where: string, why: string): SettingsError =>
  new SettingsError(`environment variable ${name} is not valid: ${where}: ${why}`);

export interface FeedSetting {
  url: string;
  profile?: OutletProfile;
  outlet?: string;
}

function readFeeds(value: unknown): FeedSetting[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid('FEEDS', '(top)', 'must be a non-empty array');
  return value.map((raw: unknown, i) => {
    const feed = raw as Partial<Record<string, unknown>>;
    const url = typeof feed?.['url'] === 'string' ? feed['url'] : '';
    if (!/^https?:\/\/\S+$/i.test(url)) throw invalid('FEEDS', `${i}.url`, 'must be an http(s) URL');
    const profile = feed['profile'];
    if (profile !== undefined && !OUTLET_PROFILES.includes(profile as OutletProfile))
      throw invalid('FEEDS', `${i}.profile`, `must be one of ${OUTLET_PROFILES.join(', ')}`);
    const outlet = feed['outlet'];
    if (outlet !== undefined && typeof outlet !== 'string') throw invalid('FEEDS', `${i}.outlet`, 'must be a string');
    return { url, ...(profile ? { profile: profile as OutletProfile } : {}), ...(outlet ? { outlet } : {}) };
  });
}

function readWatches(value: unknown): WatchSpec[] {
  if (!Array.isArray(value)) throw invalid('WATCHES', '(top)', 'must be an array');
  return value.map((raw: unknown, i) => {
    if (typeof raw === 'string' && raw.trim()) return raw.trim();
    const spec = raw as { name?: unknown; aliases?: unknown };
    if (typeof spec?.name !== 'string' || !spec.name.trim())
      throw invalid('WATCHES', `${i}`, 'must be a name or {name, aliases}');
    const aliases = Array.isArray(spec.aliases)
      ? spec.aliases.filter((a): a is string => typeof a === 'string' && a.trim().length > 0)
      : [];
    return { name: spec.name.trim(), aliases };
  });
}

export interface PollSettings {
  tableName: string;
  feeds: FeedSetting[];
  /** Stop starting work when less than this is left of the invocation. */
  reserveMs: number;
}

/** The poll function's settings, read once at cold start. */
export function readPollSettings(env: NodeJS.ProcessEnv): PollSettings {
  const reserve = Number(env['POLL_RESERVE_MS'] ?? 30_000);
  if (!Number.isFinite(reserve) || reserve < 0)
    throw new SettingsError('environment variable POLL_RESERVE_MS must be a number of milliseconds');
  return { tableName: required(env, 'TABLE_NAME'), feeds: readFeeds(json(env, 'FEEDS')), reserveMs: reserve };
}

export interface AlertSettings {
  tableName: string;
  topicArn: string;
  /** The watches to match; undefined: every place and actor the lexicon knows. */
  watches: WatchSpec[] | undefined;
  /** Publishes a second, under SNS's 10 a second per email endpoint. */
  publishPerSecond: number;
}

/** The alert function's settings, read once at cold start. */
export function readAlertSettings(env: NodeJS.ProcessEnv): AlertSettings {
  const rate = Number(env['PUBLISH_PER_SECOND'] ?? 8);
  if (!Number.isInteger(rate) || rate < 1 || rate > 9)
    throw new SettingsError('environment variable PUBLISH_PER_SECOND must be a whole number from 1 to 9');
  return {
    tableName: required(env, 'TABLE_NAME'),
    topicArn: required(env, 'TOPIC_ARN'),
    watches: env['WATCHES']?.trim() ? readWatches(json(env, 'WATCHES')) : undefined,
    publishPerSecond: rate,
  };
}
