import { type PollDeps, type PollEvent, pollFeeds } from './poll-feeds.js';
import type { FeedResponse, WebPort } from './ports.js';
import type { CacheHints } from './schedule/cache-hints.js';
import type { PollOutcome } from './schedule/next-check.js';
import type { PollOne } from './schedule/poll-worker.js';

/** What a feed's response said beyond its body: its status, and when it asks to be fetched again. */
export interface FeedFetchMeta {
  status: number;
  hints: CacheHints;
}

/** The web port, whose feed fetch can also tell its caller the response's status and cache hints. */
export interface HintedWebPort extends WebPort {
  getFeed(
    url: string,
    validators: { etag?: string; lastModified?: string },
    onResponse?: (meta: FeedFetchMeta) => void,
  ): Promise<FeedResponse>;
}

/** `shouldStop`: the invocation is running out; the check stores no more items and counts as unfinished. */
export interface PollOneDeps extends Omit<PollDeps, 'web' | 'feedConcurrency'> {
  web: HintedWebPort;
}

type FeedEvent = Extract<PollEvent, { type: 'feed' }>;

/** Why a check the clock cut short before it began counts as not done. */
export const UNFINISHED = 'not checked: the invocation ran out of time';

/** A feed's poll event and its response's head, as the schedule reads them. */
export function pollOutcome(event: FeedEvent, meta: FeedFetchMeta | undefined): PollOutcome {
  const cacheHints: CacheHints = { ...meta?.hints, ...(event.ttl ? { ttl: event.ttl } : {}) };
  switch (event.status) {
    case 'ok':
      return { status: meta?.status ?? 200, newItems: event.stored, itemTimes: event.itemTimes ?? [], cacheHints };
    case 'not-modified':
      return { status: 304, newItems: 0, itemTimes: [], cacheHints };
    case 'failed':
      // A 200 whose body is no feed failed too: the error says so.
      return {
        status: meta?.status ?? 0,
        newItems: 0,
        itemTimes: [],
        cacheHints,
        error: event.error ?? 'failed',
      };
    case 'skipped':
      // Items left unstored: the next check sees them again, as it would a failure.
      return {
        status: meta?.status ?? 0,
        newItems: event.stored,
        itemTimes: [],
        cacheHints,
        error: event.error ?? UNFINISHED,
      };
  }
}

/**
 * One feed's check for the poll worker: the same use case as every poll
 * (pollFeeds on a list of one: its pages, its store, its retries), each of
 * its requests through the worker's politeness gate, mapped to the outcome
 * its next check is planned from.
 */
export function createPollOne(deps: PollOneDeps, onEvent: (event: PollEvent) => void = () => {}): PollOne {
  return async (feed, politely) => {
    let meta: FeedFetchMeta | undefined;
    let seen: FeedEvent | undefined;
    const web: WebPort = {
      getFeed: (url, validators) =>
        politely(url, () =>
          deps.web.getFeed(url, validators, (m) => {
            meta = m;
          }),
        ),
      getPage: (url) => politely(url, () => deps.web.getPage(url)),
    };
    await pollFeeds(
      [
        {
          url: feed.url,
          ...(feed.profile ? { profile: feed.profile } : {}),
          ...(feed.outlet ? { outlet: feed.outlet } : {}),
        },
      ],
      { ...deps, web },
      (event) => {
        if (event.type === 'feed') seen = event;
        onEvent(event);
      },
    );
    if (!seen) throw new Error(`the poll of ${feed.url} ended without a word on the feed`);
    return pollOutcome(seen, meta);
  };
}
