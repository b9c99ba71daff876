import type { Article } from '../core/article.js';
import type { AlertDelivery, AlertOutcome, QueuedDelivery } from '../core/alert-article.js';
import type { IngestOutcome } from '../core/ingest-article.js';
import type { WatchHit } from '../core/watches/match-article.js';
import type { ReplayEvent, ReplaySummary } from './replay-files.js';

/** now (some alert went out or was queued now), failed, before (its alerts went out earlier), or no. */
export function alertedState(outcome: AlertOutcome): 'now' | 'before' | 'failed' | 'no' {
  const { deliveries } = outcome;
  if (deliveries.some((d) => d.status === 'sent' || d.status === 'queued')) return 'now';
  if (deliveries.some((d) => d.status === 'failed')) return 'failed';
  return deliveries.length > 0 ? 'before' : 'no';
}

/**
 * The JSON lines of one stored article, of each alert that went out for it
 * (one per subscriber, or one naming every watch when there are none) and of
 * each story queued for a subscriber's digest: the contract outside checks
 * read. `origin` says where it came from (file, or
 * feed and url) on every line; `extra` adds to the article line.
 */
export function articleLines(
  { article, isNew, alert: outcome, tooOld }: IngestOutcome,
  origin: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): object[] {
  const failed = outcome?.deliveries.find((d) => d.status === 'failed');
  const lines: object[] = [
    {
      type: 'article',
      ...origin,
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      new: isNew,
      ...extra,
      watches: outcome?.hits.map((h) => h.watch) ?? [],
      alerted: outcome ? alertedState(outcome) : 'no',
      ...(failed?.failed ? { alertError: failed.failed.error } : {}),
      ...(tooOld ? { tooOld } : {}),
      ...(outcome?.story?.copyOf ? { copyOf: outcome.story.copyOf } : {}),
    },
  ];
  for (const delivery of outcome?.deliveries ?? []) {
    if (delivery.status === 'sent') lines.push(alertLine(article, outcome?.hits ?? [], delivery, origin));
    if (delivery.status === 'queued') lines.push(queuedLine(article, delivery, origin));
  }
  return lines;
}

/** The JSON lines of one replay event. */
export function eventLines(event: ReplayEvent): object[] {
  if (event.type === 'skipped') return [{ type: 'skipped', file: event.file, error: event.error }];
  const { article } = event.outcome;
  return articleLines(event.outcome, { file: event.file, ...(article.url ? { url: article.url } : {}) });
}

/**
 * The JSON line of an alert that went out: to whom (no `subscriber` in the
 * developer's view), the watches it is about with where the article names
 * them, the message, and `attributes` exactly as SNS would receive them.
 */
export function alertLine(
  article: Article,
  hits: readonly WatchHit[],
  delivery: AlertDelivery,
  origin: Record<string, unknown>,
): Record<string, unknown> {
  const about = new Set(delivery.watches);
  const own = hits.filter((h) => about.has(h.watch));
  return {
    type: 'alert',
    ...(delivery.subscriber ? { subscriber: delivery.subscriber.email } : {}),
    ...origin,
    id: article.id,
    title: article.title,
    watches: delivery.watches,
    places: own.filter((h) => h.kind === 'place').map((h) => h.watch),
    actors: own.filter((h) => h.kind === 'actor').map((h) => h.watch),
    matches: own.map(({ watch, kind, alias, found, field, paragraph, sentence, count, evidence }) => ({
      watch,
      kind,
      alias,
      found,
      field,
      paragraph,
      sentence,
      count,
      ...(evidence ? { evidence } : {}),
    })),
    subject: delivery.message.subject,
    text: delivery.message.text,
    attributes: delivery.message.attributes,
    also: [],
    messageId: delivery.messageId,
  };
}

/** The JSON line of a story queued for a subscriber's digest: to whom, which article, and their pace. */
export function queuedLine(
  article: Article,
  delivery: QueuedDelivery,
  origin: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: 'queued',
    subscriber: delivery.subscriber.email,
    ...origin,
    id: article.id,
    delivery: delivery.digest,
    watches: delivery.watches,
  };
}

/** The text a subscriber receives, framed for the console. */
export function alertText(delivery: AlertDelivery): string {
  const rule = '-'.repeat(72);
  const to = delivery.subscriber ? ` to ${delivery.subscriber.email}` : '';
  return `         alert${to}: ${names(delivery.watches)}\n${rule}\nSubject: ${delivery.message.subject}\n\n${delivery.message.text}${rule}\n`;
}

function names(list: readonly string[], max = 8): string {
  return list.length > max ? `${list.slice(0, max).join(', ')} +${list.length - max} more` : list.join(', ');
}

/** The human-readable report of one ingested article and its alerts, for replay and poll alike. */
export function articleText(outcome: IngestOutcome, where: string): string {
  const { article, isNew, alert } = outcome;
  const when = [article.outlet, article.published].filter(Boolean).join(', ');
  const head = `${isNew ? 'stored ' : 'known  '}  ${where}  [${article.id}]\n         "${article.title}"${when ? ` (${when})` : ''}\n`;
  if (outcome.tooOld) {
    const found = alert && alert.hits.length > 0 ? ` (names ${names(alert.hits.map((h) => h.watch))})` : '';
    return `${head}         not alerted: published before the alert window${found}\n`;
  }
  if (!alert) return head;
  if (alert.hits.length === 0) return `${head}         no watch found\n`;
  if (alert.deliveries.length === 0)
    return `${head}         names ${names(alert.hits.map((h) => h.watch))}: no subscriber follows these\n`;
  return (
    head +
    alert.deliveries
      .map((d) => {
        const to = d.subscriber ? ` to ${d.subscriber.email}` : '';
        if (d.status === 'sent') return alertText(d);
        if (d.status === 'queued')
          return `         queued for ${d.subscriber.email}'s ${d.digest} digest: ${names(d.watches)}\n`;
        if (d.status === 'before' && 'digest' in d)
          return `         queued before for ${d.subscriber.email}'s ${d.digest} digest${d.entry.copy ? ' (this copy named under it)' : ''}: ${names(d.watches)}\n`;
        if (d.status === 'before') return `         alerted before${to}: ${names(d.watches)}\n`;
        const next = d.failed?.retryable ? 'will be tried again on the next run' : 'may have gone out; not tried again';
        return `         ALERT FAILED${to} (${next}): ${d.failed?.error}\n`;
      })
      .join('')
  );
}

/** The human-readable report of one replay event. */
export function eventText(event: ReplayEvent): string {
  if (event.type === 'skipped') return `skipped  ${event.file}: ${event.error}\n`;
  return articleText(event.outcome, event.file);
}

export function summaryText(summary: ReplaySummary, storeNote: string): string {
  const s = summary;
  const hint =
    s.known > 0 && s.stored === 0
      ? `\nEvery article was in the store already; use --store memory to replay afresh.`
      : '';
  const failures = s.alertFailures > 0 ? ` ${s.alertFailures} alerts failed.` : '';
  const queued = s.queued > 0 ? ` ${s.queued} stories queued for digests.` : '';
  const stopped = s.notStarted > 0 ? ` Stopped: ${s.notStarted} files left for the next run.` : '';
  return `\n${s.files} files: ${s.stored} stored, ${s.known} already stored, ${s.alerts} alerts sent, ${s.skipped} skipped.${queued}${failures}${stopped} ${storeNote}${hint}\n`;
}

/** Whom the alerts go to, for a run's first line. */
export const forWhom = (subscribers: number): string =>
  subscribers === 0 ? '' : ` for ${subscribers} subscriber${subscribers === 1 ? '' : 's'}`;
