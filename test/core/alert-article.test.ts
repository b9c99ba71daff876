import { describe, expect, it } from 'vitest';
import { type AlertDeps, alertArticle } from '../../functions/core/alert-article.js';
import { OperatorConfigSchema } from '../../functions/core/config/operator-config.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { MemorySignatureStore } from '../../functions/core/stories/memory-signature-store.js';
import { composeDigest } from '../../functions/core/subscribers/compose-digest.js';
import { digestPeriod } from '../../functions/core/subscribers/digest-period.js';
import { resolveSubscribers } from '../../functions/core/subscribers/resolve-subscribers.js';
import { deps, now } from '../support/alert-deps.js';
import { MemoryDigestQueue, MemoryStore, RecordingPublisher } from '../support/memory-ports.js';
import { seed } from '../support/seeds.js';

describe('alertArticle', () => {
  it('sends one alert when the same article is alerted concurrently', async () => {
    const d = deps(['ISIS']);
    const article = parseNormalForm(seed(1));
    const outcomes = await Promise.all([1, 2, 3].map(() => alertArticle(article, {}, d.alerts)));
    expect(outcomes.flatMap((o) => o.deliveries.map((d) => d.status)).sort()).toEqual(['before', 'before', 'sent']);
    expect(d.publisher.sent).toHaveLength(1);
  });
});

describe('alertArticle with subscribers', () => {
  const config = OperatorConfigSchema.parse({
    feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
    watches: ['ISIS', 'Maskanah', 'Syrian Arab Army'],
    subscribers: [
      { email: 'desk@example.org', watches: ['Deir Ezzor'] },
      { email: 'analyst@example.org', watches: ['Daesh', 'Raqqa +50km'] },
      { email: 'idle@example.org', watches: ['Kirkuk'] },
    ],
  });

  function subscribed(publisher = new RecordingPublisher()) {
    const { watches, subscribers } = resolveSubscribers(config);
    const store = new MemoryStore();
    const alerts: AlertDeps = { ledger: store, publisher, matcher: watches.matcher, now, subscribers };
    return { store, alerts, publisher };
  }

  // Regression: a Deir Ezzor subscriber got seed 003 under "ISIS, Maskanah, Syrian Arab Army +32: ...",
  // their watch block 17 of 35.
  it('sends each subscriber one message about their own watches, and none to a subscriber it does not concern', async () => {
    const d = subscribed();
    const outcome = await alertArticle(parseNormalForm(seed(3)), { file: 'seeds/003.txt' }, d.alerts);
    expect(outcome.deliveries.map((x) => [x.subscriber?.email, x.watches, x.status])).toEqual([
      ['desk@example.org', ['Deir Ezzor'], 'sent'],
      ['analyst@example.org', ['ISIS', 'Raqqa +50km'], 'sent'],
    ]);
    const [desk] = d.publisher.sent;
    expect(desk?.subject).toMatch(/^Deir Ezzor: Video: ISIS Maskanah Stronghold Liberated/);
    expect(desk?.text.split('\n')[0]).toMatch(/^\* Deir Ezzor \(place\): "Deir Ezzor"/);
    expect(desk?.attributes['subscriber']?.StringValue).toBe(resolveSubscribers(config).subscribers[0]?.id);
  });

  it("claims each subscriber's alert apart: a replay sends none again, a surely failed one alone goes again", async () => {
    const d = subscribed(new RecordingPublisher(1, 'no'));
    const article = parseNormalForm(seed(3));
    const first = await alertArticle(article, {}, d.alerts);
    expect(first.deliveries.map((x) => x.status).sort()).toEqual(['failed', 'sent']);
    const again = await alertArticle(article, {}, d.alerts);
    expect(again.deliveries.map((x) => x.status).sort()).toEqual(['before', 'sent']);
    expect(d.publisher.sent).toHaveLength(2);
    expect(new Set(d.publisher.sent.map((m) => m.attributes['subscriber']?.StringValue)).size).toBe(2);
  });
});

/** A Deir Ezzor subscriber's alert ports with stories told apart, and seed 003 with a copy of it at another outlet. */
function storyCase() {
  const config = OperatorConfigSchema.parse({
    feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
    subscribers: [{ email: 'desk@example.org', watches: ['Deir Ezzor'] }],
  });
  const { watches, subscribers } = resolveSubscribers(config);
  const publisher = new RecordingPublisher();
  const alerts: AlertDeps = {
    ledger: new MemoryStore(),
    publisher,
    matcher: watches.matcher,
    now: () => '2026-11-29T12:00:00.000Z',
    subscribers,
    stories: new MemorySignatureStore(),
  };
  const original = parseNormalForm(seed(3), { url: 'https://www.globalresearch.ca/maskanah/5593800' });
  const copy = parseNormalForm(seed(3).replace(/^.*\n/, 'ISIS loses Maskanah\n'), {
    url: 'https://www.mondialisation.ca/maskanah/5593801',
  });
  return { alerts, publisher, original, copy };
}

