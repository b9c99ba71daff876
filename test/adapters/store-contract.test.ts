import { describe, expect, it } from 'vitest';
import { DynamoRepository } from '../../functions/adapters/dynamodb/dynamo-repository.js';
import { ExclusiveWriter } from '../../functions/adapters/dynamodb/exclusive-writer.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import type { AlertLedger, ArticleStore, FeedStateStore, StoredArticle } from '../../functions/core/ports.js';
import { MemoryStore } from '../support/memory-ports.js';
import { freshTables } from '../support/fresh-tables.js';
import { seed } from '../support/seeds.js';

/**
 * The ports' contract, run against every implementation: the maps the core's
 * tests use and the DynamoDB repository on dynalite, with either writer. A
 * case that passes on the maps and fails on the table (or the reverse) means
 * the core's tests are testing a different store from the one that runs.
 */
type Store = ArticleStore & AlertLedger & FeedStateStore;

const { db, table: freshTable } = freshTables('contract');

/** Each store, its abandoned claims being those made before `stale` (none by default). */
const FACTORIES: [string, (stale?: string) => Promise<Store>][] = [
  ['the in-memory ports', async (stale = '0') => Object.assign(new MemoryStore(), { staleClaimsBefore: stale })],
  [
    'DynamoRepository, conditional puts (AWS)',
    async (stale = '0') => new DynamoRepository(db().client, await freshTable(), undefined, () => stale),
  ],
  [
    'DynamoRepository, batched puts (embedded store)',
    async (stale = '0') => {
      const table = await freshTable();
      return new DynamoRepository(db().client, table, new ExclusiveWriter(db().client, table), () => stale);
    },
  ],
];

const article = (n: number): StoredArticle => ({
  ...parseNormalForm(seed(n)),
  ingestedAt: '2026-11-22T00:00:00.000Z',
});

describe.each(FACTORIES)('the store contract: %s', (_label, open) => {
  it('stores an article once: a second put of its id says it was known', async () => {
    const store = await open();
    const a = article(3);
    expect(await store.putIfAbsent(a)).toBe(true);
    expect(await store.putIfAbsent({ ...a, title: 'changed' })).toBe(false);
    expect(await store.knownIds([a.id, 'never-stored'])).toEqual(new Set([a.id]));
  });

  it('gives back the article as first stored, with its lists, and nothing for an unknown id', async () => {
    const store = await open();
    const a = article(3);
    await store.putIfAbsent(a);
    expect(await store.getArticle(a.id)).toEqual(a);
    expect(await store.getArticle('never-stored')).toBeUndefined();
  });

  it('says new exactly once when one article is put eight times at once', async () => {
    const store = await open();
    const answers = await Promise.all(Array.from({ length: 8 }, () => store.putIfAbsent(article(1))));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('knows no ids in an empty store, and takes an empty list', async () => {
    const store = await open();
    expect(await store.knownIds(['a', 'b'])).toEqual(new Set());
    expect(await store.knownIds([])).toEqual(new Set());
  });

  it('gives back the feed state it saved, the last one saved, and nothing for an unknown feed', async () => {
    const store = await open();
    const url = 'https://www.enabbaladi.net/feed/';
    expect(await store.getFeedState(url)).toBeUndefined();
    await store.saveFeedState({ url, etag: '"v1"', failures: 0, lastPolledAt: '2026-11-22T00:00:00.000Z' });
    await store.saveFeedState({ url, etag: '"v2"', failures: 2, lastError: 'HTTP 503' });
    expect(await store.getFeedState(url)).toEqual({ url, etag: '"v2"', failures: 2, lastError: 'HTTP 503' });
  });

  it('claims an alert once; once sent it is never claimed again', async () => {
    const store = await open();
    expect(await store.claim('a1', ['ISIS'], 't0')).toBe('claimed');
    expect(await store.claim('a1', ['ISIS'], 't1')).toBe('held');
    await store.markSent('a1', { messageId: 'm-1', watches: ['ISIS', 'SDF'], at: 't2' });
    expect(await store.claim('a1', ['ISIS'], 't3')).toBe('held');
    expect(await store.reclaimFailed('a1', ['ISIS'], 't3')).toBe('held');
  });

  it('reclaims only a surely failed alert: none before any claim, held while pending, claimed after a failure', async () => {
    const store = await open();
    expect(await store.reclaimFailed('a2', ['SDF'], 't0')).toBe('none');
    expect(await store.claim('a2', ['SDF'], 't0')).toBe('claimed');
    expect(await store.reclaimFailed('a2', ['SDF'], 't1')).toBe('held');
    await store.markFailed('a2', { error: 'Throttled', at: 't1' });
    expect(await store.reclaimFailed('a2', ['SDF'], 't2')).toBe('claimed');
    expect(await store.reclaimFailed('a2', ['SDF'], 't3')).toBe('held');
  });

  it('lets a failed alert be claimed again by one of two racing claims', async () => {
    const store = await open();
    expect(await store.claim('a3', ['SDF'], 't0')).toBe('claimed');
    await store.markFailed('a3', { error: 'Throttled', at: 't1' });
    const [reclaimed, claimed] = await Promise.all([
      store.reclaimFailed('a3', ['SDF'], 't2'),
      store.claim('a3', ['SDF'], 't2'),
    ]);
    expect([reclaimed === 'claimed', claimed === 'reclaimed'].filter(Boolean)).toHaveLength(1);
    expect(claimed).not.toBe('claimed');
    expect(await store.claim('a3', ['SDF'], 't3')).toBe('held');
  });

  it('keeps a pending claim from every later claim while its holder may be alive', async () => {
    const store = await open();
    expect(await store.claim('a4', ['SDF'], '2026-11-29T10:00:00Z')).toBe('claimed');
    expect(await store.claim('a4', ['SDF'], '2026-11-29T10:01:00Z')).toBe('held');
    expect(await store.reclaimFailed('a4', ['SDF'], '2026-11-29T10:01:00Z')).toBe('held');
  });

  // Regression: a claim left pending by a run that died before publishing was never sent.
  it('lets one claim take over a claim abandoned before the stale time, once', async () => {
    const store = await open('2026-11-29T10:05:00Z');
    expect(await store.claim('a5', ['SDF'], '2026-11-29T10:00:00Z')).toBe('claimed');
    const [first, second] = await Promise.all([
      store.claim('a5', ['SDF'], '2026-11-29T10:06:00Z'),
      store.reclaimFailed('a5', ['SDF'], '2026-11-29T10:06:00Z'),
    ]);
    // A take-over says so: its holder may have published before it died.
    expect([first === 'reclaimed', second === 'claimed'].filter(Boolean)).toHaveLength(1);
    expect(first).not.toBe('claimed');
    expect(await store.claim('a5', ['SDF'], '2026-11-29T10:07:00Z')).toBe('held');
  });

  it('never claims again an alert whose publish may have gone out', async () => {
    const store = await open('9999');
    expect(await store.claim('a6', ['SDF'], '2026-11-29T10:00:00Z')).toBe('claimed');
    await store.markUncertain('a6', { error: 'timed out after sending', at: '2026-11-29T10:01:00Z' });
    expect(await store.claim('a6', ['SDF'], '2026-11-29T10:02:00Z')).toBe('held');
    expect(await store.reclaimFailed('a6', ['SDF'], '2026-11-29T10:02:00Z')).toBe('held');
  });
});
