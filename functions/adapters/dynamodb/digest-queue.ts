import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { DigestQueue } from '../../core/ports.js';
import type { DigestEntry } from '../../core/subscribers/digest-entry.js';
import { ConditionalWriter } from './conditional-writer.js';
import { queryDue } from './due-index.js';
import { IF_ABSENT } from './conditions.js';
import type { ItemWriter } from './item-writer.js';
import { expiresAt, ITEM_TYPES, itemKey, TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
const TYPE = TABLE_DEFINITION.typeAttribute;
const TTL = TABLE_DEFINITION.timeToLiveAttribute;
const DUE = TABLE_DEFINITION.dueIndex;

/** A weekly digest's week, and as long again should the digest function stop for a while. */
const WAITING_DAYS = 15;
/** A taken entry keeps a queue retry from putting the article back, as long as stories' signatures are kept. */
const TAKEN_DAYS = 30;

const queueOf = (subscriberId: string): string => `digest#${subscriberId}`;

/**
 * The digest queues in the one table: an item per subscriber and article
 * (`DIGEST#<subscriber>#<article>`), found through the sparse `due` index
 * under the subscriber's partition while it waits. Taking an entry rewrites
 * it without the index keys, so it leaves the queue and, until its TTL,
 * still refuses the same article queued again.
 */
export class DynamoDigestQueue implements DigestQueue {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly writer: ItemWriter = new ConditionalWriter(client, tableName),
  ) {}

  async enqueue(subscriberId: string, entry: DigestEntry, at: string): Promise<void> {
    const item = marshall(
      {
        [PK]: itemKey.digestEntry(subscriberId, entry.articleId),
        [TYPE]: ITEM_TYPES.digestEntry,
        [DUE.partitionKey.name]: queueOf(subscriberId),
        [DUE.sortKey.name]: entry.queuedAt,
        entry,
        [TTL]: expiresAt(at, WAITING_DAYS),
      },
      { removeUndefinedValues: true },
    );
    await this.writer.putIf(item, IF_ABSENT);
  }

  async waiting(subscriberId: string, before: string): Promise<DigestEntry[]> {
    const items = await queryDue(this.client, this.tableName, { partition: queueOf(subscriberId), before });
    return items.flatMap((item) => (unmarshall(item)['entry'] as DigestEntry | undefined) ?? []);
  }

  async take(subscriberId: string, articleIds: readonly string[], at: string): Promise<void> {
    await Promise.all(
      articleIds.map((articleId) =>
        this.writer.put(
          marshall({
            [PK]: itemKey.digestEntry(subscriberId, articleId),
            [TYPE]: ITEM_TYPES.digestEntry,
            takenAt: at,
            [TTL]: expiresAt(at, TAKEN_DAYS),
          }),
        ),
      ),
    );
  }
}