describe('alertArticle with subscribers and stories', () => {
  // Regression: the same story at two URLs, or republished by another outlet, alerted twice.
  it('sends a subscriber one message per story: a copy at another outlet finds the story alerted', async () => {
    const { alerts, publisher, original, copy } = storyCase();
    expect((await alertArticle(original, {}, alerts)).deliveries.map((d) => d.status)).toEqual(['sent']);
    const second = await alertArticle(copy, {}, alerts);
    expect(second.story).toMatchObject({ storyId: original.id, copyOf: original.id });
    expect(second.deliveries.map((d) => d.status)).toEqual(['before']);
    expect(publisher.sent).toHaveLength(1);
  });

  // Regression: a story and its copy alerted side by side (replay works on 64 files at once) both found
  // no earlier copy and reached the subscriber twice.
  it('sends one message for a story and its copy alerted concurrently', async () => {
    const { alerts, publisher, original, copy } = storyCase();
    await Promise.all([alertArticle(original, {}, alerts), alertArticle(copy, {}, alerts)]);
    expect(publisher.sent).toHaveLength(1);
  });
});

describe('alertArticle when the run must stop', () => {
  // Regression (AWS): a batch that ran out of time left claims pending that the stream's retry then took as sent.
  it('claims nothing more, and fails the rest retryably, once told to stop', async () => {
    const config = OperatorConfigSchema.parse({
      feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
      subscribers: [
        { email: 'desk@example.org', watches: ['Deir Ezzor'] },
        { email: 'analyst@example.org', watches: ['ISIS'] },
      ],
    });
    const { watches, subscribers } = resolveSubscribers(config);
    const store = new MemoryStore();
    const publisher = new RecordingPublisher();
    let published = 0;
    const alerts: AlertDeps = {
      ledger: store,
      publisher: {
        publish: (m) => {
          published += 1;
          return publisher.publish(m);
        },
      },
      matcher: watches.matcher,
      now,
      subscribers,
      shouldStop: () => published >= 1,
    };
    const article = parseNormalForm(seed(3));
    const first = await alertArticle(article, {}, alerts);
    expect(first.deliveries.map((d) => [d.status, d.failed?.retryable])).toEqual([
      ['sent', undefined],
      ['failed', true],
    ]);
    expect(store.alerts.size).toBe(1);
    const retry = await alertArticle(article, {}, { ...alerts, shouldStop: () => false });
    expect(retry.deliveries.map((d) => d.status)).toEqual(['before', 'sent']);
    expect(publisher.sent).toHaveLength(2);
  });
});

/** A daily-digest subscriber on Deir Ezzor beside an immediate one, with stories told apart. */
function digestCase() {
  const config = OperatorConfigSchema.parse({
    feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
    subscribers: [
      { email: 'desk@example.org', watches: ['Deir Ezzor'] },
      { email: 'analyst@example.org', watches: ['Deir Ezzor'], delivery: 'daily', at: '07:00' },
    ],
  });
  const { watches, subscribers } = resolveSubscribers(config);
  const publisher = new RecordingPublisher();
  const ledger = new MemoryStore();
  const digests = new MemoryDigestQueue();
  const alerts: AlertDeps = {
    ledger,
    publisher,
    matcher: watches.matcher,
    now: () => '2026-11-29T12:00:00.000Z',
    subscribers,
    stories: new MemorySignatureStore(),
    digests,
  };
  const analyst = subscribers[1]?.id ?? '';
  return { ...storyCase(), alerts, publisher, ledger, digests, analyst };
}

