import type { Article } from '../article.js';
import { bandKeys, type MinHashScheme, STORY_SCHEME, type StorySignature } from './minhash.js';
import { isMatchable, SAME_STORY_THRESHOLD, storySignature, storySimilarity } from './same-story.js';
import type { KeyedLock } from './keyed-lock.js';
import type { StoryEntry, StorySignatureStore } from './story-signature-store.js';

export interface StoryDecision {
  /** The story the article tells: the first article's id, the article's own when it is the first. */
  storyId: string;
  /** The earlier article it copies, when it is a copy. */
  copyOf?: string;
  /** The similarity to that article. */
  similarity?: number;
}

export interface FindCopyOptions {
  /** ISO time of the ingest, from the caller's clock. */
  now: string;
  /** How long an article's signature is kept for later copies to find. */
  keepDays?: number;
  threshold?: number;
  /**
   * Decides articles handled at once in this process one after the other when
   * their bands meet: a copy handled beside its original then finds the
   * original's signature, instead of both finding nothing. Unrelated articles
   * go on at once.
   */
  lock?: KeyedLock;
  /** For measurements only: the stored signatures must all have been made with the same scheme. */
  scheme?: MinHashScheme;
}

/** Outlets repost a report within days, Mondialisation.ca sometimes weeks later; at 17 small items per article, a month is cheap. */
export const DEFAULT_KEEP_DAYS = 30;

const DAY_SECONDS = 86_400;

/**
 * Which story an article tells: an earlier article's story when the store
 * holds a copy of its text, else a story of its own. The article's signature
 * is then recorded, so that later copies find it. Asking again for the same
 * article gives the same answer (a replay, a retried Lambda).
 */
export async function findEarlierCopy(
  article: Pick<Article, 'id' | 'lede' | 'body'>,
  store: StorySignatureStore,
  options: FindCopyOptions,
): Promise<StoryDecision> {
  const nowMs = Date.parse(options.now);
  if (Number.isNaN(nowMs)) throw new RangeError(`findEarlierCopy: not an ISO time: ${options.now}`);
  const nowSeconds = Math.floor(nowMs / 1000);
  const scheme = options.scheme ?? STORY_SCHEME;
  const signature = storySignature(article, scheme);
  if (!isMatchable(signature)) return { storyId: article.id };
  const keys = bandKeys(signature, scheme);
  const decide = () => decideAndRecord(article.id, { signature, keys, nowSeconds }, store, options);
  return options.lock ? options.lock.run(keys, decide) : decide();
}

/** The look-up and the record, which the lock keeps together. */
async function decideAndRecord(
  articleId: string,
  { signature, keys, nowSeconds }: { signature: StorySignature; keys: readonly string[]; nowSeconds: number },
  store: StorySignatureStore,
  options: FindCopyOptions,
): Promise<StoryDecision> {
  const threshold = options.threshold ?? SAME_STORY_THRESHOLD;

  const candidates = (await store.findCandidates(keys)).filter((c) => c.expiresAt > nowSeconds);
  const own = candidates.find((c) => c.articleId === articleId);
  let decision: StoryDecision;
  if (own) {
    decision = own.copyOf === undefined ? { storyId: own.storyId } : { storyId: own.storyId, copyOf: own.copyOf };
  } else {
    let best: { entry: StoryEntry; similarity: number } | undefined;
    for (const entry of candidates) {
      if (entry.signature.hashes.length !== signature.hashes.length) continue;
      const similarity = storySimilarity(signature, entry.signature);
      if (similarity < threshold) continue;
      // Most alike first; on a tie, the smaller story id, so that the answer does not hang on the store's order.
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && entry.storyId < best.entry.storyId)
      ) {
        best = { entry, similarity };
      }
    }
    decision = best
      ? { storyId: best.entry.storyId, copyOf: best.entry.articleId, similarity: best.similarity }
      : { storyId: articleId };
  }
  const keepDays = options.keepDays ?? DEFAULT_KEEP_DAYS;
  await store.add(
    {
      articleId,
      storyId: decision.storyId,
      ...(decision.copyOf === undefined ? {} : { copyOf: decision.copyOf }),
      signature,
      expiresAt: nowSeconds + Math.round(keepDays * DAY_SECONDS),
    },
    keys,
  );
  return decision;
}
