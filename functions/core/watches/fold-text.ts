/**
 * Folding makes one key of the ways the press spells a name: case, accents,
 * spaces, hyphens and apostrophes fall away ("Deir ez-Zor" and "Deir Ezzor"
 * both become "deirezzor"), while the places where words began are kept, so a
 * match can be held to whole words ("Hama" never inside "Hamas").
 */

/** Stands where the text had punctuation that no name runs across (commas, brackets, full stops). */
export const BREAK = '\u0001';

/** Spaces, hyphens, apostrophes and ʿayn/hamza marks: dropped, but a word may start after them. */
const SOFT_SEPARATOR = /^[\s\-\u2010-\u2015\u2212'’‘`´ʹʻʼʽʾʿˈ]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

const SPECIAL: Record<string, string> = {
  œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', þ: 'th',
  // Arabic script: hamza forms of alef, taa marbuta, alef maqsura, Persian forms.
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك', ؤ: 'و', ئ: 'ي',
  // Tatweel only stretches a word.
  ـ: '',
};

const cache = new Map<string, string | null>();

/**
 * The folded form of one character: a string of letters (often one, '' to
 * drop it inside a word), or null for a separator.
 */
function foldChar(ch: string): string | null | typeof BREAK {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string | null;
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch] ?? '';
  else if (LETTER_OR_DIGIT.test(ch)) {
    out = ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    out = [...out].map((c) => SPECIAL[c] ?? c).join('');
  } else if (MARK.test(ch)) out = '';
  else if (SOFT_SEPARATOR.test(ch)) out = null;
  else out = BREAK;
  cache.set(ch, out);
  return out;
}

export interface FoldedText {
  /** The folded letters as UTF-16 codes, with BREAK where the text had hard punctuation. */
  codes: Uint16Array;
  length: number;
  /** For each folded position: where its character starts in the original text. */
  start: Int32Array;
  /** For each folded position: where its character ends in the original text. */
  end: Int32Array;
  /** wordStart[k] is 1 when a word starts at folded position k (k may equal length). */
  wordStart: Uint8Array;
}

const BREAK_CODE = 1;
const enum Ascii { Soft = -1, Break = -2 }

/** Folded code of each ASCII character: itself lower-cased, Soft or Break. */
const ASCII_FOLD = new Int32Array(128).map((_, c) => {
  if (c >= 65 && c <= 90) return c + 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 39 || c === 96) return Ascii.Soft;
  return Ascii.Break;
});

/** Folds text, keeping the way back from every folded letter to the original. */
export function foldText(text: string): FoldedText {
  const n = text.length;
  // Ligatures may grow the text; the buffers grow with it.
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let wordStart = new Uint8Array(cap + 1);
  let len = 0;
  let lastWasBreak = true;
  wordStart[0] = 1;

  const grow = (): void => {
    cap *= 2;
    const c2 = new Uint16Array(cap); c2.set(codes); codes = c2;
    const s2 = new Int32Array(cap); s2.set(start); start = s2;
    const e2 = new Int32Array(cap); e2.set(end); end = e2;
    const w2 = new Uint8Array(cap + 1); w2.set(wordStart); wordStart = w2;
  };
  const pushBreak = (from: number, to: number): void => {
    if (lastWasBreak) return;
    if (len + 1 >= cap) grow();
    wordStart[len] = 1;
    codes[len] = BREAK_CODE; start[len] = from; end[len] = to; len += 1;
    wordStart[len] = 1;
    lastWasBreak = true;
  };

  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const f = ASCII_FOLD[c] ?? Ascii.Break;
      if (f >= 0) {
        if (len + 1 >= cap) grow();
        codes[len] = f; start[len] = i; end[len] = i + 1; len += 1;
        lastWasBreak = false;
      } else if (f === Ascii.Soft) wordStart[len] = 1;
      else pushBreak(i, i + 1);
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const folded = foldChar(ch);
    if (folded === null) wordStart[len] = 1;
    else if (folded === BREAK) pushBreak(i, next);
    else if (folded.length > 0) {
      for (let j = 0; j < folded.length; j += 1) {
        if (len + 1 >= cap) grow();
        codes[len] = folded.charCodeAt(j); start[len] = i; end[len] = next; len += 1;
      }
      lastWasBreak = false;
    } else if (len > 0) {
      // A combining mark or tatweel belongs to the letter before it.
      end[len - 1] = next;
    }
    i = next;
  }
  wordStart[len] = 1;
  return { codes, length: len, start, end, wordStart };
}

/** The folded key of a name as a string: no leading or trailing breaks. */
export function foldName(name: string): string {
  const f = foldText(name);
  return String.fromCharCode(...f.codes.subarray(0, f.length)).replace(/^\u0001+|\u0001+$/g, '');
}
