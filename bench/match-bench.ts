import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNormalForm } from '../functions/core/normal-form/parse-normal-form.js';
import { buildMatcher } from '../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';
import { foldName } from '../functions/core/watches/fold-text.js';
import { selectWatches, type LexiconEntry } from '../functions/core/watches/watch-list.js';

/**
 * Matching throughput on the same 10 MB of article text (the seeds' and the
 * labeled set's paragraphs, repeated) with 10 and with 10,000 watches, beside
 * a plain matcher with one RegExp per term; and the labeled set's precision
 * and recall.
 */
const MB = 1024 * 1024;

function corpus(bytes: number): string[] {
  const paragraphs = readdirSync('seeds').flatMap((f) => parseNormalForm(readFileSync(join('seeds', f), 'utf8')).body);
  const labeled = JSON.parse(readFileSync('test/fixtures/watch-eval/sentences.json', 'utf8')) as { text: string }[];
  paragraphs.push(...labeled.map((s) => s.text));
  const out: string[] = [];
  let size = 0;
  while (size < bytes) for (const p of paragraphs) {
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return out;
}

/** 10,000 names: the lexicon's, then made-up villages in its style ("Tal Qasr 17"). */
function manyWatches(n: number): { lexicon: LexiconEntry[]; names: string[] } {
  const syllables = ['tal', 'kafr', 'qasr', 'ain', 'bir', 'dayr', 'jisr', 'khirbet', 'umm', 'abu', 'ras', 'wadi'];
  const lexicon: LexiconEntry[] = [...DEFAULT_LEXICON];
  const names = [...DEFAULT_WATCHES];
  for (let i = 0; names.length < n; i += 1) {
    const name = `${syllables[i % 12]} ${syllables[(i * 7 + 3) % 12]}an ${i}`;
    lexicon.push({ name, kind: 'place', aliases: [`${name}a`] });
    names.push(name);
  }
  return { lexicon, names };
}

function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The plain alternative: one case-insensitive, whole-word RegExp per alias. */
function regexMatcher(lexicon: readonly LexiconEntry[], names: readonly string[]): (text: string) => number {
  const wanted = new Set(names);
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const res = lexicon.filter((e) => wanted.has(e.name)).flatMap((e) => [e.name, ...e.aliases].filter((a) => foldName(a)).map((a) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, 'giu')));
  return (text) => res.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

export function runMatchBench(): void {
  const text = corpus(10 * MB);
  const bytes = text.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const slice = corpus(MB / 4);
  const sliceBytes = slice.reduce((n, p) => n + Buffer.byteLength(p), 0);
  console.log(`Matching: ${(bytes / MB).toFixed(1)} MB of article text (the RegExp matcher on a ${(sliceBytes / MB).toFixed(2)} MB slice of it).`);
  const rows: [string, number, number][] = [];
  for (const n of [10, 10_000]) {
    const { lexicon, names } = n === 10 ? { lexicon: [...DEFAULT_LEXICON], names: DEFAULT_WATCHES.slice(0, 10) } : manyWatches(n);
    let built: ReturnType<typeof buildMatcher> | undefined;
    const buildMs = timeMs(() => {
      built = buildMatcher(lexicon, selectWatches(lexicon, names));
    });
    const m = built as ReturnType<typeof buildMatcher>;
    for (const p of slice) m.find(p); // warm up
    const ms = timeMs(() => {
      for (const p of text) m.find(p);
    });
    // V8 cannot hold 10,000 terms' compiled RegExps at once: the plain matcher runs on 500 of them,
    // and its time (linear in the number of terms) is scaled up.
    const sample = names.slice(0, Math.min(names.length, 500));
    const re = regexMatcher(lexicon, sample);
    const reMs =
      timeMs(() => {
        for (const p of slice) re(p);
      }) *
      (names.length / sample.length);
    rows.push([`${n} watches`, ms, buildMs]);
    console.log(`  ${String(n).padStart(6)} watches: automaton ${((bytes / MB) / (ms / 1000)).toFixed(1).padStart(6)} MB/s (built in ${buildMs.toFixed(0)} ms)   RegExp per term ${((sliceBytes / MB) / (reMs / 1000)).toPrecision(2).padStart(7)} MB/s   automaton/RegExp ${((reMs / sliceBytes) / (ms / bytes)).toFixed(0)}x`);
  }
  const ratio = (rows[1]?.[1] ?? 0) / (rows[0]?.[1] ?? 1);
  console.log(`  time(10,000)/time(10) = ${ratio.toFixed(2)}. Targets: <= 2, >= 50 MB/s.`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) runMatchBench();
