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
const BREAK_CODE = 1;

/**
 * Word starts: after white space or punctuation, after a hyphen (a joint),
 * or after an apostrophe or ʿayn mark. A space in the text may stand where a
 * name has a space or a hyphen ("Deir ez Zor"), not an apostrophe ("Der a"
 * is not "Der'a").
 */
export const enum WordStart {
  None = 0,
  Joint = 1,
  Space = 2,
  Mark = 3,
}

const SPACE = /^\s$/u;
/** Hyphens, and apostrophes and ʿayn/hamza marks: dropped, but a word may start after them. */
const HYPHEN = /^[-\u2010-\u2015\u2212]$/u;
const APOSTROPHE = /^['’‘`´ʹʻʼʽʾʿˈ]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const FORMAT = /^\p{Cf}$/u;

const SPECIAL: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  þ: 'th',
  // Arabic script: hamza forms of alef, taa marbuta, alef maqsura, Persian forms.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ؤ: 'و',
  ئ: 'ي',
  // Tatweel only stretches a word.
  ـ: '',
};

const enum Latin {
  A = 97,
  C = 99,
  D = 100,
  E = 101,
  H = 104,
  I = 105,
  J = 106,
  K = 107,
  L = 108,
  O = 111,
  Q = 113,
  S = 115,
  T = 116,
  U = 117,
  Y = 121,
  Z = 122,
}

/** Latin consonants, by code (y counts as a vowel: it ends a diphthong). */
const CONSONANT = new Uint8Array(128);
for (const c of 'bcdfghjklmnpqrstvwxz') CONSONANT[c.charCodeAt(0)] = 1;

/**
 * What one UTF-16 unit folds to: a folded letter's code (> 1), or one of these.
 * Filled lazily: 0 means not yet looked at.
 */
const enum Fold {
  Unknown = 0,
  Space = -1,
  Joint = -2,
  Break = -3,
  /** A combining mark or tatweel: part of the letter before it. */
  Drop = -4,
  /** Folds to several letters (œ), or is half of a surrogate pair: the slow path. */
  Wide = -5,
  Mark = -6,
}

/** The folded form of one character: letters ('' to drop it), BREAK for punctuation, or a separator kind. */
function foldChar(ch: string): string | Fold.Space | Fold.Joint | Fold.Mark {
  if (SPECIAL[ch] !== undefined) return SPECIAL[ch] ?? '';
  if (SPACE.test(ch)) return Fold.Space;
  if (HYPHEN.test(ch)) return Fold.Joint;
  // Before letters: ʿayn and hamza marks (ʿ ʾ ʼ) are modifier letters to Unicode.
  if (APOSTROPHE.test(ch)) return Fold.Mark;
  if (LETTER_OR_DIGIT.test(ch)) {
    const bare = ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    return [...bare].map((c) => SPECIAL[c] ?? c).join('');
  }
  // Combining marks belong to their letter; soft hyphens, joiners and bidi marks are invisible.
  if (MARK.test(ch) || FORMAT.test(ch)) return '';
  return BREAK;
}

/**
 * One table for every UTF-16 unit, so the hot loop never leaves it: ASCII
 * filled now, the rest on first sight. The loose table also spells q as k
 * ("Qamishli", "Kamishli"; "Iraq", "Irak").
 */
const STRICT_TABLE = new Int32Array(65536);
const LOOSE_TABLE = new Int32Array(65536);
for (let c = 0; c < 128; c += 1) learn(c);

function learn(c: number): void {
  const f = classify(c);
  STRICT_TABLE[c] = f;
  LOOSE_TABLE[c] = f === Latin.Q ? Latin.K : f;
}

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return Fold.Wide;
  const f = foldChar(String.fromCharCode(c));
  if (f === Fold.Space || f === Fold.Joint || f === Fold.Mark) return f;
  if (f === BREAK) return Fold.Break;
  if (f.length === 0) return Fold.Drop;
  return f.length === 1 ? f.charCodeAt(0) : Fold.Wide;
}

/**
 * The Arabic article as the Latin press writes it, sun letters assimilated:
 * before a hyphen or apostrophe al, el, ad, ar, as, at, az, an (and e-),
 * ash, ach, ath, adh; before a space only el, ez and az. Read off the codes,
 * since this runs at every short word.
 */
