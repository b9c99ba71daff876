import type { AlertMessage } from '../core/alerts/compose-alert.js';
import type { Article } from '../core/article.js';
import type { AlertOutcome, IngestOutcome } from '../core/ingest-article.js';
import type { WatchHit } from '../core/watches/match-article.js';
import type { ReplayEvent, ReplaySummary } from './replay-files.js';

/** now, before (the one alert went out earlier), failed, or no. */
export function alertedState(outcome: {
  sent?: unknown;
  alreadyAlerted: boolean;
  failed?: unknown;
}): 'now' | 'before' | 'failed' | 'no' {
  return outcome.sent ? 'now' : outcome.alreadyAlerted ? 'before' : outcome.failed ? 'failed' : 'no';
}

/**
 * The JSON lines of one stored article, and of its alert when one went out:
 * the contract outside checks read. `origin` says where it came from (file,
 * or feed and url) on both lines; `extra` adds to the article line.
 */
export function articleLines(
  article: Article,
  isNew: boolean,
  outcome: AlertOutcome | undefined,
  origin: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): object[] {
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
      ...(outcome?.failed ? { alertError: outcome.failed.error } : {}),
    },
  ];
  if (outcome?.sent) lines.push({ ...alertLine(article, outcome.hits, outcome.sent), ...origin });
  return lines;
}

/** The JSON lines of one replay event. */
export function eventLines(event: ReplayEvent): object[] {
  if (event.type === 'skipped') return [{ type: 'skipped', file: event.file, error: event.error }];
  const { article, isNew, alert } = event.outcome;
  return articleLines(article, isNew, alert, {
    file: event.file,
    ...(article.url ? { url: article.url } : {}),
  });
}

/** The JSON line of an alert that went out. */
export function alertLine(
  article: Article,
  hits: readonly WatchHit[],
  sent: { message: AlertMessage; messageId: string },
): Record<string, unknown> {
  return {
    type: 'alert',
    id: article.id,
    title: article.title,
    watches: sent.message.attributes.watches,
    places: sent.message.attributes.places,
    actors: sent.message.attributes.actors,
    matches: hits.map(({ watch, kind, alias, found, field, paragraph, sentence, count, evidence }) => ({
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
    subject: sent.message.subject,
    text: sent.message.text,
    messageId: sent.messageId,
  };
}

/** The text a subscriber receives, framed for the console. */
export function alertText(sent: { message: AlertMessage }): string {
  const rule = '-'.repeat(72);
  return `         alert: ${names(sent.message.attributes.watches)}\n${rule}\nSubject: ${sent.message.subject}\n\n${sent.message.text}${rule}\n`;
}

function names(list: readonly string[], max = 8): string {
  return list.length > max ? `${list.slice(0, max).join(', ')} +${list.length - max} more` : list.join(', ');
}

/** The human-readable report of one ingested article and its alert, for replay and poll alike. */
export function articleText(outcome: IngestOutcome, where: string): string {
  const { article, isNew, alert } = outcome;
  const when = [article.outlet, article.published].filter(Boolean).join(', ');
  const head = `${isNew ? 'stored ' : 'known  '}  ${where}  [${article.id}]\n         "${article.title}"${when ? ` (${when})` : ''}\n`;
  if (!alert) return head;
  if (alert.sent) return head + alertText(alert.sent);
  if (alert.failed) {
    const next = alert.failed.retryable ? 'will be tried again on the next run' : 'may have gone out; not tried again';
    return `${head}         ALERT FAILED (${next}): ${alert.failed.error}\n`;
  }
  if (alert.alreadyAlerted) return `${head}         alerted before: ${names(alert.hits.map((h) => h.watch))}\n`;
  return `${head}         no watch found\n`;
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
  return `\n${s.files} files: ${s.stored} stored, ${s.known} already stored, ${s.alerts} alerts sent, ${s.skipped} skipped.${failures} ${storeNote}${hint}\n`;
}
