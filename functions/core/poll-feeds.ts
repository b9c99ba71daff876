import pLimit from 'p-limit';
import type { Article, ArticleOrigin } from './article.js';
import { idForUrl } from './article-id.js';
import { parseFeed, type FeedItem } from './feeds/parse-feed.js';
import { fragmentToArticle, pageToArticle } from './html/page-to-article.js';
import type { OutletProfile } from './html/outlet-profiles.js';
import { alertArticle, type AlertDeps, type AlertOutcome } from './ingest-article.js';
import type { ArticleStore, Clock, FeedState, FeedStateStore } from './ports.js';

export interface FeedSource {
  url: string;
  profile?: OutletProfile;
  /** The outlet's name for pages that do not print it; the feed's title otherwise. */
  outlet?: string;
}

export type FeedResponse =
  | { notModified: true }
  | { notModified: false; text: string; url: string; etag?: string; lastModified?: string };

/** The web as the poller sees it; the adapter guards and decodes. */
export interface WebPort {
  getFeed(url: string, validators: { etag?: string; lastModified?: string }): Promise<FeedResponse>;
  getPage(url: string): Promise<{ html: string; url: string }>;
}

export interface PollDeps {
  web: WebPort;
  store: ArticleStore;
  feedStates: FeedStateStore;
  now: Clock;
  /** Alerts sent inline (the local run); on AWS the table's stream sends them. */
  alerts?: AlertDeps;
  /** True when no new work should start (the Lambda's time is running out). */
  shouldStop?: () => boolean;
  feedConcurrency?: number;
  pageConcurrency?: number;
}

export type PollEvent =
  | {
      type: 'article';
      feed: string;
      url: string;
      article: Article;
      isNew: boolean;
      fromFeedContent: boolean;
      alert?: AlertOutcome;
    }
  | { type: 'item-failed'; feed: string; url: string; error: string }
  | {
      type: 'feed';
      url: string;
      status: 'ok' | 'not-modified' | 'failed' | 'skipped';
      items: number;
      stored: number;
      error?: string;
    };

export interface PollSummary {
  feeds: number;
  failedFeeds: number;
  stored: number;
  known: number;
  alerts: number;
  itemFailures: number;
  stoppedEarly: boolean;
}

/** Work that stopped because time ran out: not a failure of the feed. */
class Stopped extends Error {}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Polls feeds: new items are fetched, normalized the way the seeds are, stored
 * once (the same story in two feeds is one article, and a known article is
 * not fetched again), and alerted inline when alert ports are given. A feed's
 * ETag and Last-Modified are saved only once all its new items are stored, so
 * a failed run is retried whole; one feed's failure is recorded in its state
 * and costs no other feed. When told to stop, it starts no new work and
 * leaves the unfinished feeds to the next run.
 */
