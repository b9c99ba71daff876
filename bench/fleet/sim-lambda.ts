import type { BatchReport, QueuedMessage } from '../../functions/core/schedule/poll-worker.js';
import { Prng } from './prng.js';
import type { SimFifoQueue } from './sim-queue.js';
import type { VirtualClock } from './virtual-clock.js';

export interface LambdaShape {
  maxConcurrency: number;
  batchSize: number;
  /** Init of a new instance (billed, as Lambda bills INIT). */
  coldStartMs: number;
  /** From a message becoming available to the poller's invoke. */
  pickupMs: [number, number];
  /** Share of invocations that die before reporting (their messages come back after the visibility timeout). */
  crashRate: number;
  /** An idle instance is reclaimed after this long. */
  idleMs: number;
}

/**
 * The SQS event source mapping and its function: batches handed to at most
 * `maxConcurrency` invocations at once, instances reused while warm.
 */
export class SimLambda {
  running = 0;
  peak = 0;
  invocations = 0;
  crashes = 0;
  coldStarts = 0;
  billedMs = 0;
  private idle: number[] = [];
  private poking = false;
  private readonly rng: Prng;

  constructor(
    private readonly clock: VirtualClock,
    private readonly queue: SimFifoQueue,
    private readonly shape: LambdaShape,
    private readonly handler: (messages: QueuedMessage[]) => Promise<BatchReport>,
    seed: number,
  ) {
    this.rng = new Prng(seed);
    queue.onAvailable = () => this.poke();
  }

  private poke(): void {
    if (this.poking || this.running >= this.shape.maxConcurrency || this.queue.visible === 0) return;
    this.poking = true;
    this.clock.at(this.clock.now + this.rng.uniform(...this.shape.pickupMs), () => {
      this.poking = false;
      while (this.running < this.shape.maxConcurrency) {
        const batch = this.queue.receive(this.shape.batchSize);
        if (batch.length === 0) break;
        void this.invoke(batch);
      }
    });
  }

  private async invoke(batch: { messageId: string; body: string; group: string }[]): Promise<void> {
    this.running += 1;
    this.invocations += 1;
    this.peak = Math.max(this.peak, this.running);
    const start = this.clock.now;
    this.idle = this.idle.filter((since) => start - since < this.shape.idleMs);
    if (this.idle.pop() === undefined) {
      this.coldStarts += 1;
      await this.clock.sleep(this.shape.coldStartMs);
    }
    let failed: Set<string>;
    if (this.rng.chance(this.shape.crashRate)) {
      this.crashes += 1;
      failed = new Set(batch.map((m) => m.messageId));
    } else {
      const report = await this.handler(batch.map(({ messageId, body }) => ({ messageId, body })));
      failed = new Set(report.batchItemFailures.map((f) => f.itemIdentifier));
    }
    this.billedMs += Math.ceil(this.clock.now - start);
    this.running -= 1;
    this.idle.push(this.clock.now);
    this.queue.settle(batch, failed);
    this.poke();
  }
}
