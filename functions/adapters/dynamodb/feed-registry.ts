import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type PutItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { FeedRecord } from '../../core/schedule/feed-record.js';
import type { FeedRegistry } from '../../core/schedule/feed-registry.js';
import { queryDue } from './due-index.js';
import { feedHash } from './dynamo-repository.js';
import { ITEM_TYPES, TABLE_DEFINITION, itemKey } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
const DUE = TABLE_DEFINITION.dueIndex;
/** The one value of the index's partition key: every schedule record is in it. */
const SHARD = 'feeds';

const key = (url: string) => ({ [PK]: { S: itemKey.feedSchedule(feedHash(url)) } });

function toRecord(item: Record<string, unknown>): FeedRecord {
  const { [PK]: _pk, [TYPE]: _type, [DUE.partitionKey.name]: _shard, ...record } = item;
  return record as unknown as FeedRecord;
}

const refused = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === 'ConditionalCheckFailedException';

/**
 * The feed registry in the one table: a SCHEDULE#hash item per feed, found
 * when due through the sparse `due` index (nextCheckAt sorted). A lease
 * condition guards each write, so a worker holding an old lease or a second
 * scheduler cannot overwrite a newer state.
 */
export class DynamoFeedRegistry implements FeedRegistry {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async due(now: string, limit: number): Promise<FeedRecord[]> {
    const items = await queryDue(this.client, this.tableName, { partition: SHARD, to: now }, limit);
    return items.map((item) => toRecord(unmarshall(item)));
  }

  async all(): Promise<FeedRecord[]> {
    const items = await queryDue(this.client, this.tableName, { partition: SHARD });
    return items.map((item) => toRecord(unmarshall(item)));
  }

  async get(url: string): Promise<FeedRecord | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: key(url), ConsistentRead: true }),
    );
    return out.Item ? toRecord(unmarshall(out.Item)) : undefined;
  }

  async put(record: FeedRecord, expect?: { leaseId: string | undefined }): Promise<boolean> {
    const item = marshall(
      {
        ...record,
        [PK]: itemKey.feedSchedule(feedHash(record.url)),
        [TYPE]: ITEM_TYPES.feedSchedule,
        [DUE.partitionKey.name]: SHARD,
      },
      { removeUndefinedValues: true },
    );
    const condition: Pick<
      PutItemCommandInput,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    > = !expect
      ? {}
      : expect.leaseId === undefined
        ? { ConditionExpression: 'attribute_not_exists(#lease)', ExpressionAttributeNames: { '#lease': 'lease' } }
        : {
            ConditionExpression: '#lease.#id = :lease',
            ExpressionAttributeNames: { '#lease': 'lease', '#id': 'id' },
            ExpressionAttributeValues: { ':lease': { S: expect.leaseId } },
          };
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: item, ...condition }));
      return true;
    } catch (error) {
      if (refused(error)) return false;
      throw error;
    }
  }

  async remove(url: string): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: key(url) }));
  }

  /** The hash of the feed list last synced into the registry. */
  async syncedHash(): Promise<string | undefined> {
    const out = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { [PK]: { S: itemKey.feedSync() } }, ConsistentRead: true }),
    );
    const hash = out.Item?.['hash'];
    return hash && 'S' in hash ? hash.S : undefined;
  }

  async markSynced(hash: string, at: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ [PK]: itemKey.feedSync(), [TYPE]: ITEM_TYPES.feedSync, hash, at }),
      }),
    );
  }
}
