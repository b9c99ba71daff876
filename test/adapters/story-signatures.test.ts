import { describe, expect, it } from 'vitest';
import {
  DynamoStorySignatures,
  MAX_BAND_IDS,
  MAX_CANDIDATES,
} from '../../functions/adapters/dynamodb/story-signatures.js';
import { ExclusiveWriter } from '../../functions/adapters/dynamodb/exclusive-writer.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { findEarlierCopy } from '../../functions/core/stories/find-earlier-copy.js';
import { MemorySignatureStore } from '../../functions/core/stories/memory-signature-store.js';
import type { StorySignatureStore } from '../../functions/core/stories/story-signature-store.js';
import { freshTables } from '../support/fresh-tables.js';
import { seed } from '../support/seeds.js';

const { db, table: freshTable } = freshTables('stories');

const STORES: [string, () => Promise<StorySignatureStore>][] = [
  ['in memory', async () => new MemorySignatureStore()],
  ['DynamoDB (dynalite)', async () => new DynamoStorySignatures(db().client, await freshTable())],
  [
    'DynamoDB (dynalite), batched as the embedded store writes',
    async () => {
      const name = await freshTable();
      return new DynamoStorySignatures(db().client, name, new ExclusiveWriter(db().client, name));
    },
  ],
];

const now = '2026-11-29T12:00:00.000Z';
const original = parseNormalForm(seed(3), { url: 'https://www.globalresearch.ca/video-isis-maskanah/5593800' });
// The same report republished elsewhere: another headline, its lede cut, a note of the other outlet's above it.
const copy = {
  ...original,
  id: 'copy-at-mondialisation',
  title: 'ISIS loses Maskanah',
  lede: '',
  body: ['This report first appeared on South Front.', ...original.body],
};

describe.each(STORES)('story signatures, %s', (_label, open) => {
  it('finds the first article of a story from a later copy of it, and a story of its own for another', async () => {
    const store = await open();
    expect(await findEarlierCopy(original, store, { now })).toEqual({ storyId: original.id });
    const found = await findEarlierCopy(copy, store, { now });
    expect(found).toMatchObject({ storyId: original.id, copyOf: original.id });
    const other = parseNormalForm(seed(0));
    expect((await findEarlierCopy(other, store, { now })).storyId).toBe(other.id);
  });

  it('gives the same answer when the same article comes again (a replay, a retried invocation)', async () => {
    const store = await open();
    await findEarlierCopy(original, store, { now });
    await findEarlierCopy(copy, store, { now });
    expect(await findEarlierCopy(copy, store, { now })).toMatchObject({ storyId: original.id, copyOf: original.id });
  });

  it('forgets a story once its entries have expired', async () => {
    const store = await open();
    await findEarlierCopy(original, store, { now, keepDays: 1 });
    const later = await findEarlierCopy(copy, store, { now: '2026-12-05T12:00:00.000Z' });
    expect(later).toEqual({ storyId: copy.id });
  });
});

describe.each([false, true])('DynamoStorySignatures under text many articles share (batched: %s)', (batched) => {
  const signature = (n: number) => ({ hashes: new Int32Array(32).fill(n), shingles: 100 });
  const entry = (articleId: string, n = 1) => ({
    articleId,
    storyId: articleId,
    signature: signature(n),
    expiresAt: 1_900_000_000,
  });

  let tableName = '';
  async function table(): Promise<DynamoStorySignatures> {
    tableName = await freshTable();
    return new DynamoStorySignatures(
      db().client,
      tableName,
      batched ? new ExclusiveWriter(db().client, tableName) : undefined,
    );
  }

  it(`reads at most ${MAX_CANDIDATES} signatures, those sharing the most bands first`, async () => {
    const store = await table();
    for (let i = 0; i < MAX_CANDIDATES + 10; i += 1)
      await store.add(entry(`common-${String(i).padStart(3, '0')}`), ['b0']);
    await store.add(entry('the-copy'), ['b0', 'b1', 'b2']);
    const found = await store.findCandidates(['b0', 'b1', 'b2']);
    expect(found).toHaveLength(MAX_CANDIDATES);
    expect(found.map((e) => e.articleId)).toContain('the-copy');
  });

  it(`stops a band growing past ${MAX_BAND_IDS} articles, and still records the article under its other bands`, async () => {
    const store = await table();
    const ids = Array.from({ length: MAX_BAND_IDS }, (_, i) => `a${i}`);
    // Straight into the band item: a thousand adds through the store would take the test's whole budget.
    const { UpdateItemCommand } = await import('@aws-sdk/client-dynamodb');
    await db().client.send(
      new UpdateItemCommand({
        TableName: tableName,
        Key: { pk: { S: 'STORY#full' } },
        UpdateExpression: 'ADD articles :ids',
        ExpressionAttributeValues: { ':ids': { SS: ids } },
      }),
    );
    await store.add(entry('late'), ['full', 'free']);
    const found = await store.findCandidates(['free']);
    expect(found.map((e) => e.articleId)).toEqual(['late']);
    const { GetItemCommand } = await import('@aws-sdk/client-dynamodb');
    const band = await db().client.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: 'STORY#full' } } }));
    expect(band.Item?.['articles']?.SS).toHaveLength(MAX_BAND_IDS);
  });
});
