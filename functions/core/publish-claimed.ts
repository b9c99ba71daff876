import { type AlertLedger, type AlertPublisher, type Clock, type OutgoingMessage, PublishError } from './ports.js';

export type PublishOutcome =
  | { status: 'sent'; messageId: string; warning?: string }
  /** Its claim's last holder published it before it died: recorded now, not sent again. */
  | { status: 'before'; messageId: string; warning?: string }
  | { status: 'failed'; failed: { error: string; retryable: boolean }; warning?: string };

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Publishes a message under a claim just taken, and records how it went:
 * sent; failed, to be claimed again, when it surely did not go out; or
 * uncertain, never sent again, when it may have. A claim taken over from a
 * holder that died is first checked with the publisher, which may know it
 * went out. `settle` runs once the message went out or may have, before the
 * record (a digest takes its stories out of the queue there); should it
 * fail, the message is still recorded, and the outcome carries a warning.
 */
export async function publishClaimed(
  claimed: 'claimed' | 'reclaimed',
  key: string,
  message: OutgoingMessage,
  watches: readonly string[],
  deps: { ledger: AlertLedger; publisher: AlertPublisher; now: Clock },
  settle: () => Promise<void> = async () => {},
): Promise<PublishOutcome> {
  let warning: string | undefined;
  const settled = async (): Promise<void> => {
    try {
      await settle();
    } catch (error) {
      warning = reason(error);
    }
  };
  const earlier = claimed === 'reclaimed' ? await deps.publisher.sentBefore?.(key) : undefined;
  if (earlier) {
    await settled();
    await deps.ledger.markSent(key, { messageId: earlier, watches, at: deps.now() });
    return { status: 'before', messageId: earlier, ...(warning ? { warning } : {}) };
  }
  let messageId: string;
  try {
    messageId = await deps.publisher.publish(message, key);
  } catch (error) {
    const failed = { error: reason(error), retryable: error instanceof PublishError && error.delivered === 'no' };
    if (failed.retryable) await deps.ledger.markFailed(key, { error: failed.error, at: deps.now() });
    else {
      await settled();
      await deps.ledger.markUncertain(key, { error: failed.error, at: deps.now() });
    }
    return { status: 'failed', failed, ...(warning ? { warning } : {}) };
  }
  await settled();
  await deps.ledger.markSent(key, { messageId, watches, at: deps.now() });
  return { status: 'sent', messageId, ...(warning ? { warning } : {}) };
}
