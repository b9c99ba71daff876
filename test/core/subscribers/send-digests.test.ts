import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../../functions/core/subscribers/digest-entry.js';
import { digestPeriod } from '../../../functions/core/subscribers/digest-period.js';
import { type DigestDeps, digestKey, sendDueDigests } from '../../../functions/core/subscribers/send-digests.js';
import { MemoryDigestQueue, MemoryStore, RecordingPublisher } from '../../support/memory-ports.js';

const analyst = {
  email: 'analyst@example.org',
  id: 'a1b2c3d4e5f60718',
  watches: new Set(['Deir Ezzor']),
  delivery: 'daily' as const,
  at: '07:00',
  day: 'monday' as const,
};
const desk = { ...analyst, email: 'desk@example.org', id: '0c2074a87dae90ee', delivery: 'immediate' as const };

const entry = (articleId: string, queuedAt: string, over: Partial<DigestEntry> = {}): DigestEntry => ({
  storyId: articleId,
  articleId,
  title: `Shelling near Deir Ezzor airport (${articleId})`,
  outlet: 'South Front',
  published: '2026-11-29',
  url: `https://southfront.example/${articleId}`,
  watches: ['Deir Ezzor'],
  sentence: 'Shelling went on near the Deir Ezzor airport.',
  found: 'Deir Ezzor',
  mentions: 1,
  also: [],
  queuedAt,
  ...over,
});

const MORNING = '2026-11-30T07:05:00.000Z';

function ports(publisher = new RecordingPublisher()) {
  const queue = new MemoryDigestQueue();
  const ledger = new MemoryStore();
  const deps: DigestDeps = { queue, ledger, publisher, now: () => '2026-11-30T07:05:01.000Z' };
  return { queue, ledger, publisher, deps };
}

