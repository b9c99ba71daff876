/**
 * Runs tasks one at a time per key, and at once when their keys differ: a
 * task holding several keys waits for every earlier task holding any of
 * them. Keys are taken in one synchronous step, so two tasks can never each
 * hold a key the other waits for.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const mine = [...new Set(keys)];
    const earlier = mine.flatMap((k) => this.tails.get(k) ?? []);
    let release = (): void => {};
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    for (const k of mine) this.tails.set(k, done);
    try {
      await Promise.all(earlier);
      return await task();
    } finally {
      release();
      for (const k of mine) if (this.tails.get(k) === done) this.tails.delete(k);
    }
  }

  /** Keys some task holds or waits for: none once all are done. */
  get size(): number {
    return this.tails.size;
  }
}
