import type { Article } from '../article.js';
import {
  estimateContainment,
  minHashSignature,
  STORY_SCHEME,
  type MinHashScheme,
  type StorySignature,
} from './minhash.js';
import { storyText, storyWordHashes } from './story-text.js';

/**
 * Below this many distinct shingles (a dozen words or so) a text is too short
 * to tell a copy from two items that open alike ("Video: ..." with a single
 * caption line): such an article is always its own story.
 */
export const MIN_STORY_SHINGLES = 12;

/**
 * The least share of the longer text's length the shorter one must have for
 * the two to be one story. Containment alone would make a one-paragraph
 * flash and the full report that follows it one story, whichever came
 * first, and the report is news the flash was not; a copy cut to its first
 * half (0.45 of the full text on the labeled pairs) still counts.
 */
export const MIN_LENGTH_RATIO = 1 / 3;

/**
 * The estimated containment from which two texts are one story, chosen on
 * the labeled pairs (test/fixtures/story-pairs; `npm run bench` prints the
 * sweep). There, different stories reach a containment of at most 0.45 (two
 * short reports of one outlet ending with the same appeal, under the same
 * chrome; a roundup quoting two paragraphs of a report) and copies at least
 * 0.75 (chrome added, title changed, lede shortened and a paragraph cut, all
 * at once): the threshold is the middle of that gap, which leaves room for
 * the estimate's error (at most 0.12 there).
 */
export const SAME_STORY_THRESHOLD = 0.6;

/** The signature of an article's story text (lede and body). */
export function storySignature(
  article: Pick<Article, 'lede' | 'body'>,
  scheme: MinHashScheme = STORY_SCHEME,
): StorySignature {
  return minHashSignature(storyWordHashes(storyText(article)), scheme);
}

/** Whether a signature has enough text to be matched at all. */
export function isMatchable(signature: StorySignature): boolean {
  return signature.shingles >= MIN_STORY_SHINGLES;
}

/**
 * How alike two stories are, 0 to 1: the estimated share of the shorter
 * text's shingles the longer one holds. Containment rather than Jaccard,
 * since a republisher cuts a paragraph or runs only the first half. 0 when
 * either text is too short to tell, or the shorter is under MIN_LENGTH_RATIO
 * of the longer.
 */
export function storySimilarity(a: StorySignature, b: StorySignature): number {
  if (!isMatchable(a) || !isMatchable(b)) return 0;
  if (Math.min(a.shingles, b.shingles) < MIN_LENGTH_RATIO * Math.max(a.shingles, b.shingles)) return 0;
  return estimateContainment(a, b);
}

/** Whether two signatures are one story. */
export function sameStory(a: StorySignature, b: StorySignature, threshold = SAME_STORY_THRESHOLD): boolean {
  return storySimilarity(a, b) >= threshold;
}
