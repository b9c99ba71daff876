import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractMainContent } from '../functions/core/html/generic-extractor.js';
import { stripMarkup } from '../functions/core/normal-form/inline-markup.js';
import { type ShingleF1, shingleF1 } from './shingle-f1.js';

/**
 * `npx tsx bench/extract-bench.ts`: our generic extractor against
 * Readability.js (on a linkedom DOM) over the article-extraction-benchmark
 * pages in ../shared/bench/aeb, for quality (shingle F1) and speed.
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
}

export async function runExtractBench(): Promise<ExtractBenchResult | undefined> {
  if (!existsSync(path.join(AEB_DIR, 'ground-truth.json'))) return undefined;
  const pages = loadPages();
  const r = measure(pages, readability).figures;
  const o = measure(pages, ours).figures;
  return { pages: pages.length, ours: o, readability: r, speedRatio: o.pagesPerSecond / r.pagesPerSecond };
}

function printResult(result: ExtractBenchResult): void {
  const row = (label: string, f: ExtractorFigures): string =>
    `  ${label.padEnd(12)} F1 ${f.f1.toFixed(3)}   precision ${f.precision.toFixed(3)}   recall ${f.recall.toFixed(3)}   accuracy ${f.accuracy.toFixed(3)}   ${f.pagesPerSecond.toFixed(1).padStart(7)} pages/s`;
  console.log(
    `Article extraction: ${result.pages} pages of the article-extraction-benchmark, shingle F1 (published: Readability.js 0.947, trafilatura 0.958).`,
  );
  console.log(row('ours', result.ours));
  console.log(row('Readability', result.readability));
  console.log(`  speed ours/Readability: ${result.speedRatio.toFixed(2)}x. Target: F1 >= 0.95, >= 3x.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runExtractBench();
  if (result) printResult(result);
  else console.log(`extract-bench: no benchmark data at ${AEB_DIR}, skipped.`);
}