function isArticle(codes: Uint16Array, from: number, n: number, hyphened: boolean): boolean {
  const a = codes[from];
  const b = codes[from + 1] as number;
  if (a !== Latin.A && a !== Latin.E) return false;
  if (!hyphened) return n === 2 && (b === Latin.Z || (a === Latin.E && b === Latin.L));
  if (n === 2) return ARTICLE_CONSONANT[b] === 1;
  // ash, ach, ath, adh (assimilated to sh, and the French ch, th, dh)
  return codes[from + 2] === Latin.H && (b === Latin.S || b === Latin.C || b === Latin.T || b === Latin.D);
}

const ARTICLE_CONSONANT = new Uint8Array(128);
for (const c of 'ldrstzn') ARTICLE_CONSONANT[c.charCodeAt(0)] = 1;

const UTF8 = new TextEncoder();
const ABSORBED = 0;

const enum Pair {
  Write = 0,
  /** This letter takes the previous one's place: doubled letters ("Raqqa", "Raqa"), "ou" ("Zour"), "dj" ("Djerablous"). */
  Absorb = 1,
  /** "ai", "ei", "ey" are "ay" ("Deir", "Dayr"; "Sheikh", "Shaykh"). */
  Ay = 2,
  /** French "ch" is "sh" ("Chaddadi", "Shaddadi"). */
  Sh = 3,
  /** A short e between consonants is i ("Idleb", "Idlib"), if the letter before the e is a consonant; not before h, which ends "-eh". */
  EBetween = 4,
  /** "ee" is a long i ("Mayadeen", "Mayadin"; "Tikreet"). */
  LongI = 5,
}

/** What each pair of Latin letters does, by (previous - a) * 26 + (this - a): one lookup per letter. */
const PAIRS = new Uint8Array(26 * 26);
for (let p = 0; p < 26; p += 1) {
  for (let f = 0; f < 26; f += 1) {
    const prev = String.fromCharCode(97 + p);
    const cur = String.fromCharCode(97 + f);
    let action = Pair.Write;
    const consonant = 'bcdfghjklmnpqrstvwxz'.includes(cur);
    // Doubled vowels stay: "Daraa" is not the name Dara, "Ezraa" not Ezra.
    if ((prev === cur && consonant) || (prev === 'o' && cur === 'u') || (prev === 'd' && cur === 'j'))
      action = Pair.Absorb;
    else if (prev === 'e' && cur === 'e') action = Pair.LongI;
    else if ((prev === 'a' || prev === 'e') && (cur === 'i' || cur === 'y')) action = Pair.Ay;
    else if (prev === 'c' && cur === 'h') action = Pair.Sh;
    else if (prev === 'e' && cur !== 'h' && consonant) action = Pair.EBetween;
    PAIRS[p * 26 + f] = action;
  }
}

/**
 * A Latin letter f after the letter at len - 1 of the same word (which began
 * at wordFrom): rewrites that letter where a pair makes one sound, and
 * returns the letter to write, or ABSORBED when the previous letter took it.
 */
function pair(codes: Uint16Array, len: number, f: number, wordFrom: number): number {
  const prev = (codes[len - 1] as number) - Latin.A;
  if (prev < 0 || prev >= 26) return f;
  switch (PAIRS[prev * 26 + f - Latin.A]) {
    case Pair.Absorb:
      // "all" is a word, not the article ("all Karma" is not "al-Karmah").
      if (f === Latin.L && len - wordFrom === 2 && codes[wordFrom] === Latin.A) return f;
      codes[len - 1] = f;
      return ABSORBED;
    case Pair.LongI:
      codes[len - 1] = Latin.I;
      return ABSORBED;
    case Pair.Ay:
      codes[len - 1] = Latin.A;
      return Latin.Y;
    case Pair.Sh:
      codes[len - 1] = Latin.S;
      return f;
    case Pair.EBetween:
      if (len - 2 >= wordFrom && CONSONANT[codes[len - 2] as number] === 1) codes[len - 1] = Latin.I;
      return f;
    default:
      return f;
  }
}

export interface FoldedText {
  /** The folded letters as UTF-16 codes, with BREAK where the text had hard punctuation. */
  codes: Uint16Array;
  length: number;
  /**
   * Where the word starting at folded position k starts in the original text.
   * Set at word starts only: a name begins at one.
   */
  start: Int32Array;
  /**
   * Where the word whose last letter is at folded position k ends in the
   * original text. Set at word ends only: a name ends at one.
   */
  end: Int32Array;
  /** How a word starts at folded position k (WordStart; k may equal length). */
  wordStart: Uint8Array;
  /** The folded positions where a word starts with a letter, in order: where a name may begin. */
  starts: Int32Array;
  startCount: number;
}

