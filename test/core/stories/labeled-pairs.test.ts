import { describe, expect, it } from 'vitest';
import { detectorDecision, scorePairs } from '../../fixtures/story-pairs/evaluate.js';
import { baseArticles, storyPairs } from '../../fixtures/story-pairs/pairs.js';
import { makeVariant, VARIANT_KINDS } from '../../fixtures/story-pairs/variants.js';

/**
 * The detector on the labeled pairs, as `npm run bench` reports it
 * (precision 100%, recall 100% at the chosen threshold), less a margin of
 * about one pair each way.
 */
describe('the story detector on the labeled pairs', () => {
  const pairs = storyPairs();

  it('has a set of the size the bench reports, a third or more of it copies', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(120);
    expect(pairs.filter((p) => p.same).length / pairs.length).toBeGreaterThan(1 / 3);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(40);
  });

  it.each(VARIANT_KINDS)('has copies whose text the %s edit really changed', (kind) => {
    const base = baseArticles().find((b) => b.id === 'a1-deir-ezzor-airport');
    if (!base) throw new Error('no base a1');
    const copy = makeVariant(base, kind, base.outlet);
    expect([copy.title, copy.lede, ...copy.body].join('\n')).not.toBe([base.title, base.lede, ...base.body].join('\n'));
  });

  it('keeps its precision and recall', async () => {
    const score = await scorePairs(pairs, detectorDecision());
    expect(score.wrong.length, `decided wrongly: ${score.wrong.join('; ')}`).toBeLessThanOrEqual(2);
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('merges no different stories even at a threshold 0.1 lower', async () => {
    const score = await scorePairs(pairs, detectorDecision({ threshold: 0.5 }));
    expect(score.falsePositives).toBe(0);
  });
});
