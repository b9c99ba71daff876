import type { FeedRecord } from './feed-record.js';

/**
 * Where feed records live (DynamoDB FEED#hash items on AWS). Writes may be
 * conditional on the lease the writer holds, so that a late worker or a
 * second scheduler cannot overwrite a newer state.
 */
export interface FeedRegistry {
  /** Feeds whose next check is at or before `now`, earliest first, at most `limit`. */
  due(now: string, limit: number): Promise<FeedRecord[]>;
  get(url: string): Promise<FeedRecord | undefined>;
  /**
   * Writes the record. With `expect`, only if the stored record's lease id is
   * `expect.leaseId` (undefined: no lease); false when it was not.
   */
  put(record: FeedRecord, expect?: { leaseId: string | undefined }): Promise<boolean>;
  all(): Promise<FeedRecord[]>;
  remove(url: string): Promise<void>;
}

/** The registry in a map: for tests, the simulation and the local store's shape. */
export class MemoryFeedRegistry implements FeedRegistry {
  readonly records = new Map<string, FeedRecord>();

  async due(now: string, limit: number): Promise<FeedRecord[]> {
    const due: FeedRecord[] = [];
    for (const record of this.records.values()) if (record.nextCheckAt <= now) due.push(record);
    return due
      .sort((a, b) => (a.nextCheckAt < b.nextCheckAt ? -1 : a.nextCheckAt > b.nextCheckAt ? 1 : 0))
      .slice(0, limit);
  }

  async get(url: string): Promise<FeedRecord | undefined> {
    return this.records.get(url);
  }

  async put(record: FeedRecord, expect?: { leaseId: string | undefined }): Promise<boolean> {
    if (expect && this.records.get(record.url)?.lease?.id !== expect.leaseId) return false;
    this.records.set(record.url, record);
    return true;
  }

  async all(): Promise<FeedRecord[]> {
    return [...this.records.values()];
  }

  async remove(url: string): Promise<void> {
    this.records.delete(url);
  }
}
