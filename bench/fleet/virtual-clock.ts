/**
 * Virtual time for running real async code fast: `sleep` resolves when the
 * clock is advanced past it, and between two instants every promise chain
 * that can run is let run (one macrotask turn drains the microtasks).
 */
export class VirtualClock {
  private readonly heap: { t: number; seq: number; fire: () => void }[] = [];
  private seq = 0;
  /** Instants at which timers fired: each costs one turn of the event loop. */
  steps = 0;

  /**
   * `resolutionMs`: timers fire on multiples of it (rounded up, never early),
   * so that timers close in time share one turn of the event loop.
   */
  constructor(
    public now: number,
    private readonly resolutionMs = 1,
  ) {}

  at(t: number, fire: () => void): void {
    const r = this.resolutionMs;
    const item = { t: Math.ceil(Math.max(t, this.now) / r) * r, seq: this.seq++, fire };
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [h[i], h[parent]] = [h[parent] as typeof item, h[i] as typeof item];
      i = parent;
    }
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.at(this.now + Math.max(0, ms), resolve));
  }

  get pending(): number {
    return this.heap.length;
  }

  /** Fires every timer due up to `t` in time order, then stands at `t`. */
  async runUntil(t: number): Promise<void> {
    await settle();
    while (this.heap.length > 0 && (this.heap[0] as { t: number }).t <= t) {
      const at = (this.heap[0] as { t: number }).t;
      this.now = at;
      this.steps += 1;
      while (this.heap.length > 0 && (this.heap[0] as { t: number }).t === at) this.pop().fire();
      await settle();
    }
    this.now = Math.max(this.now, t);
  }

  async runUntilIdle(): Promise<void> {
    await settle();
    while (this.heap.length > 0) await this.runUntil((this.heap[0] as { t: number }).t);
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a] as { t: number; seq: number };
    const y = this.heap[b] as { t: number; seq: number };
    return x.t < y.t || (x.t === y.t && x.seq < y.seq);
  }

  private pop(): { t: number; seq: number; fire: () => void } {
    const h = this.heap;
    const top = h[0] as (typeof h)[number];
    const last = h.pop() as (typeof h)[number];
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(l, m)) m = l;
        if (r < h.length && this.before(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as typeof last, h[i] as typeof last];
        i = m;
      }
    }
    return top;
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
