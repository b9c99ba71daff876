import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { readOperatorConfig } from '../adapters/local/read-config.js';
import { ConfigError, durationMs, type FeedConfig, type OperatorConfig } from '../core/config/operator-config.js';
import { canonicalUrl } from '../core/feeds/canonical-url.js';
import { ITEM_ATTEMPTS, type PollEvent, type PollSummary, pollFeeds } from '../core/poll-feeds.js';
import { EXIT } from './exit-codes.js';
import { catchInterrupts, interruptedExitCode } from './interrupts.js';
import { openLocalRuntime } from './local-runtime.js';
import { articleLines, articleText, forWhom } from './report-events.js';
import { localWatches } from './watch-selection.js';

export interface PollOptions {
  feed?: string[];
  watch?: string[];
  config?: string;
  store: string;
  repair?: boolean;
  outbox?: string;
  json?: boolean;
  allowPrivate?: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** --feed URLs, with the profile and outlet the config gives the same URL. */
function feedsToPoll(urls: readonly string[] | undefined, config: OperatorConfig): FeedConfig[] {
  if (!urls || urls.length === 0) return config.feeds;
  return urls.map((raw) => {
    const url = canonicalUrl(raw);
    if (!url) throw new ConfigError(`--feed ${raw} is not an http(s) URL`);
    const known = config.feeds.find((f) => canonicalUrl(f.url) === url);
    return known ?? { url };
  });
}

function eventJson(event: PollEvent): object[] {
  if (event.type === 'feed') {
    const { type, url, status, items, stored, error } = event;
    return [{ type, url, status, items, stored, ...(error ? { error } : {}) }];
  }
  if (event.type === 'item-failed') {
    const { type, feed, url, error, attempts, gaveUp } = event;
    return [{ type, feed, url, error, attempts, gaveUp }];
  }
  return articleLines(event.outcome, { feed: event.feed, url: event.url }, { fromFeedContent: event.fromFeedContent });
}

function eventHuman(event: PollEvent): string {
  if (event.type === 'feed') {
    const what =
      event.status === 'not-modified'
        ? 'not modified since the last poll'
        : event.status === 'skipped'
          ? 'left for the next run'
          : `${event.items} items, ${event.stored} stored`;
    return `feed ${event.url}: ${event.status === 'failed' ? `FAILED: ${event.error}` : what}\n`;
  }
  if (event.type === 'item-failed') {
    const next = event.gaveUp
      ? 'given up'
      : `tried again on the next poll (attempt ${event.attempts} of ${ITEM_ATTEMPTS})`;
    return `  item ${event.url}: not stored, ${next}: ${event.error}\n`;
  }
  const where = `${event.url}${event.fromFeedContent ? " (from the feed's own content)" : ''}`;
  return articleText(event.outcome, where);
}

function summaryHuman(s: PollSummary): string {
  return `\n${s.feeds} feeds (${s.failedFeeds} failed): ${s.stored} articles stored, ${s.known} already known, ${s.alerts} alerts sent${s.alertFailures > 0 ? ` (${s.alertFailures} failed)` : ''}${s.queued > 0 ? `, ${s.queued} stories queued for digests` : ''}, ${s.itemFailures} items not stored.${s.stoppedEarly ? ' Stopped early.' : ''}\n`;
}

/** `feedwatch poll`: returns the exit code (1 when an alert failed; 2 when a feed failed, the others polled). */
export async function runPoll(opts: PollOptions): Promise<number> {
  // A bad config or --feed, or a store that cannot be opened, throws: the command line says it in one line.
  const config = readOperatorConfig(opts.config).config;
  const feeds = feedsToPoll(opts.feed, config);
  const watches = localWatches(opts.watch, config);
  for (const notice of watches.notices) err(`feedwatch: ${notice}\n`);
  const runtime = await openLocalRuntime({
    store: opts.store,
    matcher: watches.watches.matcher,
    subscribers: watches.subscribers,
    ...(opts.outbox ? { outbox: opts.outbox } : {}),
    ...(opts.repair ? { repair: true } : {}),
  });
  // Ctrl-C or SIGTERM: the items in hand are stored and alerted; unfinished feeds keep their validators for the next run.
  const interrupts = catchInterrupts((signal) => err(`feedwatch: ${signal}: finishing the items in hand\n`));
  const fetcher = createGuardedFetcher({ allowPrivate: opts.allowPrivate ?? false });
  try {
    if (!opts.json)
      out(
        `Polling ${feeds.length} feeds, watching ${watches.watches.selection.watched.length} names${forWhom(watches.subscribers.length)}.\n\n`,
      );
    const summary = await pollFeeds(
      feeds,
      {
        ...runtime.deps,
        web: createWebPort(fetcher),
        feedStates: runtime.repository,
        maxAlertAgeMs: durationMs(config.maxAlertAge),
        shouldStop: interrupts.stopped,
      },
      (event) => {
        if (event.type === 'feed' && event.status === 'failed')
          err(`feedwatch: feed ${event.url} failed: ${event.error}\n`);
        if (opts.json) for (const line of eventJson(event)) out(`${JSON.stringify(line)}\n`);
        else out(eventHuman(event));
      },
    );
    if (opts.json) out(`${JSON.stringify({ type: 'summary', ...summary, store: runtime.storeDir ?? 'memory' })}\n`);
    else out(summaryHuman(summary));
    if (interrupts.signal) return interruptedExitCode(interrupts.signal);
    return summary.alertFailures > 0 ? EXIT.failed : summary.failedFeeds > 0 ? EXIT.partial : EXIT.ok;
  } finally {
    interrupts.dispose();
    await fetcher.close();
    await runtime.close();
  }
}
