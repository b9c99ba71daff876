import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatcher, type Matcher } from '../../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON } from '../../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../../functions/core/watches/watch-list.js';
import { FIXTURES } from '../../support/fixture-server.js';

interface Labeled {
  id: string;
  lang: string;
  text: string;
  watches: string[];
  expected: { watch: string; found: string; start: number }[];
  trap?: string;
}

const load = (name: string): Labeled[] => JSON.parse(readFileSync(join(FIXTURES, 'watch-eval', name), 'utf8')) as Labeled[];

const matchers = new Map<string, Matcher>();
function matcherFor(watches: string[]): Matcher {
  const key = watches.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    m = buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, watches));
    matchers.set(key, m);
  }
  return m;
}

/** Scores the matcher on labeled sentences: a found mention counts when its watch is right and its span overlaps the label's. */
function score(sentences: Labeled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const failures: string[] = [];
  for (const s of sentences) {
    const found = matcherFor(s.watches).find(s.text);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    const expected = s.expected.map((e) => ({ watch: e.watch, start: e.start, end: e.start + e.found.length, found: e.found }));
    const missed = expected.filter((e) => !found.some((f) => f.name === e.watch && overlaps(f, e)));
    const extra = found.filter((f) => !expected.some((e) => e.watch === f.name && overlaps(f, e)));
    tp += expected.length - missed.length;
    fn += missed.length;
    fp += extra.length;
    if (missed.length > 0 || extra.length > 0) {
      failures.push(
        `${s.id}${s.trap ? ` [trap: ${s.trap}]` : ''}: ${missed.map((m) => `missed ${m.watch} "${m.found}"`).join(', ')}${missed.length && extra.length ? '; ' : ''}${extra
          .map((f) => `wrongly found ${f.name} "${s.text.slice(f.start, f.end)}"`)
          .join(', ')} — ${s.text}`,
      );
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), tp, fp, fn, failures };
}

describe('the labeled evaluation set (English, French, Arabic; variants and traps)', () => {
  const sentences = load('sentences.json');

  it('holds sentences in all three languages, traps among them', () => {
    for (const lang of ['en', 'fr', 'ar']) expect(sentences.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(60);
    expect(sentences.filter((s) => s.trap).length).toBeGreaterThanOrEqual(50);
  });

  it('is matched with precision >= 0.98 and recall >= 0.95', () => {
    const r = score(sentences);
    const report = `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})\n${r.failures.join('\n')}`;
    expect(r.precision, report).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, report).toBeGreaterThanOrEqual(0.95);
  });
});

describe('area watches', () => {
  it('find a governorate by its own name and by any place inside it, and a radius by the places within it', () => {
    const r = score(load('area-sentences.json'));
    const report = `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}\n${r.failures.join('\n')}`;
    expect(r.precision, report).toBeGreaterThanOrEqual(0.98);
    expect(r.recall, report).toBeGreaterThanOrEqual(0.95);
  });

  it('report the place found under the area watch', () => {
    const m = matcherFor(['Deir Ezzor +50km']);
    expect(m.find('Clashes in Mayadin and in Raqqa.').map((x) => [x.name, x.alias])).toEqual([['Deir Ezzor +50km', 'Mayadin']]);
    const g = matcherFor(['Raqqa Governorate']);
    expect(g.find('Tabqa fell; Raqqa province is next; Aleppo is far.').map((x) => x.name)).toEqual(['Raqqa Governorate', 'Raqqa Governorate']);
  });
});
