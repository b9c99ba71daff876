import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoRepository } from '../adapters/dynamodb/dynamo-repository.js';
import { startEmbeddedDynamo } from '../adapters/dynamodb/embedded-dynamodb.js';
import { DynamoFeedRegistry } from '../adapters/dynamodb/feed-registry.js';
import { assertStorePath } from '../adapters/dynamodb/store-folder.js';
import { readOperatorConfig } from '../adapters/local/read-config.js';
import type { FeedConfig } from '../core/config/operator-config.js';
import type { FeedState } from '../core/ports.js';
import { type FeedHealth, type FeedRecord, hostOf } from '../core/schedule/feed-record.js';
import { EXIT } from './exit-codes.js';
import { LOCAL_TABLE } from './local-runtime.js';

export interface FeedsOptions {
  store: string;
  config?: string;
  json?: boolean;
}

/** One line of `feedwatch feeds --json`. */
export interface FeedLine {
  type: 'feed';
  url: string;
  outlet?: string;
  host: string;
  health: FeedHealth;
  /** Failed checks in a row. */
  failures: number;
  why?: string;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  /** Only for feeds the scheduler keeps (a registry record): when it is due, and at what interval. */
  nextCheckAt?: string;
  intervalMinutes?: number;
  /** Whether the line comes from the scheduler's record, the last local poll, or neither yet. */
  source: 'schedule' | 'poll' | 'none';
  configured: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);

/** The scheduler's view of a feed, with what the last poll remembers where the record has no check yet. */
function fromRecord(r: FeedRecord, configured: boolean): FeedLine {
  return {
    type: 'feed',
    url: r.url,
    ...(r.outlet ? { outlet: r.outlet } : {}),
    host: r.host,
    health: r.health,
    failures: r.failures,
    ...(r.why ? { why: r.why } : {}),
    ...(r.lastCheckAt ? { lastCheckAt: r.lastCheckAt } : {}),
    ...(r.lastSuccessAt ? { lastSuccessAt: r.lastSuccessAt } : {}),
    nextCheckAt: r.nextCheckAt,
    intervalMinutes: Math.round(r.intervalMs / 60_000),
    source: 'schedule',
    configured,
  };
}

/** A configured feed the scheduler does not keep: what `feedwatch poll` last found (it never disables one). */
function fromPollState(feed: FeedConfig, state: FeedState | undefined): FeedLine {
  const failures = state?.failures ?? 0;
  return {
    type: 'feed',
    url: feed.url,
    ...(feed.outlet ? { outlet: feed.outlet } : {}),
    host: hostOf(feed.url),
    health: failures > 0 ? 'failing' : 'ok',
    failures,
    ...(failures > 0 && state?.lastError ? { why: state.lastError } : {}),
    ...(state?.lastPolledAt ? { lastCheckAt: state.lastPolledAt } : {}),
    ...(state?.lastSuccessAt ? { lastSuccessAt: state.lastSuccessAt } : {}),
    source: state ? 'poll' : 'none',
    configured: true,
  };
}

/** The registry's records, or none in a store made before the registry's index existed. */
async function registryRecords(registry: DynamoFeedRegistry): Promise<FeedRecord[]> {
  try {
    return await registry.all();
  } catch (error) {
    if ((error as Error).name === 'ValidationException' && /index/i.test((error as Error).message)) return [];
    throw error;
  }
}

/**
 * The feeds of a store with their health: the scheduler's records (feeds as
 * data), then the configured feeds it does not hold, with what the local
 * poll remembers of them. Unhealthy feeds first, then by URL.
 */
export async function listFeeds(opts: FeedsOptions): Promise<FeedLine[]> {
  const { config } = readOperatorConfig(opts.config);
  const configured = new Map(config.feeds.map((f) => [f.url, f]));
  if (opts.store !== 'memory') assertStorePath(opts.store);
  const dir = opts.store === 'memory' ? undefined : resolve(opts.store);
  // Listing makes no store: a folder not there yet holds no feed's state.
  if (dir === undefined || !existsSync(dir)) return rank(config.feeds.map((f) => fromPollState(f, undefined)));
  const dynamo = await startEmbeddedDynamo({ dir, tableName: LOCAL_TABLE });
  try {
    const registry = new DynamoFeedRegistry(dynamo.client, LOCAL_TABLE);
    const repository = new DynamoRepository(dynamo.client, LOCAL_TABLE);
    const records = await registryRecords(registry);
    const scheduled = new Set(records.map((r) => r.url));
    const lines = records.map((r) => fromRecord(r, configured.has(r.url)));
    for (const feed of config.feeds)
      if (!scheduled.has(feed.url)) lines.push(fromPollState(feed, await repository.getFeedState(feed.url)));
    return rank(lines);
  } finally {
    await dynamo.close();
  }
}

const ORDER: Record<FeedHealth, number> = { disabled: 0, failing: 1, ok: 2 };
const rank = (lines: FeedLine[]): FeedLine[] =>
  lines.sort((a, b) => ORDER[a.health] - ORDER[b.health] || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

function human(line: FeedLine): string {
  const last = line.lastCheckAt ? `last checked ${line.lastCheckAt}` : 'never checked';
  const next = line.nextCheckAt ? `, next ${line.nextCheckAt} (every ${line.intervalMinutes} min)` : '';
  const fails = line.failures > 0 ? `, ${line.failures} failures in a row` : '';
  const why = line.why ? `: ${line.why}` : '';
  const gone = line.configured ? '' : ' [no longer configured]';
  return `${line.health.padEnd(8)} ${line.url}${gone}\n         ${last}${next}${fails}${why}\n`;
}

/** `feedwatch feeds`: always 0 when the list could be read (an unhealthy feed is news, not an error). */
export async function runFeeds(opts: FeedsOptions): Promise<number> {
  const lines = await listFeeds(opts);
  const counts = { ok: 0, failing: 0, disabled: 0 };
  for (const line of lines) counts[line.health] += 1;
  if (opts.json) {
    for (const line of lines) out(`${JSON.stringify(line)}\n`);
    out(`${JSON.stringify({ type: 'summary', feeds: lines.length, ...counts, store: opts.store })}\n`);
  } else {
    for (const line of lines) out(human(line));
    out(`\n${lines.length} feeds: ${counts.ok} ok, ${counts.failing} failing, ${counts.disabled} disabled.\n`);
  }
  return EXIT.ok;
}
