import type { Article, ArticleOrigin } from './article.js';
import { composeAlert } from './alerts/compose-alert.js';
import { composeSubscriberAlert } from './alerts/compose-subscriber-alert.js';
import { snsAttributes } from './alerts/sns-attributes.js';
import type { AlertLedger, AlertPublisher, ClaimOutcome, Clock, DigestQueue, OutgoingMessage } from './ports.js';
import { publishClaimed } from './publish-claimed.js';
import { queueForDigest } from './subscribers/queue-for-digest.js';
import { findEarlierCopy, type StoryDecision } from './stories/find-earlier-copy.js';
import { KeyedLock } from './stories/keyed-lock.js';
import type { StorySignatureStore } from './stories/story-signature-store.js';
import { type DigestEntry, digestEntry } from './subscribers/digest-entry.js';
import type { DigestDelivery } from './subscribers/digest-period.js';
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
  /** Where the stories for subscribers who take hourly, daily or weekly digests wait: needed when there are any. */
  digests?: DigestQueue;
  /** True when no new alert should be claimed (a Lambda's time is running out): the rest fail, to be retried. */
  shouldStop?: () => boolean;
}

interface DeliveryBase {
  /** Undefined in the developer's view. */
  subscriber?: Pick<ResolvedSubscriber, 'email' | 'id'>;
  /** The canonical watch names the message is about. */
  watches: string[];
  failed?: { error: string; retryable: boolean };
}

/** One message an article's alert sends, to one subscriber or (the developer's view) to all. */
export interface AlertDelivery extends DeliveryBase {
  message: OutgoingMessage;
  /** sent now; before (claimed by an earlier run); failed (retryable when it surely did not go out). */
  status: 'sent' | 'before' | 'failed';
  messageId?: string;
}

/** A story put in a subscriber's queue for their next digest, instead of a message now. */
export interface QueuedDelivery extends DeliveryBase {
  subscriber: Pick<ResolvedSubscriber, 'email' | 'id'>;
  digest: DigestDelivery;
  entry: DigestEntry;
  /**
   * queued now; before (the story was queued or sent to them before; a copy
   * is queued beside it, to be named "also in"); failed (tried again).
   */
  status: 'queued' | 'before' | 'failed';
}

export type Delivery = AlertDelivery | QueuedDelivery;

export interface AlertOutcome {
  hits: WatchHit[];
  deliveries: Delivery[];
  /** The story the article tells, when stories are told apart: the earlier article it copies, if any. */
  story?: StoryDecision;
}

export type Claim = (
  ledger: AlertLedger,
  key: string,
  watches: readonly string[],
  at: string,
) => Promise<ClaimOutcome | 'none'>;

type AlertRecipient = { key: string; subscriber?: ResolvedSubscriber; watches: string[]; message: OutgoingMessage };
export type DigestRecipient = {
  key: string;
  subscriber: ResolvedSubscriber;
  watches: string[];
  digest: DigestDelivery;
  entry: DigestEntry;
};
type Recipient = AlertRecipient | DigestRecipient;

/** What each recipient of an article's alert gets: the ledger key, the watches, and a message or a digest entry. */
function recipients(
  article: Article,
  hits: readonly WatchHit[],
  origin: ArticleOrigin,
  subscribers: readonly ResolvedSubscriber[] | undefined,
  story: StoryDecision | undefined,
  now: string,
): Recipient[] {
  if (!subscribers || subscribers.length === 0) {
    const message = composeAlert(article, hits, origin);
    const outgoing = { ...message, attributes: snsAttributes(message.attributes) };
    return [{ key: article.id, watches: message.attributes.watches, message: outgoing }];
  }
  const storyId = story?.storyId ?? article.id;
  return routeHits(hits, subscribers).map((route): Recipient => {
    // One claim per story and subscriber: a later copy of the story finds it taken.
    const key = `${storyId}#${route.subscriber.id}`;
    const watches = route.own.map((h) => h.watch);
    const { subscriber } = route;
    if (subscriber.delivery === 'immediate') {
      const message = composeSubscriberAlert(article, route, origin);
      return { key, subscriber, watches: message.watches, message };
    }
    const entry = digestEntry(article, route, origin, { storyId, queuedAt: now });
    return { key, subscriber, watches, digest: subscriber.delivery, entry };
  });
}

const who = (subscriber: ResolvedSubscriber | undefined) =>
  subscriber ? { subscriber: { email: subscriber.email, id: subscriber.id } } : {};

