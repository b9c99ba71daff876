import { describe, expect, it } from 'vitest';
import { alertArticle, ingestArticle, type IngestDeps } from '../../functions/core/ingest-article.js';
import { buildMatcher } from '../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON } from '../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../functions/core/watches/watch-list.js';
import { MemoryStore, RecordingPublisher } from '../support/memory-ports.js';
import { seed } from '../support/seeds.js';

function deps(
  watches: string[],
  publisher = new RecordingPublisher(),
): IngestDeps & { store: MemoryStore; publisher: RecordingPublisher } {
  const store = new MemoryStore();
  return {
    store,
    ledger: store,
    publisher,
    matcher: buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, watches)),
    now: () => '2026-11-22T00:00:00.000Z',
  };
}

describe('ingestArticle', () => {
  it('stores a new article and sends its one alert', async () => {
    const d = deps(['Deir Ezzor']);
    const out = await ingestArticle(seed(3), { file: 'seeds/003.txt' }, d);
    expect(out.isNew).toBe(true);
    expect(out.sent?.messageId).toBe('msg-1');
    expect(d.publisher.sent).toHaveLength(1);
    expect(d.store.articles.get(out.article.id)).toMatchObject({
      title: out.article.title,
      file: 'seeds/003.txt',
      ingestedAt: '2026-11-22T00:00:00.000Z',
    });
    expect(d.store.alerts.get(out.article.id)).toEqual({ status: 'sent', watches: ['Deir Ezzor'], messageId: 'msg-1' });
  });

  it('stores and alerts nothing the second time', async () => {
    const d = deps(['Deir Ezzor']);
    await ingestArticle(seed(3), {}, d);
    const again = await ingestArticle(seed(3), {}, d);
    expect(again.isNew).toBe(false);
    expect(again.sent).toBeUndefined();
    expect(again.alreadyAlerted).toBe(true);
    expect(d.publisher.sent).toHaveLength(1);
  });

  it('stores but does not alert an article that matches no watch', async () => {
    const d = deps(['Deir Ezzor']);
    const out = await ingestArticle(seed(0), {}, d);
    expect(out.isNew).toBe(true);
    expect(out.hits).toEqual([]);
    expect(d.publisher.sent).toEqual([]);
    expect(d.store.alerts.size).toBe(0);
  });

  it('stores the article when the publish surely fails, and sends the alert once on the next run', async () => {
    const d = deps(['Deir Ezzor'], new RecordingPublisher(1, 'no'));
    const first = await ingestArticle(seed(3), {}, d);
    expect(first).toMatchObject({ isNew: true, failed: { error: 'publish failed', retryable: true } });
    expect(d.store.alerts.get(first.article.id)?.status).toBe('failed');
    const retry = await ingestArticle(seed(3), {}, d);
    expect(retry.isNew).toBe(false);
    expect(retry.sent?.messageId).toBe('msg-1');
    await ingestArticle(seed(3), {}, d);
    expect(d.publisher.sent).toHaveLength(1);
  });

  it('never sends again an alert whose publish may have gone out', async () => {
    const d = deps(['Deir Ezzor'], new RecordingPublisher(1, 'unknown'));
    const first = await ingestArticle(seed(3), {}, d);
    expect(first.failed).toEqual({ error: 'publish failed', retryable: false });
    expect(d.store.alerts.get(first.article.id)?.status).toBe('pending');
    const again = await ingestArticle(seed(3), {}, d);
    expect(again.sent).toBeUndefined();
    expect(d.publisher.sent).toHaveLength(0);
  });

  it('does not alert an article stored before, however the watch list changed', async () => {
    const d = deps(['Nowhere at all']);
    await ingestArticle(seed(3), {}, d);
    const later = await ingestArticle(
      seed(3),
      {},
      { ...d, matcher: buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, ['Deir Ezzor'])) },
    );
    expect(later).toMatchObject({ isNew: false, alreadyAlerted: false });
    expect(later.sent).toBeUndefined();
    expect(d.publisher.sent).toHaveLength(0);
  });
});

describe('alertArticle', () => {
  it('sends one alert when the same article is alerted concurrently', async () => {
    const d = deps(['ISIS']);
    const article = (
      await ingestArticle(
        seed(1),
        {},
        { ...d, matcher: buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, ['Nowhere'])) },
      )
    ).article;
    const outcomes = await Promise.all([1, 2, 3].map(() => alertArticle(article, {}, d)));
    expect(outcomes.filter((o) => o.sent)).toHaveLength(1);
    expect(outcomes.filter((o) => o.alreadyAlerted)).toHaveLength(2);
    expect(d.publisher.sent).toHaveLength(1);
  });
});
