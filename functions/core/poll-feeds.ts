import pLimit from 'p-limit';
import type { Article } from './article.js';
import { idForUrl } from './article-id.js';
import type { FeedConfig } from './config/operator-config.js';
import { type FeedItem, parseFeed } from './feeds/parse-feed.js';
import { fragmentToArticle, pageToArticle } from './html/page-to-article.js';
import { isRecent } from './alerts/is-recent.js';
import { failedNow, queuedNow, sentNow } from './alert-article.js';
import { type IngestDeps, type IngestOutcome, ingestArticle } from './ingest-article.js';
import type { FeedResponse, FeedState, FeedStateStore, RetryItem, WebPort } from './ports.js';

export interface PollDeps extends IngestDeps {
  web: WebPort;
  feedStates: FeedStateStore;
  /** Items published longer ago than this are stored, not alerted; undefined: all are alerted. */
  maxAlertAgeMs?: number;
  /** True when no new work should start (the Lambda's time is running out). */
  shouldStop?: () => boolean;
  feedConcurrency?: number;
  pageConcurrency?: number;
}

export type PollEvent =
  | { type: 'article'; feed: string; url: string; outcome: IngestOutcome; fromFeedContent: boolean }
  | { type: 'item-failed'; feed: string; url: string; error: string; attempts: number; gaveUp: boolean }
  | {
      type: 'feed';
      url: string;
      status: 'ok' | 'not-modified' | 'failed' | 'skipped';
      items: number;
      stored: number;
      error?: string;
      /** When it came: the publication times of the feed's items (for its schedule), and its RSS <ttl> in minutes. */
      itemTimes?: string[];
      ttl?: number;
    };

export interface PollSummary {
  feeds: number;
  failedFeeds: number;
  stored: number;
  known: number;
  alerts: number;
  alertFailures: number;
  /** Stories queued for subscribers' digests. */
  queued: number;
  /** Digests sent: none by a poll (`feedwatch digest` and the digest function send them); said for the summary's shape. */
  digests: number;
  itemFailures: number;
  stoppedEarly: boolean;
}

/** Work that stopped because time ran out: not a failure of the feed. */
class Stopped extends Error {}

