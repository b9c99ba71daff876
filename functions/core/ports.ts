import type { Article } from './article.js';
import type { SnsMessageAttributes } from './alerts/sns-attributes.js';
import type { DigestEntry } from './subscribers/digest-entry.js';

/** An Article as stored: the record plus where and when it came in. */
export interface StoredArticle extends Article {
  file?: string;
  ingestedAt: string;
  /** Stored by a run that alerts as it stores: its alerts are due until marked decided. */
  alertDue?: true;
}

export interface ArticleStore {
  /** Stores the article unless its id is already known. True when it was new. */
  putIfAbsent(article: StoredArticle): Promise<boolean>;
  /** An article stored before (the poll alerts again one whose alert surely failed). */
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /**
   * Which of these stored articles still have their alerts due: stored by a
   * run that alerts as it stores, which died before it decided them.
   */
  undecided(ids: readonly string[]): Promise<Set<string>>;
  /** Records that an article's alerts are decided (sent, held, or recorded as failed for a retry). */
  markDecided(id: string): Promise<void>;
  /** Which of these article ids the store already holds. */
  knownIds(ids: readonly string[]): Promise<Set<string>>;
}

/** What the poller remembers of a feed between runs. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  lastPolledAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorAt?: string;
  /** Failed polls in a row. */
  failures: number;
  /** Items whose page would not come, tried again on the next polls until they come or are given up. */
  retryItems?: RetryItem[];
  /** Items given up after their last try, with why: not fetched again. */
  givenUp?: Record<string, string>;
  /** Articles stored whose alert surely failed: alerted again on the next poll. */
  retryAlerts?: string[];
}

/** A feed item that could not be stored yet. */
export interface RetryItem {
  url: string;
  title: string;
  published?: string;
  attempts: number;
  error: string;
}

export interface FeedStateStore {
  getFeedState(url: string): Promise<FeedState | undefined>;
  saveFeedState(state: FeedState): Promise<void>;
}

/** What a claim found: no record, a record it took over, or one another holds. */
export type ClaimOutcome = 'claimed' | 'reclaimed' | 'held';

/**
 * Keeps the at-most-once promise of alerts across replays, retries and
 * crashes. Each alert has a key: the article's id (the developer's view), or
 * the story's and a subscriber's. Its record goes pending (claimed) before the
 * publish, then sent; failed when the publish surely did not go out (claimed
 * again by the next run or retry); uncertain when it may have (never claimed
 * again). A claim left pending because its holder died is claimed again once
 * the adapter deems it abandoned (an earlier run's, or older than a function
 * runs).
 */
export interface AlertLedger {
  /**
   * Claims an alert: 'claimed' when it had no record; 'reclaimed' when its
   * last attempt surely failed or its claim was abandoned (its holder may
   * have published before it died); 'held' otherwise.
   */
  claim(key: string, watches: readonly string[], at: string): Promise<ClaimOutcome>;
  /**
   * Claims only an alert whose last attempt surely failed or whose claim was
   * abandoned (for an article stored before): 'claimed', or 'held' when the
   * alert is sent, uncertain or pending, or 'none' when it never had a record.
   */
  reclaimFailed(key: string, watches: readonly string[], at: string): Promise<'claimed' | 'held' | 'none'>;
  /** Records the alert as sent, with what it named and the publisher's message id. */
  markSent(key: string, sent: { messageId: string; watches: readonly string[]; at: string }): Promise<void>;
  /** Records that the publish may have gone out (a timeout after sending): it is never tried again. */
  markUncertain(key: string, failure: { error: string; at: string }): Promise<void>;
  /** Records that the publish surely did not go out, so that a retry may send it. */
  markFailed(key: string, failure: { error: string; at: string }): Promise<void>;
}

/**
 * The stories waiting for subscribers' digests. An entry stays until a digest
 * takes it: one that surely failed to go out leaves its entries for the next.
 */
export interface DigestQueue {
  /** Queues an article for a subscriber's digest; queuing the same article for them again does nothing. */
  enqueue(subscriberId: string, entry: DigestEntry, at: string): Promise<void>;
  /** The subscriber's entries not yet taken, queued before `before` (ISO), the first queued first. */
  waiting(subscriberId: string, before: string): Promise<DigestEntry[]>;
  /** Takes entries out of the queue for good: a digest sent them (or may have). */
  take(subscriberId: string, articleIds: readonly string[], at: string): Promise<void>;
}

/**
 * On AWS, where the table's stream alerts each new article: a mark per new
 * article, due some minutes after it was stored, for a sweep that alerts it
 * where the stream could not (a record that failed for good, an invocation
 * that died holding its claims).
 */
export interface SweepQueue {
  /** Marks an article to be swept from `dueAt` (ISO). */
  mark(articleId: string, dueAt: string): Promise<void>;
  /** Articles due by `now`, the earliest first, at most `limit`. */
  due(now: string, limit: number): Promise<string[]>;
  /** Clears an article's mark: swept. */
  done(articleId: string): Promise<void>;
}

/**
 * A publish that failed. `delivered: 'no'` when the publisher is sure the
 * message did not go out (refused, not written); 'unknown' when it may have
 * (a timeout after sending): that alert is not tried again.
 */
export class PublishError extends Error {
  override name = 'PublishError';
  constructor(
    message: string,
    readonly delivered: 'no' | 'unknown',
  ) {
    super(message);
  }
}

/** A message as the publisher sends it: its attributes exactly the SNS MessageAttributes. */
export interface OutgoingMessage {
  /** The article the alert is about; for a digest, its period ("daily/2026-11-29T07:00Z"). */
  articleId: string;
  subject: string;
  text: string;
  attributes: SnsMessageAttributes;
}

export interface AlertPublisher {
  /**
   * Publishes one alert under its ledger key; returns the message id. Throws
   * PublishError, saying whether it may have gone out.
   */
  publish(message: OutgoingMessage, key: string): Promise<string>;
  /**
   * The id of a message published before under this ledger key, where the
   * publisher can tell (the local outbox can; SNS cannot): a claim whose
   * holder died after publishing is then recorded, not sent again.
   */
  sentBefore?(key: string): Promise<string | undefined>;
}

/** The time now, as an ISO timestamp: the core never reads the clock itself. */
export type Clock = () => string;

export type FeedResponse =
  | { notModified: true }
  | { notModified: false; text: string; url: string; etag?: string; lastModified?: string };

/** The web as the poller sees it; the adapter guards and decodes. */
export interface WebPort {
  getFeed(url: string, validators: { etag?: string; lastModified?: string }): Promise<FeedResponse>;
  getPage(url: string): Promise<{ html: string; url: string }>;
}