describe('sendDueDigests', () => {
  it("sends each digest subscriber the stories queued before their period's end, once", async () => {
    const { queue, ledger, publisher, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    await queue.enqueue(analyst.id, entry('late', '2026-11-30T07:01:00.000Z'));
    const [first] = await sendDueDigests([desk, analyst], MORNING, deps);
    expect(first).toMatchObject({ status: 'sent', messageId: 'msg-1', period: { key: 'daily/2026-11-30T07:00Z' } });
    expect(first?.message?.ids).toEqual(['a']);
    expect(publisher.sent.map((m) => [m.articleId, m.subject])).toEqual([
      ['daily/2026-11-30T07:00Z', 'Deir Ezzor: 1 new story, daily digest, 2026-11-30'],
    ]);
    const key = digestKey(analyst.id, digestPeriod('daily', '07:00', 'monday', MORNING));
    expect(ledger.alerts.get(key)).toMatchObject({ status: 'sent', messageId: 'msg-1' });

    const again = await sendDueDigests([analyst], '2026-11-30T07:30:00.000Z', deps);
    expect(again.map((o) => o.status)).toEqual(['empty']);
    expect(publisher.sent).toHaveLength(1);
    // The story queued after 07:00 waits for the next day's.
    const tomorrow = await sendDueDigests([analyst], '2026-12-01T07:00:00.000Z', deps);
    expect(tomorrow[0]?.message?.ids).toEqual(['late']);
  });

  it('hands the stories of a missed period to the next', async () => {
    const { queue, deps } = ports();
    await queue.enqueue(analyst.id, entry('old', '2026-11-27T10:00:00.000Z'));
    const [o] = await sendDueDigests([analyst], MORNING, deps);
    expect(o?.message?.ids).toEqual(['old']);
  });

  it('sends nothing for a period another run claimed', async () => {
    const { queue, ledger, publisher, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const key = digestKey(analyst.id, digestPeriod('daily', '07:00', 'monday', MORNING));
    await ledger.claim(key, ['Deir Ezzor'], '2026-11-30T07:05:00.500Z');
    expect((await sendDueDigests([analyst], MORNING, deps)).map((o) => o.status)).toEqual(['before']);
    expect(publisher.sent).toHaveLength(0);
  });

  it('keeps the stories of a digest that surely failed for the next run', async () => {
    const { queue, publisher, deps } = ports(new RecordingPublisher(1, 'no'));
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const [failed] = await sendDueDigests([analyst], MORNING, deps);
    expect(failed).toMatchObject({ status: 'failed', failed: { retryable: true } });
    const [retry] = await sendDueDigests([analyst], MORNING, deps);
    expect(retry?.status).toBe('sent');
    expect(publisher.sent).toHaveLength(1);
  });

  it('never sends again a digest that may have gone out', async () => {
    const { queue, publisher, deps } = ports(new RecordingPublisher(1, 'unknown'));
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    expect((await sendDueDigests([analyst], MORNING, deps))[0]?.failed?.retryable).toBe(false);
    expect((await sendDueDigests([analyst], '2026-12-01T07:05:00.000Z', deps))[0]?.status).toBe('empty');
    expect(publisher.sent).toHaveLength(0);
  });

  it('names a copy under its story, and drops a copy of a story sent in an earlier digest', async () => {
    const { queue, publisher, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const copy = { storyId: 'a', outlet: 'Global Research', copy: true as const };
    await queue.enqueue(analyst.id, entry('a-copy', '2026-11-29T10:00:00.000Z', copy));
    const [o] = await sendDueDigests([analyst], MORNING, deps);
    expect(o?.message?.ids).toEqual(['a', 'a-copy']);
    expect(publisher.sent[0]?.text).toContain('   Also in: Global Research\n');

    await queue.enqueue(analyst.id, entry('a-late-copy', '2026-11-30T09:00:00.000Z', copy));
    const [next] = await sendDueDigests([analyst], '2026-12-01T07:05:00.000Z', deps);
    expect(next?.status).toBe('empty');
    expect(await queue.waiting(analyst.id, '2026-12-02T00:00:00.000Z')).toEqual([]);
    expect(publisher.sent).toHaveLength(1);
  });

  it("fails one subscriber whose queue cannot be read, and sends the others'", async () => {
    const { queue, deps } = ports();
    const other = { ...analyst, email: 'other@example.org', id: 'ffffffffffffffff' };
    await queue.enqueue(other.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const failing = Object.assign(Object.create(queue) as MemoryDigestQueue, {
      waiting: (id: string, before: string) =>
        id === analyst.id ? Promise.reject(new Error('queue not readable')) : queue.waiting(id, before),
    });
    const outcomes = await sendDueDigests([analyst, other], MORNING, { ...deps, queue: failing });
    expect(outcomes.map((o) => [o.subscriber.email, o.status, o.failed?.error])).toEqual([
      ['analyst@example.org', 'failed', 'queue not readable'],
      ['other@example.org', 'sent', undefined],
    ]);
  });

  it('records, and does not send again, a digest a run that died says it sent under its key', async () => {
    const { queue, ledger, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const key = digestKey(analyst.id, digestPeriod('daily', '07:00', 'monday', MORNING));
    // The run that died after publishing: its claim left pending, abandoned by now.
    await ledger.claim(key, ['Deir Ezzor'], '2026-11-30T07:05:00.000Z');
    ledger.staleClaimsBefore = '2026-11-30T07:05:00.500Z';
    const publisher = Object.assign(new RecordingPublisher(), {
      sentBefore: async (k: string) => (k === key ? 'local-earlier' : undefined),
    });
    const [o] = await sendDueDigests([analyst], MORNING, { ...deps, publisher });
    expect(o).toMatchObject({ status: 'before', messageId: 'local-earlier' });
    expect(publisher.sent).toEqual([]);
    expect(ledger.alerts.get(key)).toMatchObject({ status: 'sent' });
    expect(await queue.waiting(analyst.id, MORNING)).toEqual([]);
  });

  it('asks the publisher only for a claim it took over', async () => {
    const { queue, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const publisher = Object.assign(new RecordingPublisher(), { sentBefore: async () => 'local-earlier' });
    expect((await sendDueDigests([analyst], MORNING, { ...deps, publisher }))[0]?.status).toBe('sent');
  });

  // Regression (review): a digest that went out was reported failed, and sent again, when its stories could not
  // be taken from the queue.
  it('records a digest that went out as sent even when its stories cannot be taken', async () => {
    const { queue, ledger, publisher, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const stuck = Object.assign(Object.create(queue) as MemoryDigestQueue, {
      take: () => Promise.reject(new Error('throttled')),
    });
    const [o] = await sendDueDigests([analyst], MORNING, { ...deps, queue: stuck });
    expect(o).toMatchObject({ status: 'sent', warning: expect.stringContaining('may be listed again: throttled') });
    const key = digestKey(analyst.id, digestPeriod('daily', '07:00', 'monday', MORNING));
    expect(ledger.alerts.get(key)).toMatchObject({ status: 'sent' });
    expect((await sendDueDigests([analyst], MORNING, deps))[0]?.status).toBe('before');
    expect(publisher.sent).toHaveLength(1);
  });

  it('claims no digest once told to stop', async () => {
    const { queue, publisher, deps } = ports();
    await queue.enqueue(analyst.id, entry('a', '2026-11-29T09:00:00.000Z'));
    const [o] = await sendDueDigests([analyst], MORNING, { ...deps, shouldStop: () => true });
    expect(o?.status).toBe('stopped');
    expect(publisher.sent).toHaveLength(0);
    expect(await queue.waiting(analyst.id, MORNING)).toHaveLength(1);
  });
});
