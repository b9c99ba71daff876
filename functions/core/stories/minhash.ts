import { mix32 } from './hash32.js';

/** How a story's signature is made; signatures made otherwise are not comparable. */
export interface MinHashScheme {
  /** Words per shingle. */
  shingleWords: number;
  /** MinHash values per signature: the estimate's error shrinks as 1/sqrt(hashes). */
  hashes: number;
  /** LSH bands: one stored key each, made of `rows` values; bands * rows of the hashes are used. */
  bands: number;
  rows: number;
}

/**
 * The scheme chosen on the labeled pairs (test/fixtures/story-pairs; `npm run
 * bench` prints the comparisons). Shingles of 3 to 6 words leave about the
 * same gap there between copies and different stories that share the stock
 * phrases of one front (0.28 to 0.30 in containment; 2 words, 0.22): 4 is
 * in the middle. 128 hashes estimate the
 * containment within 0.12 on every pair there (64: 0.14; the error shrinks
 * as 1/sqrt(hashes)). 16 bands of 2 rows make a pair a candidate with a
 * probability of 0.89 from a Jaccard similarity of 0.36 (a copy cut to its
 * first half) and 0.99 from 0.5, for 16 stored keys per article.
 */
export const STORY_SCHEME: MinHashScheme = { shingleWords: 4, hashes: 128, bands: 16, rows: 2 };

/**
 * A story's MinHash signature and the count of distinct shingles it was made
 * from. Hashes are signed 32-bit integers, which V8 keeps unboxed; ordered as
 * signed numbers they are as good a permutation as unsigned ones.
 */
export interface StorySignature {
  readonly hashes: Int32Array;
  readonly shingles: number;
}

const MAX_HASHES = 1024;

function checkScheme(scheme: MinHashScheme): void {
  const { shingleWords, hashes, bands, rows } = scheme;
  if (!Number.isInteger(shingleWords) || shingleWords < 1)
    throw new RangeError(`shingleWords must be >= 1: ${shingleWords}`);
  if (!Number.isInteger(hashes) || hashes < 1 || hashes > MAX_HASHES) {
    throw new RangeError(`hashes must be 1..${MAX_HASHES}: ${hashes}`);
  }
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > hashes) {
    throw new RangeError(`bands (${bands}) * rows (${rows}) must be 1..hashes (${hashes})`);
  }
}

/**
 * The distinct hashes of a text's runs of `n` consecutive words, sorted,
 * from the words' hashes (storyWordHashes). A text of fewer than `n` words
 * has one shingle of all its words; no words, none.
 */
export function shingleHashes(wordHashes: Int32Array, n: number): Int32Array {
  const width = Math.min(n, wordHashes.length);
  const count = wordHashes.length === 0 ? 0 : wordHashes.length - width + 1;
  const all = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5 | 0;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ (wordHashes[i + j] as number), 0x01000193);
    all[i] = mix32(h);
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i] as number;
  return all.subarray(0, distinct);
}

/**
 * The MinHash signature of a text's words (their hashes), by one-permutation hashing with
 * optimal densification (Shrivastava, ICML 2017): each shingle hash falls in
 * one of `hashes` bins by its value and each bin keeps its least hash; an
 * empty bin borrows the value of a filled bin picked by a hash of its index
 * and the attempt, the same for every text. The share of equal bins
 * estimates the Jaccard similarity as the share of equal minima of `hashes`
 * permutations does, at one hash per shingle instead of `hashes`
 * (`npm run bench` prints both).
 */
export function minHashSignature(wordHashes: Int32Array, scheme: MinHashScheme = STORY_SCHEME): StorySignature {
  checkScheme(scheme);
  const shingles = shingleHashes(wordHashes, scheme.shingleWords);
  const n = scheme.hashes;
  const mins = new Int32Array(n).fill(0x7fffffff);
  const filled = new Uint8Array(n);
  for (let k = 0; k < shingles.length; k++) {
    const h = shingles[k] as number;
    const bin = binOf(h, n);
    if (!filled[bin] || h < (mins[bin] as number)) mins[bin] = h;
    filled[bin] = 1;
  }
  if (shingles.length > 0) {
    for (let bin = 0; bin < n; bin++) {
      if (filled[bin]) continue;
      for (let attempt = 1; ; attempt++) {
        const from = binOf(mix32(Math.imul(bin + 1, 0x9e3779b9) ^ Math.imul(attempt, 0x85ebca6b)), n);
        if (filled[from]) {
          mins[bin] = mins[from] as number;
          break;
        }
      }
    }
  }
  return { hashes: mins, shingles: shingles.length };
}

