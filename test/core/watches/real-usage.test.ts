import { describe, expect, it } from 'vitest';

import { DEFAULT_LEXICON } from '../../../functions/core/watches/default-lexicon.js';
import { loadRealUsage, scoreLabeled } from '../../support/watch-eval.js';

const report = (r: ReturnType<typeof scoreLabeled>): string =>
  `precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})\n${r.failures.join('\n')}`;

/** Sentences of an item: ICU's count, as a reader would. */
const sentences = (text: string, lang: string): number =>
  [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].length;

describe('the real-usage set (short articles written after published usage, scored against the default list)', () => {
  const sets = (['en', 'fr', 'ar'] as const).map((lang) => [lang, loadRealUsage(lang)] as const);

  it('holds 400+ sentences, each language well represented, a third of them or more traps', () => {
    let total = 0;
    let items = 0;
    let traps = 0;
    for (const [lang, set] of sets) {
      const n = set.reduce((sum, s) => sum + sentences(s.text, lang), 0);
      expect(n, lang).toBeGreaterThanOrEqual(120);
      total += n;
      items += set.length;
      traps += set.filter((s) => s.trap).length;
    }
    expect(total).toBeGreaterThanOrEqual(400);
    expect(traps / items).toBeGreaterThanOrEqual(1 / 3);
  });

  it.each(['en', 'fr', 'ar'] as const)('is matched in %s with precision >= 0.97 and recall >= 0.95', (lang) => {
    const set = sets.find(([l]) => l === lang)?.[1] ?? [];
    const r = scoreLabeled(DEFAULT_LEXICON, set);
    expect(r.precision, report(r)).toBeGreaterThanOrEqual(0.97);
    expect(r.recall, report(r)).toBeGreaterThanOrEqual(0.95);
  });
});
