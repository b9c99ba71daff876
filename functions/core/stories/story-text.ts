import type { Article } from '../article.js';

/**
 * The text a story is recognised by: the lede and the body, not the title
 * (a republisher rewrites it) nor the boilerplate (each outlet has its own).
 */
export function storyText(article: Pick<Article, 'lede' | 'body'>): string {
  return [article.lede, ...article.body].join('\n');
}

// Any letter or digit, in any script; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;
// Accents, Arabic vowel marks and the Arabic elongation stroke (tatweel), which copies keep or drop at will.
const IGNORED = /[\p{M}\u0640]/gu;

/**
 * The words of a text, folded so that copies which differ only in case,
 * accents, punctuation, quotes or spacing give the same words: "L’armée
 * arabe syrienne" and "l'Armee arabe  syrienne" both give l, armee, arabe,
 * syrienne.
 */
export function storyWords(text: string): string[] {
  return text.normalize('NFKD').replace(IGNORED, '').toLowerCase().match(WORD) ?? [];
}
