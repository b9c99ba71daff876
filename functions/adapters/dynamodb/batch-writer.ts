import { BatchWriteItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { backoffMs, Coalescer, MAX_ATTEMPTS, sleep } from './coalesce.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** BatchWriteItem takes at most 25 items. */
const BATCH_LIMIT = 25;

type Item = Record<string, AttributeValue>;

interface Pending {
  item: Item;
  key: string | undefined;
  settle: { resolve: () => void; reject: (error: Error) => void }[];
}

const keyOf = (item: Item | undefined): string | undefined => item?.[PK]?.S;

/**
 * Coalesces unconditional puts made at about the same time into
 * BatchWriteItem calls of up to 25, retrying the UnprocessedItems that
 * throttling hands back. Each put's promise settles when its item is written.
 */
export class BatchWriter {
  private readonly pending = new Coalescer<Pending>(BATCH_LIMIT, (batch) => this.send(batch));
  /** Keys being written now: a later put of one waits, so writes of a key keep their order. */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {}

  async put(item: Item): Promise<void> {
    const key = keyOf(item);
    const earlier = key === undefined ? undefined : this.writing.get(key);
    if (earlier) await earlier.catch(() => undefined);
    return new Promise((resolve, reject) => {
      // BatchWriteItem refuses one key twice in a call: the later item replaces the queued one.
      const queued = key === undefined ? undefined : this.pending.waiting.find((p) => p.key === key);
      if (queued) {
        queued.item = item;
        queued.settle.push({ resolve, reject });
        return;
      }
      this.pending.add({ item, key, settle: [{ resolve, reject }] });
    });
  }

  private send(batch: Pending[]): void {
    const done = this.write(batch);
    for (const p of batch) {
      if (p.key === undefined) continue;
      const key = p.key;
      this.writing.set(key, done);
      void done.finally(() => {
        if (this.writing.get(key) === done) this.writing.delete(key);
      });
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let waiting = batch;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const out = await this.client.send(
          new BatchWriteItemCommand({
            RequestItems: { [this.tableName]: waiting.map((p) => ({ PutRequest: { Item: p.item } })) },
          }),
        );
        const unprocessed = new Set(
          (out.UnprocessedItems?.[this.tableName] ?? []).map((r) => keyOf(r.PutRequest?.Item)),
        );
        for (const p of waiting) if (!unprocessed.has(p.key)) for (const s of p.settle) s.resolve();
        waiting = waiting.filter((p) => unprocessed.has(p.key));
        if (waiting.length === 0) return;
        if (attempt >= MAX_ATTEMPTS)
          throw new Error(`${waiting.length} items still unprocessed after ${attempt} attempts`);
        await this.wait(backoffMs(attempt));
      } catch (error) {
        for (const p of waiting) for (const s of p.settle) s.reject(error as Error);
        return;
      }
    }
  }
}
