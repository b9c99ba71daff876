import type { StoryEntry, StorySignatureStore } from './story-signature-store.js';

/** A StorySignatureStore in memory, for tests and `--store memory` runs. */
export class MemorySignatureStore implements StorySignatureStore {
  private readonly byBand = new Map<string, Map<string, StoryEntry>>();
  private readonly bandsOf = new Map<string, readonly string[]>();

  async findCandidates(bandKeys: readonly string[]): Promise<StoryEntry[]> {
    const found = new Map<string, StoryEntry>();
    for (const key of bandKeys) {
      for (const entry of this.byBand.get(key)?.values() ?? []) found.set(entry.articleId, entry);
    }
    return [...found.values()];
  }

  async add(entry: StoryEntry, bandKeys: readonly string[]): Promise<void> {
    for (const key of this.bandsOf.get(entry.articleId) ?? []) this.byBand.get(key)?.delete(entry.articleId);
    for (const key of bandKeys) {
      let band = this.byBand.get(key);
      if (!band) {
        band = new Map();
        this.byBand.set(key, band);
      }
      band.set(entry.articleId, entry);
    }
    this.bandsOf.set(entry.articleId, [...bandKeys]);
  }

  /** Drops the entries that expired by `nowSeconds`, as DynamoDB's TTL does eventually. */
  expire(nowSeconds: number): void {
    for (const band of this.byBand.values()) {
      for (const [id, entry] of band) if (entry.expiresAt <= nowSeconds) band.delete(id);
    }
  }

  /** How many articles it holds. */
  get size(): number {
    return this.bandsOf.size;
  }
}
