import type { Clock } from '../ports.js';
import type { FeedRecord } from './feed-record.js';
import { parseFeedMessage, type FeedMessage } from './feed-message.js';
import type { FeedRegistry } from './feed-registry.js';
import type { Politely } from './host-gate.js';
import { nextState, type FeedNotice, type PollOutcome } from './next-check.js';
import type { SchedulePolicy } from './schedule-policy.js';
import { ms } from './time.js';

/**
 * One check of one feed (the ingest use case on AWS): every request it makes
 * goes through `politely`. It throws only when it could not tell; a failed
 * fetch is an outcome with its status and error.
 */
export type PollOne = (feed: FeedRecord, politely: Politely) => Promise<PollOutcome>;

export interface WorkerDeps {
  registry: FeedRegistry;
  pollOne: PollOne;
  politely: Politely;
  now: Clock;
  policy: SchedulePolicy;
  /** Tells the operators' topic. A notice is sent before the state is saved: at least once. */
  notify: (notice: FeedNotice) => Promise<void>;
  /** True when no new check should start (the invocation's time is running out). */
  shouldStop?: () => boolean;
}

export type WorkResult =
  | { status: 'checked'; url: string; ok: boolean; lagMs: number; record: FeedRecord; notice?: FeedNotice }
  /** The feed was handed out again or checked since this message was sent: nothing done. */
  | { status: 'stale'; url: string }
  /** The feed is no longer configured. */
  | { status: 'removed'; url: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Checks the feed of one message and saves its next state, conditional on
 * the lease the message carries. Throws when the registry or the notice
 * topic fails: the message should come back.
 */
export async function workFeedMessage(msg: FeedMessage, deps: WorkerDeps): Promise<WorkResult> {
  const record = await deps.registry.get(msg.url);
  if (!record) return { status: 'removed', url: msg.url };
  if (record.lease?.id !== msg.leaseId) return { status: 'stale', url: msg.url };
  const startedAt = deps.now();
  let outcome: PollOutcome;
  try {
    outcome = await deps.pollOne(record, deps.politely);
  } catch (error) {
    outcome = { status: 0, newItems: 0, itemTimes: [], cacheHints: {}, error: message(error) };
  }
  const next = nextState(record, outcome, deps.now(), deps.policy);
  if (next.notice) await deps.notify(next.notice);
  if (!(await deps.registry.put(next.record, { leaseId: msg.leaseId }))) return { status: 'stale', url: msg.url };
  return {
    status: 'checked',
    url: msg.url,
    ok: next.record.health === 'ok',
    lagMs: ms(startedAt) - ms(msg.dueAt),
    record: next.record,
    ...(next.notice ? { notice: next.notice } : {}),
  };
}

export interface QueuedMessage {
  messageId: string;
  body: string;
}

export type BatchEntry =
  | { messageId: string; result: WorkResult }
  | { messageId: string; dropped: string }
  | { messageId: string; failed: string };

export interface BatchReport {
  /** The SQS partial-batch response: these messages come back. */
  batchItemFailures: { itemIdentifier: string }[];
  entries: BatchEntry[];
}

/**
 * A batch of queued feeds, checked side by side (the politeness gate spaces
 * those of one host). A body that is not a feed message is dropped (a retry
 * cannot mend it, and the feed's lease brings it back); a message whose
 * registry or notice failed, or that was not started before time ran out,
 * is reported back for SQS to deliver again.
 */
export async function workFeedBatch(messages: readonly QueuedMessage[], deps: WorkerDeps): Promise<BatchReport> {
  const shouldStop = deps.shouldStop ?? (() => false);
  const entries = await Promise.all(
    messages.map(async ({ messageId, body }): Promise<BatchEntry> => {
      let msg: FeedMessage;
      try {
        msg = parseFeedMessage(body);
      } catch (error) {
        return { messageId, dropped: message(error) };
      }
      if (shouldStop()) return { messageId, failed: 'not started: the invocation was running out of time' };
      try {
        return { messageId, result: await workFeedMessage(msg, deps) };
      } catch (error) {
        return { messageId, failed: message(error) };
      }
    }),
  );
  return {
    batchItemFailures: entries.filter((e) => 'failed' in e).map((e) => ({ itemIdentifier: e.messageId })),
    entries,
  };
}
