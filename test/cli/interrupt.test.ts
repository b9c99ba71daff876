import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedwatch, jsonLines } from '../support/run-cli.js';
import { seed } from '../support/seeds.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'dist', 'feedwatch.js');
const FILES = 300;

let work: string;
let articles: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'feedwatch-interrupt-'));
  articles = join(work, 'articles');
  await import('node:fs/promises').then((fs) => fs.mkdir(articles));
  // Seed 003 (it names ISIS and Deir Ezzor) under a title of its own per file: each one a new article to alert.
  const text = seed(3);
  const title = text.split('\n')[0] ?? '';
  await Promise.all(
    Array.from({ length: FILES }, (_, i) =>
      writeFile(join(articles, `${String(i).padStart(4, '0')}.txt`), text.replace(title, `${title} (part ${i})`)),
    ),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Replays the folder and sends `signal` once the first article is reported; resolves with the exit code. */
function replayInterrupted(store: string, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'replay', articles, '--store', store, '--json', '--concurrency', '4']);
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!sent && chunk.toString().includes('"type":"article"')) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on('exit', (code) => done(code));
  });
}

describe('feedwatch replay interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'finishes the files in hand on %s, and the rerun alerts the rest: none lost, none doubled',
    async (signal, code) => {
      const store = join(work, `store-${signal}`);
      expect(await replayInterrupted(store, signal)).toBe(code);
      const rerun = await feedwatch(['replay', articles, '--store', store, '--json']);
      expect(rerun.code).toBe(0);
      const summary = jsonLines(rerun.stdout).find((l) => l['type'] === 'summary');
      expect(summary).toMatchObject({ files: FILES, skipped: 0, alertFailures: 0, notStarted: 0 });
      const outbox = (await readFile(join(store, 'outbox.jsonl'), 'utf8')).trim().split('\n');
      const alerted = outbox.map((l) => (JSON.parse(l) as { articleId: string }).articleId);
      expect(alerted).toHaveLength(FILES);
      expect(new Set(alerted).size).toBe(FILES);
    },
  );
});
