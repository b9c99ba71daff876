import pLimit, { type LimitFunction } from 'p-limit';
import type { Article, ArticleOrigin } from './article.js';
import { composeAlert } from './alerts/compose-alert.js';
import { composeSubscriberAlert } from './alerts/compose-subscriber-alert.js';
import { snsAttributes } from './alerts/sns-attributes.js';
import { type AlertLedger, type AlertPublisher, type Clock, type OutgoingMessage, PublishError } from './ports.js';
import { findEarlierCopy, type StoryDecision } from './stories/find-earlier-copy.js';
import type { StorySignatureStore } from './stories/story-signature-store.js';
import type { ResolvedSubscriber } from './subscribers/resolve-subscribers.js';
import { routeHits } from './subscribers/route-hits.js';
import type { Matcher } from './watches/build-matcher.js';
import { matchArticle, type WatchHit } from './watches/match-article.js';

export interface AlertDeps {
  ledger: AlertLedger;
  publisher: AlertPublisher;
  matcher: Matcher;
  now: Clock;
  /**
   * Who receives what. Without subscribers, one alert per article names every
   * watch it matched (the developer's view); with them, each subscriber whose
   * own watches it names gets a message about those.
   */
  subscribers?: readonly ResolvedSubscriber[];
  /**
   * Where story signatures are kept: with subscribers, a copy of a story
   * alerted before (at another URL, or republished by another outlet) reaches
   * no subscriber twice.
   */
  stories?: StorySignatureStore;
  /** True when no new alert should be claimed (a Lambda's time is running out): the rest fail, to be retried. */
  shouldStop?: () => boolean;
}

/** One message an article's alert sends, to one subscriber or (the developer's view) to all. */
export interface Delivery {
  /** Undefined in the developer's view. */
  subscriber?: Pick<ResolvedSubscriber, 'email' | 'id'>;
  /** The canonical watch names the message is about. */
  watches: string[];
  message: OutgoingMessage;
  /** sent now; before (claimed by an earlier run); failed (retryable when it surely did not go out). */
  status: 'sent' | 'before' | 'failed';
  messageId?: string;
  failed?: { error: string; retryable: boolean };
}

export interface AlertOutcome {
  hits: WatchHit[];
  deliveries: Delivery[];
  /** The story the article tells, when stories are told apart: the earlier article it copies, if any. */
  story?: StoryDecision;
}

type Claim = (
  ledger: AlertLedger,
  key: string,
  watches: readonly string[],
  at: string,
) => Promise<'claimed' | 'held' | 'none'>;

/** What each recipient of an article's alert gets: the ledger key, the watches and the message. */
function recipients(
  article: Article,
  hits: readonly WatchHit[],
  origin: ArticleOrigin,
  subscribers: readonly ResolvedSubscriber[] | undefined,
  storyId: string,
): { key: string; subscriber?: ResolvedSubscriber; watches: string[]; message: OutgoingMessage }[] {
  if (!subscribers || subscribers.length === 0) {
    const message = composeAlert(article, hits, origin);
    const outgoing = { ...message, attributes: snsAttributes(message.attributes) };
    return [{ key: article.id, watches: message.attributes.watches, message: outgoing }];
  }
  return routeHits(hits, subscribers).map((route) => {
    const message = composeSubscriberAlert(article, route, origin);
    // One claim per story and subscriber: a later copy of the story finds it taken.
    return {
      key: `${storyId}#${route.subscriber.id}`,
      subscriber: route.subscriber,
      watches: message.watches,
      message,
    };
  });
}

