import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { findEarlierCopy } from '../functions/core/stories/find-earlier-copy.js';
import { MemorySignatureStore } from '../functions/core/stories/memory-signature-store.js';
import {
  bandKeys,
  encodeSignature,
  estimateContainment,
  estimateJaccard,
  type MinHashScheme,
  minHashSignature,
  STORY_SCHEME,
  shingleHashes,
} from '../functions/core/stories/minhash.js';
import { SAME_STORY_THRESHOLD, storySignature, storySimilarity } from '../functions/core/stories/same-story.js';
import { storyText, storyWordHashes, storyWords } from '../functions/core/stories/story-text.js';
import { detectorDecision, type PairScore, scorePairs } from '../test/fixtures/story-pairs/evaluate.js';
import { baseArticles, type PairArticle, pairSources, storyPairs } from '../test/fixtures/story-pairs/pairs.js';
import { random } from './generate-articles.js';

/**
 * `npx tsx bench/near-duplicate-bench.ts`: the story detector (MinHash over
 * 4-word shingles, LSH bands, estimated containment) on the labeled pairs of
 * test/fixtures/story-pairs, beside an exact hash of the normalized text and
 * exact Jaccard / containment over full shingle sets; then its cost per
 * article against a store of 10,000 others.
 */
const sources = pairSources(resolve('.'));
const pairs = storyPairs(sources);
const positives = pairs.filter((p) => p.same).length;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
const row = (label: string, s: PairScore): string =>
  `  ${label.padEnd(52)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  (fp ${s.falsePositives}, fn ${s.falseNegatives})`;

const wordsOf = (a: PairArticle): Int32Array => storyWordHashes(storyText(a));
const exactKey = (a: PairArticle): string =>
  createHash('sha256')
    .update(storyWords(storyText(a)).join(' '))
    .digest('hex');

/** How many values two sorted, distinct arrays share. */
function common(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if (a === b) {
      n++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return n;
}

function exactSets(a: PairArticle, b: PairArticle): { jaccard: number; containment: number } {
  const x = shingleHashes(wordsOf(a), STORY_SCHEME.shingleWords);
  const y = shingleHashes(wordsOf(b), STORY_SCHEME.shingleWords);
  const both = common(x, y);
  const union = x.length + y.length - both;
  const smaller = Math.min(x.length, y.length);
  return { jaccard: union === 0 ? 0 : both / union, containment: smaller === 0 ? 0 : both / smaller };
}

console.log(
  `Near-duplicate stories: ${pairs.length} labeled pairs (${positives} copies, ${pairs.length - positives} different stories) from ${baseArticles(sources).length} base articles; translations are not in the set.`,
);
const chosen = await scorePairs(pairs, detectorDecision());
console.log(row(`MinHash + LSH, containment >= ${SAME_STORY_THRESHOLD} (the detector)`, chosen));
for (const name of chosen.wrong) console.log(`      wrong: ${name}`);
console.log(row('exact hash of the normalized text', await scorePairs(pairs, (a, b) => exactKey(a) === exactKey(b))));
for (const t of [0.3, 0.5]) {
  console.log(
    row(`exact Jaccard of shingle sets >= ${t}`, await scorePairs(pairs, (a, b) => exactSets(a, b).jaccard >= t)),
  );
}
console.log(
  row(
    `exact containment of shingle sets >= ${SAME_STORY_THRESHOLD}`,
    await scorePairs(pairs, (a, b) => exactSets(a, b).containment >= SAME_STORY_THRESHOLD),
  ),
);

// Where the two kinds of pair lie: the threshold goes in the gap.
const scores = pairs.map((p) => {
  const a = storySignature(p.first);
  const b = storySignature(p.second);
  return { same: p.same, containment: storySimilarity(a, b), jaccard: estimateJaccard(a, b) };
});
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}..${Math.max(...xs).toFixed(2)}`;
for (const key of ['containment', 'jaccard'] as const) {
  console.log(
    `  estimated ${key.padEnd(11)}: copies ${range(scores.filter((s) => s.same).map((s) => s[key]))}, different stories ${range(scores.filter((s) => !s.same).map((s) => s[key]))}`,
  );
}
for (const shingleWords of [2, 3, 4, 5, 6]) {
  const containment = (a: PairArticle, b: PairArticle): number => {
    const x = shingleHashes(wordsOf(a), shingleWords);
    const y = shingleHashes(wordsOf(b), shingleWords);
    return common(x, y) / Math.max(1, Math.min(x.length, y.length));
  };
  const values = pairs.map((p) => ({ same: p.same, c: containment(p.first, p.second) }));
  const lowestCopy = Math.min(...values.filter((v) => v.same).map((v) => v.c));
  const highestOther = Math.max(...values.filter((v) => !v.same).map((v) => v.c));
  const mark = shingleWords === STORY_SCHEME.shingleWords ? ' (chosen)' : '';
  console.log(
    `  ${shingleWords}-word shingles${mark}: exact containment of copies from ${lowestCopy.toFixed(2)}, of different stories up to ${highestOther.toFixed(2)}, gap ${(lowestCopy - highestOther).toFixed(2)}`,
  );
}
const probeless: PairArticle = { id: '', title: '', outlet: '', lede: '', body: [] };
for (const hashes of [64, 128, 256]) {
  const scheme = { ...STORY_SCHEME, hashes };
  const errors = pairs.map((p) => {
    const estimate = estimateContainment(
      minHashSignature(wordsOf(p.first), scheme),
      minHashSignature(wordsOf(p.second), scheme),
    );
    return Math.abs(estimate - exactSets(p.first, p.second).containment);
  });
  const mark = hashes === STORY_SCHEME.hashes ? ' (chosen)' : '';
  console.log(
    `  containment estimate with ${hashes} hashes${mark}: error mean ${(errors.reduce((a, b) => a + b, 0) / errors.length).toFixed(3)}, max ${Math.max(...errors).toFixed(3)}; signature ${encodeSignature(minHashSignature(wordsOf(pairs[0]?.first ?? probeless), scheme)).length} B encoded`,
  );
}
console.log('  threshold sweep (the detector, containment):');
for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  const s = await scorePairs(pairs, detectorDecision({ threshold }));
  console.log(`    >= ${threshold.toFixed(1)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
}

