import { hashString, mix32 } from './hash32.js';

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
 * The scheme chosen on the labeled pairs (test/fixtures/story-pairs, `npm run
 * bench`): 4-word shingles keep apart two reports that share the stock
 * phrases of one front ("the Syrian Arab Army and its allies"), and 16 bands
 * of 4 rows make any pair with a Jaccard similarity of 0.6 or more a
 * candidate with a probability of 0.9 or more, for 16 keys per article.
 */
export const STORY_SCHEME: MinHashScheme = { shingleWords: 4, hashes: 64, bands: 16, rows: 3 };

/** A story's MinHash signature and the count of distinct shingles it was made from. */
export interface StorySignature {
  readonly hashes: Uint32Array;
  readonly shingles: number;
}

const MAX_SEEDS = 1024;
const SEEDS = Uint32Array.from({ length: MAX_SEEDS }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

function checkScheme(scheme: MinHashScheme): void {
  const { shingleWords, hashes, bands, rows } = scheme;
  if (!Number.isInteger(shingleWords) || shingleWords < 1)
    throw new RangeError(`shingleWords must be >= 1: ${shingleWords}`);
  if (!Number.isInteger(hashes) || hashes < 1 || hashes > MAX_SEEDS) {
    throw new RangeError(`hashes must be 1..${MAX_SEEDS}: ${hashes}`);
  }
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > hashes) {
    throw new RangeError(`bands (${bands}) * rows (${rows}) must be 1..hashes (${hashes})`);
  }
}

/**
 * The distinct hashes of a text's runs of `n` consecutive words. A text of
 * fewer than `n` words has one shingle of all its words; no words, none.
 */
export function shingleHashes(words: readonly string[], n: number): Set<number> {
  const tokens = words.map(hashString);
  const out = new Set<number>();
  const last = tokens.length < n ? Math.min(tokens.length, 1) : tokens.length - n + 1;
  const width = Math.min(n, tokens.length);
  for (let i = 0; i < last; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < width; j++) h = mix32(Math.imul(h ^ (tokens[i + j] ?? 0), 0x01000193));
    out.add(h);
  }
  return out;
}

/** The MinHash signature of a text's words: for each of `hashes` permutations, the least permuted shingle hash. */
export function minHashSignature(words: readonly string[], scheme: MinHashScheme = STORY_SCHEME): StorySignature {
  checkScheme(scheme);
  const shingles = shingleHashes(words, scheme.shingleWords);
  const n = scheme.hashes;
  const mins = new Uint32Array(n).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < n; i++) {
      // mix32 inlined: this loop is the signature's whole cost.
      let x = (s ^ (SEEDS[i] as number)) >>> 0;
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      x >>>= 0;
      if (x < (mins[i] as number)) mins[i] = x;
    }
  }
  return { hashes: mins, shingles: shingles.size };
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

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
  signature.hashes.forEach((h, i) => view.setUint32(i * 4, h, true));
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
  const hashes = Uint32Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true));
  return { hashes, shingles };
}
