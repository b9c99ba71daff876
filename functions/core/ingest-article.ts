import type { Article, ArticleOrigin } from './article.js';
import { composeAlert, type AlertMessage } from './alerts/compose-alert.js';
import { PublishError, type AlertLedger, type AlertPublisher, type ArticleStore, type Clock } from './ports.js';
import type { Matcher } from './watches/build-matcher.js';
import { matchArticle, type WatchHit } from './watches/match-article.js';

export interface AlertDeps {
  ledger: AlertLedger;
  publisher: AlertPublisher;
  matcher: Matcher;
  now: Clock;
}

export interface AlertOutcome {
  hits: WatchHit[];
  /** The alert sent now, if one was. */
  sent?: { message: AlertMessage; messageId: string };
  /** True when the article matched but its one alert was claimed before. */
  alreadyAlerted: boolean;
  /** Why the alert could not be sent now; 'retryable' when it surely did not go out. */
  failed?: { error: string; retryable: boolean };
}

type Claim = (
  ledger: AlertLedger,
  articleId: string,
  watches: readonly string[],
  at: string,
) => Promise<'claimed' | 'held' | 'none'>;

async function sendOnce(article: Article, origin: ArticleOrigin, deps: AlertDeps, claim: Claim): Promise<AlertOutcome> {
  const hits = matchArticle(article, deps.matcher);
  if (hits.length === 0) return { hits, alreadyAlerted: false };
  const message = composeAlert(article, hits, origin);
  const claimed = await claim(deps.ledger, article.id, message.attributes.watches, deps.now());
  if (claimed !== 'claimed') return { hits, alreadyAlerted: claimed === 'held' };
  let messageId: string;
  try {
    messageId = await deps.publisher.publish(message);
  } catch (error) {
    const retryable = error instanceof PublishError && error.delivered === 'no';
    const reason = error instanceof Error ? error.message : String(error);
    // Only a publish that surely did not go out may be tried again; any other stays claimed.
    if (retryable) await deps.ledger.markFailed(article.id, { error: reason, at: deps.now() });
    return { hits, alreadyAlerted: false, failed: { error: reason, retryable } };
  }
  await deps.ledger.markSent(article.id, { messageId, watches: message.attributes.watches, at: deps.now() });
  return { hits, sent: { message, messageId }, alreadyAlerted: false };
}

/**
 * Matches an article and sends its one alert. The claim is taken before
 * publishing, so a replayed or retried article is never alerted twice; a
 * publish that surely failed leaves the alert to be tried again.
 */
export function alertArticle(article: Article, origin: ArticleOrigin, deps: AlertDeps): Promise<AlertOutcome> {
  return sendOnce(article, origin, deps, async (ledger, id, watches, at) =>
    (await ledger.claim(id, watches, at)) ? 'claimed' : 'held',
  );
}

export interface IngestDeps {
  store: ArticleStore;
  now: Clock;
  /** Alerts sent inline (a local run); on AWS the table's stream sends them. */
  alerts?: AlertDeps;
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
 * the article once, then alert. A new article is alerted; one stored before
 * only when its last alert surely failed, so a changed watch list does not
 * alert old articles. `recent: false` stores without alerting.
 */
export async function ingestArticle(
  article: Article,
  origin: ArticleOrigin,
  deps: IngestDeps,
  options: { recent?: boolean } = {},
): Promise<IngestOutcome> {
  const isNew = await deps.store.putIfAbsent({
    ...article,
    ...(origin.file ? { file: origin.file } : {}),
    ingestedAt: deps.now(),
  });
  if (!deps.alerts) return { article, isNew };
  // Matched all the same, so the reader sees what an old item would have alerted.
  if (options.recent === false) {
    return {
      article,
      isNew,
      tooOld: true,
      alert: { hits: matchArticle(article, deps.alerts.matcher), alreadyAlerted: false },
    };
  }
  const alert = isNew
    ? await alertArticle(article, origin, deps.alerts)
    : await sendOnce(article, origin, deps.alerts, (ledger, id, watches, at) => ledger.reclaimFailed(id, watches, at));
  return { article, isNew, alert };
}
