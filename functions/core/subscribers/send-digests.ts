import type { AlertLedger, AlertPublisher, Clock, DigestQueue } from '../ports.js';
import { publishClaimed } from '../publish-claimed.js';
import { composeDigest, type DigestMessage } from './compose-digest.js';
import { type DigestPeriod, digestPeriod } from './digest-period.js';
import type { ResolvedSubscriber } from './resolve-subscribers.js';

export interface DigestDeps {
  queue: DigestQueue;
  /** The same ledger as alerts': a digest is claimed per subscriber and period, so it goes out once. */
  ledger: AlertLedger;
  publisher: AlertPublisher;
  /** The clock of claims and records; which period is due is asked of sendDueDigests. */
  now: Clock;
  /** True when no new digest should be claimed (a Lambda's time is running out): the rest wait for the next run. */
  shouldStop?: () => boolean;
}

type Subscriber = Pick<ResolvedSubscriber, 'email' | 'id' | 'watches' | 'delivery' | 'at' | 'day'>;

/**
 * What became of one subscriber's digest: sent now; before (this period's
 * went out already, or another run is sending it); empty (no new story);
 * failed (its stories wait for the next run when it surely did not go out);
 * stopped (not tried: the run had to stop).
 */
export interface DigestOutcome {
  subscriber: Pick<ResolvedSubscriber, 'email' | 'id' | 'delivery'>;
  period: DigestPeriod;
  status: 'sent' | 'before' | 'empty' | 'failed' | 'stopped';
  message?: DigestMessage;
  messageId?: string;
  failed?: { error: string; retryable: boolean };
  /** Something went wrong after a digest went out. */
  warning?: string;
}

/** The ledger key of one subscriber's digest for one period (a story's key is `<story>#<subscriber>`). */
export const digestKey = (subscriberId: string, period: DigestPeriod): string => `${subscriberId}#${period.key}`;

/** The period of a subscriber's digest that ended last at `now`. */
function lastPeriod(subscriber: Subscriber, now: string): DigestPeriod {
  if (subscriber.delivery === 'immediate') throw new RangeError(`${subscriber.email} takes alerts as they come`);
  return digestPeriod(subscriber.delivery, subscriber.at, subscriber.day, now);
}

/**
 * Sends one subscriber's digest for a period: the stories queued for them
 * before its end and not yet sent (a period missed hands its stories to the
 * next). It is claimed before the publish, so two runs send it once; its
 * stories leave the queue once it went out (or may have), so a digest that
 * surely failed leaves them for the next run. A duplicate can happen only if
 * the process dies between the publish and taking its stories.
 */
export async function sendDigest(
  subscriber: Subscriber,
  period: DigestPeriod,
  deps: DigestDeps,
): Promise<DigestOutcome> {
  const who = { email: subscriber.email, id: subscriber.id, delivery: subscriber.delivery };
  const entries = await deps.queue.waiting(subscriber.id, period.end);
  const taken = entries.map((e) => e.articleId);
  const message = composeDigest(subscriber, entries, period);
  if (!message) {
    // Only copies of stories sent before: nothing to tell, and nothing to keep.
    if (taken.length > 0) await deps.queue.take(subscriber.id, taken, deps.now());
    return { subscriber: who, period, status: 'empty' };
  }
  const key = digestKey(subscriber.id, period);
  const claimed = await deps.ledger.claim(key, message.watches, deps.now());
  if (claimed === 'held') return { subscriber: who, period, status: 'before', message };
  const outgoing = {
    articleId: period.key,
    subject: message.subject,
    text: message.text,
    attributes: message.attributes,
  };
  // Once it went out (or may have), its stories leave the queue: they are not sent again.
  const outcome = await publishClaimed(claimed, key, outgoing, message.watches, deps, () =>
    deps.queue.take(subscriber.id, taken, deps.now()),
  );
  const { warning, ...rest } = outcome;
  return {
    subscriber: who,
    period,
    message,
    ...rest,
    ...(warning
      ? { warning: `its stories could not be taken from the queue, and may be listed again: ${warning}` }
      : {}),
  };
}

/**
 * Sends the digests due at `at` (ISO) to every subscriber who takes them,
 * one after another; one whose queue cannot be read fails alone, and the rest go on.
 * Immediate subscribers are passed over.
 */
export async function sendDueDigests(
  subscribers: readonly Subscriber[],
  at: string,
  deps: DigestDeps,
): Promise<DigestOutcome[]> {
  const outcomes: DigestOutcome[] = [];
  for (const subscriber of subscribers) {
    if (subscriber.delivery === 'immediate') continue;
    const period = lastPeriod(subscriber, at);
    const who = { email: subscriber.email, id: subscriber.id, delivery: subscriber.delivery };
    if (deps.shouldStop?.()) {
      outcomes.push({ subscriber: who, period, status: 'stopped' });
      continue;
    }
    try {
      outcomes.push(await sendDigest(subscriber, period, deps));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcomes.push({ subscriber: who, period, status: 'failed', failed: { error: reason, retryable: true } });
    }
  }
  return outcomes;
}
