import type { Article } from './article.js';
import type { AlertMessage } from './alerts/compose-alert.js';

/** An Article as stored: the record plus where and when it came in. */
export interface StoredArticle extends Article {
  file?: string;
  ingestedAt: string;
}

export interface ArticleStore {
  /** Stores the article unless its id is already known. True when it was new. */
  putIfAbsent(article: StoredArticle): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
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
}

export interface FeedStateStore {
  getFeedState(url: string): Promise<FeedState | undefined>;
  saveFeedState(state: FeedState): Promise<void>;
}

/** Keeps the at-most-once promise of alerts across replays, retries and crashes. */
export interface AlertLedger {
  /** Claims the one alert an article may have. False when it was claimed before. */
  claim(articleId: string, watches: readonly string[], at: string): Promise<boolean>;
  /** Records the alert as sent, with what it named and the publisher's message id. */
  markSent(articleId: string, sent: { messageId: string; watches: readonly string[]; at: string }): Promise<void>;
  /** Gives a claim back after a failed publish, so that a retry may send it. */
  release(articleId: string): Promise<void>;
}

export interface AlertPublisher {
  /** Publishes one alert; returns the message id. */
  publish(message: AlertMessage): Promise<string>;
}

/** The time now, as an ISO timestamp: the core never reads the clock itself. */
export type Clock = () => string;
