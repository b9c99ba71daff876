/** Attempts at a batch call before the items it still hands back fail. */
export const MAX_ATTEMPTS = 8;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Full-jitter backoff before the next attempt at what throttling handed back, as AWS advises for batches. */
export function backoffMs(attempt: number): number {
  return Math.random() * Math.min(2000, 50 * 2 ** attempt);
}

/**
 * Gathers items made at about the same time into batches of at most
 * `limit`: a batch goes when it is full or on the next turn of the event
 * loop, whichever comes first.
 */
export class Coalescer<T> {
  private queue: T[] = [];
  private scheduled = false;

  constructor(
    private readonly limit: number,
    private readonly send: (batch: T[]) => void,
  ) {}

  /** The items waiting for the next batch. */
  get waiting(): readonly T[] {
    return this.queue;
  }

  add(item: T): void {
    this.queue.push(item);
    if (this.queue.length >= this.limit) this.drain();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.drain());
    }
  }

  private drain(): void {
    this.scheduled = false;
    while (this.queue.length > 0) this.send(this.queue.splice(0, this.limit));
  }
}
