import { DeleteItemCommand, type DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { SweepQueue } from '../../core/ports.js';
import { queryDue } from './due-index.js';
import { expiresAt, ITEM_TYPES, itemKey, TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
const TTL = TABLE_DEFINITION.timeToLiveAttribute;
const DUE = TABLE_DEFINITION.dueIndex;
/** The due index's partition of sweep marks. */
const SHARD = 'sweep';
/** A mark the sweep could not clear (its alert kept failing) goes with the table's TTL, two days on. */
const KEEP_DAYS = 2;

/**
 * The alert sweep's marks in the one table: a small `SWEEP#<article>` item
 * per new article, found when due through the `due` index (partition
 * `sweep`), deleted once swept.
 */
export class DynamoSweepQueue implements SweepQueue {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async mark(articleId: string, dueAt: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          [PK]: { S: itemKey.sweepMark(articleId) },
          [TYPE]: { S: ITEM_TYPES.sweepMark },
          [DUE.partitionKey.name]: { S: SHARD },
          [DUE.sortKey.name]: { S: dueAt },
          articleId: { S: articleId },
          [TTL]: { N: String(expiresAt(dueAt, KEEP_DAYS)) },
        },
      }),
    );
  }

  async due(now: string, limit: number): Promise<string[]> {
    // Marks past their TTL wait for DynamoDB to delete them some time later: passed over.
    const from = new Date(Date.parse(now) - KEEP_DAYS * 86_400_000).toISOString();
    const items = await queryDue(this.client, this.tableName, { partition: SHARD, from, to: now }, limit);
    return items.flatMap((item) => item['articleId']?.S ?? []);
  }

  async done(articleId: string): Promise<void> {
    await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: { [PK]: { S: itemKey.sweepMark(articleId) } } }),
    );
  }
}
