import { describe, expect, it } from 'vitest';
import { MemorySignatureStore } from '../../../functions/core/stories/memory-signature-store.js';
import type { StoryEntry } from '../../../functions/core/stories/story-signature-store.js';

const entry = (articleId: string, expiresAt = 100): StoryEntry => ({
  articleId,
  storyId: articleId,
  signature: { hashes: new Int32Array([1, 2]), shingles: 20 },
  expiresAt,
});

describe('MemorySignatureStore', () => {
  it('finds an entry by any of its band keys, once', async () => {
    const store = new MemorySignatureStore();
    await store.add(entry('a'), ['00#x', '01#y']);
    await store.add(entry('b'), ['01#z']);
    expect((await store.findCandidates(['00#x', '01#y'])).map((e) => e.articleId)).toEqual(['a']);
    expect((await store.findCandidates(['01#z', '02#q'])).map((e) => e.articleId)).toEqual(['b']);
    expect(await store.findCandidates([])).toEqual([]);
  });

  it('replaces an article added again, keys and all', async () => {
    const store = new MemorySignatureStore();
    await store.add(entry('a'), ['00#old']);
    await store.add({ ...entry('a'), storyId: 's' }, ['00#new']);
    expect(await store.findCandidates(['00#old'])).toEqual([]);
    expect((await store.findCandidates(['00#new']))[0]?.storyId).toBe('s');
    expect(store.size).toBe(1);
  });

  it('drops expired entries when told the time', async () => {
    const store = new MemorySignatureStore();
    await store.add(entry('old', 50), ['00#k']);
    await store.add(entry('new', 150), ['00#k']);
    store.expire(100);
    expect((await store.findCandidates(['00#k'])).map((e) => e.articleId)).toEqual(['new']);
  });
});
