import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseNormalForm } from '../functions/core/normal-form/parse-normal-form.js';
import { renderNormalForm } from '../functions/core/normal-form/render-normal-form.js';
import type { Article } from '../functions/core/article.js';

/** A small deterministic PRNG (mulberry32), so every run replays the same articles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sentences of a paragraph: split after . ! ? and a space before a capital or a quote. */
const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[.!?])\s+(?=["“A-Z])/);

/**
 * Writes `count` normal-form articles made from the seeds' paragraphs: each
 * takes a seed's chrome and trailer, a fresh title and date, and 3 to 8
 * paragraphs drawn from all the seeds. With `distinct`, each paragraph is 2
 * to 5 sentences drawn from all the seeds instead, so that two articles share
 * a sentence or two, as different reports on the same war do, and are
 * different stories; drawn whole, paragraphs recur so often that many
 * articles are near-copies of each other.
 */
export async function generateArticles(
  seedsDir: string,
  outDir: string,
  count: number,
  options: { distinct?: boolean } = {},
): Promise<string[]> {
  const seeds: Article[] = [];
  for (const f of (await readdir(seedsDir)).sort())
    seeds.push(parseNormalForm(await readFile(join(seedsDir, f), 'utf8')));
  const paragraphs = seeds.flatMap((s) => s.body);
  const sentences = paragraphs.flatMap(sentencesOf);
  const rnd = random(20170603);
  const draw = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const paragraph = (): string =>
    options.distinct
      ? Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => draw(sentences)).join(' ')
      : draw(paragraphs);
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const seed = seeds[i % seeds.length] as Article;
    const body = Array.from({ length: 3 + Math.floor(rnd() * 6) }, paragraph);
    const day = 1 + (i % 28);
    const article: Article = {
      ...seed,
      title: `${seed.title} (${i + 1})`,
      published: seed.published ? `2017-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '',
      body,
    };
    const file = join(outDir, `${String(i).padStart(5, '0')}.txt`);
    await writeFile(file, renderNormalForm(article));
    files.push(file);
  }
  return files;
}
