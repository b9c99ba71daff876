import { readOperatorConfig } from '../adapters/local/read-config.js';
import { ConfigError } from '../core/config/operator-config.js';
import { type DigestOutcome, sendDueDigests } from '../core/subscribers/send-digests.js';
import { resolveSubscribers } from '../core/subscribers/resolve-subscribers.js';
import { EXIT } from './exit-codes.js';
import { catchInterrupts, interruptedExitCode } from './interrupts.js';
import { openLocalRuntime } from './local-runtime.js';

export interface DigestOptions {
  config?: string;
  store: string;
  now?: string;
  outbox?: string;
  json?: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** `--now`, an ISO time; the clock when absent. */
function digestTime(now: string | undefined): string {
  if (now === undefined) return new Date().toISOString();
  const t = Date.parse(now);
  if (!/^\d{4}-\d\d-\d\d(T|$)/.test(now) || Number.isNaN(t))
    throw new ConfigError(`--now takes an ISO time such as 2026-11-30T07:00:00Z, not "${now}"`);
  return new Date(t).toISOString();
}

/** The JSON line of one digest's outcome; the contract's shape for one that went out. */
export function digestLine(o: DigestOutcome): Record<string, unknown> {
  if (o.status === 'sent' && o.message) {
    return {
      type: 'digest',
      subscriber: o.subscriber.email,
      ids: o.message.ids,
      subject: o.message.subject,
      text: o.message.text,
      attributes: o.message.attributes,
      delivery: o.subscriber.delivery,
      period: o.period.key,
      messageId: o.messageId,
      ...(o.warning ? { warning: o.warning } : {}),
    };
  }
  return {
    type: o.status === 'failed' ? 'digestFailed' : 'noDigest',
    subscriber: o.subscriber.email,
    delivery: o.subscriber.delivery,
    period: o.period.key,
    ...(o.status === 'failed' ? { error: o.failed?.error, retryable: o.failed?.retryable } : { reason: o.status }),
  };
}

const REASONS: Record<Exclude<DigestOutcome['status'], 'failed'>, string> = {
  sent: 'sent',
  empty: 'no new story',
  before: 'sent before',
  stopped: 'not tried: the run was stopped',
};

function digestText(o: DigestOutcome): string {
  const head = `${o.subscriber.email}, ${o.period.key}`;
  if (o.status === 'sent' && o.message) {
    const rule = '-'.repeat(72);
    return `digest to ${head}: ${o.message.ids.length} articles\n${rule}\nSubject: ${o.message.subject}\n\n${o.message.text}${rule}\n`;
  }
  if (o.status === 'failed') {
    const next = o.failed?.retryable ? 'its stories wait for the next run' : 'may have gone out; not sent again';
    return `DIGEST FAILED to ${head} (${next}): ${o.failed?.error}\n`;
  }
  return `no digest to ${head}: ${REASONS[o.status]}\n`;
}

/** `feedwatch digest`: sends the digests due at --now; returns the exit code. */
export async function runDigest(opts: DigestOptions): Promise<number> {
  const at = digestTime(opts.now);
  // Subscribers' watches resolved for their names; their matcher, built on first use, is never needed here.
  const { subscribers } = resolveSubscribers(readOperatorConfig(opts.config).config);
  const takers = subscribers.filter((s) => s.delivery !== 'immediate');
  const runtime = await openLocalRuntime({ store: opts.store, ...(opts.outbox ? { outbox: opts.outbox } : {}) });
  const interrupts = catchInterrupts((signal) => err(`feedwatch: ${signal}: finishing the digest in hand\n`));
  try {
    if (!opts.json)
      out(
        `Digests due at ${at} for ${takers.length} of ${subscribers.length} subscribers (the others take alerts as they come).\n\n`,
      );
    const outcomes = await sendDueDigests(takers, at, {
      queue: runtime.digests,
      ledger: runtime.repository,
      publisher: runtime.publisher,
      now: () => new Date().toISOString(),
      shouldStop: interrupts.stopped,
    });
    const count = (status: DigestOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
    const summary = {
      subscribers: takers.length,
      // The same counts as replay's and poll's summary: a digest run sends no alert and queues nothing.
      alerts: 0,
      alertFailures: 0,
      queued: 0,
      digests: count('sent'),
      digestFailures: count('failed'),
      empty: count('empty'),
      before: count('before'),
      stopped: count('stopped'),
    };
    for (const o of outcomes) {
      if (o.status === 'failed') err(`feedwatch: digest to ${o.subscriber.email} failed: ${o.failed?.error}\n`);
      if (o.warning) err(`feedwatch: digest to ${o.subscriber.email}: ${o.warning}\n`);
      out(opts.json ? `${JSON.stringify(digestLine(o))}\n` : digestText(o));
    }
    if (opts.json)
      out(
        `${JSON.stringify({ type: 'summary', ...summary, store: runtime.storeDir ?? 'memory', outbox: runtime.outboxPath ?? null })}\n`,
      );
    else
      out(
        `\n${summary.digests} digests sent, ${summary.empty} with nothing new, ${summary.before} sent before${summary.digestFailures > 0 ? `, ${summary.digestFailures} failed` : ''}.${runtime.outboxPath ? ` Outbox: ${runtime.outboxPath}` : ''}\n`,
      );
    if (interrupts.signal) return interruptedExitCode(interrupts.signal);
    return summary.digestFailures > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    interrupts.dispose();
    await runtime.close();
  }
}
