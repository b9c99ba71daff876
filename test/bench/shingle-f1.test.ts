import { describe, expect, it } from 'vitest';
import {
  exactMatch,
  pagePrecision,
  pageRecall,
  scorePage,
  shingleF1,
  shingles,
  tokenize,
} from '../../bench/shingle-f1.js';

describe('tokenize', () => {
  it('takes runs of letters, digits and underscores, in any script', () => {
    expect(tokenize('Ça va, José? 3.5% foo_bar')).toEqual(['Ça', 'va', 'José', '3', '5', 'foo_bar']);
    expect(tokenize("l'été — 日本語のテキスト")).toEqual(['l', 'été', '日本語のテキスト']);
    expect(tokenize('  ...  ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts 4-token shingles as a multiset', () => {
    expect([...shingles('x y z w x y z w')].map(([k, n]) => [k.split('\u0001').join(' '), n])).toEqual([
      ['x y z w', 2],
      ['y z w x', 1],
      ['z w x y', 1],
      ['w x y z', 1],
    ]);
  });

  it('makes one shorter shingle of a short text, and none of an empty one', () => {
    expect([...shingles('hello world').keys()]).toEqual(['hello\u0001world']);
    expect(shingles('').size).toBe(0);
  });
});

describe('scorePage', () => {
  it('normalises tp, fp and fn by their sum', () => {
    // truth: [a b c d], [b c d e]; predicted: [a b c d] -> tp 1, fp 0, fn 1.
    const s = scorePage('a b c d e', 'a b c d');
    expect(s).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(pagePrecision(s)).toBe(1);
    expect(pageRecall(s)).toBe(0.5);
  });

  it('counts a repeated shingle as often as it occurs', () => {
    // truth: xyzw twice, yzwx, zwxy, wxyz; predicted: xyzw once -> tp 1, fp 0, fn 4.
    const s = scorePage('x y z w x y z w', 'x y z w');
    expect(s.tp).toBeCloseTo(0.2);
    expect(s.fn).toBeCloseTo(0.8);
    expect(pageRecall(s)).toBeCloseTo(0.2);
  });

  it('counts extra predicted text as false positives', () => {
    // truth: [a b c d]; predicted: [a b c d], [b c d e], [c d e f] -> tp 1, fp 2, fn 0.
    const s = scorePage('a b c d', 'a b c d e f');
    expect(pagePrecision(s)).toBeCloseTo(1 / 3);
    expect(pageRecall(s)).toBe(1);
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    const same = scorePage('Hello, world', 'hello world'.replace('h', 'H'));
    expect([pagePrecision(same), pageRecall(same)]).toEqual([1, 1]);
    const other = scorePage('hello world', 'hello');
    expect([pagePrecision(other), pageRecall(other)]).toEqual([0, 0]);
  });
});

describe('shingleF1', () => {
  it('takes F1 of the mean precision and mean recall, skipping pages with nothing predicted from precision', () => {
    const result = shingleF1([
      { truth: 'a b c d e', predicted: 'a b c d' }, // precision 1, recall 0.5
      { truth: 'a b c d', predicted: '' }, // no precision, recall 0
    ]);
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(0.25);
    expect(result.f1).toBeCloseTo((2 * 1 * 0.25) / 1.25);
    expect(result.accuracy).toBe(0);
    expect(result.pages).toBe(2);
  });

  it('counts exact token matches for accuracy', () => {
    expect(exactMatch('Hello, world!', 'Hello world')).toBe(true);
    expect(exactMatch('Hello world', 'hello world')).toBe(false);
    expect(shingleF1([{ truth: 'one two three four five', predicted: 'one, two; three four five.' }])).toEqual({
      f1: 1,
      precision: 1,
      recall: 1,
      accuracy: 1,
      pages: 1,
    });
  });
});