describe('alertArticle for a digest subscriber', () => {
  it('queues the story for their digest instead of publishing, and alerts the immediate subscriber', async () => {
    const { alerts, publisher, digests, ledger, original, analyst } = digestCase();
    const outcome = await alertArticle(original, {}, alerts);
    expect(outcome.deliveries.map((d) => [d.subscriber?.email, d.status])).toEqual([
      ['desk@example.org', 'sent'],
      ['analyst@example.org', 'queued'],
    ]);
    expect(publisher.sent).toHaveLength(1);
    const [queued] = await digests.waiting(analyst, '2026-11-30T07:00:00.000Z');
    expect(queued).toMatchObject({
      storyId: original.id,
      articleId: original.id,
      watches: ['Deir Ezzor'],
      queuedAt: '2026-11-29T12:00:00.000Z',
    });
    expect(queued?.copy).toBeUndefined();
    expect(ledger.alerts.get(`${original.id}#${analyst}`)).toMatchObject({ status: 'sent', messageId: 'digest:daily' });
  });

  it('queues a story once: the same article again is held', async () => {
    const { alerts, digests, original, analyst } = digestCase();
    await alertArticle(original, {}, alerts);
    const again = await alertArticle(original, {}, alerts);
    expect(again.deliveries.map((d) => d.status)).toEqual(['before', 'before']);
    expect(await digests.waiting(analyst, '2026-11-30T07:00:00.000Z')).toHaveLength(1);
  });

  it('queues a copy at another outlet beside its story, to be named under it', async () => {
    const { alerts, digests, original, copy, analyst } = digestCase();
    await alertArticle(original, {}, alerts);
    const second = await alertArticle(copy, {}, alerts);
    expect(second.deliveries.map((d) => d.status)).toEqual(['before', 'before']);
    const waiting = await digests.waiting(analyst, '2026-11-30T07:00:00.000Z');
    expect(waiting.map((e) => [e.articleId, e.storyId, e.copy])).toEqual([
      [original.id, original.id, undefined],
      [copy.id, original.id, true],
    ]);
  });

  it('fails retryably when the queue cannot be written, and queues it on the next try', async () => {
    const { alerts, digests, original, analyst } = digestCase();
    digests.failures = 1;
    const first = await alertArticle(original, {}, alerts);
    expect(first.deliveries[1]).toMatchObject({
      status: 'failed',
      failed: { retryable: true, error: 'not queued for the daily digest: queue not writable' },
    });
    const retry = await alertArticle(original, {}, alerts);
    expect(retry.deliveries.map((d) => d.status)).toEqual(['before', 'queued']);
    expect(await digests.waiting(analyst, '2026-11-30T07:00:00.000Z')).toHaveLength(1);
  });

  it('refuses to run for digest subscribers without a queue', async () => {
    const { alerts, original } = digestCase();
    const { digests: _none, ...withoutQueue } = alerts;
    await expect(alertArticle(original, {}, withoutQueue)).rejects.toThrow(
      'analyst@example.org takes a daily digest, and no digest queue was given',
    );
  });
});

describe('alertArticle after a run that died publishing', () => {
  // Regression: a replay killed between writing an alert and recording it sent (SIGKILL) sent it again.
  it('records, and does not send again, an alert its publisher says went out under the key', async () => {
    const d = deps(['Deir Ezzor']);
    const article = parseNormalForm(seed(3));
    const publisher = Object.assign(new RecordingPublisher(), {
      sentBefore: async (key: string) => (key === article.id ? 'local-earlier' : undefined),
    });
    // The run that died: its claim left pending, abandoned by now.
    await d.store.claim(article.id, ['Deir Ezzor'], '2026-11-21T00:00:00.000Z');
    d.store.staleClaimsBefore = '2026-11-21T12:00:00.000Z';
    const outcome = await alertArticle(article, {}, { ...d.alerts, publisher });
    expect(outcome.deliveries.map((x) => [x.status, 'messageId' in x ? x.messageId : undefined])).toEqual([
      ['before', 'local-earlier'],
    ]);
    expect(publisher.sent).toEqual([]);
    expect(d.store.alerts.get(article.id)).toMatchObject({ status: 'sent', messageId: 'local-earlier' });
  });

  // Regression (review): a second `replay --store memory --outbox out.jsonl` sent nothing, every alert found in
  // the outbox of the first.
  it('asks the publisher only for a claim it took over, not for one it made afresh', async () => {
    const d = deps(['Deir Ezzor']);
    const publisher = Object.assign(new RecordingPublisher(), { sentBefore: async () => 'local-earlier' });
    const outcome = await alertArticle(parseNormalForm(seed(3)), {}, { ...d.alerts, publisher });
    expect(outcome.deliveries.map((x) => x.status)).toEqual(['sent']);
    expect(publisher.sent).toHaveLength(1);
  });
});

describe('alertArticle for a digest subscriber when a copy leads', () => {
  // Regression (review): the original's queue write failed, its copy then took the story's claim and was
  // queued as a copy, the original's retry found the claim held, and the digest had no story to list.
  it('lists the story whichever of its articles took the claim first', async () => {
    const { alerts, digests, original, copy, analyst } = digestCase();
    digests.failures = 1;
    await alertArticle(original, {}, alerts);
    await alertArticle(copy, {}, alerts);
    await alertArticle(original, {}, alerts);
    const waiting = await digests.waiting(analyst, '2026-11-30T07:00:00.000Z');
    expect(waiting.map((e) => [e.articleId, e.copy])).toEqual([
      [copy.id, undefined],
      [original.id, true],
    ]);
    const analystSubscriber = {
      email: 'analyst@example.org',
      id: analyst,
      watches: new Set(['Deir Ezzor']),
      delivery: 'daily' as const,
    };
    const message = composeDigest(
      analystSubscriber,
      waiting,
      digestPeriod('daily', '07:00', 'monday', '2026-11-30T07:05:00Z'),
    );
    expect(message?.ids).toEqual([copy.id, original.id]);
    expect(message?.text).toContain('1 new story');
  });
});
