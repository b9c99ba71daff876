import { describe, expect, it } from 'vitest';
import { absoluteLinks } from '../../../functions/core/feeds/absolute-links.js';

describe('absoluteLinks', () => {
  const base = 'https://news.example/world/syria/';

  it.each([
    ['<a href="raqqa.html">R</a>', '<a href="https://news.example/world/syria/raqqa.html">R</a>'],
    ["<img src='/img/map.png'>", '<img src="https://news.example/img/map.png">'],
    ['<a href=../x?a=1&amp;b=2>x</a>', '<a href="https://news.example/world/x?a=1&amp;b=2">x</a>'],
    [
      '<blockquote cite="q.html">q</blockquote>',
      '<blockquote cite="https://news.example/world/syria/q.html">q</blockquote>',
    ],
  ])('resolves %s', (html, expected) => {
    expect(absoluteLinks(html, base)).toBe(expected);
  });

  it.each([
    '<a href="https://other.example/a">a</a>',
    '<a href="mailto:desk@news.example">desk</a>',
    '<a href="#note-1">1</a>',
    '<p>href="not-an-attribute"</p>',
  ])('leaves %s as it is', (html) => {
    expect(absoluteLinks(html, base)).toBe(html);
  });
});
