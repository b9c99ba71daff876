import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { existingKeys } from './batch-get.js';
import type { BatchWriter } from './batch-writer.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** One batch: BatchWriteItem's limit (BatchGetItem takes 100 keys). */
const BATCH_LIMIT = 25;

type Item = Record<string, AttributeValue>;

interface Request {
  key: string;
  item: Item;
  resolve: (isNew: boolean) => void;
  reject: (error: Error) => void;
}


/**
 * Put-if-absent in batches, for a table that this process alone writes (the
 * embedded store, held by its file lock). Puts made at about the same time
 * share one BatchGetItem, to learn which keys exist, and one BatchWriteItem
 * for the rest: two requests for up to 25 items where conditional puts take
 * 25. Keys in flight are remembered, so a key asked for twice is new once.
 * With other writers this would not be exact; the repository then makes
 * conditional puts instead.
 */
export class ExclusivePutter {
  private queue: Request[] = [];
  private scheduled = false;
  /** Keys whose batch is still being worked on, with the answer it will give. */
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly writer: BatchWriter,
  ) {}

  putIfAbsent(item: Item): Promise<boolean> {
    const key = item[PK]?.S;
    if (key === undefined) return Promise.reject(new Error(`item has no ${PK}`));
    const pending = this.inFlight.get(key);
    // The earlier request for this key decides; this one only learns it exists now.
    if (pending) return pending.then(() => false);
    const answer = new Promise<boolean>((resolve, reject) => {
      this.queue.push({ key, item, resolve, reject });
      if (this.queue.length >= BATCH_LIMIT) this.drain();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.drain());
      }
    });
    this.inFlight.set(key, answer);
    const forget = (): void => {
      this.inFlight.delete(key);
    };
    answer.then(forget, forget);
    return answer;
  }

  private drain(): void {
    this.scheduled = false;
    while (this.queue.length > 0) void this.run(this.queue.splice(0, BATCH_LIMIT));
  }

  private async run(batch: Request[]): Promise<void> {
    try {
      const present = await existingKeys(this.client, this.tableName, batch.map((r) => r.key));
      await Promise.all(
        batch.map(async (r) => {
          if (present.has(r.key)) return r.resolve(false);
          await this.writer.put(r.item);
          r.resolve(true);
        }),
      );
    } catch (error) {
      for (const r of batch) r.reject(error as Error);
    }
  }
}
