import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { subscriberId } from '../functions/core/subscribers/subscriber-id.js';
import { DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';
import { generateArticles } from './generate-articles.js';

/**
 * Interrupts a replay of 2,000 generated articles with SIGINT, SIGTERM and
 * SIGKILL part-way through, replays again, and counts alerts lost and
 * doubled. First in the developer's view (every generated article matches
 * the default list, so each should be alerted exactly once); then with two
 * subscribers following the whole list, one taking alerts as they come and
 * one a daily digest, on 2,000 distinct stories: each story (an article and
 * any copies) should reach the first once, and be in the second's digest.
 */
const BIN = resolve('dist', 'feedwatch.js');
const COUNT = Number(process.argv[2] ?? 2000);

interface Run {
  code: number | null;
  stdout: string;
}

function feedwatch(args: string[], signal?: NodeJS.Signals, afterArticles = 300): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let seen = 0;
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      stdout += text;
      seen += text.split('"type":"article"').length - 1;
      if (signal && !sent && seen >= afterArticles) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code, killed) => done({ code: code ?? (killed ? 128 : null), stdout }));
  });
}

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const outboxOf = async (store: string): Promise<{ articleId: string; subscriber?: string }[]> =>
  jsonLines(await readFile(join(store, 'outbox.jsonl'), 'utf8').catch(() => '')).map((l) => ({
    articleId: String(l['articleId']),
    subscriber: (l['attributes'] as Record<string, { StringValue?: string }> | undefined)?.['subscriber']?.StringValue,
  }));

/** Each article's story: the first article of the chain its `copyOf` lines name. */
function storiesOf(lines: readonly Record<string, unknown>[]): Map<string, string> {
  const copyOf = new Map<string, string>();
  const ids = new Set<string>();
  for (const l of lines) {
    if (l['type'] !== 'article') continue;
    ids.add(String(l['id']));
    if (l['copyOf']) copyOf.set(String(l['id']), String(l['copyOf']));
  }
  const root = (id: string): string => {
    let at = id;
    for (let next = copyOf.get(at); next && next !== at; next = copyOf.get(at)) at = next;
    return at;
  };
  return new Map([...ids].map((id) => [id, root(id)]));
}

const work = await mkdtemp(join(tmpdir(), 'feedwatch-interrupt-'));
const developerConfig = join(work, 'config.json');
const subscribersConfig = join(work, 'subscribers.json');
const feeds = [{ url: 'https://www.globalresearch.ca/feed' }];
await writeFile(developerConfig, JSON.stringify({ feeds }));
const NOW = 'now@example.org';
const DAILY = 'daily@example.org';
await writeFile(
  subscribersConfig,
  JSON.stringify({
    feeds,
    subscribers: [
      { email: NOW, watches: DEFAULT_WATCHES },
      { email: DAILY, watches: DEFAULT_WATCHES, delivery: 'daily', at: '07:00' },
    ],
  }),
);
const articles = join(work, 'articles');
await generateArticles(resolve('seeds'), articles, COUNT);
// Distinct stories for the subscribers, so that nearly every article is a story of its own to count.
const stories = join(work, 'stories');
await generateArticles(resolve('seeds'), stories, COUNT, { distinct: true });

const results: Record<string, unknown>[] = [];
console.log(`Interrupted replays of ${COUNT} articles, each then replayed again into the same store:`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
  const store = join(work, `store-${signal}`);
  const replay = ['replay', articles, '--store', store, '--json', '--config', developerConfig];
  const first = await feedwatch(replay, signal);
  const second = await feedwatch(replay);
  const ids = (await outboxOf(store)).map((l) => l.articleId);
  const unique = new Set(ids);
  const lost = COUNT - unique.size;
  const doubled = ids.length - unique.size;
  console.log(
    `  ${signal.padEnd(8)} first run exit ${first.code}, rerun exit ${second.code}: ${unique.size} of ${COUNT} alerted, ${lost} lost, ${doubled} doubled`,
  );
  results.push({ view: 'developer', signal, alerted: unique.size, lost, doubled });
}

console.log('  With two subscribers on the whole list, one on alerts and one on a daily digest sent after the rerun:');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
  const store = join(work, `subscribers-${signal}`);
  const replay = ['replay', stories, '--store', store, '--json', '--config', subscribersConfig];
  const first = await feedwatch(replay, signal);
  const second = await feedwatch(replay);
  const storyOf = storiesOf(jsonLines(second.stdout));
  const storyIds = new Set(storyOf.values());
  const perStory = new Map<string, number>();
  for (const l of await outboxOf(store)) {
    if (l.subscriber !== subscriberId(NOW)) continue;
    const story = storyOf.get(l.articleId) ?? l.articleId;
    perStory.set(story, (perStory.get(story) ?? 0) + 1);
  }
  const lost = [...storyIds].filter((s) => !perStory.has(s)).length;
  const doubled = [...perStory.values()].reduce((n, c) => n + c - 1, 0);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const digest = await feedwatch([
    'digest',
    '--config',
    subscribersConfig,
    '--store',
    store,
    '--now',
    `${tomorrow}T07:00:00Z`,
    '--json',
  ]);
  const digested = new Set(
    jsonLines(digest.stdout)
      .filter((l) => l['type'] === 'digest')
      .flatMap((l) => (l['ids'] as string[]).map((id) => storyOf.get(id) ?? id)),
  );
  const digestLost = [...storyIds].filter((s) => !digested.has(s)).length;
  console.log(
    `  ${signal.padEnd(8)} first run exit ${first.code}, rerun exit ${second.code}: ${storyIds.size} stories; alerts ${lost} lost, ${doubled} doubled; daily digest ${digested.size} stories, ${digestLost} lost`,
  );
  results.push({
    view: 'subscribers',
    signal,
    stories: storyIds.size,
    lost,
    doubled,
    digestStories: digested.size,
    digestLost,
  });
}
await rm(work, { recursive: true, force: true });
console.log(JSON.stringify({ type: 'interrupts', articles: COUNT, results }));
