import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArticles } from './generate-articles.js';

/**
 * Interrupts a replay of 2,000 generated articles with SIGINT, SIGTERM and
 * SIGKILL part-way through, replays again, and counts the alerts each article
 * should have had against the outbox: lost and doubled. Every generated
 * article matches the default list, so each should be alerted exactly once.
 */
const BIN = resolve('dist', 'feedwatch.js');
const COUNT = Number(process.argv[2] ?? 2000);

function replay(dir: string, store: string, signal?: NodeJS.Signals, afterArticles = 300): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'replay', dir, '--store', store, '--json', '--config', CONFIG], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let seen = 0;
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString().split('"type":"article"').length - 1;
      if (signal && !sent && seen >= afterArticles) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code, killed) => done(code ?? (killed ? 128 : null)));
  });
}

const work = await mkdtemp(join(tmpdir(), 'feedwatch-interrupt-'));
const CONFIG = join(work, 'config.json');
await import('node:fs/promises').then((fs) =>
  fs.writeFile(CONFIG, JSON.stringify({ feeds: [{ url: 'https://www.globalresearch.ca/feed' }] })),
);
const articles = join(work, 'articles');
await generateArticles(resolve('seeds'), articles, COUNT);
console.log(`Interrupted replays of ${COUNT} articles, each then replayed again into the same store:`);
const results: Record<string, unknown>[] = [];
for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
  const store = join(work, `store-${signal}`);
  const first = await replay(articles, store, signal);
  const second = await replay(articles, store);
  const outbox = (await readFile(join(store, 'outbox.jsonl'), 'utf8').catch(() => ''))
    .trim()
    .split('\n')
    .filter(Boolean);
  const ids = outbox.map((l) => (JSON.parse(l) as { articleId: string }).articleId);
  const unique = new Set(ids);
  const lost = COUNT - unique.size;
  const doubled = ids.length - unique.size;
  console.log(
    `  ${signal.padEnd(8)} first run exit ${first}, rerun exit ${second}: ${unique.size} of ${COUNT} alerted, ${lost} lost, ${doubled} doubled`,
  );
  results.push({ signal, alerted: unique.size, lost, doubled });
}
await rm(work, { recursive: true, force: true });
console.log(JSON.stringify({ type: 'interrupts', articles: COUNT, results }));