console.log('  LSH bands (keys stored per article; chance that a pair of Jaccard J becomes a candidate):');
const SCHEMES: MinHashScheme[] = [
  { ...STORY_SCHEME, bands: 16, rows: 4 },
  { ...STORY_SCHEME, bands: 16, rows: 3 },
  { ...STORY_SCHEME, bands: 16, rows: 2 },
  { ...STORY_SCHEME, bands: 32, rows: 2 },
];
const candidateChance = (j: number, s: MinHashScheme): number => 1 - (1 - j ** s.rows) ** s.bands;
for (const scheme of SCHEMES) {
  const s = await scorePairs(pairs, detectorDecision({ scheme }));
  const curve = [0.3, 0.4, 0.5, 0.7].map((j) => `J=${j}: ${candidateChance(j, scheme).toFixed(2)}`).join(', ');
  const mark = scheme.bands === STORY_SCHEME.bands && scheme.rows === STORY_SCHEME.rows ? ' (chosen)' : '';
  console.log(
    `    ${`${scheme.bands} x ${scheme.rows}${mark}`.padEnd(16)} recall ${pct(s.recall)}  precision ${pct(s.precision)}  ${curve}`,
  );
}

// Cost: a typical 5 KB article looked up in a store holding 10,000 others.
const bases = baseArticles(sources);
const english = bases.filter((b) => !/[\u0600-\u06ff]/u.test(b.body.join(' ')));
const paragraphs = english.flatMap((b) => b.body);
const rnd = random(20170909);
const vocabulary = paragraphs.join(' ').split(' ');
/** An unrelated article of about `chars` characters: paragraphs of 60 words drawn at random from the set's English words. */
function article(id: number, chars: number): PairArticle {
  const body: string[] = [];
  let size = 0;
  while (size < chars) {
    const p = Array.from({ length: 60 }, () => vocabulary[Math.floor(rnd() * vocabulary.length)] ?? '').join(' ');
    body.push(p);
    size += p.length + 1;
  }
  return { id: `bg-${id}`, title: `Report ${id}`, outlet: 'bench', lede: '', body };
}

const STORED = 10_000;
const now = '2017-09-10T12:00:00Z';
const store = new MemorySignatureStore();
const background = Array.from({ length: STORED }, (_, i) => article(i, 5000));
for (const a of background) await findEarlierCopy(a, store, { now });
const probes = Array.from({ length: 500 }, (_, i) => article(STORED + i, 5000));
const kb = probes.reduce((n, a) => n + Buffer.byteLength(storyText(a)), 0) / probes.length / 1024;

