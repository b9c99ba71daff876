import { type AlertDeps, type AlertOutcome, alertArticle, realertArticle } from './alert-article.js';
import type { Article, ArticleOrigin } from './article.js';
import type { ArticleStore, Clock, SweepQueue } from './ports.js';
import { sweepTime } from './sweep-articles.js';
import { matchArticle } from './watches/match-article.js';

export interface IngestDeps {
  store: ArticleStore;
  now: Clock;
  /** Alerts sent inline (a local run); on AWS the table's stream sends them. */
  alerts?: AlertDeps;
  /** Where the stream sends the alerts (AWS): each article is marked for the sweep that backs it up. */
  sweep?: SweepQueue;
}

export interface IngestOutcome {
  article: Article;
  /** False when the store knew the article already. */
  isNew: boolean;
  /** What alerting decided, when this run alerts. */
  alert?: AlertOutcome;
  /** Stored and not alerted: published before the alert window (a feed's backlog). */
  tooOld?: true;
}

/**
 * The one ingest use case, for a replayed file and a polled page alike: store
 * the article once, then alert. A new article is alerted, and so is one whose
 * run died between storing it and deciding its alerts (it was stored as
 * alertDue and never marked decided); any other stored before only where its
 * last alert surely failed or its claim was abandoned, so a changed watch list
 * does not alert old articles. `recent: false` stores without alerting.
 */
export async function ingestArticle(
  article: Article,
  origin: ArticleOrigin,
  deps: IngestDeps,
  options: { recent?: boolean } = {},
): Promise<IngestOutcome> {
  const { alerts } = deps;
  // Marked before it is stored: a run that dies between the two still leaves the article to the sweep.
  if (deps.sweep) await deps.sweep.mark(article.id, sweepTime(deps.now()));
  const isNew = await deps.store.putIfAbsent({
    ...article,
    ...(origin.file ? { file: origin.file } : {}),
    ingestedAt: deps.now(),
    // Stored before its alerts are decided: a run that dies in between leaves it due for the next.
    ...(alerts ? { alertDue: true as const } : {}),
  });
  if (!alerts) return { article, isNew };
  const due = isNew || (await deps.store.undecided([article.id])).has(article.id);
  let outcome: IngestOutcome;
  if (options.recent === false) {
    // Matched all the same, so the reader sees what an old item would have alerted.
    outcome = { article, isNew, tooOld: true, alert: { hits: matchArticle(article, alerts.matcher), deliveries: [] } };
  } else {
    const alert = due ? await alertArticle(article, origin, alerts) : await realertArticle(article, origin, alerts);
    outcome = { article, isNew, alert };
  }
  if (due) await deps.store.markDecided(article.id);
  return outcome;
}