async function deliver(
  recipient: ReturnType<typeof recipients>[number],
  deps: AlertDeps,
  claim: Claim,
): Promise<Delivery | undefined> {
  const { key, subscriber, watches, message } = recipient;
  const base = {
    ...(subscriber ? { subscriber: { email: subscriber.email, id: subscriber.id } } : {}),
    watches,
    message,
  };
  const claimed = await claim(deps.ledger, key, watches, deps.now());
  if (claimed === 'none') return undefined;
  if (claimed === 'held') return { ...base, status: 'before' };
  try {
    const messageId = await deps.publisher.publish(message);
    await deps.ledger.markSent(key, { messageId, watches, at: deps.now() });
    return { ...base, status: 'sent', messageId };
  } catch (error) {
    const retryable = error instanceof PublishError && error.delivered === 'no';
    const reason = error instanceof Error ? error.message : String(error);
    // Only a publish that surely did not go out may be tried again; one that may have is never sent twice.
    if (retryable) await deps.ledger.markFailed(key, { error: reason, at: deps.now() });
    else await deps.ledger.markUncertain(key, { error: reason, at: deps.now() });
    return { ...base, status: 'failed', failed: { error: reason, retryable } };
  }
}

async function sendOnce(article: Article, origin: ArticleOrigin, deps: AlertDeps, claim: Claim): Promise<AlertOutcome> {
  const hits = matchArticle(article, deps.matcher);
  if (hits.length === 0) return { hits, deliveries: [] };
  const stories = deps.stories;
  const story =
    stories && deps.subscribers && deps.subscribers.length > 0
      ? await storyLock(stories)(() => findEarlierCopy(article, stories, { now: deps.now() }))
      : undefined;
  // One recipient after another, each claimed just before its publish: a run that must stop (its time is
  // running out) leaves the rest unclaimed and failed, for a retry, rather than claimed and never sent.
  const deliveries: Delivery[] = [];
  for (const r of recipients(article, hits, origin, deps.subscribers, story?.storyId ?? article.id)) {
    if (deps.shouldStop?.()) {
      const base = { ...(r.subscriber ? { subscriber: { email: r.subscriber.email, id: r.subscriber.id } } : {}) };
      deliveries.push({ ...base, watches: r.watches, message: r.message, status: 'failed', failed: OUT_OF_TIME });
      continue;
    }
    const delivery = await deliver(r, deps, claim);
    if (delivery) deliveries.push(delivery);
  }
  return { hits, deliveries, ...(story ? { story } : {}) };
}

const OUT_OF_TIME = { error: 'not sent: the run ran out of time; tried again', retryable: true };

const storyLocks = new WeakMap<StorySignatureStore, LimitFunction>();

/**
 * One story look-up at a time per store in this process: a copy handled
 * beside its original finds the original's signature recorded, instead of
 * both finding nothing and each becoming a story of its own.
 */
function storyLock(store: StorySignatureStore): LimitFunction {
  let lock = storyLocks.get(store);
  if (!lock) {
    lock = pLimit(1);
    storyLocks.set(store, lock);
  }
  return lock;
}

/** The deliveries that went out now. */
export const sentNow = (outcome: AlertOutcome | undefined): Delivery[] =>
  outcome?.deliveries.filter((d) => d.status === 'sent') ?? [];
/** The deliveries that failed now. */
export const failedNow = (outcome: AlertOutcome | undefined): Delivery[] =>
  outcome?.deliveries.filter((d) => d.status === 'failed') ?? [];

/**
 * Matches an article and sends its alerts, each once: one naming every watch
 * (no subscribers), or one per subscriber about their own watches. Each claim
 * is taken before publishing, so a replayed or retried article is never
 * alerted twice; a publish that surely failed leaves that alert to be tried
 * again.
 */
export function alertArticle(article: Article, origin: ArticleOrigin, deps: AlertDeps): Promise<AlertOutcome> {
  return sendOnce(article, origin, deps, async (ledger, key, watches, at) =>
    (await ledger.claim(key, watches, at)) ? 'claimed' : 'held',
  );
}

/**
 * Alerts again an article stored before: only where its last alert surely
 * failed or its claim was abandoned, so a changed watch list does not alert
 * old articles.
 */
export function realertArticle(article: Article, origin: ArticleOrigin, deps: AlertDeps): Promise<AlertOutcome> {
  return sendOnce(article, origin, deps, (ledger, key, watches, at) => ledger.reclaimFailed(key, watches, at));
}
