import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { resolveWatches } from '../functions/core/watches/resolve-watches.js';
import { DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';

import { openLocalRuntime } from '../functions/local/local-runtime.js';
import { replayFiles } from '../functions/local/replay-files.js';
import { generateArticles } from './generate-articles.js';

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
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);

const work = await mkdtemp(join(tmpdir(), 'feedwatch-bench-'));
try {
  const files = await generateArticles('seeds', join(work, 'articles'), count);
  const matcher = resolveWatches(DEFAULT_WATCHES).matcher;
  const runtime = await openLocalRuntime({
    store: values.store === 'memory' ? 'memory' : join(work, 'store'),
    matcher,
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