/**
 * Folds text into reusable buffers, keeping the way back from every word to
 * the original. The buffers are overwritten by the next fold: a matcher
 * holds one Folder and reads each result before folding again.
 */
export class Folder implements FoldedText {
  codes = new Uint16Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  wordStart = new Uint8Array(1);
  starts = new Int32Array(0);
  length = 0;
  startCount = 0;
  private utf8 = new Uint8Array(0);

  /**
   * @param loose Whether to fold the transliteration rules too (the matcher's
   * key); without them, the key tells spellings apart ("Duma", "Douma").
   */
  constructor(readonly loose = true) {}

  /** Room for n folded letters: a text of n units folds to at most n letters, save wide ones. */
  private reserve(n: number): void {
    if (n <= this.codes.length) return;
    const cap = Math.max(n, this.codes.length * 2, 256);
    const grow = <T extends Uint16Array | Int32Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.codes = grow(this.codes, new Uint16Array(cap));
    this.start = grow(this.start, new Int32Array(cap));
    this.end = grow(this.end, new Int32Array(cap));
    this.wordStart = grow(this.wordStart, new Uint8Array(cap + 1));
    this.starts = grow(this.starts, new Int32Array(cap));
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    this.utf8 = new Uint8Array(cap * 3);
  }

  fold(text: string): this {
    const n = text.length;
    this.reserve(n + 1);
    // Read as UTF-8 bytes, not with charCodeAt: one kind of array, where a string may be
    // one- or two-byte, and the loop runs at half speed once it has seen both.
    const bytes = this.utf8;
    const written = UTF8.encodeInto(text, bytes).written;
    const { loose } = this;
    const table = loose ? LOOSE_TABLE : STRICT_TABLE;
    // Locals in the hot loop; the slow path syncs them through the fields.
    let { codes, start, end, wordStart, starts } = this;
    let len = 0;
    let count = 0;
    /** No letter since the last separator (or the text's start): the next letter starts a word. */
    let separated = true;
    wordStart.fill(0, 0, n + 2);
    wordStart[0] = WordStart.Space;
    let size = 1;
    for (let b = 0, i = 0; b < written; b += size, i += size === 4 ? 2 : 1) {
      const x = bytes[b] as number;
      let c: number;
      if (x < 0x80) {
        c = x;
        size = 1;
      } else if (x < 0xe0) {
        c = ((x & 0x1f) << 6) | ((bytes[b + 1] as number) & 0x3f);
        size = 2;
      } else if (x < 0xf0) {
        c = ((x & 0x0f) << 12) | (((bytes[b + 1] as number) & 0x3f) << 6) | ((bytes[b + 2] as number) & 0x3f);
        size = 3;
      } else {
        // Beyond the BMP: a surrogate's entry sends it to the slow path.
        c = 0xd800;
        size = 4;
      }
      let f = table[c] as number;
      if (f === Fold.Unknown) {
        learn(c);
        f = table[c] as number;
      }
      if (f > BREAK_CODE) {
        if (separated) {
          // Positions back into the text are kept where words start and end: names only begin and end there.
          start[len] = i;
          starts[count] = len;
          count += 1;
          separated = false;
        } else if (loose && f <= Latin.Z && f >= Latin.A) {
          // Transliteration pairs inside a word, each justified in test/core/watches/fold-rules.test.ts.
          f = pair(codes, len, f, starts[count - 1] as number);
          if (f === ABSORBED) continue;
        }
        codes[len] = f;
        len += 1;
        // The rest of a word in plain lower-case ASCII, the bulk of Latin text, without the decoding above.
        while (b + 1 < written) {
          let g = bytes[b + 1] as number;
          if (g < Latin.A || g > Latin.Z) break;
          b += 1;
          i += 1;
          size = 1;
          if (loose) {
            if (g === Latin.Q) g = Latin.K;
            g = pair(codes, len, g, starts[count - 1] as number);
            if (g === ABSORBED) continue;
          }
          codes[len] = g;
          len += 1;
        }
        continue;
      }
      if (f === Fold.Drop) continue;
      if (f === Fold.Wide) {
        const folded = foldChar(String.fromCodePoint(text.codePointAt(i) as number));
        if (typeof folded === 'string' && folded !== BREAK) {
          this.length = len;
          this.startCount = count;
          separated = this.wideLetters(folded, i, text.length - i, separated);
          ({ codes, start, end, wordStart, starts } = this);
          len = this.length;
          count = this.startCount;
          continue;
        }
        // A separator beyond the BMP, or one that several letters fold from: the same as any other.
        f = folded === BREAK ? Fold.Break : folded;
      }
      if (!separated) {
        // Word rules only touch words ending in h or of three letters or fewer: most words skip the call.
        if (loose && (codes[len - 1] === Latin.H || len - (starts[count - 1] as number) <= 3))
          len = this.endWord(len, count, f);
        end[len - 1] = i;
        separated = true;
      }
      if (f === Fold.Space) wordStart[len] = WordStart.Space;
      else if (f === Fold.Joint) {
        if (wordStart[len] !== WordStart.Space) wordStart[len] = WordStart.Joint;
      } else if (f === Fold.Mark) {
        if (wordStart[len] === WordStart.None) wordStart[len] = WordStart.Mark;
      } else if (len > 0 && codes[len - 1] !== BREAK_CODE) {
        wordStart[len] = WordStart.Space;
        codes[len] = BREAK_CODE;
        len += 1;
        wordStart[len] = WordStart.Space;
      }
    }
    if (!separated) {
      if (loose) len = this.endWord(len, count, Fold.Space);
      end[len - 1] = n;
    }
    wordStart[len] = WordStart.Space;
    this.length = len;
    this.startCount = count;
    return this;
  }

