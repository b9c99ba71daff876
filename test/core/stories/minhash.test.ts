import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  decodeSignature,
  encodeSignature,
  estimateContainment,
  estimateJaccard,
  minHashSignature,
  STORY_SCHEME,
  shingleHashes,
} from '../../../functions/core/stories/minhash.js';
import { storyWordHashes } from '../../../functions/core/stories/story-text.js';

const REPORT = [
  'Units of the Syrian Arab Army widened the corridor to the military airport of Deir Ezzor on Saturday, according to a field source.',
  'Engineers cleared explosives left on the road while the Russian air force struck convoys moving north from al-Mayadin.',
  'Residents said the first trucks with flour and fuel could reach the western districts within days if the road stays open.',
  'An ISIS counterattack with two car bombs was stopped near the base of Brigade 137 after hours of fighting.',
].join('\n');
const OTHER = [
  'Fighters of the Syrian Democratic Forces entered the industrial zone on the eastern bank of the Euphrates.',
  'A spokeswoman in Hasakah said the offensive was backed by coalition air strikes and tribal units.',
  'Families from villages along the Khabur river walked for hours to reach camps in the north.',
].join('\n');

const words = (text: string): Int32Array => storyWordHashes(text);

function exactJaccard(a: Int32Array, b: Int32Array): number {
  const x = new Set(a);
  const common = [...b].filter((h) => x.has(h)).length;
  return common / (a.length + b.length - common);
}

describe('shingleHashes', () => {
  it('has one distinct hash per run of four words, sorted', () => {
    const s = shingleHashes(words('one two three four five six'), 4);
    expect(s.length).toBe(3);
    expect([...s]).toEqual([...s].sort((a, b) => a - b));
  });

  it('counts a repeated run once', () => {
    expect(shingleHashes(words('a b c d a b c d'), 4).length).toBe(4);
  });

  it('gives a text shorter than a shingle one shingle, and no text none', () => {
    expect(shingleHashes(words('two words'), 4).length).toBe(1);
    expect(shingleHashes(words(''), 4).length).toBe(0);
  });

  it('depends on word order', () => {
    expect(shingleHashes(words('a b c d'), 4)[0]).not.toBe(shingleHashes(words('d c b a'), 4)[0]);
  });
});

describe('minHashSignature and its estimates', () => {
  it('gives the same text the same signature', () => {
    const a = minHashSignature(words(REPORT));
    expect(estimateJaccard(a, minHashSignature(words(REPORT)))).toBe(1);
    expect(a.hashes.length).toBe(STORY_SCHEME.hashes);
    expect(a.shingles).toBe(shingleHashes(words(REPORT), 4).length);
  });

  it('estimates two unrelated texts as about 0', () => {
    expect(estimateJaccard(minHashSignature(words(REPORT)), minHashSignature(words(OTHER)))).toBeLessThan(0.05);
  });

  it('estimates the Jaccard similarity of a copy with a paragraph cut within 0.1', () => {
    const cut = REPORT.split('\n').slice(0, 3).join('\n');
    const exact = exactJaccard(shingleHashes(words(REPORT), 4), shingleHashes(words(cut), 4));
    const estimate = estimateJaccard(minHashSignature(words(REPORT)), minHashSignature(words(cut)));
    expect(Math.abs(estimate - exact)).toBeLessThan(0.1);
  });

  it('estimates the containment of an excerpt in its full text near 1, where Jaccard is about its length ratio', () => {
    const excerpt = REPORT.split('\n').slice(0, 2).join('\n');
    const full = minHashSignature(words(REPORT));
    const part = minHashSignature(words(excerpt));
    expect(estimateJaccard(full, part)).toBeLessThan(0.7);
    expect(estimateContainment(full, part)).toBeGreaterThan(0.85);
  });

  it('gives an empty text a similarity of 0 with anything, itself included', () => {
    const empty = minHashSignature(words(''));
    expect(empty.shingles).toBe(0);
    expect(estimateJaccard(empty, empty)).toBe(0);
    expect(estimateContainment(empty, minHashSignature(words(REPORT)))).toBe(0);
  });

  it('refuses a scheme whose bands need more hashes than it has', () => {
    expect(() => minHashSignature(words(REPORT), { shingleWords: 4, hashes: 8, bands: 5, rows: 2 })).toThrow(
      RangeError,
    );
    expect(() => minHashSignature(words(REPORT), { shingleWords: 0, hashes: 8, bands: 4, rows: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('bandKeys', () => {
  it('gives one "<band>#<16 hex digits>" key per band', () => {
    const keys = bandKeys(minHashSignature(words(REPORT)));
    expect(keys).toHaveLength(STORY_SCHEME.bands);
    for (const [i, key] of keys.entries())
      expect(key).toMatch(new RegExp(`^${String(i).padStart(2, '0')}#[0-9a-f]{16}$`));
  });

  it('shares most keys between a text and its copy with a sentence cut, none with another story', () => {
    const full = new Set(bandKeys(minHashSignature(words(REPORT))));
    const cut = bandKeys(minHashSignature(words(REPORT.replace(/An ISIS counterattack[^.]*\./, ''))));
    const other = bandKeys(minHashSignature(words(OTHER)));
    expect(cut.filter((k) => full.has(k)).length).toBeGreaterThan(STORY_SCHEME.bands / 4);
    expect(other.filter((k) => full.has(k))).toEqual([]);
  });

  it('stays what it was, so that signatures stored by an earlier version still match', () => {
    // Changing the folding, shingles, hashes or bands makes every stored signature useless: it needs a new "mh" prefix.
    const s = minHashSignature(
      words(
        'Units of the Syrian Arab Army widened the corridor to the military airport of Deir Ezzor on Saturday, according to a field source.',
      ),
    );
    expect(s.shingles).toBe(20);
    expect(bandKeys(s).slice(0, 3)).toEqual(['00#46316220e6b8b3bd', '01#fbed02e1e2530156', '02#8c616bc0c1e53d73']);
  });

  it('refuses a signature of another scheme', () => {
    const small = minHashSignature(words(REPORT), { shingleWords: 4, hashes: 32, bands: 16, rows: 2 });
    expect(() => bandKeys(small)).toThrow(/32 hashes/);
  });
});

describe('encodeSignature / decodeSignature', () => {
  it('round-trips a signature', () => {
    const s = minHashSignature(words(REPORT));
    const encoded = encodeSignature(s);
    expect(encoded).toMatch(/^mh1:\d+:[A-Za-z0-9_-]+$/);
    const back = decodeSignature(encoded);
    expect(back.shingles).toBe(s.shingles);
    expect([...back.hashes]).toEqual([...s.hashes]);
  });

  it.each([
    ['another format', 'xx1:3:AAAA'],
    ['a bad count', 'mh1:-3:AAAA'],
    ['not base64url', 'mh1:3:AA+/'],
    ['a partial hash', 'mh1:3:AAAAAAAA'],
    ['no hashes', 'mh1:3:'],
    ['extra fields', 'mh1:3:AAAA:x'],
  ])('refuses %s with a RangeError', (_, encoded) => {
    expect(() => decodeSignature(encoded)).toThrow(RangeError);
  });
});