/** Polls an item's page is tried on before it is given up. */
export const ITEM_ATTEMPTS = 3;
/** Given-up item URLs a feed's state remembers: a feed rarely carries more items than this. */
const GIVEN_UP_KEPT = 500;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A feed item as an Article: its page, normalized, or the feed's own copy when the page will not come. */
async function itemArticle(
  web: WebPort,
  feed: FeedConfig,
  outlet: string,
  item: FeedItem,
): Promise<{ article: Article; fromFeedContent: boolean }> {
  let parsed: Article;
  let fromFeedContent = false;
  try {
    const page = await web.getPage(item.url);
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
  // A plain page prints no outlet or date; the feed knows both.
  const article: Article = {
    ...parsed,
    outlet: parsed.outlet || outlet,
    published: parsed.published || (item.published ?? item.updated ?? '').slice(0, 10),
  };
  return { article, fromFeedContent };
}

/**
 * Polls feeds: new items are fetched, normalized the way the seeds are, and
 * ingested by the same use case as a replayed file (stored once, alerted when
 * alert ports are given, if published within the alert window). The same
 * story in two feeds is one article, and a known article is not fetched
 * again. An item whose page will not come costs only itself: it is tried
 * again on the next polls and given up after ITEM_ATTEMPTS, with its reason,
 * while the feed stays healthy and its validators are saved. An alert that
 * surely failed is tried again on the next poll. One feed's failure is
 * recorded in its state and costs no other feed. When told to stop, it starts
 * no new work and leaves the unfinished feeds, validators unsaved, to the
 * next run.
 */
export async function pollFeeds(
  feeds: readonly FeedConfig[],
  deps: PollDeps,
  onEvent: (event: PollEvent) => void = () => {},
): Promise<PollSummary> {
  const summary: PollSummary = {
    feeds: feeds.length,
    failedFeeds: 0,
    stored: 0,
    known: 0,
    alerts: 0,
    alertFailures: 0,
    queued: 0,
    digests: 0,
    itemFailures: 0,
    stoppedEarly: false,
  };
  const feedLimit = pLimit(deps.feedConcurrency ?? 4);
  const pageLimit = pLimit(deps.pageConcurrency ?? 8);
  const shouldStop = deps.shouldStop ?? (() => false);
  // Ids taken by a feed in this run: another feed carrying the story skips it.
  const taken = new Set<string>();

  /** Counts an ingest's alerts; returns the article's id when one surely failed, to be tried again. */
  const countAlerts = (outcome: IngestOutcome): string | undefined => {
    summary.alerts += sentNow(outcome.alert).length;
    summary.queued += queuedNow(outcome.alert).length;
    const failed = failedNow(outcome.alert);
    summary.alertFailures += failed.length;
    return failed.some((d) => d.failed?.retryable) ? outcome.article.id : undefined;
  };

  const ingestItem = async (feed: FeedConfig, outlet: string, item: FeedItem): Promise<IngestOutcome> => {
    if (shouldStop()) throw new Stopped();
    const { article, fromFeedContent } = await itemArticle(deps.web, feed, outlet, item);
    const recent = isRecent(item.published ?? article.published, deps.now(), deps.maxAlertAgeMs);
    const outcome = await ingestArticle(article, { url: item.url }, deps, { recent });
    onEvent({ type: 'article', feed: feed.url, url: item.url, outcome, fromFeedContent });
    return outcome;
  };

  /**
   * Alerts again the stored articles whose alert surely failed last time, or
   * whose alerts a run that died never decided; returns those that failed again.
   */
  const retryAlerts = async (feed: FeedConfig, ids: readonly string[]): Promise<string[]> => {
    const again: string[] = [];
    for (const id of ids) {
      const article = await deps.store.getArticle(id);
      if (!article) continue;
      const outcome = await ingestArticle(article, { url: article.url }, deps);
      onEvent({ type: 'article', feed: feed.url, url: article.url, outcome, fromFeedContent: false });
      const failed = countAlerts(outcome);
      if (failed) again.push(failed);
    }
    return again;
  };

  const checkFeed = async (feed: FeedConfig): Promise<void> => {
    if (shouldStop()) {
      summary.stoppedEarly = true;
      onEvent({ type: 'feed', url: feed.url, status: 'skipped', items: 0, stored: 0 });
      return;
    }
    const state: FeedState = (await deps.feedStates.getFeedState(feed.url)) ?? { url: feed.url, failures: 0 };
    const attemptAt = deps.now();
    let response: FeedResponse;
    let parsed: { title: string; items: FeedItem[]; ttl?: number } | undefined;
    try {
      response = await deps.web.getFeed(feed.url, {
        ...(state.etag ? { etag: state.etag } : {}),
        ...(state.lastModified ? { lastModified: state.lastModified } : {}),
      });
      if (!response.notModified) parsed = await parseFeed(response.text, response.url);
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
      onEvent({ type: 'feed', url: feed.url, status: 'failed', items: 0, stored: 0, error: why });
      return;
    }

    const givenUp = { ...state.givenUp };
    const retries = new Map((state.retryItems ?? []).map((r) => [r.url, r]));
    // The feed's items, then those still to be tried again that it no longer carries (or did not send: 304).
    const items = [
      ...(parsed?.items ?? []),
      ...[...retries.values()].map(({ url, title, published }) => ({
        url,
        title,
        ...(published ? { published } : {}),
      })),
    ];
    const mine = items
      .filter((item) => givenUp[item.url] === undefined)
      .map((item) => ({ item, id: idForUrl(item.url) }))
      .filter(({ id }) => {
        if (taken.has(id)) return false;
        taken.add(id);
        return true;
      });
    const known = await deps.store.knownIds(mine.map(({ id }) => id));
    const fresh = mine.filter(({ id }) => !known.has(id)).map(({ item }) => item);
    summary.known += mine.length - fresh.length;

    // Known articles a dead run stored and never alerted are alerted now, with those whose alert failed.
    const due = deps.alerts ? await deps.store.undecided([...known]) : new Set<string>();
    const alertAgain = await retryAlerts(feed, [...new Set([...(state.retryAlerts ?? []), ...due])]);
    let stored = 0;
    let stopped = false;
    const retryItems: RetryItem[] = [];
    const tried = new Set<string>();
    await Promise.all(
      fresh.map((item) =>
        pageLimit(async () => {
          try {
            const outcome = await ingestItem(feed, parsed?.title ?? feed.outlet ?? '', item);
            tried.add(item.url);
            if (outcome.isNew) {
              stored += 1;
              summary.stored += 1;
            } else summary.known += 1;
            const failed = countAlerts(outcome);
            if (failed) alertAgain.push(failed);
          } catch (error) {
            if (error instanceof Stopped) {
              stopped = true;
              return;
            }
            tried.add(item.url);
            const attempts = (retries.get(item.url)?.attempts ?? 0) + 1;
            const why = message(error);
            const gaveUp = attempts >= ITEM_ATTEMPTS;
            if (gaveUp) givenUp[item.url] = why;
            else
              retryItems.push({
                url: item.url,
                title: item.title,
                ...(item.published ? { published: item.published } : {}),
                attempts,
                error: why,
              });
            summary.itemFailures += 1;
            onEvent({ type: 'item-failed', feed: feed.url, url: item.url, error: why, attempts, gaveUp });
          }
        }),
      ),
    );
    const itemCount = parsed?.items.length ?? 0;
    if (stopped) {
      // Validators stay as they were: the next run sees these items again, and retries what failed.
      summary.stoppedEarly = true;
      const { retryItems: _r, retryAlerts: _a, ...rest } = state;
      // Those tried again this run are in retryItems or done; the rest wait for the next.
      const retrying = [...retryItems, ...[...retries.values()].filter((r) => !tried.has(r.url))];
      await deps.feedStates.saveFeedState({
        ...rest,
        lastPolledAt: attemptAt,
        givenUp,
        ...(retrying.length > 0 ? { retryItems: retrying } : {}),
        ...(alertAgain.length > 0 ? { retryAlerts: alertAgain } : {}),
      });
      onEvent({
        type: 'feed',
        url: feed.url,
        status: 'skipped',
        items: itemCount,
        stored,
        error: 'stopped before every item was stored',
      });
      return;
    }
    const { lastError: _e, lastErrorAt: _t, retryItems: _r, givenUp: _g, retryAlerts: _a, ...clean } = state;
    const kept = Object.entries(givenUp).slice(-GIVEN_UP_KEPT);
    await deps.feedStates.saveFeedState({
      ...clean,
      ...(!response.notModified && response.etag ? { etag: response.etag } : {}),
      ...(!response.notModified && response.lastModified ? { lastModified: response.lastModified } : {}),
      lastPolledAt: attemptAt,
      lastSuccessAt: attemptAt,
      failures: 0,
      ...(retryItems.length > 0 ? { retryItems } : {}),
      ...(kept.length > 0 ? { givenUp: Object.fromEntries(kept) } : {}),
      ...(alertAgain.length > 0 ? { retryAlerts: alertAgain } : {}),
    });
    if (response.notModified && fresh.length === 0) {
      onEvent({ type: 'feed', url: feed.url, status: 'not-modified', items: 0, stored: 0 });
    } else
      onEvent({
        type: 'feed',
        url: feed.url,
        status: 'ok',
        items: itemCount,
        stored,
        itemTimes: (parsed?.items ?? []).flatMap((item) => item.published ?? item.updated ?? []),
        ...(parsed?.ttl ? { ttl: parsed.ttl } : {}),
      });
  };

  // A store that fails one feed (its state, its known ids) fails that feed alone.
  const pollOne = async (feed: FeedConfig): Promise<void> => {
    try {
      await checkFeed(feed);
    } catch (error) {
      summary.failedFeeds += 1;
      onEvent({ type: 'feed', url: feed.url, status: 'failed', items: 0, stored: 0, error: message(error) });
    }
  };

  await Promise.all(feeds.map((feed) => feedLimit(() => pollOne(feed))));
  return summary;
}
