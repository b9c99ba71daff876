import { describe, expect, it } from 'vitest';
import { hashString } from '../../../functions/core/stories/hash32.js';
import { storyText, storyWordHashes, storyWords } from '../../../functions/core/stories/story-text.js';

describe('storyText', () => {
  it('is the lede and the body, without the title', () => {
    expect(storyText({ lede: 'Lede one.', body: ['First paragraph.', 'Second.'] })).toBe(
      'Lede one.\nFirst paragraph.\nSecond.',
    );
  });
});

describe('storyWords', () => {
  it('folds case and punctuation', () => {
    expect(storyWords('The SAA, backed by "Russian" jets -- took Al-Sukhnah!')).toEqual([
      'the',
      'saa',
      'backed',
      'by',
      'russian',
      'jets',
      'took',
      'al',
      'sukhnah',
    ]);
  });

  it('gives French with and without accents, and with either apostrophe, the same words', () => {
    const words = ['l', 'armee', 'arabe', 'syrienne', 'a', 'repris', 'alep'];
    expect(storyWords('L’armée arabe syrienne a repris Alep.')).toEqual(words);
    expect(storyWords("l'Armee arabe  syrienne a repris ALEP")).toEqual(words);
  });

  it('gives Arabic with and without vowel marks and elongation the same words', () => {
    const plain = storyWords('الجيش السوري يتقدم في دير الزور');
    expect(plain).toEqual(['الجيش', 'السوري', 'يتقدم', 'في', 'دير', 'الزور']);
    expect(storyWords('الجَيْش السّوري يتـــقدم في دير الزّور،')).toEqual(plain);
  });

  it('reads hamza on alef as the bare alef, as copies often type it', () => {
    expect(storyWords('أعلنت')).toEqual(storyWords('اعلنت'));
  });

  it('keeps digits and letters outside the basic plane, and splits on emoji', () => {
    expect(storyWords('1400 km² 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠🔥news')).toEqual(['1400', 'km2', 'breaking', 'news']);
  });

  it('gives nothing for a text without letters', () => {
    expect(storyWords(' -- , ... ')).toEqual([]);
    expect(storyWords('')).toEqual([]);
  });
});

describe('storyWordHashes', () => {
  it('is the hash of each word storyWords reads', () => {
    const text = 'Les forces kurdes (FDS) ont pris Manbij — الرقة 2017';
    expect([...storyWordHashes(text)]).toEqual(storyWords(text).map(hashString));
  });
});