async function deliver(recipient: AlertRecipient, deps: AlertDeps, claim: Claim): Promise<Delivery | undefined> {
  const { key, subscriber, watches, message } = recipient;
  const base = { ...who(subscriber), watches, message };
  const claimed = await claim(deps.ledger, key, watches, deps.now());
  if (claimed === 'none') return undefined;
  if (claimed === 'held') return { ...base, status: 'before' };
  return { ...base, ...(await publishClaimed(claimed, key, message, watches, deps)) };
}

async function sendOnce(article: Article, origin: ArticleOrigin, deps: AlertDeps, claim: Claim): Promise<AlertOutcome> {
  const hits = matchArticle(article, deps.matcher);
  if (hits.length === 0) return { hits, deliveries: [] };
  const stories = deps.stories;
  const story =
    stories && deps.subscribers && deps.subscribers.length > 0
      ? await findEarlierCopy(article, stories, { now: deps.now(), lock: storyLock(stories) })
      : undefined;
  const all = recipients(article, hits, origin, deps.subscribers, story, deps.now());
  const digests = deps.digests;
  const taker = digests ? undefined : all.find((r): r is DigestRecipient => 'digest' in r);
  if (taker) throw new Error(`${taker.subscriber.email} takes a ${taker.digest} digest, and no digest queue was given`);
  const one = async (r: Recipient): Promise<Delivery | undefined> => {
    if (deps.shouldStop?.()) return { ...unsent(r), status: 'failed', failed: OUT_OF_TIME };
    if (!('digest' in r)) return deliver(r, deps, claim);
    // Checked above: a digest recipient comes with a queue.
    return digests ? queueForDigest(r, digests, deps, claim) : undefined;
  };
  // With a deadline (a Lambda's), one recipient after another, each claimed just before its publish: a
  // run that must stop leaves the rest unclaimed and failed, for a retry, rather than claimed and never
  // sent. Without one (a local run), all at once, so that their claims and records share batches.
  const sent = deps.shouldStop ? await sequentially(all, one) : await Promise.all(all.map(one));
  const deliveries = sent.filter((d): d is Delivery => d !== undefined);
  return { hits, deliveries, ...(story ? { story } : {}) };
}

async function sequentially<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}

/** What a delivery not attempted names: to whom, about what, and the message or entry it would have sent. */
function unsent(r: Recipient): Omit<AlertDelivery, 'status'> | Omit<QueuedDelivery, 'status'> {
  if ('digest' in r)
    return {
      subscriber: { email: r.subscriber.email, id: r.subscriber.id },
      watches: r.watches,
      digest: r.digest,
      entry: r.entry,
    };
  return { ...who(r.subscriber), watches: r.watches, message: r.message };
}

const OUT_OF_TIME = { error: 'not sent: the run ran out of time; tried again', retryable: true };

const storyLocks = new WeakMap<StorySignatureStore, KeyedLock>();

/**
 * One lock per store in this process: articles whose signatures share a band
 * are decided one after the other, so a copy handled beside its original
 * finds the original's signature recorded, instead of both finding nothing
 * and each becoming a story of its own.
 */
function storyLock(store: StorySignatureStore): KeyedLock {
  let lock = storyLocks.get(store);
  if (!lock) {
    lock = new KeyedLock();
    storyLocks.set(store, lock);
  }
  return lock;
}

/** The alerts that went out now. */
export const sentNow = (outcome: AlertOutcome | undefined): AlertDelivery[] =>
  outcome?.deliveries.filter((d): d is AlertDelivery => d.status === 'sent') ?? [];
/** The stories queued now for digests. */
export const queuedNow = (outcome: AlertOutcome | undefined): QueuedDelivery[] =>
  outcome?.deliveries.filter((d): d is QueuedDelivery => d.status === 'queued') ?? [];
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
  return sendOnce(article, origin, deps, (ledger, key, watches, at) => ledger.claim(key, watches, at));
}

/**
 * Alerts again an article stored before: only where its last alert surely
 * failed or its claim was abandoned, so a changed watch list does not alert
 * old articles.
 */
export function realertArticle(article: Article, origin: ArticleOrigin, deps: AlertDeps): Promise<AlertOutcome> {
  return sendOnce(article, origin, deps, async (ledger, key, watches, at) => {
    const outcome = await ledger.reclaimFailed(key, watches, at);
    return outcome === 'claimed' ? 'reclaimed' : outcome;
  });
}
