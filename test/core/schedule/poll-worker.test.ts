import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../../../functions/core/schedule/feed-record.js';
import { MemoryFeedRegistry } from '../../../functions/core/schedule/feed-registry.js';
import type { Politely } from '../../../functions/core/schedule/host-gate.js';
import type { FeedNotice, PollOutcome } from '../../../functions/core/schedule/next-check.js';
import { workFeedBatch, type PollOne, type WorkerDeps } from '../../../functions/core/schedule/poll-worker.js';
import { DEFAULT_SCHEDULE_POLICY as policy } from '../../../functions/core/schedule/schedule-policy.js';

const LEASE = '2026-03-02T10:00:00.000Z';
const NOW = '2026-03-02T10:00:20.000Z';
const URL_A = 'https://a.example/feed';

const leased = (over: Partial<FeedRecord> = {}): FeedRecord => ({
  url: URL_A,
  host: 'a.example',
  nextCheckAt: '2026-03-02T10:10:00.000Z',
  intervalMs: 900_000,
  failures: 0,
  health: 'ok',
  recentItemTimes: [],
  lease: { id: LEASE, until: '2026-03-02T10:10:00.000Z', dueAt: '2026-03-02T10:00:00.000Z' },
  ...over,
});

const body = (url = URL_A, leaseId = LEASE): string =>
  JSON.stringify({ url, host: 'a.example', leaseId, dueAt: '2026-03-02T10:00:00.000Z' });

const direct: Politely = (_url, request) => request();

function deps(records: FeedRecord[], pollOne: PollOne, over: Partial<WorkerDeps> = {}) {
  const registry = new MemoryFeedRegistry();
  for (const r of records) registry.records.set(r.url, r);
  const notices: FeedNotice[] = [];
  const all: WorkerDeps = {
    registry,
    pollOne,
    politely: direct,
    now: () => NOW,
    policy,
    notify: async (n) => void notices.push(n),
    ...over,
  };
  return { registry, notices, deps: all };
}

const outcome = (over: Partial<PollOutcome> = {}): PollOutcome => ({
  status: 200,
  newItems: 1,
  itemTimes: [],
  cacheHints: {},
  ...over,
});

describe('workFeedBatch', () => {
  it('checks the feed, saves its next state without the lease and reports the lag', async () => {
    const { registry, deps: d } = deps([leased({ lastSuccessAt: '2026-03-02T09:40:20.000Z' })], async () => outcome());
    const report = await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(report.batchItemFailures).toEqual([]);
    expect(report.entries[0]).toMatchObject({ result: { status: 'checked', ok: true, lagMs: 20_000 } });
    const saved = await registry.get(URL_A);
    expect(saved?.lease).toBeUndefined();
    // One undated item since the check 20 minutes ago: dated halfway, so a 10-minute rate.
    expect(saved?.recentItemTimes).toEqual(['2026-03-02T09:50:20.000Z']);
    expect(saved?.nextCheckAt).toBe('2026-03-02T10:11:00.000Z');
  });

  it('passes every request of the check through the politeness gate', async () => {
    const gated: string[] = [];
    const politely: Politely = (url, request) => {
      gated.push(url);
      return request();
    };
    const pollOne: PollOne = async (feed, p) => {
      await p(feed.url, async () => 'feed');
      await p('https://a.example/story-1', async () => 'page');
      return outcome();
    };
    const { deps: d } = deps([leased()], pollOne, { politely });
    await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(gated).toEqual([URL_A, 'https://a.example/story-1']);
  });

  it('records a check that threw as a failure of the feed, not of the message', async () => {
    const { registry, deps: d } = deps([leased()], async () => {
      throw new Error('socket hang up');
    });
    const report = await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(report.batchItemFailures).toEqual([]);
    expect(await registry.get(URL_A)).toMatchObject({ failures: 1, health: 'failing', why: 'socket hang up' });
  });

  it('drops a message from an older lease without fetching', async () => {
    let fetched = 0;
    const { deps: d } = deps([leased()], async () => {
      fetched += 1;
      return outcome();
    });
    const report = await workFeedBatch([{ messageId: 'm1', body: body(URL_A, '2026-03-02T09:50:00.000Z') }], d);
    expect(report.entries[0]).toMatchObject({ result: { status: 'stale' } });
    expect(fetched).toBe(0);
  });

  it('drops a message for a feed no longer configured, and a body that is not a feed message', async () => {
    const { deps: d } = deps([], async () => outcome());
    const report = await workFeedBatch(
      [
        { messageId: 'm1', body: body() },
        { messageId: 'm2', body: '{"url":' },
      ],
      d,
    );
    expect(report.batchItemFailures).toEqual([]);
    expect(report.entries).toEqual([
      { messageId: 'm1', result: { status: 'removed', url: URL_A } },
      { messageId: 'm2', dropped: 'feed message is not JSON' },
    ]);
  });

  it('sends the disable notice and saves the disabled state at the last failure allowed', async () => {
    const {
      registry,
      notices,
      deps: d,
    } = deps([leased({ failures: 10, health: 'failing' })], async () => outcome({ status: 404, newItems: 0 }));
    await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(notices).toEqual([{ type: 'feed-disabled', url: URL_A, at: NOW, failures: 11, why: 'HTTP 404' }]);
    expect((await registry.get(URL_A))?.health).toBe('disabled');
  });

  it('gives the message back when the notice cannot be sent, leaving the state as it was', async () => {
    const { registry, deps: d } = deps([leased({ failures: 10, health: 'failing' })], async () =>
      outcome({ status: 404 }),
    );
    d.notify = async () => {
      throw new Error('SNS throttled');
    };
    const report = await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(report.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect((await registry.get(URL_A))?.failures).toBe(10);
  });

  it('gives back the messages it had no time to start', async () => {
    const { deps: d } = deps([leased()], async () => outcome(), { shouldStop: () => true });
    const report = await workFeedBatch([{ messageId: 'm1', body: body() }], d);
    expect(report.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
  });
});
