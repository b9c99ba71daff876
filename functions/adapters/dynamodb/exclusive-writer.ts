import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { getItems } from './batch-get.js';
import { BatchWriter } from './batch-writer.js';
import { Coalescer } from './coalesce.js';
import type { Condition, Item, ItemWriter, PutOutcome } from './item-writer.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** One batch: BatchWriteItem's limit (BatchGetItem takes 100 keys). */
const BATCH_LIMIT = 25;

interface Request {
  key: string;
  item: Item;
  condition: Condition;
  resolve: (outcome: PutOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * The writer for a table that this process alone writes (the embedded store,
 * held by its file lock). Conditional puts made at about the same time share
 * one BatchGetItem, to read what is there, and one BatchWriteItem for those
 * whose condition holds: two requests for up to 25 items where conditional
 * puts take 25. A key asked for while its batch is in flight waits for it, so
 * two puts of one key are decided one after the other. With another writer
 * the read and the write could interleave with its writes, so this is never
 * used on AWS.
 */
export class ExclusiveWriter implements ItemWriter {
  private readonly batch: BatchWriter;
  private readonly pending = new Coalescer<Request>(BATCH_LIMIT, (requests) => void this.run(requests));
  /** Keys whose batch is still being worked on. */
  private readonly inFlight = new Map<string, Promise<PutOutcome>>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.batch = new BatchWriter(client, tableName);
  }

  put(item: Item): Promise<void> {
    return this.batch.put(item);
  }

  async putIf(item: Item, condition: Condition): Promise<PutOutcome> {
    const key = item[PK]?.S;
    if (key === undefined) throw new Error(`item has no ${PK}`);
    // The earlier request for this key decides first; this one reads what it left.
    for (let pending = this.inFlight.get(key); pending; pending = this.inFlight.get(key))
      await pending.catch(() => undefined);
    const answer = new Promise<PutOutcome>((resolve, reject) =>
      this.pending.add({ key, item, condition, resolve, reject }),
    );
    this.inFlight.set(key, answer);
    const forget = (): void => {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    };
    answer.then(forget, forget);
    return answer;
  }

  private async run(requests: Request[]): Promise<void> {
    try {
      const reads = [...new Set(requests.flatMap((r) => r.condition.reads))];
      const present = await getItems(
        this.client,
        this.tableName,
        requests.map((r) => r.key),
        reads,
      );
      await Promise.all(
        requests.map(async (r) => {
          const existing = present.get(r.key);
          if (!r.condition.test(existing)) return r.resolve({ written: false, existing });
          await this.batch.put(r.item);
          r.resolve(existing ? { written: true, replaced: existing } : { written: true });
        }),
      );
    } catch (error) {
      for (const r of requests) r.reject(error as Error);
    }
  }
}
