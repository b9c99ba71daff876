import type { StorySignature } from './minhash.js';

/** What is kept of an article to recognise later copies of its story. */
export interface StoryEntry {
  articleId: string;
  /** The id of the story's first article: the article's own id when it is no copy. */
  storyId: string;
  /** The earlier article it was found to copy, when it is a copy. */
  copyOf?: string;
  signature: StorySignature;
  /** Epoch seconds after which the entry counts as gone (a DynamoDB TTL attribute deletes it some time later). */
  expiresAt: number;
}

/**
 * Where story signatures live between runs and Lambda invocations. In the
 * DynamoDB table: per band key an item `STORY#<band key>` holding the set of
 * article ids under it, and per article one item with the encoded signature
 * (encodeSignature, 0.7 KB), both with a TTL; a look-up is one BatchGetItem
 * of the bands, then one of the candidates' signatures.
 */
export interface StorySignatureStore {
  /**
   * The entries that share at least one band key with these, each once,
   * expired ones included or not. A store may cap how many it reads, keeping
   * those that share the most bands.
   */
  findCandidates(bandKeys: readonly string[]): Promise<StoryEntry[]>;
  /** Records an entry under each of its band keys; adding an article again replaces its entry. */
  add(entry: StoryEntry, bandKeys: readonly string[]): Promise<void>;
}
