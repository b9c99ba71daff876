import type { FeedRecord } from '../../functions/core/schedule/feed-record.js';
import { MemoryFeedRegistry, type FeedRegistry } from '../../functions/core/schedule/feed-registry.js';
import type { VirtualClock } from './virtual-clock.js';

/**
 * The in-memory registry with DynamoDB's latencies on the virtual clock, and
 * the calls counted for the bill: the due query as `shards` index queries,
 * writes as leases (the record carries one) or saved states.
 */
export class TimedRegistry implements FeedRegistry {
  readonly inner = new MemoryFeedRegistry();
  dueQueries = 0;
  dueEntriesRead = 0;
  gets = 0;
  leaseWrites = 0;
  stateWrites = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly shards: number,
  ) {}

  async due(now: string, limit: number): Promise<FeedRecord[]> {
    const found = await this.inner.due(now, limit);
    this.dueQueries += this.shards;
    this.dueEntriesRead += found.length;
    await this.clock.sleep(15 + found.length / 100);
    return found;
  }

  async get(url: string): Promise<FeedRecord | undefined> {
    this.gets += 1;
    await this.clock.sleep(5);
    return this.inner.get(url);
  }

  async put(record: FeedRecord, expect?: { leaseId: string | undefined }): Promise<boolean> {
    if (record.lease) this.leaseWrites += 1;
    else this.stateWrites += 1;
    await this.clock.sleep(8);
    return this.inner.put(record, expect);
  }

  all(): Promise<FeedRecord[]> {
    return this.inner.all();
  }

  remove(url: string): Promise<void> {
    return this.inner.remove(url);
  }
}
