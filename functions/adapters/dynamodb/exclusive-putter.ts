import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { BatchWriter } from './batch-writer.js';
import { getItems } from './batch-get.js';
import { Coalescer } from './coalesce.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** One batch: BatchWriteItem's limit (BatchGetItem takes 100 keys). */
const BATCH_LIMIT = 25;

type Item = Record<string, AttributeValue>;

/** Decides, from the item there now (or none), whether the put may go ahead. */
export type Precondition = (existing: Item | undefined) => boolean;

interface Request {
  key: string;
  item: Item;
  accept: Precondition;
  resolve: (written: boolean) => void;
  reject: (error: Error) => void;
}

/**
 * Conditional puts in batches, for a table that this process alone writes
 * (the embedded store, held by its file lock). Puts made at about the same
 * time share one BatchGetItem, to read what is there, and one BatchWriteItem
 * for those whose condition holds: two requests for up to 25 items where
 * conditional puts take 25. A key asked for while its batch is in flight
 * waits for it, so two puts of one key are decided one after the other. With
 * other writers this would not be exact; the repository then makes
 * conditional puts instead.
 */
export class ExclusivePutter {
  private readonly pending = new Coalescer<Request>(BATCH_LIMIT, (batch) => void this.run(batch));
  /** Keys whose batch is still being worked on. */
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly writer: BatchWriter,
    /** Attributes the preconditions read. */
    private readonly attributes: readonly string[] = [],
  ) {}

  async putIf(item: Item, accept: Precondition): Promise<boolean> {
    const key = item[PK]?.S;
    if (key === undefined) throw new Error(`item has no ${PK}`);
    // The earlier request for this key decides first; this one reads what it left.
    for (let pending = this.inFlight.get(key); pending; pending = this.inFlight.get(key))
      await pending.catch(() => undefined);
    const answer = new Promise<boolean>((resolve, reject) => this.pending.add({ key, item, accept, resolve, reject }));
    this.inFlight.set(key, answer);
    const forget = (): void => {
      if (this.inFlight.get(key) === answer) this.inFlight.delete(key);
    };
    answer.then(forget, forget);
    return answer;
  }

  private async run(batch: Request[]): Promise<void> {
    try {
      const present = await getItems(
        this.client,
        this.tableName,
        batch.map((r) => r.key),
        this.attributes,
      );
      await Promise.all(
        batch.map(async (r) => {
          if (!r.accept(present.get(r.key))) return r.resolve(false);
          await this.writer.put(r.item);
          r.resolve(true);
        }),
      );
    } catch (error) {
      for (const r of batch) r.reject(error as Error);
    }
  }
}