export async function pollFeeds(
  feeds: readonly FeedSource[],
  deps: PollDeps,
  onEvent: (event: PollEvent) => void = () => {},
): Promise<PollSummary> {
  const summary: PollSummary = {
    feeds: feeds.length,
    failedFeeds: 0,
    stored: 0,
    known: 0,
    alerts: 0,
    itemFailures: 0,
    stoppedEarly: false,
  };
  const feedLimit = pLimit(deps.feedConcurrency ?? 4);
  const pageLimit = pLimit(deps.pageConcurrency ?? 8);
  const shouldStop = deps.shouldStop ?? (() => false);
  // Ids taken by a feed in this run: another feed carrying the story skips it.
  const taken = new Set<string>();

  const ingestItem = async (feed: FeedSource, outlet: string, item: FeedItem): Promise<void> => {
    if (shouldStop()) throw new Stopped();
    let parsed: Article;
    let fromFeedContent = false;
    try {
      const page = await deps.web.getPage(item.url);
      parsed = pageToArticle(page.html, {
        url: item.url,
        feedUrl: feed.url,
        ...(feed.profile ? { profile: feed.profile } : {}),
        title: item.title,
      });
    } catch (error) {
      // The page would not come: the feed's own copy of the story stands in.
      if (!item.html) throw error;
      parsed = fragmentToArticle(item.html, { title: item.title, url: item.url });
      fromFeedContent = true;
    }
    const origin: ArticleOrigin = { url: item.url };
    // A plain page prints no outlet or date; the feed knows both.
    const article: Article = {
      ...parsed,
      outlet: parsed.outlet || outlet,
      published: parsed.published || (item.published ?? '').slice(0, 10),
    };
    const isNew = await deps.store.putIfAbsent({ ...article, ingestedAt: deps.now() });
    if (isNew) summary.stored += 1;
    else summary.known += 1;
    const alert = deps.alerts ? await alertArticle(article, origin, deps.alerts) : undefined;
    if (alert?.sent) summary.alerts += 1;
    onEvent({
      type: 'article',
      feed: feed.url,
      url: item.url,
      article,
      isNew,
      fromFeedContent,
      ...(alert ? { alert } : {}),
    });
  };

  const pollOne = async (feed: FeedSource): Promise<void> => {
    if (shouldStop()) {
      summary.stoppedEarly = true;
      onEvent({ type: 'feed', url: feed.url, status: 'skipped', items: 0, stored: 0 });
      return;
    }
    const before = summary.stored;
    const state: FeedState = (await deps.feedStates.getFeedState(feed.url)) ?? { url: feed.url, failures: 0 };
    const attemptAt = deps.now();
    try {
      const response = await deps.web.getFeed(feed.url, {
        ...(state.etag ? { etag: state.etag } : {}),
        ...(state.lastModified ? { lastModified: state.lastModified } : {}),
      });
      if (response.notModified) {
        await deps.feedStates.saveFeedState({
          ...state,
          lastPolledAt: attemptAt,
          lastSuccessAt: attemptAt,
          failures: 0,
        });
        onEvent({ type: 'feed', url: feed.url, status: 'not-modified', items: 0, stored: 0 });
        return;
      }
      const parsed = await parseFeed(response.text, response.url);
      const outlet = feed.outlet ?? parsed.title;
      const mine = parsed.items
        .map((item) => ({ item, id: idForUrl(item.url) }))
        .filter(({ id }) => {
          if (taken.has(id)) return false;
          taken.add(id);
          return true;
        });
      const known = await deps.store.knownIds(mine.map(({ id }) => id));
      const fresh = mine.filter(({ id }) => !known.has(id)).map(({ item }) => item);
      summary.known += mine.length - fresh.length;
      const results = await Promise.allSettled(fresh.map((item) => pageLimit(() => ingestItem(feed, outlet, item))));
      const stopped = results.some((r) => r.status === 'rejected' && r.reason instanceof Stopped);
      const failures = results.flatMap((r, i) =>
        r.status === 'rejected' && !(r.reason instanceof Stopped)
          ? [{ url: (fresh[i] as FeedItem).url, error: message(r.reason) }]
          : [],
      );
      for (const f of failures) onEvent({ type: 'item-failed', feed: feed.url, ...f });
      summary.itemFailures += failures.length;
      if (stopped) summary.stoppedEarly = true;
      if (failures.length > 0 || stopped) {
        // Validators stay as they were: the next run sees these items again.
        const why = stopped
          ? 'stopped before every item was stored'
          : `${failures.length} of ${fresh.length} items could not be stored; first: ${failures[0]?.error}`;
        await deps.feedStates.saveFeedState({
          ...state,
          lastPolledAt: attemptAt,
          ...(stopped ? {} : { lastError: why, lastErrorAt: attemptAt, failures: state.failures + 1 }),
        });
        if (!stopped) summary.failedFeeds += 1;
        onEvent({
          type: 'feed',
          url: feed.url,
          status: stopped ? 'skipped' : 'failed',
          items: parsed.items.length,
          stored: summary.stored - before,
          error: why,
        });
        return;
      }
      const { lastError: _e, lastErrorAt: _t, ...clean } = state;
      await deps.feedStates.saveFeedState({
        ...clean,
        ...(response.etag ? { etag: response.etag } : {}),
        ...(response.lastModified ? { lastModified: response.lastModified } : {}),
        lastPolledAt: attemptAt,
        lastSuccessAt: attemptAt,
        failures: 0,
      });
      onEvent({
        type: 'feed',
        url: feed.url,
        status: 'ok',
        items: parsed.items.length,
        stored: summary.stored - before,
      });
    } catch (error) {
      summary.failedFeeds += 1;
      const why = message(error);
      await deps.feedStates
        .saveFeedState({
          ...state,
          lastPolledAt: attemptAt,
          lastError: why,
          lastErrorAt: attemptAt,
          failures: state.failures + 1,
        })
        .catch(() => undefined);
      onEvent({ type: 'feed', url: feed.url, status: 'failed', items: 0, stored: summary.stored - before, error: why });
    }
  };

  await Promise.all(feeds.map((feed) => feedLimit(() => pollOne(feed))));
  return summary;
}
