import {
  PublishError,
  type AlertLedger,
  type AlertPublisher,
  type ArticleStore,
  type FeedState,
  type FeedStateStore,
  type OutgoingMessage,
  type StoredArticle,
} from '../../functions/core/ports.js';

/** The ports kept in maps: the core's contract, with nothing behind it. */
export class MemoryStore implements ArticleStore, AlertLedger, FeedStateStore {
  readonly articles = new Map<string, StoredArticle>();
  readonly feeds = new Map<string, FeedState>();
  readonly alerts = new Map<string, { status: string; watches: readonly string[]; messageId?: string }>();

  async putIfAbsent(article: StoredArticle): Promise<boolean> {
    if (this.articles.has(article.id)) return false;
    this.articles.set(article.id, article);
    return true;
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.articles.get(id);
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

  async claim(articleId: string, watches: readonly string[]): Promise<boolean> {
    const now = this.alerts.get(articleId);
    if (now && now.status !== 'failed') return false;
    this.alerts.set(articleId, { status: 'pending', watches });
    return true;
  }

  async reclaimFailed(articleId: string, watches: readonly string[]): Promise<'claimed' | 'held' | 'none'> {
    const now = this.alerts.get(articleId);
    if (!now) return 'none';
    if (now.status !== 'failed') return 'held';
    this.alerts.set(articleId, { status: 'pending', watches });
    return 'claimed';
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
