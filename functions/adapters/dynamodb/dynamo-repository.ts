import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import type {
  AlertLedger,
  ArticleStore,
  ClaimOutcome,
  FeedState,
  FeedStateStore,
  StoredArticle,
} from '../../core/ports.js';
import { fromArticleItem } from './article-item.js';
import { existingKeys, getItems } from './batch-get.js';
import { ConditionalWriter } from './conditional-writer.js';
import { claimable, FAILED, IF_ABSENT, PENDING, UNCERTAIN } from './conditions.js';
import { fitItem } from './fit-item.js';
import type { Condition, Item, ItemWriter } from './item-writer.js';
import { ITEM_TYPES, TABLE_DEFINITION, itemKey } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** A claim time no ISO timestamp is before. */
const NEVER_STALE = '0';
const TYPE = TABLE_DEFINITION.typeAttribute;

type ItemType = (typeof ITEM_TYPES)[keyof typeof ITEM_TYPES];

/** An item of the one table: its key, its kind, and its attributes, marshalled. */
const toItem = (key: string, type: ItemType, attributes: object): Item =>
  marshall({ ...attributes, [PK]: key, [TYPE]: type }, { removeUndefinedValues: true });

/**
 * Watch names as a string set: one attribute value instead of one per name,
 * which the SDK and dynalite each charge for. (A claim always names a watch,
 * and a set cannot be empty.)
 */
const watchSet = (watches: readonly string[]): Set<string> => new Set(watches);

/** A feed's key: a hash of its URL, which may be longer than a key should be (its poll state and its schedule share it). */
export const feedHash = (url: string): string => createHash('sha256').update(url).digest('hex').slice(0, 32);

/**
 * Articles, alert records and feed states in the one table. The same code
 * runs against DynamoDB on AWS and against the embedded dynalite; what
 * differs is the writer it is given (conditional puts by default, as AWS
 * needs). It marshals items itself rather than through the DocumentClient,
 * which cannot share the client's cached middleware stack (half the SDK's
 * cost per request, measured).
 */
export class DynamoRepository implements ArticleStore, AlertLedger, FeedStateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly writer: ItemWriter = new ConditionalWriter(client, tableName),
    /**
     * Claims left pending before this time are abandoned (their holder died
     * publishing) and may be claimed again: on AWS, older than the longest a
     * function runs; for the embedded store, made by an earlier run (the
     * store is one process's at a time). '0': never.
     */
    private readonly staleClaimsBefore: () => string = () => NEVER_STALE,
  ) {}

  private async written(item: Item, condition: Condition): Promise<boolean> {
    return (await this.writer.putIf(item, condition)).written;
  }

  putIfAbsent(article: StoredArticle): Promise<boolean> {
    return this.written(toItem(itemKey.article(article.id), ITEM_TYPES.article, fitItem(article)), IF_ABSENT);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const item = await this.getItem(itemKey.article(id));
    return item ? fromArticleItem(item) : undefined;
  }

  async undecided(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const articles = await getItems(this.client, this.tableName, ids.map(itemKey.article), ['alertDue']);
    const due = ids.filter((id) => articles.get(itemKey.article(id))?.['alertDue']?.BOOL === true);
    if (due.length === 0) return new Set();
    const decided = await existingKeys(this.client, this.tableName, due.map(itemKey.decided));
    return new Set(due.filter((id) => !decided.has(itemKey.decided(id))));
  }

  /** A small item beside the article rather than a rewrite of it: batched with the run's other puts. */
  markDecided(id: string): Promise<void> {
    return this.writer.put(toItem(itemKey.decided(id), ITEM_TYPES.decided, {}));
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const present = await existingKeys(this.client, this.tableName, ids.map(itemKey.article));
    return new Set(ids.filter((id) => present.has(itemKey.article(id))));
  }

  private async getItem(key: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { [PK]: { S: key } }, ConsistentRead: true }),
    );
    return out.Item ? unmarshall(out.Item) : undefined;
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    const item = await this.getItem(itemKey.feed(feedHash(url)));
    if (!item) return undefined;
    const { [PK]: _pk, [TYPE]: _type, ...state } = item;
    return state as unknown as FeedState;
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.writer.put(toItem(itemKey.feed(feedHash(state.url)), ITEM_TYPES.feed, state));
  }

  async claim(key: string, watches: readonly string[], at: string): Promise<ClaimOutcome> {
    const outcome = await this.writer.putIf(this.pending(key, watches, at), claimable(this.staleClaimsBefore(), true));
    if (!outcome.written) return 'held';
    return outcome.replaced ? 'reclaimed' : 'claimed';
  }

  async reclaimFailed(articleId: string, watches: readonly string[], at: string): Promise<'claimed' | 'held' | 'none'> {
    const outcome = await this.writer.putIf(
      this.pending(articleId, watches, at),
      claimable(this.staleClaimsBefore(), false),
    );
    if (outcome.written) return 'claimed';
    // Rare: an article stored before that matches; the refusal says whether it ever had an alert.
    return outcome.existing ? 'held' : 'none';
  }

  private pending(articleId: string, watches: readonly string[], at: string): Item {
    return toItem(itemKey.alert(articleId), ITEM_TYPES.alert, {
      articleId,
      status: PENDING,
      watches: watchSet(watches),
      claimedAt: at,
    });
  }

  /** Unconditional, so concurrent marks share BatchWriteItem calls: the claim already holds the item. */
  markSent(articleId: string, sent: { messageId: string; watches: readonly string[]; at: string }): Promise<void> {
    return this.writer.put(
      toItem(itemKey.alert(articleId), ITEM_TYPES.alert, {
        articleId,
        status: 'sent',
        watches: watchSet(sent.watches),
        messageId: sent.messageId,
        sentAt: sent.at,
      }),
    );
  }

  /** Unconditional, like markSent: the publish may have gone out, so no later run claims it again. */
  markUncertain(articleId: string, failure: { error: string; at: string }): Promise<void> {
    return this.writer.put(
      toItem(itemKey.alert(articleId), ITEM_TYPES.alert, {
        articleId,
        status: UNCERTAIN,
        error: failure.error.slice(0, 1000),
        failedAt: failure.at,
      }),
    );
  }

  /** Unconditional, like markSent: only the claim's holder gets here. */
  markFailed(articleId: string, failure: { error: string; at: string }): Promise<void> {
    return this.writer.put(
      toItem(itemKey.alert(articleId), ITEM_TYPES.alert, {
        articleId,
        status: FAILED,
        error: failure.error.slice(0, 1000),
        failedAt: failure.at,
      }),
    );
  }
}
