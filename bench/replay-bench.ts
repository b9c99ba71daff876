import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMatcher } from '../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../functions/core/watches/watch-list.js';
import { openLocalRuntime } from '../functions/local/local-runtime.js';
import { replayFiles } from '../functions/local/replay-files.js';
import { generateArticles } from './generate-articles.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const count = Number(process.argv[2] ?? 10_000);
const store = process.argv[3] ?? 'disk';
const concurrency = Number(process.argv[4] ?? 32);

const work = await mkdtemp(join(tmpdir(), 'feedwatch-bench-'));
try {
  const files = await generateArticles('seeds', join(work, 'articles'), count);
  const matcher = buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, DEFAULT_WATCHES));
  const runtime = await openLocalRuntime({ store: store === 'memory' ? 'memory' : join(work, 'store'), matcher, outbox: join(work, 'outbox.jsonl') });
  const started = performance.now();
  const summary = await replayFiles(files, runtime.deps, { concurrency, onEvent: () => {} });
  const seconds = (performance.now() - started) / 1000;
  await runtime.close();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ count, store, concurrency, seconds: +seconds.toFixed(2), articlesPerSecond: Math.round(count / seconds), peakRssMb: Math.round(rssMb), ...summary }));
} finally {
  await rm(work, { recursive: true, force: true });
}
