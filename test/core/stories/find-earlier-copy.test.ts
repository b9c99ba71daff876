import { describe, expect, it } from 'vitest';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { DEFAULT_KEEP_DAYS, findEarlierCopy } from '../../../functions/core/stories/find-earlier-copy.js';
import { MemorySignatureStore } from '../../../functions/core/stories/memory-signature-store.js';
import type { StorySignatureStore } from '../../../functions/core/stories/story-signature-store.js';
import { seed } from '../../support/seeds.js';

const NOW = '2017-06-06T08:00:00Z';
const NOW_SECONDS = Date.parse(NOW) / 1000;

function story(id: string, n: number, edit: (body: string[]) => string[] = (b) => b) {
  const a = parseNormalForm(seed(n));
  return { id, lede: a.lede, body: edit(a.body) };
}

describe('findEarlierCopy', () => {
  it('makes the first article of a story its own story, and records it', async () => {
    const store = new MemorySignatureStore();
    expect(await findEarlierCopy(story('gr-002', 2), store, { now: NOW })).toEqual({ storyId: 'gr-002' });
    expect(store.size).toBe(1);
  });

  it('names the earlier article a later copy repeats (South Front report reposted with chrome and a paragraph cut)', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(story('gr-003', 3), store, { now: NOW });
    const repost = story('mc-003', 3, (body) => [
      'Share: Facebook | Twitter',
      ...body.slice(0, 5),
      ...body.slice(6),
      'Related articles',
    ]);
    const decision = await findEarlierCopy(repost, store, { now: NOW });
    expect(decision.storyId).toBe('gr-003');
    expect(decision.copyOf).toBe('gr-003');
    expect(decision.similarity).toBeGreaterThan(0.8);
  });

  it('keeps a different report of the same front its own story', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(story('gr-002', 2), store, { now: NOW });
    expect(await findEarlierCopy(story('gr-003', 3), store, { now: NOW })).toEqual({ storyId: 'gr-003' });
  });

  it('gives a copy of a copy the story of the first article', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(story('first', 1), store, { now: NOW });
    await findEarlierCopy(
      story('second', 1, (b) => b.slice(0, -3)),
      store,
      { now: NOW },
    );
    const third = await findEarlierCopy(
      story('third', 1, (b) => b.slice(0, -4)),
      store,
      { now: NOW },
    );
    expect(third.storyId).toBe('first');
  });

  it('gives the same answer when the same article comes again (a replay, a retried Lambda)', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(story('original', 2), store, { now: NOW });
    const copy = story('copy', 2, (b) => ['Reposted from South Front.', ...b]);
    const first = await findEarlierCopy(copy, store, { now: NOW });
    expect(await findEarlierCopy(copy, store, { now: NOW })).toEqual({ storyId: 'original', copyOf: 'original' });
    expect(first).toMatchObject({ storyId: 'original', copyOf: 'original' });
    expect(await findEarlierCopy(story('original', 2), store, { now: NOW })).toEqual({ storyId: 'original' });
    expect(store.size).toBe(2);
  });

  it('forgets an article once its signature has expired', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(story('old', 4), store, { now: NOW, keepDays: 2 });
    const later = new Date(Date.parse(NOW) + 3 * 86_400_000).toISOString();
    expect(await findEarlierCopy(story('new', 4), store, { now: later })).toEqual({ storyId: 'new' });
  });

  it('keeps a signature for DEFAULT_KEEP_DAYS unless told otherwise', async () => {
    const added: number[] = [];
    const store: StorySignatureStore = {
      findCandidates: async () => [],
      add: async (entry) => {
        added.push(entry.expiresAt);
      },
    };
    await findEarlierCopy(story('a', 0), store, { now: NOW });
    await findEarlierCopy(story('b', 0), store, { now: NOW, keepDays: 1 });
    expect(added).toEqual([NOW_SECONDS + DEFAULT_KEEP_DAYS * 86_400, NOW_SECONDS + 86_400]);
  });

  it('neither matches nor records an article too short to tell', async () => {
    const store = new MemorySignatureStore();
    const caption = { id: 'v1', lede: '', body: ['Video: Syrian Army Advances Near Palmyra'] };
    expect(await findEarlierCopy(caption, store, { now: NOW })).toEqual({ storyId: 'v1' });
    expect(await findEarlierCopy({ ...caption, id: 'v2' }, store, { now: NOW })).toEqual({ storyId: 'v2' });
    expect(store.size).toBe(0);
  });

  it('picks the most alike of several earlier articles', async () => {
    const store = new MemorySignatureStore();
    await findEarlierCopy(
      story('half', 1, (b) => b.slice(0, 12)),
      store,
      { now: NOW },
    );
    await findEarlierCopy(
      story('most', 1, (b) => b.slice(0, -1)),
      store,
      { now: NOW },
    );
    const decision = await findEarlierCopy(story('full', 1), store, { now: NOW });
    expect(decision.copyOf).toBe('most');
  });

  it('refuses a time that is not one', async () => {
    await expect(findEarlierCopy(story('a', 0), new MemorySignatureStore(), { now: 'yesterday' })).rejects.toThrow(
      /not an ISO time/,
    );
  });

  it('lets a failing store fail the call, recording nothing', async () => {
    let adds = 0;
    const store: StorySignatureStore = {
      findCandidates: async () => {
        throw new Error('throttled');
      },
      add: async () => {
        adds++;
      },
    };
    await expect(findEarlierCopy(story('a', 0), store, { now: NOW })).rejects.toThrow('throttled');
    expect(adds).toBe(0);
  });
});
