import { describe, expect, it } from 'vitest';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import {
  isMatchable,
  MIN_LENGTH_RATIO,
  MIN_STORY_SHINGLES,
  SAME_STORY_THRESHOLD,
  sameStory,
  storySignature,
  storySimilarity,
} from '../../../functions/core/stories/same-story.js';
import { seed } from '../../support/seeds.js';

const seedArticle = (n: number) => parseNormalForm(seed(n));

describe('sameStory', () => {
  it('finds seed 000 (Mondialisation.ca) in its Global Research repost: new title, intro note, lede run into the body', () => {
    const original = seedArticle(0);
    const repost = {
      lede: '',
      body: [
        'This report by South Front is reposted with the author’s permission.',
        original.lede,
        ...original.body,
        'Featured image is from SouthFront.',
      ],
    };
    expect(sameStory(storySignature(original), storySignature(repost))).toBe(true);
  });

  it('keeps apart seeds 002 and 003: South Front reports on the same front three days apart', () => {
    expect(sameStory(storySignature(seedArticle(2)), storySignature(seedArticle(3)))).toBe(false);
  });

  it('keeps apart seeds 000 and 001: Manbij and Marea in the same week, two outlets', () => {
    expect(storySimilarity(storySignature(seedArticle(0)), storySignature(seedArticle(1)))).toBeLessThan(0.1);
  });

  it('reads the body, not the title or the boilerplate', () => {
    const a = seedArticle(3);
    const b = { ...a, title: 'Another title', boilerplate: ['Other chrome entirely.'] };
    expect(storySimilarity(storySignature(a), storySignature(b))).toBe(1);
  });

  it('is symmetric', () => {
    const a = storySignature(seedArticle(2));
    const b = storySignature({ lede: '', body: seedArticle(2).body.slice(0, 6) });
    expect(storySimilarity(a, b)).toBe(storySimilarity(b, a));
  });

  it('never matches a text too short to tell (a one-line caption)', () => {
    const caption = { lede: '', body: ['Video: Syrian Army Advances Near Palmyra'] };
    const s = storySignature(caption);
    expect(s.shingles).toBeLessThan(MIN_STORY_SHINGLES);
    expect(isMatchable(s)).toBe(false);
    expect(sameStory(s, s)).toBe(false);
  });

  it('keeps a one-paragraph flash and the full report that follows it apart, in either order', () => {
    const report = seedArticle(3);
    const flash = storySignature({ lede: '', body: report.body.slice(0, 1) });
    const full = storySignature(report);
    expect(flash.shingles).toBeLessThan(MIN_LENGTH_RATIO * full.shingles);
    expect(sameStory(flash, full)).toBe(false);
    expect(sameStory(full, flash)).toBe(false);
  });

  it('still finds a copy cut to its first half', () => {
    const report = seedArticle(3);
    const half = storySignature({ lede: '', body: report.body.slice(0, 6) });
    expect(sameStory(storySignature(report), half)).toBe(true);
  });

  it('takes another threshold when asked', () => {
    const a = storySignature(seedArticle(2));
    const half = storySignature({ lede: '', body: seedArticle(2).body.slice(0, 6) });
    expect(sameStory(a, half, 1.01)).toBe(false);
    expect(SAME_STORY_THRESHOLD).toBeGreaterThan(0.5);
  });
});
