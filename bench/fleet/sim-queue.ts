import { fifoAttributes, type FeedMessage } from '../../functions/core/schedule/feed-message.js';
import type { FeedQueue } from '../../functions/core/schedule/schedule-cycle.js';
import type { VirtualClock } from './virtual-clock.js';

export interface Envelope {
  messageId: string;
  body: string;
  group: string;
}

const DEDUP_WINDOW_MS = 5 * 60_000;

/**
 * An SQS FIFO queue as the worker sees it: messages in order within their
 * group, a group handed out to no one while one of its messages is in
 * flight, a failed message back at its group's head after the visibility
 * timeout, a repeated deduplication id within five minutes dropped.
 */
export class SimFifoQueue implements FeedQueue {
  private readonly groups = new Map<string, Envelope[]>();
  private readonly locked = new Set<string>();
  private readonly dedup = new Map<string, number>();
  private nextId = 0;
  visible = 0;
  sendCalls = 0;
  receiveCalls = 0;
  deleteCalls = 0;
  messagesSent = 0;
  duplicatesDropped = 0;
  onAvailable: () => void = () => {};

  constructor(
    private readonly clock: VirtualClock,
    private readonly sendLatencyMs: number,
    private readonly visibilityMs: number,
  ) {}

  async send(batch: readonly FeedMessage[]): Promise<void> {
    if (batch.length > 10) throw new Error(`SendMessageBatch takes at most 10 entries, not ${batch.length}`);
    this.sendCalls += 1;
    await this.clock.sleep(this.sendLatencyMs);
    for (const message of batch) {
      const { groupId, deduplicationId } = fifoAttributes(message);
      const seenUntil = this.dedup.get(deduplicationId);
      if (seenUntil !== undefined && seenUntil > this.clock.now) {
        this.duplicatesDropped += 1;
        continue;
      }
      this.dedup.set(deduplicationId, this.clock.now + DEDUP_WINDOW_MS);
      this.push({ messageId: `m${this.nextId++}`, body: JSON.stringify(message), group: groupId }, false);
      this.messagesSent += 1;
    }
    if (this.dedup.size > 50_000)
      for (const [id, until] of this.dedup) if (until <= this.clock.now) this.dedup.delete(id);
    this.onAvailable();
  }

  private push(envelope: Envelope, atHead: boolean): void {
    const list = this.groups.get(envelope.group);
    if (!list) this.groups.set(envelope.group, [envelope]);
    else if (atHead) list.unshift(envelope);
    else list.push(envelope);
    this.visible += 1;
  }

  /** One ReceiveMessage: as many of one group as there are, then other groups, none of them in flight. */
  receive(max: number): Envelope[] {
    this.receiveCalls += 1;
    const out: Envelope[] = [];
    for (const [group, list] of this.groups) {
      if (out.length >= max) break;
      if (this.locked.has(group)) continue;
      const taken = list.splice(0, max - out.length);
      out.push(...taken);
      this.visible -= taken.length;
      this.locked.add(group);
      if (list.length === 0) this.groups.delete(group);
    }
    return out;
  }

  /** The invocation's outcome: the rest deleted, the failed back after the visibility timeout. */
  settle(envelopes: readonly Envelope[], failed: ReadonlySet<string>): void {
    this.deleteCalls += 1;
    const back = envelopes.filter((e) => failed.has(e.messageId));
    const groups = new Set(envelopes.map((e) => e.group));
    const held = new Set(back.map((e) => e.group));
    for (const group of groups) if (!held.has(group)) this.locked.delete(group);
    if (back.length === 0) {
      this.onAvailable();
      return;
    }
    this.clock.at(this.clock.now + this.visibilityMs, () => {
      for (const e of [...back].reverse()) this.push(e, true);
      for (const group of held) this.locked.delete(group);
      this.onAvailable();
    });
    this.onAvailable();
  }
}