/** CPU µs per probe article (user + system: the machine may be shared, so wall time would overstate), after a warm-up. */
const cpuTime = async (fn: (a: PairArticle) => unknown): Promise<number> => {
  for (const a of probes.slice(0, 50)) await fn(a);
  const t0 = process.cpuUsage();
  for (const a of probes) await fn(a);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / probes.length;
};

/** The textbook MinHash, for comparison: `hashes` seeded hashes of every shingle, each keeping its least. */
function classicMinHash(words: Int32Array, hashes: number): Int32Array {
  const seeds = Int32Array.from({ length: hashes }, (_, i) => Math.imul(i + 1, 0x9e3779b9));
  const shingles = shingleHashes(words, STORY_SCHEME.shingleWords);
  const mins = new Int32Array(hashes).fill(0x7fffffff);
  for (let k = 0; k < shingles.length; k++) {
    const s = shingles[k] as number;
    for (let i = 0; i < hashes; i++) {
      let x = s ^ (seeds[i] as number);
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      if (x < (mins[i] as number)) mins[i] = x;
    }
  }
  return mins;
}

const signatureUs = await cpuTime((a) => bandKeys(storySignature(a)));
let candidates = 0;
const lookupUs = await cpuTime(async (a) => {
  candidates += (await store.findCandidates(bandKeys(storySignature(a)))).length;
});
const classicUs = await cpuTime((a) => classicMinHash(wordsOf(a), STORY_SCHEME.hashes));
const exactUs = await cpuTime((a) => exactKey(a));
const shingleUs = await cpuTime((a) => shingleHashes(wordsOf(a), STORY_SCHEME.shingleWords));
const stored = background.slice(0, 1000).map((a) => shingleHashes(wordsOf(a), STORY_SCHEME.shingleWords));
const fullProbes = probes.slice(0, 10);
const f0 = process.cpuUsage();
for (const a of fullProbes) {
  const x = shingleHashes(wordsOf(a), STORY_SCHEME.shingleWords);
  for (const y of stored) common(x, y);
}
const f1 = process.cpuUsage(f0);
const fullMs = ((f1.user + f1.system) / fullProbes.length / 1000) * (STORED / stored.length);

// DynamoDB counts an item's size as its attribute names plus values.
const sample = storySignature(probes[0] as PairArticle);
const ttl = 'expiresAt'.length + 7;
const bandItem = 'pk'.length + 'STORY#00#0123456789abcdef'.length + 'sk'.length + 16 + 'storyId'.length + 16 + ttl;
const signatureItem =
  'pk'.length +
  'STORYSIG#0123456789abcdef'.length +
  'sk'.length +
  1 +
  'signature'.length +
  encodeSignature(sample).length +
  ttl;
const persisted = STORY_SCHEME.bands * bandItem + signatureItem;
const fullItem = 'pk'.length + 30 + 'shingles'.length + Math.ceil((sample.shingles * 4 * 4) / 3) + ttl;

console.log(
  `Cost per article (${kb.toFixed(1)} KB of text, ${sample.shingles} shingles), CPU time, looked up among ${STORED.toLocaleString('en')} stored unrelated articles:`,
);
console.log(
  `  ${'the detector (one-permutation MinHash)'.padEnd(40)} signature + band keys ${signatureUs.toFixed(0).padStart(4)} µs, with the in-memory lookup ${lookupUs.toFixed(0).padStart(4)} µs (${(candidates / (probes.length + 50)).toFixed(2)} candidates); persisted ${STORY_SCHEME.bands} band items x ${bandItem} B + 1 signature item x ${signatureItem} B = ${(persisted / 1024).toFixed(1)} KB (a BatchGet of the ${STORY_SCHEME.bands} bands and one of at most 64 candidates to look up)`,
);
console.log(
  `  ${`classic MinHash, ${STORY_SCHEME.hashes} seeded hashes`.padEnd(40)} signature ${classicUs.toFixed(0).padStart(4)} µs (same persisted form)`,
);
console.log(
  `  ${'exact hash of the normalized text'.padEnd(40)} hash ${exactUs.toFixed(0).padStart(4)} µs; persisted 1 item x ~70 B (1 GetItem to look up)`,
);
console.log(
  `  ${'exact Jaccard on full shingle sets'.padEnd(40)} shingle set ${shingleUs.toFixed(0).padStart(4)} µs, then ${fullMs.toFixed(0)} ms to compare with every stored set (no index); persisted 1 item x ${(fullItem / 1024).toFixed(1)} KB`,
);
