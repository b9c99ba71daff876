import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { OperatorConfigSchema } from '../functions/core/config/operator-config.js';
import { resolveSubscribers } from '../functions/core/subscribers/resolve-subscribers.js';
import { DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';

import { openLocalRuntime } from '../functions/local/local-runtime.js';
import { replayFiles } from '../functions/local/replay-files.js';
import { generateArticles, random } from './generate-articles.js';

/**
 * One replay run in its own process, so that its peak RSS is its own: makes
 * the articles, replays them through parse, store, match and alert on the
 * embedded store, and prints one JSON line of figures.
 */
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    store: { type: 'string', default: 'disk' },
    concurrency: { type: 'string', default: '64' },
    conditional: { type: 'boolean', default: false },
    subscribers: { type: 'string', default: '0' },
    distinct: { type: 'boolean', default: false },
  },
});

/**
 * `n` subscribers as an operator might list them: one to six watches each from
 * the default list, seven in ten taking alerts as they come and the rest a
 * daily or weekly digest.
 */
function subscribersConfig(n: number) {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const subscribers = Array.from({ length: n }, (_, i) => {
    const watches = [...new Set(Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(DEFAULT_WATCHES)))];
    const roll = next();
    const delivery = roll < 0.7 ? 'immediate' : roll < 0.9 ? 'daily' : 'weekly';
    return { email: `reader${i}@example.org`, watches, delivery };
  });
  return OperatorConfigSchema.parse({ feeds: [{ url: 'https://example.org/feed' }], subscribers });
}
const count = Number(values.count);
const concurrency = Number(values.concurrency);

const work = await mkdtemp(join(tmpdir(), 'feedwatch-bench-'));
try {
  const files = await generateArticles('seeds', join(work, 'articles'), count, { distinct: values.distinct });
  // No subscribers: the developer's view, one alert per article naming every watch it matched.
  const { watches, subscribers } = resolveSubscribers(subscribersConfig(Number(values.subscribers)));
  const runtime = await openLocalRuntime({
    store: values.store === 'memory' ? 'memory' : join(work, 'store'),
    matcher: watches.matcher,
    subscribers,
    outbox: join(work, 'outbox.jsonl'),
    conditionalPuts: values.conditional,
  });
  const busy = performance.eventLoopUtilization();
  const started = performance.now();
  const summary = await replayFiles(files, runtime.deps, { concurrency, onEvent: () => {} });
  const seconds = (performance.now() - started) / 1000;
  const mainThreadBusy = performance.eventLoopUtilization(busy).utilization;
  await runtime.close();
  console.log(
    JSON.stringify({
      count,
      store: values.store,
      puts: values.conditional ? 'conditional' : 'batched',
      concurrency,
      subscribers: subscribers.length,
      corpus: values.distinct ? 'distinct stories' : 'recurring paragraphs',
      seconds: +seconds.toFixed(2),
      articlesPerSecond: Math.round(count / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      mainThreadBusy: +mainThreadBusy.toFixed(2),
      ...summary,
    }),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
