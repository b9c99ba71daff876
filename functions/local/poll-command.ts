import { createGuardedFetcher } from '../adapters/http/guarded-fetch.js';
import { createWebPort } from '../adapters/http/web-port.js';
import { readOperatorConfig } from '../adapters/local/read-config.js';
import { ConfigError, type OperatorConfig } from '../core/config/operator-config.js';
import { canonicalUrl } from '../core/feeds/canonical-url.js';
import { pollFeeds, type FeedSource, type PollEvent, type PollSummary } from '../core/poll-feeds.js';
import { openLocalRuntime } from './local-runtime.js';
import { alertText, articleLines } from './report-events.js';
import { localWatches } from './watch-selection.js';

export interface PollOptions {
  feed?: string[];
  watch?: string[];
  config?: string;
  store: string;
  outbox?: string;
  json?: boolean;
  allowPrivate?: boolean;
}

const out = (s: string): boolean => process.stdout.write(s);
const err = (s: string): boolean => process.stderr.write(s);

/** --feed URLs, with the profile and outlet the config gives the same URL (else the sites choose the profile). */
function feedsToPoll(urls: readonly string[] | undefined, config: OperatorConfig): FeedSource[] {
  if (!urls || urls.length === 0) return config.feeds;
  return urls.map((raw) => {
    const url = canonicalUrl(raw);
    if (!url) throw new ConfigError(`--feed ${raw} is not an http(s) URL`);
    const known = config.feeds.find((f) => canonicalUrl(f.url) === url);
    return known ?? { url };
  });
}

function eventJson(event: PollEvent): object[] {
  if (event.type === 'feed')
    return [
      {
        type: 'feed',
        url: event.url,
        status: event.status,
        items: event.items,
        stored: event.stored,
        ...(event.error ? { error: event.error } : {}),
      },
    ];
  if (event.type === 'item-failed')
    return [{ type: 'item-failed', feed: event.feed, url: event.url, error: event.error }];
  return articleLines(
    event.article,
    event.isNew,
    event.alert,
    { feed: event.feed, url: event.url },
    { fromFeedContent: event.fromFeedContent },
  );
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
  if (event.type === 'item-failed') return `  item ${event.url}: not stored: ${event.error}\n`;
  const { article, alert } = event;
  const when = [article.outlet, article.published].filter(Boolean).join(', ');
  const head = `${event.isNew ? 'stored ' : 'known  '}  ${event.url}  [${article.id}]${event.fromFeedContent ? " (from the feed's own content)" : ''}\n         "${article.title}"${when ? ` (${when})` : ''}\n`;
  return alert?.sent ? head + alertText(alert.sent) : head;
}

function summaryHuman(s: PollSummary): string {
  return `\n${s.feeds} feeds (${s.failedFeeds} failed): ${s.stored} articles stored, ${s.known} already known, ${s.alerts} alerts sent, ${s.itemFailures} items not stored.${s.stoppedEarly ? ' Stopped early.' : ''}\n`;
}

/** `feedwatch poll`: returns the exit code (2 when a feed failed, the others polled). */
export async function runPoll(opts: PollOptions): Promise<number> {
  // A bad config or --feed, or a store that cannot be opened, throws: the command line says it in one line.
  const config = readOperatorConfig(opts.config).config;
  const feeds = feedsToPoll(opts.feed, config);
  const watches = localWatches(opts.watch, config);
  for (const notice of watches.notices) err(`feedwatch: ${notice}\n`);
  const runtime = await openLocalRuntime({
    store: opts.store,
    matcher: watches.matcher,
    ...(opts.outbox ? { outbox: opts.outbox } : {}),
  });
  const fetcher = createGuardedFetcher({ allowPrivate: opts.allowPrivate ?? false });
  try {
    if (!opts.json) out(`Polling ${feeds.length} feeds, watching ${watches.selection.watched.length} names.\n\n`);
    const summary = await pollFeeds(
      feeds,
      {
        web: createWebPort(fetcher),
        store: runtime.repository,
        feedStates: runtime.repository,
        now: runtime.deps.now,
        alerts: runtime.deps,
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
    return summary.failedFeeds > 0 ? 2 : 0;
  } finally {
    await fetcher.close();
    await runtime.close();
  }
}
