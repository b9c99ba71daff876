import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { fitItem } from '../functions/adapters/dynamodb/fit-item.js';
import type { StoredArticle } from '../functions/core/ports.js';

/**
 * Fitting an article of many short paragraphs into one DynamoDB item: the
 * fitItem in use, which measures each paragraph once, beside the one it
 * replaced, which serialised the whole article again for every paragraph it
 * dropped. Each run is a worker thread, so the old one can be stopped when
 * it passes its time limit.
 */
const BUDGET = 380 * 1024;
const OLD_LIMIT_S = 20;

const size = (a: StoredArticle): number => Buffer.byteLength(JSON.stringify(a), 'utf8');

/** The replaced algorithm, kept here only as the alternative to measure against. */
function fitItemOld(article: StoredArticle): StoredArticle {
  if (size(article) <= BUDGET) return article;
  const out = { ...article, boilerplate: [], body: [...article.body], truncated: true };
  while (out.body.length > 1 && size(out) > BUDGET) out.body.pop();
  return out;
}

/** A page of `count` short paragraphs, about 100 bytes each (4,500 of them are over the budget). */
function manyParagraphs(count: number): StoredArticle {
  return {
    id: `many-${count}`,
    url: 'https://example.org/a-very-long-page',
    title: 'A page of many short paragraphs',
    authors: [],
    outlet: 'example.org',
    published: '2026-11-22',
    source: '',
    sourcePublished: '',
    language: 'en',
    region: [],
    themes: [],
    dossiers: [],
    lede: '',
    body: Array.from(
      { length: count },
      (_, i) => `Paragraph ${i}: Raqqa, Deir Ezzor and the river towns between them, a line of a list.`,
    ),
    boilerplate: [],
    shape: 'plain',
    ingestedAt: '2026-11-22T00:00:00.000Z',
  };
}

type Job = { algorithm: 'old' | 'new'; count: number };

if (!isMainThread) {
  const { algorithm, count } = workerData as Job;
  const article = manyParagraphs(count);
  const started = performance.now();
  const fitted = algorithm === 'old' ? fitItemOld(article) : fitItem(article);
  parentPort?.postMessage({ ms: performance.now() - started, kept: fitted.body.length });
} else {
  const run = (job: Job, limitS: number): Promise<{ ms: number; kept: number } | 'stopped'> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: job });
      const timer = setTimeout(() => void worker.terminate().then(() => resolve('stopped')), limitS * 1000);
      worker.once('message', (m: { ms: number; kept: number }) => {
        clearTimeout(timer);
        void worker.terminate().then(() => resolve(m));
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  const shown = (r: { ms: number; kept: number } | 'stopped', limitS: number): string =>
    r === 'stopped'
      ? `> ${limitS} s (stopped)`.padStart(18)
      : `${r.ms.toFixed(1).padStart(9)} ms, ${String(r.kept).padStart(5)} kept`;
  console.log('Fit item: an article of many ~100-byte paragraphs trimmed to one DynamoDB item (380 KB budget).');
  for (const count of [4_500, 45_000]) {
    const fresh = await run({ algorithm: 'new', count }, 600);
    const old = await run({ algorithm: 'old', count }, OLD_LIMIT_S);
    console.log(
      `  ${count.toLocaleString('en').padStart(6)} paragraphs   measured once: ${shown(fresh, 600)}   re-serialised per drop: ${shown(old, OLD_LIMIT_S)}`,
    );
  }
}
