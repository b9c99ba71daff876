/**
 * The press defines an acronym where it first uses it: "South African Airways
 * (SAA)", "EI (entreprise individuelle)". When the words beside the bracket
 * spell the acronym's letters, they say what it stands for, and the matcher
 * can tell the SAA from the Syrian Arab Army.
 */

/** Small words an acronym leaves out ("Islamic State of Iraq and Syria", "Forces démocratiques syriennes"). */
const SKIPPED = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'al',
  'el',
  "d'",
  "l'",
]);

/** Words, hyphenated parts apart: "al-Cham" gives "al" (skipped) and "Cham". */
const splitWords = (s: string): string[] => s.split(/[\s\-‐–]+/u).filter(Boolean);
/** A word without the punctuation around it. */
const bare = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

const isSpace = (c: number): boolean => c === 32 || c === 160 || (c >= 9 && c <= 13) || c === 0x202f;

/**
 * The words the text gives as the expansion of the acronym at `at` (written
 * "(" + acronym), or undefined when it gives none: the words just before the
 * bracket whose initials spell `letters` ("sans domicile fixe (SDF)").
 */
export function definedExpansion(text: string, at: number, letters: string): string | undefined {
  // Most acronyms stand in running text: look for the bracket before slicing anything.
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i -= 1;
  if (text.charCodeAt(i) !== 40) return undefined;
  const words = splitWords(text.slice(Math.max(0, i - 160), i));
  const initials: string[] = [];
  let from = words.length;
  while (from > 0 && initials.length < letters.length) {
    const word = bare(words[from - 1] as string);
    from -= 1;
    if (SKIPPED.has(word.toLowerCase())) continue;
    if (!word) return undefined;
    initials.unshift(word[0] as string);
  }
  if (initials.join('').toUpperCase() !== letters.toUpperCase()) return undefined;
  return words.slice(from).join(' ');
}

/**
 * The words the text gives in brackets after the acronym ending at `end`
 * ("EI (entreprise individuelle)"), when their initials spell `letters`.
 */
export function expansionAfter(text: string, end: number, letters: string): string | undefined {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  if (text.charCodeAt(i) !== 40) return undefined;
  const close = text.indexOf(')', i);
  if (close < 0 || close - i > 120) return undefined;
  const words = splitWords(text.slice(i + 1, close))
    .map(bare)
    .filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  const initials = words.map((w) => w[0] as string).join('');
  return initials.toUpperCase() === letters.toUpperCase() ? words.join(' ') : undefined;
}

/**
 * A run of capitalised words anywhere in the text whose initials spell
 * `letters`, small words aside ("the Institute for Science and International
 * Security" for ISIS, "Self-Defense Forces" for SDF): an expansion the text
 * gives without brackets, perhaps paragraphs away. The first found, or undefined.
 */
export function spelledOut(text: string, letters: string): string | undefined {
  let re = spelledOutPatterns.get(letters);
  if (!re) {
    // One capitalised word per letter (not itself in capitals), small words between them allowed.
    const small = `(?:${[...SKIPPED].filter((w) => !w.endsWith("'")).join('|')})`;
    const gap = `[\\s\\-‐–]+(?:${small}[\\s\\-‐–]+)*`;
    const word = (c: string): string => `${c}\\p{Ll}[\\p{L}'’]*`;
    const up = letters.toUpperCase();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${[...up].map(word).join(gap)}(?![\\p{L}\\p{N}])`, 'u');
    spelledOutPatterns.set(letters, re);
  }
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

const spelledOutPatterns = new Map<string, RegExp>();
