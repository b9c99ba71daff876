import { describe, expect, it } from 'vitest';
import { foldName, foldText } from '../../../functions/core/watches/fold-text.js';

describe('foldName', () => {
  it.each([
    ['Deir Ezzor', 'dayrezor'],
    ['Deir ez-Zor', 'dayralzor'],
    ['Deïr ez-Zor', 'dayralzor'],
    ["Mar'e", 'mare'],
    ['Mar’e', 'mare'],
    ["l'État islamique", 'letatislamikue'],
    ['Œuvre', 'oeuvre'],
    ['Shiʿite', 'shiite'],
  ])('folds "%s" to "%s"', (name, key) => {
    expect(foldName(name)).toBe(key);
  });

  it('folds Arabic hamza forms of alef, taa marbuta, alef maqsura, tatweel and short vowels', () => {
    expect(foldName('الرقّة')).toBe(foldName('الرقه'));
    expect(foldName('إدلب')).toBe(foldName('ادلب'));
    expect(foldName('أعزاز')).toBe(foldName('اعزاز'));
    expect(foldName('مـنـبـج')).toBe(foldName('منبج'));
    expect(foldName('حمى')).toBe(foldName('حمي'));
  });

  it('drops invisible characters: a soft hyphen, a zero-width joiner, a right-to-left mark', () => {
    expect(foldName('Raq\u00ADqa')).toBe(foldName('Raqqa'));
    expect(foldName('دير\u200F الزور')).toBe(foldName('دير الزور'));
    expect(foldName('Ham\u200Da')).toBe(foldName('Hama'));
  });

  it('keeps punctuation that no name runs across as a break', () => {
    expect(foldName('Middle East & North Africa')).toBe('midleeast\u0001northafrica');
  });
});

describe('foldText', () => {
  it('maps every folded letter back to its place in the original', () => {
    const text = 'At Deïr ez-Zor, ISIS’s men';
    const f = foldText(text);
    const key = String.fromCharCode(...f.codes.subarray(0, f.length));
    const at = key.indexOf('dayralzor');
    expect(text.slice(f.start[at], f.end[at + 'dayralzor'.length - 1])).toBe('Deïr ez-Zor');
  });

  it('marks where words start, after spaces, hyphens and apostrophes', () => {
    const f = foldText('ISIS’s al-Bab');
    const starts = [...f.wordStart.subarray(0, f.length + 1)].flatMap((v, i) => (v ? [i] : []));
    // i s i s | s | a l | b a b |end
    expect(starts).toEqual([0, 4, 5, 7, 10]);
  });
});
