/**
 * Folding makes one key of the ways the press spells a name: case, accents,
 * spaces, hyphens and apostrophes fall away ("Deir ez-Zor" and "Deir Ezzor"
 * both become "deirezzor"), while the places where words began are kept, and
 * how: after a space, or after a hyphen or apostrophe. A match must start and
 * end at word starts ("Hama" never inside "Hamas"), and a space inside it
 * must stand where the name has a word break ("I ran" is not "Iran").
 */

/** Stands where the text had punctuation that no name runs across (commas, brackets, full stops). */
export const BREAK = '\u0001';

/** Word starts: after white space or punctuation, or after a hyphen or apostrophe (a joint). */
export const enum WordStart {
  None = 0,
  Joint = 1,
  Space = 2,
}

const SPACE = /^\s$/u;
/** Hyphens, apostrophes and ʿayn/hamza marks: dropped, but a word may start after them. */
const JOINT = /^[\-\u2010-\u2015\u2212'’‘`´ʹʻʼʽʾʿˈ]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

const SPECIAL: Record<string, string> = {
  œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i', þ: 'th',
  // Arabic script: hamza forms of alef, taa marbuta, alef maqsura, Persian forms.
  أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ی: 'ي', ک: 'ك', ؤ: 'و', ئ: 'ي',
  // Tatweel only stretches a word.
  ـ: '',
};

/** A separator: white space, or a joint inside a word. */
type Separator = WordStart.Space | WordStart.Joint;

const cache = new Map<string, string | Separator>();

/**
 * The folded form of one character: a string of letters (often one, '' to
 * drop it inside a word), BREAK for punctuation, or the kind of separator.
 */
function foldChar(ch: string): string | Separator {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string | Separator;
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch] ?? '';
  else if (SPACE.test(ch)) out = WordStart.Space;
  // Before letters: ʿayn and hamza marks (ʿ ʾ ʼ) are modifier letters to Unicode.
  else if (JOINT.test(ch)) out = WordStart.Joint;
  else if (LETTER_OR_DIGIT.test(ch)) {
    out = ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    out = [...out].map((c) => SPECIAL[c] ?? c).join('');
  } else if (MARK.test(ch)) out = '';
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
  /** How a word starts at folded position k (WordStart; k may equal length). */
  wordStart: Uint8Array;
}

const BREAK_CODE = 1;
const enum Ascii { Space = -1, Joint = -2, Break = -3 }

/** Folded code of each ASCII character: itself lower-cased, or what kind of separator it is. */
const ASCII_FOLD = new Int32Array(128).map((_, c) => {
  if (c >= 65 && c <= 90) return c + 32;
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return Ascii.Space;
  if (c === 45 || c === 39 || c === 96) return Ascii.Joint;
  return Ascii.Break;
});

/**
 * Folds text into reusable buffers, keeping the way back from every folded
 * letter to the original. The buffers are overwritten by the next fold: a
 * matcher holds one Folder and reads each result before folding again.
 */
export class Folder implements FoldedText {
  codes = new Uint16Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  wordStart = new Uint8Array(1);
  length = 0;

  private reserve(n: number): void {
    if (n <= this.codes.length) return;
    const cap = Math.max(n, this.codes.length * 2, 256);
    const codes = new Uint16Array(cap);
    codes.set(this.codes);
    const start = new Int32Array(cap);
    start.set(this.start);
    const end = new Int32Array(cap);
    end.set(this.end);
    const wordStart = new Uint8Array(cap + 1);
    wordStart.set(this.wordStart);
    this.codes = codes;
    this.start = start;
    this.end = end;
    this.wordStart = wordStart;
  }

  /** Where the fold stands, for the slow path over non-ASCII characters. */
  private at = 0;
  private lastWasBreak = true;

  fold(text: string): this {
    const n = text.length;
    this.reserve(n + 1);
    // Locals in the hot loop; reloaded after the slow path, which may grow the buffers.
    let { codes, start, end, wordStart } = this;
    let len = 0;
    let lastWasBreak = true;
    wordStart.fill(0, 0, n + 2);
    wordStart[0] = WordStart.Space;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c >= 128) {
        this.at = len;
        this.lastWasBreak = lastWasBreak;
        i = this.foldOther(text, i);
        len = this.at;
        lastWasBreak = this.lastWasBreak;
        ({ codes, start, end, wordStart } = this);
        continue;
      }
      const f = ASCII_FOLD[c] as number;
      if (f >= 0) {
        codes[len] = f;
        start[len] = i;
        end[len] = i + 1;
        len += 1;
        lastWasBreak = false;
      } else if (f === Ascii.Space) {
        wordStart[len] = WordStart.Space;
      } else if (f === Ascii.Joint) {
        if (wordStart[len] === WordStart.None) wordStart[len] = WordStart.Joint;
      } else if (!lastWasBreak) {
        wordStart[len] = WordStart.Space;
        codes[len] = BREAK_CODE;
        start[len] = i;
        end[len] = i + 1;
        len += 1;
        wordStart[len] = WordStart.Space;
        lastWasBreak = true;
      }
      i += 1;
    }
    wordStart[len] = WordStart.Space;
    this.length = len;
    return this;
  }

  /** One non-ASCII character at text[i], folded by the table; returns where the next one starts. */
  private foldOther(text: string, i: number): number {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    const next = i + ch.length;
    const folded = foldChar(ch);
    let len = this.at;
    if (folded === WordStart.Space) this.wordStart[len] = WordStart.Space;
    else if (folded === WordStart.Joint) {
      if (this.wordStart[len] === WordStart.None) this.wordStart[len] = WordStart.Joint;
    } else if (folded === BREAK) {
      if (!this.lastWasBreak) {
        this.wordStart[len] = WordStart.Space;
        this.codes[len] = BREAK_CODE;
        this.start[len] = i;
        this.end[len] = next;
        len += 1;
        this.wordStart[len] = WordStart.Space;
        this.lastWasBreak = true;
      }
    } else if (folded.length > 0) {
      // A ligature may fold to more letters than it had characters.
      this.length = len;
      this.reserve(len + folded.length + (text.length - next) + 1);
      for (let j = 0; j < folded.length; j += 1) {
        this.codes[len] = folded.charCodeAt(j);
        this.start[len] = i;
        this.end[len] = next;
        len += 1;
      }
      this.lastWasBreak = false;
    } else if (len > 0) {
      // A combining mark or tatweel belongs to the letter before it.
      this.end[len - 1] = next;
    }
    this.at = len;
    return next;
  }

}

/** Folds text, keeping the way back from every folded letter to the original. */
export function foldText(text: string): FoldedText {
  return new Folder().fold(text);
}

/** The folded key of a name as a string: no leading or trailing breaks. */
const nameFolder = new Folder();

export function foldName(name: string): string {
  const f = nameFolder.fold(name);
  return String.fromCharCode(...f.codes.subarray(0, f.length)).replace(/^\u0001+|\u0001+$/g, '');
}
