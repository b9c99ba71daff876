import data from './gazetteer/ambiguity.json' with { type: 'json' };
import { ARABIC_WORD_NAMES, CURATED_SENSES } from './gazetteer/senses.js';
import { foldName } from './fold-text.js';
import { isShortAcronym, type LexiconEntry } from './watch-list.js';

/**
 * How ambiguous a watched name is as the article writes it, and why: the
 * geocoders' question (EMM's, Mordecai's) of whether a name that also names
 * something else means the watched place or actor here.
 */
export interface Ambiguity {
  /** Why the name may mean something else ("namesake: Palmyra, Pennsylvania"). */
  why: string[];
  /**
   * 'always': a bare mention does not count; the article must give evidence
   * of the war. 'never': it counts unless the article names another sense.
   */
  needsEvidence: 'always' | 'never';
  /** Names that, anywhere in the article, say another sense is meant: then a bare mention does not count. */
  counter: readonly string[];
}

interface Namesake {
  spelled: string;
  population: number;
  names: string[];
}

const NAMESAKES = data.namesakes as Record<string, Namesake[]>;
const WORDS = new Set(data.words);
const POPULATION = data.placePopulation as Record<string, number>;

/**
 * A namesake abroad asks for evidence when it is not dwarfed by the watched
 * place: at least a tenth of its people (Palmyra, Pennsylvania beside
 * Palmyra, Syria), or any town of 1,000 where the place's size is unknown.
 * "Damascus, Maryland" is a hundredth of Damascus: the press means Syria's
 * unless it says Maryland.
 */
const RIVAL_SHARE = 0.1;

const ARABIC_WORDS = new Map(
  Object.entries(ARABIC_WORD_NAMES).map(([name, words]) => [
    name,
    new Set(words.map((w) => foldName(w, { loose: false }))),
  ]),
);

const cache = new Map<string, Ambiguity | undefined>();

/**
 * The ambiguity of `entry` written as `written` in the text (undefined: none).
 * A namesake counts when the text spells its name, folding rules aside:
 * "Palmyra" is Pennsylvania's as much as Syria's, and "Samara" (which the
 * rules fold onto Samarra) is Russia's.
 */
export function ambiguityOf(entry: LexiconEntry, written: string): Ambiguity | undefined {
  const key = `${entry.name}\u0000${written}`;
  if (cache.has(key)) return cache.get(key);
  const why: string[] = [];
  const counter: string[] = [];
  let needs: Ambiguity['needsEvidence'] = 'never';
  const strict = foldName(written, { loose: false });
  if (entry.kind === 'place') {
    const own = POPULATION[entry.name] ?? 0;
    for (const n of NAMESAKES[foldName(written)] ?? []) {
      if (n.spelled !== strict) continue;
      why.push(`namesake: ${written}, ${n.names[0] ?? ''} (${n.population})`);
      counter.push(...n.names);
      if (n.population >= own * RIVAL_SHARE) needs = 'always';
    }
    // A capital mid-sentence already tells the name from the word (properNoun in place-qualifier.ts); the
    // dictionary's words that are names are rare enough at a sentence's start ("Homs") to need nothing more.
    if (WORDS.has(strict)) why.push(`word: ${written.toLowerCase()}`);
    if (ARABIC_WORDS.get(entry.name)?.has(strict)) {
      why.push(`word: ${written}`);
      needs = 'always';
    }
  }
  // Three capitals or fewer stand for many bodies ("SDF", "SAA", "FSA", "NDF"): the war must be in the article.
  if (isShortAcronym(written)) {
    why.push(`acronym: ${written}`);
    needs = 'always';
  }
  for (const s of CURATED_SENSES) {
    if (s.entry !== entry.name || !s.written.some((w) => sameWriting(w, written))) continue;
    why.push(s.why);
    counter.push(...s.counter);
    if (s.needsEvidence) needs = 'always';
  }
  const result = why.length > 0 ? { why, needsEvidence: needs, counter: [...new Set(counter)] } : undefined;
  cache.set(key, result);
  return result;
}

/** "Isis" is not "ISIS": case counts for a sense, the rest of the folding does not. */
const sameWriting = (a: string, b: string): boolean =>
  foldName(a, { loose: false }) === foldName(b, { loose: false }) && caseShape(a) === caseShape(b);
const caseShape = (s: string): string => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toLowerCase()) return 'none';
  return letters === letters.toUpperCase() ? 'upper' : 'mixed';
};

const counterPatterns = new Map<Ambiguity, RegExp>();
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first counter-evidence name the article holds, or undefined. */
export function counterEvidence(ambiguity: Ambiguity, texts: readonly string[]): string | undefined {
  if (ambiguity.counter.length === 0) return undefined;
  let re = counterPatterns.get(ambiguity);
  if (!re) {
    const alternatives = [...ambiguity.counter].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // Whole words, in any case: a headline's "Tobacco" is tobacco.
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    counterPatterns.set(ambiguity, re);
  }
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

const sensed = new Set(CURATED_SENSES.map((s) => s.entry));

/** Whether any spelling of the entry has a namesake, is a word, or has a curated sense. */
export function mayHaveAmbiguity(entry: LexiconEntry): boolean {
  if (sensed.has(entry.name) || ARABIC_WORDS.has(entry.name)) return true;
  if ([entry.name, ...entry.aliases].some(isShortAcronym)) return true;
  if (entry.kind !== 'place') return false;
  return [entry.name, ...entry.aliases].some((a) => NAMESAKES[foldName(a)] || WORDS.has(foldName(a, { loose: false })));
}
