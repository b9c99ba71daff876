import type { Article, ArticleOrigin } from './article.js';
import { composeAlert, type AlertMessage } from './alerts/compose-alert.js';
import { parseNormalForm } from './normal-form/parse-normal-form.js';
import type { AlertLedger, AlertPublisher, ArticleStore, Clock } from './ports.js';
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
  /** True when the article matched but had been alerted before. */
  alreadyAlerted: boolean;
}

/**
 * Matches an article and sends its one alert. The claim is taken before
 * publishing, so a replayed or retried article is never alerted twice; a
 * failed publish gives the claim back, so the retry can send it.
 */
export async function alertArticle(article: Article, origin: ArticleOrigin, deps: AlertDeps): Promise<AlertOutcome> {
  const hits = matchArticle(article, deps.matcher);
  if (hits.length === 0) return { hits, alreadyAlerted: false };
  const message = composeAlert(article, hits, origin);
  if (!(await deps.ledger.claim(article.id, message.attributes.watches, deps.now()))) {
    return { hits, alreadyAlerted: true };
  }
  let messageId: string;
  try {
    messageId = await deps.publisher.publish(message);
  } catch (error) {
    await deps.ledger.release(article.id);
    throw error;
  }
  await deps.ledger.markSent(article.id, { messageId, watches: message.attributes.watches, at: deps.now() });
  return { hits, sent: { message, messageId }, alreadyAlerted: false };
}

export interface IngestDeps extends AlertDeps {
  store: ArticleStore;
}

export interface IngestOutcome extends AlertOutcome {
  article: Article;
  /** False when the store knew the article already. */
  isNew: boolean;
}

/**
 * The local path for one normal-form text: parse, store once, alert once.
 * (On AWS the table's stream runs the alert half.) An article stored before
 * is matched again, so an alert that failed to publish goes out on the next
 * run, and the ledger keeps one that went out from going out twice.
 */
export async function ingestArticle(text: string, origin: ArticleOrigin, deps: IngestDeps): Promise<IngestOutcome> {
  const article = parseNormalForm(text, origin);
  // The normal-form text is not stored: renderNormalForm gives it back from the record.
  const isNew = await deps.store.putIfAbsent({ ...article, ...(origin.file ? { file: origin.file } : {}), ingestedAt: deps.now() });
  const outcome = await alertArticle(article, origin, deps);
  return { article, isNew, ...outcome };
}
