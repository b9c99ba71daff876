import { type AlertDeps, alertArticle, failedNow, queuedNow, sentNow } from './alert-article.js';
import { isRecent } from './alerts/is-recent.js';
import type { ArticleStore, SweepQueue } from './ports.js';

/**
 * How long after an article is stored the sweep looks at it: past the
 * stream's usual lag and the alert function's claim lease (4 minutes), so
 * a claim its dead holder left pending is claimed again, and a record still
 * on its way is rarely overtaken (when it is, the claims keep one alert).
 */
export const SWEEP_DELAY_MS = 15 * 60_000;

/** When an article stored at `storedAt` (ISO) falls due for the sweep. */
export function sweepTime(storedAt: string): string {
  const t = Date.parse(storedAt);
  if (Number.isNaN(t)) throw new RangeError(`sweepTime: not an ISO time: ${storedAt}`);
  return new Date(t + SWEEP_DELAY_MS).toISOString();
}

export interface SweepDeps {
  sweep: SweepQueue;
  store: Pick<ArticleStore, 'getArticle'>;
  alerts: AlertDeps;
  /** The alert window, judged as of when each article was stored. */
  maxAlertAgeMs?: number;
}

export interface SweepReport {
  swept: number;
  /** Alerts and digest entries the sweep sent or queued: the stream's misses. */
  sent: number;
  queued: number;
  /** Deliveries that failed; a surely failed one leaves its article due for the next sweep. */
  failed: number;
}

/** How many marks a sweep asks for at a time; it asks again until none are due or it must stop. */
const PAGE = 100;

/**
 * Alerts again the articles whose sweep is due, as the stream would have:
 * each claim is taken only where no alert went out (never claimed, surely
 * failed, or left pending by a holder that died), so an article the stream
 * alerted costs a look and sends nothing. An article whose alert surely
 * failed is marked due again a sweep's delay later, so a few that keep
 * failing never hold up the rest. Stops when the alert deps say to stop;
 * what is left stays due.
 */
export async function sweepArticles(deps: SweepDeps): Promise<SweepReport> {
  const { alerts } = deps;
  const report: SweepReport = { swept: 0, sent: 0, queued: 0, failed: 0 };
  for (
    let page = await deps.sweep.due(alerts.now(), PAGE);
    page.length > 0;
    page = await deps.sweep.due(alerts.now(), PAGE)
  ) {
    for (const id of page) {
      if (alerts.shouldStop?.()) return report;
      const article = await deps.store.getArticle(id);
      if (article && isRecent(article.published, article.ingestedAt || alerts.now(), deps.maxAlertAgeMs)) {
        const outcome = await alertArticle(article, article.url ? { url: article.url } : {}, alerts);
        report.sent += sentNow(outcome).length;
        report.queued += queuedNow(outcome).length;
        const failed = failedNow(outcome);
        report.failed += failed.length;
        if (failed.some((d) => d.failed?.retryable)) {
          await deps.sweep.mark(id, sweepTime(alerts.now()));
          continue;
        }
      }
      await deps.sweep.done(id);
      report.swept += 1;
    }
  }
  return report;
}
