import type { AlertDeps, Claim, Delivery, DigestRecipient } from '../alert-article.js';
import type { DigestQueue } from '../ports.js';

/**
 * Queues a story for a subscriber's digest, under the same claim as an alert,
 * so the story reaches them once whichever way they take it. Whichever of
 * its articles takes the claim leads the story (a copy may come first, or
 * take over a claim its original left failed); the others are queued beside
 * it, to be named under it. An entry that could not be queued leaves the
 * claim failed, for the next try.
 */
export async function queueForDigest(
  recipient: DigestRecipient,
  queue: DigestQueue,
  deps: AlertDeps,
  claim: Claim,
): Promise<Delivery | undefined> {
  const { key, subscriber, watches, digest, entry } = recipient;
  const base = { subscriber: { email: subscriber.email, id: subscriber.id }, watches, digest, entry };
  const claimed = await claim(deps.ledger, key, watches, deps.now());
  if (claimed === 'none') return undefined;
  try {
    if (claimed === 'held') {
      // Another article of the story holds the claim and leads it: this one is named under it. (The leader
      // itself, come again, finds its entry queued already.)
      const copy = { ...entry, copy: true as const };
      await queue.enqueue(subscriber.id, copy, deps.now());
      return { ...base, entry: copy, status: 'before' };
    }
    await queue.enqueue(subscriber.id, entry, deps.now());
  } catch (error) {
    const failed = {
      error: `not queued for the ${digest} digest: ${error instanceof Error ? error.message : String(error)}`,
      retryable: true,
    };
    if (claimed !== 'held') await deps.ledger.markFailed(key, { error: failed.error, at: deps.now() });
    return { ...base, status: 'failed', failed };
  }
  await deps.ledger.markSent(key, { messageId: `digest:${digest}`, watches, at: deps.now() });
  return { ...base, status: 'queued' };
}
