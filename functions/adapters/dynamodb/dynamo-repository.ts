import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { createHash } from 'node:crypto';
import type { AlertLedger, ArticleStore, FeedState, FeedStateStore, StoredArticle } from '../../core/ports.js';
import { existingKeys } from './batch-get.js';
import { ExclusivePutter, type Precondition } from './exclusive-putter.js';
import { fromArticleItem } from './article-item.js';
import { BatchWriter } from './batch-writer.js';
import { fitItem } from './fit-item.js';
import { ITEM_TYPES, TABLE_DEFINITION, itemKey } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
/** A put's condition, as an expression for DynamoDB and as a test for the batched puts of the embedded store. */
interface Condition {
  expression: {
    ConditionExpression: string;
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues?: Record<string, AttributeValue>;
  };
  test: Precondition;
}

const FAILED = 'failed';
const IF_ABSENT: Condition = {
  expression: { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } },
  test: (existing) => existing === undefined,
};
const IF_ABSENT_OR_FAILED: Condition = {
  expression: {
    ConditionExpression: 'attribute_not_exists(#pk) OR #status = :failed',
    ExpressionAttributeNames: { '#pk': PK, '#status': 'status' },
    ExpressionAttributeValues: { ':failed': { S: FAILED } },
  },
  test: (existing) => existing === undefined || existing['status']?.S === FAILED,
};
const IF_FAILED: Condition = {
  expression: {
    ConditionExpression: '#status = :failed',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':failed': { S: FAILED } },
  },
  test: (existing) => existing?.['status']?.S === FAILED,
};

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException'
  );
}

/**
 * Watch names as a string set: one attribute value instead of one per name,
 * which the SDK and dynalite each charge for. (A claim always names a watch,
 * and a set cannot be empty.)
 */
const watchSet = (watches: readonly string[]): Set<string> => new Set(watches);

/** A feed's key: a hash of its URL, which may be longer than a key should be. */
const feedHash = (url: string): string => createHash('sha256').update(url).digest('hex').slice(0, 32);

const toItem = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true });

/**
 * Articles and alert claims in the one table. The same code runs against
 * DynamoDB on AWS and against the embedded dynalite. It marshals items itself
 * rather than through the DocumentClient, which cannot share the client's
 * cached middleware stack (half the SDK's cost per request, measured).
 */
export class DynamoRepository implements ArticleStore, AlertLedger, FeedStateStore {
  private readonly batch: BatchWriter;
  private readonly exclusive: ExclusivePutter | undefined;

  /**
   * `exclusive`: this process alone writes the table (the embedded store,
   * held by its file lock), so put-if-absent may go in batches. Never on AWS.
   */
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    options: { exclusive?: boolean } = {},
  ) {
    this.batch = new BatchWriter(client, tableName);
    this.exclusive = options.exclusive ? new ExclusivePutter(client, tableName, this.batch, ['status']) : undefined;
  }

  private async putIf(item: Record<string, unknown>, condition: Condition): Promise<boolean> {
    if (this.exclusive) return this.exclusive.putIf(toItem(item), condition.test);
    try {
      await this.client.send(
        new PutItemCommand({ TableName: this.tableName, Item: toItem(item), ...condition.expression }),
      );
      return true;
    } catch (error) {
      // An idempotent put that finds the item already there: seen before, not an error.
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async getItem(key: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: toItem({ [PK]: key }), ConsistentRead: true }),
    );
    return out.Item ? unmarshall(out.Item) : undefined;
  }

  putIfAbsent(article: StoredArticle): Promise<boolean> {
    return this.putIf(
      { ...fitItem(article), [PK]: itemKey.article(article.id), [TYPE]: ITEM_TYPES.article },
      IF_ABSENT,
    );
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const item = await this.getItem(itemKey.article(id));
    return item ? fromArticleItem(item) : undefined;
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const present = await existingKeys(this.client, this.tableName, ids.map(itemKey.article));
    return new Set(ids.filter((id) => present.has(itemKey.article(id))));
  }

  async getFeedState(url: string): Promise<FeedState | undefined> {
    const item = await this.getItem(itemKey.feed(feedHash(url)));
    if (!item) return undefined;
    const { [PK]: _pk, [TYPE]: _type, ...state } = item;
    return state as unknown as FeedState;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: toItem({ ...state, [PK]: itemKey.feed(feedHash(state.url)), [TYPE]: ITEM_TYPES.feed }),
      }),
    );
  }

  claim(articleId: string, watches: readonly string[], at: string): Promise<boolean> {
    return this.putIf(this.pending(articleId, watches, at), IF_ABSENT_OR_FAILED);
  }

  async reclaimFailed(articleId: string, watches: readonly string[], at: string): Promise<'claimed' | 'held' | 'none'> {
    if (await this.putIf(this.pending(articleId, watches, at), IF_FAILED)) return 'claimed';
    // Rare: an article stored before that matches; say whether its alert went out.
    return (await this.getItem(itemKey.alert(articleId))) ? 'held' : 'none';
  }

  private pending(articleId: string, watches: readonly string[], at: string): Record<string, unknown> {
    return {
      [PK]: itemKey.alert(articleId),
      [TYPE]: ITEM_TYPES.alert,
      articleId,
      status: 'pending',
      watches: watchSet(watches),
      claimedAt: at,
    };
  }

  /** Unconditional, so concurrent marks share BatchWriteItem calls: the claim already holds the item. */
  markSent(articleId: string, sent: { messageId: string; watches: readonly string[]; at: string }): Promise<void> {
    return this.batch.put(
      toItem({
        [PK]: itemKey.alert(articleId),
        [TYPE]: ITEM_TYPES.alert,
        articleId,
        status: 'sent',
        watches: watchSet(sent.watches),
        messageId: sent.messageId,
        sentAt: sent.at,
      }),
    );
  }

  /** Unconditional, like markSent: only the claim's holder gets here. */
  markFailed(articleId: string, failure: { error: string; at: string }): Promise<void> {
    return this.batch.put(
      toItem({
        [PK]: itemKey.alert(articleId),
        [TYPE]: ITEM_TYPES.alert,
        articleId,
        status: FAILED,
        error: failure.error.slice(0, 1000),
        failedAt: failure.at,
      }),
    );
  }

  /** The alert record of an article, for tests and the command line; watches sorted. */
  async getAlert(articleId: string): Promise<Record<string, unknown> | undefined> {
    const item = await this.getItem(itemKey.alert(articleId));
    if (item?.['watches'] instanceof Set) item['watches'] = [...(item['watches'] as Set<string>)].sort();
    return item;
  }
}
