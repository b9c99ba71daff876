import { describe, expect, it } from 'vitest';
import { fifoAttributes, messageFor, parseFeedMessage } from '../../../functions/core/schedule/feed-message.js';

const lease = { id: '2026-03-02T10:00:00.912Z', until: '2026-03-02T10:10:00.912Z', dueAt: '2026-03-02T10:00:00.000Z' };
const record = {
  url: 'https://www.example.org/feed',
  host: 'example.org',
  outlet: 'Example',
  nextCheckAt: lease.until,
  intervalMs: 900_000,
  failures: 0,
  health: 'ok' as const,
  recentItemTimes: [],
  lease,
};

describe('feed messages', () => {
  it('carry the feed, its lease and when it fell due, and read back the same', () => {
    const message = messageFor(record);
    expect(message).toEqual({
      url: 'https://www.example.org/feed',
      host: 'example.org',
      outlet: 'Example',
      leaseId: lease.id,
      dueAt: lease.dueAt,
    });
    expect(parseFeedMessage(JSON.stringify(message))).toEqual(message);
  });

  it('are grouped by host and deduplicated per lease', () => {
    const a = fifoAttributes(messageFor(record));
    expect(a.groupId).toBe('example.org');
    expect(a.deduplicationId).toMatch(/^[0-9a-f]{64}$/);
    expect(fifoAttributes(messageFor(record)).deduplicationId).toBe(a.deduplicationId);
    const next = messageFor({ ...record, lease: { ...lease, id: '2026-03-02T10:10:01.000Z' } });
    expect(fifoAttributes(next).deduplicationId).not.toBe(a.deduplicationId);
  });

  it('refuse a body that is not a feed message, saying what is missing', () => {
    expect(() => parseFeedMessage('not json')).toThrow('feed message is not JSON');
    expect(() => parseFeedMessage('{"url":"https://a.example/feed","host":"a.example"}')).toThrow(
      'feed message has no leaseId',
    );
    expect(() =>
      parseFeedMessage(
        JSON.stringify({ url: 'https://a.example/f', host: 'a.example', leaseId: 'x', dueAt: 'y', profile: 'nope' }),
      ),
    ).toThrow('unknown profile: nope');
  });
});