  /**
   * The slow path: the letters one character folds to when it folds to
   * several (œ) or lies beyond the BMP, at text[i], with `left` units of text
   * after it. Works on the fields; returns whether a word has ended.
   */
  private wideLetters(folded: string, i: number, left: number, separated: boolean): boolean {
    // One character may fold to more letters than the text has left ("ﷺ" to eighteen): make
    // room, and clear the word starts a longer text left there.
    const room = this.length + folded.length + left + 2;
    this.reserve(room);
    this.wordStart.fill(0, this.length + 1, room);
    for (let j = 0; j < folded.length; j += 1) {
      let f = folded.charCodeAt(j);
      if (this.loose && f === Latin.Q) f = Latin.K;
      const len = this.length;
      if (separated) {
        this.start[len] = i;
        this.starts[this.startCount] = len;
        this.startCount += 1;
        separated = false;
      } else if (this.loose && f <= Latin.Z && f >= Latin.A) {
        f = pair(this.codes, len, f, this.starts[this.startCount - 1] as number);
        if (f === ABSORBED) continue;
      }
      this.codes[len] = f;
      this.length = len + 1;
    }
    return separated;
  }

  /**
   * Rules that look at a whole word, applied when it ends; returns the new
   * length. "-ah" and "-eh" are "-a" ("Hasakeh", "Hasakah", "Hasaka"), in a
   * word of three letters or more. An Arabic article written with a hyphen
   * is "al", however assimilated ("ar-Raqqa", "ez-Zor", "ash-Sham"); "el",
   * "ez" and "az" are "al" before a space too, while "at", "as" and "an" are
   * left alone there, since they are English words.
   */
  private endWord(len: number, count: number, by: Fold): number {
    const from = this.starts[count - 1] as number;
    const n = len - from;
    const { codes } = this;
    const last = codes[len - 1];
    const before = codes[len - 2];
    if (n >= 3 && last === Latin.H && (before === Latin.A || before === Latin.E)) {
      codes[len - 2] = Latin.A;
      return len - 1;
    }
    if ((n !== 2 && n !== 3) || by === Fold.Break || !isArticle(codes, from, n, by === Fold.Joint || by === Fold.Mark))
      return len;
    codes[from] = Latin.A;
    codes[from + 1] = Latin.L;
    return from + 2;
  }
}

/** Folds text, keeping the way back from every folded letter to the original. */
export function foldText(text: string): FoldedText {
  return new Folder().fold(text);
}

const nameFolders = { loose: new Folder(true), strict: new Folder(false) };

/**
 * The folded key of a name as a string, without leading or trailing breaks;
 * `loose: false` leaves out the transliteration rules.
 */
export function foldName(name: string, { loose = true } = {}): string {
  const f = (loose ? nameFolders.loose : nameFolders.strict).fold(name);
  const { first, last } = nameSpan(f);
  return codesToString(f.codes.subarray(first, last));
}

/** Where a folded name's key lies: punctuation at either end of a name is no part of it. */
export function nameSpan(f: FoldedText): { first: number; last: number } {
  let first = 0;
  let last = f.length;
  while (first < last && f.codes[first] === BREAK_CODE) first += 1;
  while (last > first && f.codes[last - 1] === BREAK_CODE) last -= 1;
  return { first, last };
}

/** A run of UTF-16 codes as a string (apply takes a typed array as it is; spreading iterates it). */
function codesToString(codes: Uint16Array): string {
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}