/** The bin of a hash among `n`, by its value read as unsigned. */
function binOf(h: number, n: number): number {
  return Math.floor(((h >>> 0) * n) / 4294967296);
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/**
 * The LSH band keys of a signature, "<band>#<16 hex digits>": two signatures
 * share a key when all the rows of one band are equal, which happens with a
 * probability of J^rows per band for a Jaccard similarity J.
 */
export function bandKeys(signature: StorySignature, scheme: MinHashScheme = STORY_SCHEME): string[] {
  checkScheme(scheme);
  if (signature.hashes.length !== scheme.hashes) {
    throw new RangeError(`signature has ${signature.hashes.length} hashes, the scheme ${scheme.hashes}`);
  }
  const rows = scheme.rows;
  const keys: string[] = [];
  for (let b = 0; b < scheme.bands; b++) {
    let h1 = mix32(b + 0x2545f491);
    let h2 = mix32(b + 0x6c8e9cf5);
    for (let r = 0; r < rows; r++) {
      const v = signature.hashes[b * rows + r] as number;
      h1 = mix32(Math.imul(h1 ^ v, 0x01000193));
      h2 = mix32(Math.imul(h2 ^ v, 0x27d4eb2f) + 1);
    }
    keys.push(`${String(b).padStart(2, '0')}#${hex8(h1)}${hex8(h2)}`);
  }
  return keys;
}

/** The share of equal MinHash values: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: StorySignature, b: StorySignature): number {
  const n = a.hashes.length;
  if (n !== b.hashes.length || n === 0) return 0;
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let equal = 0;
  for (let i = 0; i < n; i++) if (a.hashes[i] === b.hashes[i]) equal++;
  return equal / n;
}

/**
 * How much of the shorter text the longer one holds, |A ∩ B| / min(|A|, |B|),
 * from the Jaccard estimate and the two set sizes: 1 for an excerpt or a copy
 * with a paragraph cut, where the Jaccard similarity is only the length ratio.
 */
export function estimateContainment(a: StorySignature, b: StorySignature): number {
  const j = estimateJaccard(a, b);
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  const common = (j * (a.shingles + b.shingles)) / (1 + j);
  return Math.min(1, common / smaller);
}

const PREFIX = 'mh1';

/** A signature as a string to persist: "mh1:<shingles>:<hashes as base64url, little-endian>". */
export function encodeSignature(signature: StorySignature): string {
  const bytes = new Uint8Array(signature.hashes.length * 4);
  const view = new DataView(bytes.buffer);
  for (const [i, h] of signature.hashes.entries()) view.setInt32(i * 4, h, true);
  return `${PREFIX}:${signature.shingles}:${Buffer.from(bytes).toString('base64url')}`;
}

/** The signature an `encodeSignature` string holds; throws a RangeError naming what is wrong. */
export function decodeSignature(encoded: string): StorySignature {
  const [prefix, count, data, ...rest] = encoded.split(':');
  if (prefix !== PREFIX || rest.length > 0 || count === undefined || data === undefined) {
    throw new RangeError(`not a story signature: ${encoded.slice(0, 40)}`);
  }
  const shingles = Number(count);
  if (!/^\d+$/.test(count) || !Number.isSafeInteger(shingles)) {
    throw new RangeError(`story signature has a bad shingle count: ${count.slice(0, 20)}`);
  }
  if (!/^[A-Za-z0-9_-]*$/.test(data)) throw new RangeError('story signature is not base64url');
  const bytes = Buffer.from(data, 'base64url');
  if (bytes.length === 0 || bytes.length % 4 !== 0) {
    throw new RangeError(`story signature holds ${bytes.length} bytes, not a whole number of hashes`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const hashes = Int32Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(i * 4, true));
  return { hashes, shingles };
}
