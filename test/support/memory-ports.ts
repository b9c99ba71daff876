import {
  PublishError,
  type AlertLedger,
  type AlertPublisher,
  type ArticleStore,
  type ClaimOutcome,
  type DigestQueue,
  type FeedState,
  type FeedStateStore,
  type OutgoingMessage,
  type StoredArticle,
  type SweepQueue,
} from '../../functions/core/ports.js';
import type { DigestEntry } from '../../functions/core/subscribers/digest-entry.js';

/** The ports kept in maps: the core's contract, with nothing behind it. */
export class MemoryStore implements ArticleStore, AlertLedger, FeedStateStore {
  readonly articles = new Map<string, StoredArticle>();
  readonly feeds = new Map<string, FeedState>();
  readonly alerts = new Map<
    string,
    { status: string; watches: readonly string[]; messageId?: string; claimedAt?: string }
  >();

  async putIfAbsent(article: StoredArticle): Promise<boolean> {
    if (this.articles.has(article.id)) return false;
    this.articles.set(article.id, article);
    return true;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.articles.get(id);
  }

  readonly decided = new Set<string>();

  async undecided(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.articles.get(id)?.alertDue && !this.decided.has(id)));
  }

  async markDecided(id: string): Promise<void> {
    this.decided.add(id);
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.articles.has(id)));
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    return this.feeds.get(url);
  }

  async saveFeedState(state: FeedState): Promise<void> {
    this.feeds.set(state.url, state);
  }

  /** Claims made before this are abandoned ('0': never), as the repository's staleClaimsBefore. */
  staleClaimsBefore = '0';

  private claimable(key: string): boolean {
    const now = this.alerts.get(key);
    return now?.status === 'failed' || (now?.status === 'pending' && (now.claimedAt ?? '') < this.staleClaimsBefore);
  }

  async claim(key: string, watches: readonly string[], at: string): Promise<ClaimOutcome> {
    const known = this.alerts.has(key);
    if (known && !this.claimable(key)) return 'held';
    this.alerts.set(key, { status: 'pending', watches, claimedAt: at });
    return known ? 'reclaimed' : 'claimed';
  }

  async reclaimFailed(key: string, watches: readonly string[], at: string): Promise<'claimed' | 'held' | 'none'> {
    if (!this.alerts.has(key)) return 'none';
    if (!this.claimable(key)) return 'held';
    this.alerts.set(key, { status: 'pending', watches, claimedAt: at });
    return 'claimed';
  }

  async markUncertain(key: string): Promise<void> {
    const now = this.alerts.get(key);
    this.alerts.set(key, { status: 'uncertain', watches: now?.watches ?? [] });
  }

  async markFailed(articleId: string): Promise<void> {
    const now = this.alerts.get(articleId);
    this.alerts.set(articleId, { status: 'failed', watches: now?.watches ?? [] });
  }

  async markSent(articleId: string, sent: { messageId: string; watches: readonly string[] }): Promise<void> {
    this.alerts.set(articleId, { status: 'sent', watches: sent.watches, messageId: sent.messageId });
  }
}

/** Records what it publishes; fails the next `failures` publishes first, surely or not. */
export class RecordingPublisher implements AlertPublisher {
  readonly sent: OutgoingMessage[] = [];
  constructor(
    public failures = 0,
    readonly delivered: 'no' | 'unknown' = 'no',
  ) {}

  async publish(message: OutgoingMessage): Promise<string> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new PublishError('publish failed', this.delivered);
    }
    this.sent.push(message);
    return `msg-${this.sent.length}`;
  }
}

/** Digest queues in a map, by subscriber and article; `failures` fails the next enqueues. */
export class MemoryDigestQueue implements DigestQueue {
  /** A taken entry is kept without its story, as the table keeps it, so that it is not queued again. */
  readonly entries = new Map<string, { subscriberId: string; entry?: DigestEntry; taken?: string }>();
  failures = 0;

  async enqueue(subscriberId: string, entry: DigestEntry): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('queue not writable');
    }
    const key = `${subscriberId}#${entry.articleId}`;
    if (!this.entries.has(key)) this.entries.set(key, { subscriberId, entry });
  }

  async waiting(subscriberId: string, before: string): Promise<DigestEntry[]> {
    const waiting: DigestEntry[] = [];
    for (const e of this.entries.values())
      if (e.subscriberId === subscriberId && e.entry && e.entry.queuedAt < before) waiting.push(e.entry);
    return waiting.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  async take(subscriberId: string, articleIds: readonly string[], at: string): Promise<void> {
    for (const id of articleIds) this.entries.set(`${subscriberId}#${id}`, { subscriberId, taken: at });
  }
}

/** Sweep marks in a map, by article. */
export class MemorySweepQueue implements SweepQueue {
  readonly marks = new Map<string, string>();

  async mark(articleId: string, dueAt: string): Promise<void> {
    this.marks.set(articleId, dueAt);
  }

  async due(now: string, limit: number): Promise<string[]> {
    return [...this.marks.entries()]
      .filter(([, at]) => at <= now)
      .sort((a, b) => a[1].localeCompare(b[1]))
      .slice(0, limit)
      .map(([id]) => id);
  }

  async done(articleId: string): Promise<void> {
    this.marks.delete(articleId);
  }
}
