import { describe, expect, it } from 'vitest';
import { SimFifoQueue } from '../../../bench/fleet/sim-queue.js';
import { VirtualClock } from '../../../bench/fleet/virtual-clock.js';
import type { FeedMessage } from '../../../functions/core/schedule/feed-message.js';

const msg = (host: string, n: number, leaseId = 'L1'): FeedMessage => ({
  url: `https://${host}/feed${n}`,
  host,
  leaseId,
  dueAt: '2026-03-02T00:00:00.000Z',
});

async function filled(messages: FeedMessage[]) {
  const clock = new VirtualClock(0);
  const queue = new SimFifoQueue(clock, 0, 60_000);
  const sending = queue.send(messages);
  await clock.runUntilIdle();
  await sending;
  return { clock, queue };
}

const urls = (envelopes: { body: string }[]): string[] => envelopes.map((e) => (JSON.parse(e.body) as FeedMessage).url);

describe('SimFifoQueue', () => {
  it('hands out as many of one group as it can, then other groups, and no group twice while in flight', async () => {
    const { queue } = await filled([
      msg('a.example', 1),
      msg('b.example', 1),
      msg('a.example', 2),
      msg('c.example', 1),
    ]);
    const first = queue.receive(3);
    expect(urls(first)).toEqual(['https://a.example/feed1', 'https://a.example/feed2', 'https://b.example/feed1']);
    expect(urls(queue.receive(3))).toEqual(['https://c.example/feed1']);
    expect(queue.receive(3)).toEqual([]);
  });

  it('gives a group back once its batch is settled, and a failed message after the visibility timeout', async () => {
    const { clock, queue } = await filled([msg('a.example', 1), msg('a.example', 2)]);
    const batch = queue.receive(1);
    queue.settle(batch, new Set([batch[0]?.messageId ?? '']));
    expect(queue.receive(1)).toEqual([]);
    await clock.runUntil(60_000);
    expect(urls(queue.receive(2))).toEqual(['https://a.example/feed1', 'https://a.example/feed2']);
  });

  it('drops a second send of one lease within five minutes', async () => {
    const { queue } = await filled([msg('a.example', 1), msg('a.example', 1)]);
    expect([queue.messagesSent, queue.duplicatesDropped]).toEqual([1, 1]);
  });

  it('refuses a batch of more than ten', async () => {
    const queue = new SimFifoQueue(new VirtualClock(0), 0, 1);
    await expect(queue.send(Array.from({ length: 11 }, (_, i) => msg('a.example', i)))).rejects.toThrow(/at most 10/);
  });
});
