import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMatcher, type Matcher, type MatcherOptions } from '../../functions/core/watches/build-matcher.js';
import { DEFAULT_WATCHES } from '../../functions/core/watches/default-lexicon.js';
import { selectWatches, type LexiconEntry } from '../../functions/core/watches/watch-list.js';

/** A sentence of the labeled evaluation set (test/fixtures/watch-eval/README.md). */
export interface Labeled {
  id: string;
  lang: string;
  text: string;
  watches: string[];
  expected: { watch: string; found: string; start: number }[];
  trap?: string;
}

/** From the project root, as the tests and benches run (the bench is bundled elsewhere, so not from this file). */
export const loadLabeled = (name: 'sentences.json' | 'area-sentences.json' | 'heldout-sentences.json'): Labeled[] =>
  JSON.parse(readFileSync(join('test', 'fixtures', 'watch-eval', name), 'utf8')) as Labeled[];

export interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  /** One line per sentence the matcher got wrong, naming what it missed or wrongly found. */
  failures: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Scores a lexicon's matcher on labeled sentences: a found mention counts
 * when its watch is right and its span overlaps the label's.
 */
export function scoreLabeled(
  lexicon: readonly LexiconEntry[],
  sentences: readonly Labeled[],
  options: MatcherOptions = {},
): Score {
  const matchers = new Map<string, Matcher>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const failures: string[] = [];
  for (const s of sentences) {
    const key = s.watches.join('\u0000');
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher = buildMatcher(lexicon, selectWatches(lexicon, s.watches), options);
      matchers.set(key, matcher);
    }
    const found = matcher.find(s.text);
    const expected = s.expected.map((e) => ({
      watch: e.watch,
      start: e.start,
      end: e.start + e.found.length,
      found: e.found,
    }));
    const missed = expected.filter((e) => !found.some((f) => f.name === e.watch && overlaps(f, e)));
    const extra = found.filter((f) => !expected.some((e) => e.watch === f.name && overlaps(f, e)));
    tp += expected.length - missed.length;
    fn += missed.length;
    fp += extra.length;
    if (missed.length > 0 || extra.length > 0) {
      const what = [
        ...missed.map((m) => `missed ${m.watch} "${m.found}"`),
        ...extra.map((f) => `wrongly found ${f.name} "${s.text.slice(f.start, f.end)}"`),
      ];
      failures.push(`${s.id}${s.trap ? ` [trap: ${s.trap}]` : ''}: ${what.join(', ')} — ${s.text}`);
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn, failures };
}

/**
 * The real-usage set (test/fixtures/watch-eval/real-usage-*.txt): short
 * articles written after published usage, each scored as a whole against
 * the default watch list. A line is a trap kind ("-" for none), a tab, and
 * the text, where [[words|Watch]] marks a mention of a default watch
 * ([[words|A+B]]: of two).
 */
export function loadRealUsage(lang: 'en' | 'fr' | 'ar'): Labeled[] {
  const lines = readFileSync(join('test', 'fixtures', 'watch-eval', `real-usage-${lang}.txt`), 'utf8').split('\n');
  const out: Labeled[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`real-usage-${lang}.txt:${i + 1}: no tab between the trap kind and the text`);
    const trap = line.slice(0, tab);
    const marked = line.slice(tab + 1);
    const expected: Labeled['expected'] = [];
    let text = '';
    let at = 0;
    for (const m of marked.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]/g)) {
      text += marked.slice(at, m.index);
      // "[[Manbij Military Council|Manbij Military Council+Manbij]]": one span, two watches.
      for (const watch of (m[2] as string).split('+'))
        expected.push({ watch, found: m[1] as string, start: text.length });
      text += m[1];
      at = m.index + m[0].length;
    }
    text += marked.slice(at);
    out.push({
      id: `${lang}-${i + 1}`,
      lang,
      text,
      watches: [...DEFAULT_WATCHES],
      expected,
      ...(trap !== '-' ? { trap } : {}),
    });
  }
  return out;
}
