import type { Article } from '../article.js';
import { mix32 } from './hash32.js';

/**
 * The text a story is recognised by: the lede and the body, not the title
 * (a republisher rewrites it) nor the boilerplate (each outlet has its own).
 */
export function storyText(article: Pick<Article, 'lede' | 'body'>): string {
  return [article.lede, ...article.body].join('\n');
}

// Any letter or digit, in any script; everything else separates words.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Accents, Arabic vowel marks and the Arabic elongation stroke (tatweel), which copies keep or drop at will.
const IGNORED_CHAR = /^[\p{M}\u0640]$/u;

/** What a character outside ASCII is, found once per character: its lower case, '' to skip it, undefined to end a word. */
const foldedChars = new Map<number, string | undefined>();

function foldChar(codePoint: number): string | undefined {
  if (foldedChars.has(codePoint)) return foldedChars.get(codePoint);
  const ch = String.fromCodePoint(codePoint);
  const folded = IGNORED_CHAR.test(ch) ? '' : WORD_CHAR.test(ch) ? ch.toLowerCase() : undefined;
  foldedChars.set(codePoint, folded);
  return folded;
}

interface FoldedWords {
  /** Each word's hashString, computed as the word is read. */
  hashes: Int32Array;
  /** The words themselves, only when asked for. */
  words: string[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Reads a text's words, folding case, accents, Arabic vowel marks and
 * elongation; anything but a letter or a digit of any script ends a word.
 * A loop over characters rather than Unicode-property regexes over the whole
 * text, which cost several times more on a 5 KB article; hashing each word
 * as it is read spares building the strings on the signature's path.
 */
function foldWords(text: string, keepWords: boolean): FoldedWords {
  const s = text.normalize('NFKD');
  const hashes: number[] = [];
  const words: string[] = [];
  let word = '';
  let h = FNV_OFFSET;
  let length = 0;
  const add = (unit: number, ch: string): void => {
    h = Math.imul(h ^ unit, FNV_PRIME);
    length++;
    if (keepWords) word += ch;
  };
  const end = (): void => {
    if (length === 0) return;
    hashes.push(mix32(h));
    if (keepWords) words.push(word);
    word = '';
    h = FNV_OFFSET;
    length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) add(c, s[i] as string);
      else if (c >= 0x41 && c <= 0x5a) add(c + 32, String.fromCharCode(c + 32));
      else end();
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    if (cp > 0xffff) i++;
    const folded = foldChar(cp);
    if (folded === undefined) end();
    else for (let k = 0; k < folded.length; k++) add(folded.charCodeAt(k), folded[k] as string);
  }
  end();
  return { hashes: Int32Array.from(hashes), words };
}

/**
 * The words of a text, folded so that copies which differ only in case,
 * accents, punctuation, quotes or spacing give the same words: "L’armée
 * arabe syrienne" and "l'Armee arabe  syrienne" both give l, armee, arabe,
 * syrienne.
 */
export function storyWords(text: string): string[] {
  return foldWords(text, true).words;
}

/** The hashString of each of storyWords(text), without building the words. */
export function storyWordHashes(text: string): Int32Array {
  return foldWords(text, false).hashes;
}
