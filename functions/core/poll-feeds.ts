import pLimit from 'p-limit';
import type { Article, ArticleOrigin } from './article.js';
import { idForUrl } from './article-id.js';
import type { FeedConfig } from './config/operator-config.js';
import { type FeedItem, parseFeed } from './feeds/parse-feed.js';
import { normalizeFragment, normalizeHtml } from './html/normalize-html.js';
import { type IngestDeps, type IngestOutcome, ingestArticle } from './ingest-article.js';
import { parseNormalForm } from './normal-form/parse-normal-form.js';
import type { FeedState, FeedStateStore, WebPort } from './ports.js';

export interface PollDeps extends IngestDeps {
  web: WebPort;
  feedStates: FeedStateStore;
  /** True when no new work should start (the Lambda's time is running out). */
  shouldStop?: () => boolean;
  feedConcurrency?: number;
  pageConcurrency?: number;
}

export type PollEvent =
  | { type: 'article'; feed: string; url: string; outcome: IngestOutcome; fromFeedContent: boolean }
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
  alertFailures: number;
  itemFailures: number;
  stoppedEarly: boolean;
}

/** Work that stopped because time ran out: not a failure of the feed. */
class Stopped extends Error {}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A feed item as an Article: its page, normalized, or the feed's own copy when the page will not come. */
async function itemArticle(
  web: WebPort,
  feed: FeedConfig,
  outlet: string,
  item: FeedItem,
): Promise<{ article: Article; fromFeedContent: boolean }> {
  let text: string;
  let fromFeedContent = false;
  try {
    const page = await web.getPage(item.url);
    text = normalizeHtml(page.html, { url: item.url, profile: feed.profile, title: item.title });
  } catch (error) {
    if (!item.html) throw error;
    text = normalizeFragment(item.html, item.title);
    fromFeedContent = true;
  }
  const parsed = parseNormalForm(text, { url: item.url });
  // A plain page prints no outlet or date; the feed knows both.
  const article: Article = {
    ...parsed,
    outlet: parsed.outlet || outlet,
    published: parsed.published || (item.published ?? '').slice(0, 10),
  };
  return { article, fromFeedContent };
}

/**
 * Polls feeds: new items are fetched, normalized the way the seeds are, and
 * ingested by the same use case as a replayed file (stored once, alerted when
 * alert ports are given). The same story in two feeds is one article, and a
 * known article is not fetched again. A feed's ETag and Last-Modified are
 * saved only once all its new items are stored, so a failed run is retried
 * whole; one feed's failure is recorded in its state and costs no other feed.
 * When told to stop, it starts no new work and leaves the unfinished feeds
 * to the next run.
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
    itemFailures: 0,
    stoppedEarly: false,
  };
  const feedLimit = pLimit(deps.feedConcurrency ?? 4);
  const pageLimit = pLimit(deps.pageConcurrency ?? 8);
  const shouldStop = deps.shouldStop ?? (() => false);
  // Ids taken by a feed in this run: another feed carrying the story skips it.
  const taken = new Set<string>();

  /** Ingests one item; true when it was new to the store. */
  const ingestItem = async (feed: FeedConfig, outlet: string, item: FeedItem): Promise<boolean> => {
    if (shouldStop()) throw new Stopped();
    const { article, fromFeedContent } = await itemArticle(deps.web, feed, outlet, item);
    const origin: ArticleOrigin = { url: item.url };
    const outcome = await ingestArticle(article, origin, deps);
    if (outcome.isNew) summary.stored += 1;
    else summary.known += 1;
    if (outcome.alert?.sent) summary.alerts += 1;
    if (outcome.alert?.failed) summary.alertFailures += 1;
    onEvent({ type: 'article', feed: feed.url, url: item.url, outcome, fromFeedContent });
    return outcome.isNew;
  };

  const pollOne = async (feed: FeedConfig): Promise<void> => {
    if (shouldStop()) {
      summary.stoppedEarly = true;
      onEvent({ type: 'feed', url: feed.url, status: 'skipped', items: 0, stored: 0 });
      return;
    }
    // This feed's own count: feeds run side by side, so the run's total would include the others'.
    let stored = 0;
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
      const results = await Promise.allSettled(
        fresh.map((item) =>
          pageLimit(async () => {
            if (await ingestItem(feed, outlet, item)) stored += 1;
          }),
        ),
      );
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
          stored,
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
      onEvent({ type: 'feed', url: feed.url, status: 'ok', items: parsed.items.length, stored });
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
      onEvent({ type: 'feed', url: feed.url, status: 'failed', items: 0, stored, error: why });
    }
  };

  await Promise.all(feeds.map((feed) => feedLimit(() => pollOne(feed))));
  return summary;
}
