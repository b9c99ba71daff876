import { describe, expect, it } from 'vitest';
import type { ArticleOrigin } from '../../functions/core/article.js';
import { alertArticle } from '../../functions/core/alert-article.js';
import { type IngestDeps, ingestArticle } from '../../functions/core/ingest-article.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { RecordingPublisher } from '../support/memory-ports.js';
import { seed } from '../support/seeds.js';
import { deps, now, watching } from '../support/alert-deps.js';

/** A seed file ingested as replay ingests it. */
const ingest = (text: string, origin: ArticleOrigin, d: IngestDeps) =>
  ingestArticle(parseNormalForm(text, origin), origin, d);

describe('ingestArticle', () => {
  it('stores a new article and sends its one alert', async () => {
    const d = deps(['Deir Ezzor']);
    const out = await ingest(seed(3), { file: 'seeds/003.txt' }, d);
    expect(out.isNew).toBe(true);
    expect(out.alert?.deliveries).toMatchObject([{ status: 'sent', messageId: 'msg-1', watches: ['Deir Ezzor'] }]);
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
    await ingest(seed(3), {}, d);
    const again = await ingest(seed(3), {}, d);
    expect(again.isNew).toBe(false);
    expect(again.alert?.deliveries.map((d) => d.status)).toEqual(['before']);
    expect(d.publisher.sent).toHaveLength(1);
  });

  it('stores but does not alert an article that matches no watch', async () => {
    const d = deps(['Deir Ezzor']);
    const out = await ingest(seed(0), {}, d);
    expect(out.isNew).toBe(true);
    expect(out.alert?.hits).toEqual([]);
    expect(d.publisher.sent).toEqual([]);
    expect(d.store.alerts.size).toBe(0);
  });

  it('stores the article when the publish surely fails, and sends the alert once on the next run', async () => {
    const d = deps(['Deir Ezzor'], new RecordingPublisher(1, 'no'));
    const first = await ingest(seed(3), {}, d);
    expect(first).toMatchObject({
      isNew: true,
      alert: { deliveries: [{ status: 'failed', failed: { error: 'publish failed', retryable: true } }] },
    });
    expect(d.store.alerts.get(first.article.id)?.status).toBe('failed');
    const retry = await ingest(seed(3), {}, d);
    expect(retry.isNew).toBe(false);
    expect(retry.alert?.deliveries).toMatchObject([{ status: 'sent', messageId: 'msg-1' }]);
    await ingest(seed(3), {}, d);
    expect(d.publisher.sent).toHaveLength(1);
  });

  it('never sends again an alert whose publish may have gone out', async () => {
    const d = deps(['Deir Ezzor'], new RecordingPublisher(1, 'unknown'));
    const first = await ingest(seed(3), {}, d);
    expect(first.alert?.deliveries[0]?.failed).toEqual({ error: 'publish failed', retryable: false });
    expect(d.store.alerts.get(first.article.id)?.status).toBe('uncertain');
    const again = await ingest(seed(3), {}, d);
    expect(again.alert?.deliveries.map((d) => d.status)).toEqual(['before']);
    expect(d.publisher.sent).toHaveLength(0);
  });

  it('does not alert an article stored before, however the watch list changed', async () => {
    const d = deps(['Nowhere at all']);
    await ingest(seed(3), {}, d);
    const later = await ingest(seed(3), {}, watching(d, ['Deir Ezzor']));
    expect(later).toMatchObject({ isNew: false, alert: { deliveries: [] } });
    expect(d.publisher.sent).toHaveLength(0);
  });
});

describe('ingestArticle after a run that died', () => {
  // Regression: an article stored by a run killed before its alert was claimed was "known" ever after.
  it('alerts an article stored but never decided, once, on the next run', async () => {
    const d = deps(['Deir Ezzor']);
    const article = parseNormalForm(seed(3));
    await d.store.putIfAbsent({ ...article, ingestedAt: now(), alertDue: true });
    const next = await ingestArticle(article, {}, d);
    expect(next.isNew).toBe(false);
    expect(next.alert?.deliveries.map((x) => x.status)).toEqual(['sent']);
    const again = await ingestArticle(article, {}, d);
    expect(again.alert?.deliveries.map((x) => x.status)).toEqual(['before']);
    expect(d.publisher.sent).toHaveLength(1);
  });

  // Regression: a claim left pending by a run that died before publishing was never sent.
  it('takes over a claim an earlier run left pending, and sends it once', async () => {
    const d = deps(['Deir Ezzor']);
    const article = parseNormalForm(seed(3));
    await ingestArticle(article, {}, watching(d, ['Nowhere']));
    await d.store.claim(article.id, ['Deir Ezzor'], '2026-11-22T00:00:00.000Z');
    d.store.staleClaimsBefore = '2026-11-23T00:00:00.000Z';
    const next = await alertArticle(article, {}, d.alerts);
    expect(next.deliveries.map((x) => x.status)).toEqual(['sent']);
    expect(d.publisher.sent).toHaveLength(1);
  });
});
