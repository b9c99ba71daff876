import { type Ambiguity, ambiguityOf, counterEvidence, mayHaveAmbiguity } from './ambiguity.js';
import { definedExpansion, expansionAfter, spelledOut } from './acronym-definition.js';
import { namesAnotherThing } from './place-qualifier.js';
import { Folder, foldName, nameSpan, WordStart, type FoldedText } from './fold-text.js';
import { isShortAcronym, type LexiconEntry, type WatchKind, type WatchSelection } from './watch-list.js';

/** One mention of a watched name in a text, with offsets into that text. */
export interface TextMatch {
  /** Canonical name of the watch. */
  name: string;
  kind: WatchKind;
  /** The lexicon's spelling that matched ("Deir ez-Zor"). */
  alias: string;
  /** Where the mention stands in the original text. */
  start: number;
  end: number;
  /**
   * For an ambiguous name (a namesake abroad, a word, another body's
   * acronym): what in the article made it count, war places and actors by
   * their canonical names ("Syria", "Raqqa").
   */
  evidence?: string[];
}

export interface Matcher {
  /** Canonical names this matcher alerts on. */
  readonly watched: readonly string[];
  /** The mentions in a text that is a whole article: its context is the text itself. */
  find(text: string): TextMatch[];
  /**
   * The mentions in each text of one article (title, lede, paragraphs): an
   * ambiguous name counts only on evidence found anywhere in the article,
   * and not where the article says it is something else.
   */
  findInArticle(texts: readonly string[]): TextMatch[][];
}

interface Pattern {
  length: number;
  entry: LexiconEntry;
  /** The entry's place in its lexicon: the matcher's index of what each entry reports. */
  entryIndex: number;
  /**
   * The alias's key without the transliteration rules: when two entries share a key, the one spelled
   * as the text is wins. Folded on the first tie, not for every alias at cold start.
   */
  strict: string | undefined;
  alias: string;
  /** gaps[k] is 1 where the alias has a word break before its k-th folded letter: a space in the text may stand there. */
  gaps: Uint8Array;
  /** How the text must read, as written, for aliases that only count in their own form; `at` is where it starts. */
  exact: ((original: string, text: string, at: number) => boolean) | undefined;
  /** An acronym ("SDF", "ISIS"): another body may spell the same letters out in the article. */
  acronym: boolean;
  /** Whether the entry is one of COUNTRIES, known here rather than looked up at every mention. */
  country: boolean;
  /** Whether some spelling of the entry may be ambiguous (hasAmbiguousSpelling): only those are asked. */
  mayBeAmbiguous: boolean;
  /** The last spelling found for this alias and its ambiguity: the text mostly writes a name one way. */
  written: string | undefined;
  ambiguity: Ambiguity | undefined;
}

const lettersOf = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
/** Apostrophes, hyphens and spaces of every kind, made one. */
const asWritten = (s: string): string =>
  s
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** An alias in capitals of up to six letters: "ISIS", "NATO", "YPG". */
const isAcronym = (alias: string): boolean => /^[\p{Lu}.]{2,8}$/u.test(alias) && lettersOf(alias).length <= 6;

/**
 * An acronym must be in capitals ("SDF", not "sdf"), and not where the text
 * spells it out as another body ("South African Airways (SAA)"); a listed
 * exact alias must read as written, apostrophe included ("Mar'e", not "Mare's").
 */
function exactTest(entry: LexiconEntry, alias: string, listed: boolean): Pattern['exact'] {
  if (listed) {
    const form = asWritten(alias);
    return (original) => asWritten(original) === form;
  }
  const short = isShortAcronym(alias);
  if (short || isAcronym(alias)) {
    const letters = lettersOf(alias);
    let names: Set<string> | undefined;
    return (original, text, at) => {
      // A short acronym only in capitals; a longer one ("ISIS", "NATO") in any case, as the press writes it ("Isis").
      if (short && lettersOf(original) !== letters) return false;
      const expansion = definedExpansion(text, at, letters) ?? expansionAfter(text, at + original.length, letters);
      if (expansion === undefined) return true;
      names ??= new Set([entry.name, ...entry.aliases].map((a) => foldName(a)));
      return names.has(foldName(expansion));
    };
  }
  return undefined;
}

/**
 * A trie of folded aliases, as a dense table over the aliases' own alphabet.
 * A name can only begin where a word does, so the scan walks the trie from
 * each word start and stops at the first letter no alias continues with: in
 * running text, two or three letters, however many aliases there are. Unlike
 * a full Aho-Corasick table it needs no failure rows, so it builds in a
 * fraction of the time, and it finds the same mentions.
 */
class AliasTrie {
  /** Folded character code to its column (0: no alias has it, so every walk stops there). */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  /**
   * A node with several children has a row of the dense table (row[node]),
   * indexed by column; a node with one child, most of those deep in the
   * trie, keeps that child's letter and number instead (row[node] is -1).
   * The table is then a tenth of a full one and stays in cache.
   */
  private readonly row: Int32Array;
  private readonly table: Int32Array;
  private readonly onlyLetter: Int32Array;
  private readonly onlyChild: Int32Array;
  /** The patterns that end at a node, and a flag per node for the hot loop (1: some do). */
  private readonly ends: Pattern[][] = [];
  private readonly ending: Uint8Array;

  /** Keys in code order: each key's new nodes are those past its common prefix with the one before. */
  constructor(
    keys: readonly { codes: Uint16Array; pattern: Pattern }[],
    /** Whether its keys were folded with the transliteration rules: the text must be folded the same way. */
    readonly loose: boolean,
  ) {
    let width = 1;
    let nodes = 1;
    let previous: Uint16Array = new Uint16Array(0);
    const commons: number[] = [];
    for (const { codes } of keys) {
      for (const c of codes) if (this.column[c] === 0) this.column[c] = width++;
      let common = 0;
      while (common < codes.length && common < previous.length && codes[common] === previous[common]) common += 1;
      commons.push(common);
      nodes += codes.length - common;
      previous = codes;
    }
    this.width = width;
    // Nodes in the order the sorted keys create them: a key's new nodes hang below the node where
    // its common prefix with the previous key ends.
    const parent = new Int32Array(nodes);
    const letter = new Int32Array(nodes);
    const children = new Int32Array(nodes);
    const path = new Int32Array(Math.max(1, ...keys.map((k) => k.codes.length)) + 1);
    let added = 1;
    keys.forEach(({ codes, pattern }, i) => {
      for (let d = commons[i] as number; d < codes.length; d += 1) {
        const node = added++;
        parent[node] = path[d] as number;
        letter[node] = codes[d] as number;
        children[path[d] as number] = (children[path[d] as number] as number) + 1;
        path[d + 1] = node;
      }
      const end = path[codes.length] as number;
      (this.ends[end] ??= []).push(pattern);
    });
    this.row = new Int32Array(nodes).fill(-1);
    let rows = 0;
    for (let node = 0; node < nodes; node += 1)
      if (node === 0 || (children[node] as number) > 1) this.row[node] = rows++;
    this.table = new Int32Array(rows * width);
    this.onlyLetter = new Int32Array(nodes).fill(-1);
    this.onlyChild = new Int32Array(nodes);
    for (let node = 1; node < nodes; node += 1) {
      const up = parent[node] as number;
      const r = this.row[up] as number;
      if (r >= 0) this.table[r * width + (this.column[letter[node] as number] as number)] = node;
      else {
        this.onlyLetter[up] = letter[node] as number;
        this.onlyChild[up] = node;
      }
    }
    this.ending = new Uint8Array(nodes);
    for (let node = 0; node < nodes; node += 1) {
      if (this.ends[node]) this.ending[node] = 1;
      else this.ends[node] = [];
    }
  }

  /**
   * Walks from each word start to the longest alias that fits there (ending at
   * a word start, with spaces only where the alias has word breaks) and
   * records it in `hits`. Starts inside a span already taken are skipped: a
   * mention is one name, the longest that fits there ("Syria Democratic
   * Forces" is the SDF, not a mention of Syria).
   */
  scan(folded: FoldedText, text: string, hits: Hits): void {
    const { codes, length, startCount, starts, wordStart } = folded;
    const alef = this.child(0, ALEF);
    const alefLam = alef === 0 ? 0 : this.child(alef, LAM);
    hits.clear();
    let taken = 0;
    for (let si = 0; si < startCount; si += 1) {
      const s = starts[si] as number;
      if (s < taken) continue;
      // One walk, for the root and after proclitics alike. A copy written out here for the root was worth
      // nothing measurable: on the seeds' paragraphs as bench/match-bench.ts reads them, three interleaved
      // processes each, medians of 4.8 and 8.2 MB/s with it against 5.5 and 9.1 without (a loaded machine).
      let best = this.walk(folded, text, s, s, 0, 0, -1, hits);
      if (PROCLITIC[codes[s] as number] === 0) {
        if (best > 0) {
          hits.close();
          taken = best;
        }
        continue;
      }
      // Arabic proclitics are written onto a name ("والرقة", "بحلب"): a walk may also begin
      // after "و", "ف", "ب" or "ل", or after "و" or "ف" with "ب" or "ل"; and ل + ال is written
      // لل, or ل alone before a name that begins with ل ("للرقة", "للاذقية").
      for (let at = s + 1, n = 0; n < 2 && at < length && wordStart[at] === WordStart.None; at += 1, n += 1) {
        const proclitic = codes[at - 1] as number;
        if (n === 0 ? PROCLITIC[proclitic] !== 1 : proclitic !== BA && proclitic !== LAM) break;
        best = this.walk(folded, text, s, at, 0, 0, best, hits);
        if (proclitic === LAM && codes[at] === LAM) {
          if (alef !== 0) best = this.walk(folded, text, s, at, alef, 1, best, hits);
          if (alefLam !== 0) best = this.walk(folded, text, s, at, alefLam, 2, best, hits);
        }
        if (n === 0 && proclitic !== WAW && proclitic !== FA) break;
      }
      if (best > 0) {
        hits.close();
        taken = best;
      }
    }
  }

  /** The trie node after `node` on folded letter c (0: none). */
  private child(node: number, c: number): number {
    const r = this.row[node] as number;
    if (r < 0) return this.onlyLetter[node] === c ? (this.onlyChild[node] as number) : 0;
    return this.table[r * this.width + (this.column[c] as number)] as number;
  }

  /**
   * One walk for the mention starting at word start s: from folded position
   * `from` and trie node `node`, which stands for `virtual` letters the text
   * elided (the alef, or alef and lam, of an article after ل). Records the
   * patterns at the longest end so far in `hits`; returns that end.
   */
  private walk(
    folded: FoldedText,
    text: string,
    s: number,
    from: number,
    node: number,
    virtual: number,
    best: number,
    hits: Hits,
  ): number {
    const { codes, length, wordStart } = folded;
    const { row, table, onlyLetter, onlyChild, column, width, ends, ending } = this;
    // Where the pattern's first letter would stand, elided letters counted.
    const first = from - virtual;
    for (let k = from; k < length; k += 1) {
      const c = codes[k] as number;
      const r = row[node] as number;
      node =
        r >= 0
          ? (table[r * width + (column[c] as number)] as number)
          : onlyLetter[node] === c
            ? (onlyChild[node] as number)
            : 0;
      if (node === 0) break;
      if (ending[node] === 0 || wordStart[k + 1] === WordStart.None || k + 1 < best) continue;
      const here = ends[node] as Pattern[];
      for (let j = 0; j < here.length; j += 1) {
        const p = here[j] as Pattern;
        if (!fits(p, folded, text, s, first, k + 1)) continue;
        if (k + 1 > best) {
          hits.open(s, k + 1);
          best = k + 1;
        }
        hits.add(p);
      }
    }
    return best;
  }
}

const ALEF = 0x627;
const BA = 0x628;
const LAM = 0x644;
const WAW = 0x648;
const FA = 0x641;
const PROCLITIC = new Uint8Array(65536);
for (const c of [WAW, FA, BA, LAM]) PROCLITIC[c] = 1;

/**
 * The mentions one scan found, in buffers reused from text to text: hit h
 * spans folded positions start[h] to end[h], and its patterns (one name, or
 * several that share the words) are patterns[first[h]] to patterns[first[h + 1]].
 */
class Hits {
  start: number[] = [];
  end: number[] = [];
  first: number[] = [0];
  /** Reused: entries past first[count] are stale, never read. */
  patterns: Pattern[] = [];
  count = 0;
  private filled = 0;

  clear(): void {
    this.count = 0;
    this.filled = 0;
  }

  /** A longer span at the same start replaces the one being recorded. */
  open(start: number, end: number): void {
    this.filled = this.first[this.count] as number;
    this.start[this.count] = start;
    this.end[this.count] = end;
  }

  add(p: Pattern): void {
    this.patterns[this.filled] = p;
    this.filled += 1;
  }

  close(): void {
    this.count += 1;
    this.first[this.count] = this.filled;
  }
}

/**
 * A space in the text only where the alias (whose first letter is at `first`)
 * has a word break; an exact alias only as written.
 */
function fits(p: Pattern, folded: FoldedText, text: string, s: number, first: number, end: number): boolean {
  const { wordStart } = folded;
  // Letters before the word start are the proclitic's, inside the word: only the rest can hold a space.
  for (let k = Math.max(first, s) + 1; k < end; k += 1) {
    if (wordStart[k] === WordStart.Space && p.gaps[k - first] === 0) return false;
  }
  if (p.exact === undefined) return true;
  // An exact alias is read as written, whole: never after a proclitic.
  const at = folded.start[s] as number;
  return first === s && p.exact(text.slice(at, folded.end[end - 1]), text, at);
}

/**
 * The rules make one key of some spellings of different names ("Sarrin" and
 * "sarin", "Douma" and "Duma"): on the same words, an entry whose alias is
 * spelled as the text is, rules aside, wins. Keeps the patterns of hit h that
 * do, or all of them when none does or they are one entry's.
 */
function spelledAsWritten(hits: Hits, h: number, text: string, folded: FoldedText): void {
  const first = hits.first[h] as number;
  const last = hits.first[h + 1] as number;
  const entryIndex = (hits.patterns[first] as Pattern).entryIndex;
  let one = true;
  for (let i = first + 1; i < last; i += 1) if ((hits.patterns[i] as Pattern).entryIndex !== entryIndex) one = false;
  if (one) return;
  const written = foldName(text.slice(folded.start[hits.start[h] as number], folded.end[(hits.end[h] as number) - 1]), {
    loose: false,
  });
  const spelled = hits.patterns
    .slice(first, last)
    .filter((p) => (p.strict ??= foldName(p.alias, { loose: false })) === written);
  if (spelled.length === 0) return;
  for (let i = first; i < last; i += 1) hits.patterns[i] = spelled[Math.min(i - first, spelled.length - 1)] as Pattern;
}

/** An alias's folded key, and where it has word breaks (a space in the text may stand there). */
function keyOf(folder: Folder, alias: string): { codes: Uint16Array; gaps: Uint8Array } {
  const f = folder.fold(alias);
  const { first, last } = nameSpan(f);
  const codes = f.codes.slice(first, last);
  const gaps = new Uint8Array(codes.length);
  for (let k = 1; k < codes.length; k += 1) {
    const at = f.wordStart[first + k];
    gaps[k] = at === WordStart.Space || at === WordStart.Joint ? 1 : 0;
  }
  return { codes, gaps };
}

/**
 * Builds the trie for a lexicon. Every entry takes part, watched or not, so
 * that a longer known name hides the shorter one inside it; only watched
 * names are reported.
 */
function compile(entries: readonly LexiconEntry[], loose = true): AliasTrie {
  const folder = new Folder(loose);
  const keys: { codes: Uint16Array; pattern: Pattern }[] = [];
  for (const [entryIndex, entry] of entries.entries()) {
    const exact = new Set(entry.exactCase ?? []);
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      const { codes, gaps } = keyOf(folder, alias);
      if (codes.length === 0) continue;
      const listed = exact.has(alias);
      // The same alias twice, in any case, is one pattern; spellings the rules make one still count
      // apart (the one written in the text wins a tie), as do the same letters spaced two ways.
      const dedupe = `${alias.toLowerCase()}\u0000${listed ? asWritten(alias) : isShortAcronym(alias) ? lettersOf(alias) : ''}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      keys.push({
        codes,
        pattern: {
          length: codes.length,
          entry,
          entryIndex,
          strict: undefined,
          alias,
          gaps,
          exact: exactTest(entry, alias, listed),
          acronym: isShortAcronym(alias) || isAcronym(alias),
          country: COUNTRIES.has(entry.name),
          mayBeAmbiguous: hasAmbiguousSpelling(entry),
          written: undefined,
          ambiguity: undefined,
        },
      });
    }
  }
  // In key order, a walk's next row is most often near the last one.
  keys.sort((a, b) => compareCodes(a.codes, b.codes));
  return new AliasTrie(keys, loose);
}

function compareCodes(a: Uint16Array, b: Uint16Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** One trie per lexicon, however many watch lists are built on it. */
const compiled = new WeakMap<readonly LexiconEntry[], AliasTrie>();

function trieFor(lexicon: readonly LexiconEntry[]): AliasTrie {
  let trie = compiled.get(lexicon);
  if (!trie) {
    trie = compile(lexicon);
    compiled.set(lexicon, trie);
  }
  return trie;
}

/** Two aliases of one entry on the same words are one mention: whether one came before patterns[i]. */
function seenBefore(patterns: readonly Pattern[], first: number, i: number, entryIndex: number): boolean {
  for (let j = first; j < i; j += 1) if ((patterns[j] as Pattern).entryIndex === entryIndex) return true;
  return false;
}

interface Report {
  name: string;
  kind: WatchKind;
}

/**
 * The watched mentions whose counting depends on the article (an ambiguous
 * name or an acronym), in the order found, in buffers reused from article to
 * article. Their matches already stand in their text's list, where a sort
 * would put them; the article only adds evidence to them or takes them out.
 */
class CandidateList {
  pattern: Pattern[] = [];
  ambiguity: (Ambiguity | undefined)[] = [];
  text: number[] = [];
  start: number[] = [];
  end: number[] = [];
  /** The candidate's matches (one per name it reports) are matches[first] to matches[first + count]. */
  first: number[] = [];
  count: number[] = [];
  size = 0;
  /** Every candidate's matches, and the article's other matches of ambiguous names, in the order found. */
  matches: TextMatch[] = [];
  matchCount = 0;

  add(
    pattern: Pattern,
    ambiguity: Ambiguity | undefined,
    text: number,
    start: number,
    end: number,
    first: number,
  ): void {
    const k = this.size++;
    this.pattern[k] = pattern;
    this.ambiguity[k] = ambiguity;
    this.text[k] = text;
    this.start[k] = start;
    this.end[k] = end;
    this.first[k] = first;
    this.count[k] = this.matchCount - first;
  }
}

const VOUCHES_UNKNOWN = 0;
const VOUCHES = 1;
const VOUCHES_NOT = 2;

/**
 * The mentions of the war's places and actors in one article, any of which
 * may be evidence for another: in buffers reused from article to article,
 * since every mention of the war is recorded and few are ever asked.
 */
class EvidenceList {
  pattern: Pattern[] = [];
  text: number[] = [];
  start: number[] = [];
  end: number[] = [];
  /** Whether it vouches for another mention: VOUCHES_UNKNOWN (not asked yet), VOUCHES or VOUCHES_NOT. */
  vouches: number[] = [];
  count = 0;
  /** After readFor: the evidence for that mention (valid until the next call). */
  reading: Reading;
  /**
   * The article's evidence, every mention counted, read once for all its
   * candidates (allRead); and one mention's own, read without it, when it is
   * one of those that gave.
   */
  private allRead = false;
  private readonly all = new Reading();
  private readonly own = new Reading();

  constructor() {
    this.reading = this.all;
  }

  /** A new article. */
  reset(): void {
    this.count = 0;
    this.allRead = false;
  }

  /** `vouches`: whether the mention vouches, when the scan already knows. */
  add(pattern: Pattern, text: number, start: number, end: number, vouches: number): void {
    const k = this.count++;
    this.pattern[k] = pattern;
    this.text[k] = text;
    this.start[k] = start;
    this.end[k] = end;
    this.vouches[k] = vouches;
  }

  /**
   * Whether mention k vouches for another: a place that is not a word, a
   * namesake abroad or a person here, and a spelling that needs no evidence
   * itself.
   */
  vouchesFor(k: number, texts: readonly string[]): boolean {
    if (this.vouches[k] === VOUCHES_UNKNOWN) {
      const pattern = this.pattern[k] as Pattern;
      const text = texts[this.text[k] as number] as string;
      const start = this.start[k] as number;
      const end = this.end[k] as number;
      const ok =
        !(pattern.entry.kind === 'place' && namesAnotherThing(text, start, end)) &&
        !(pattern.mayBeAmbiguous && needsEvidence(ambiguityAt(pattern, text, start, end)));
      this.vouches[k] = ok ? VOUCHES : VOUCHES_NOT;
    }
    return this.vouches[k] === VOUCHES;
  }

  /**
   * Reads the evidence of the war for the mention at (text, start): the
   * first three places and actors, and countries, that vouch among the
   * article's other mentions; the entry's own unambiguous names count too
   * ("Syrian Democratic Forces" defines the "SDF" after it). Leaving out a
   * mention that gave nothing changes nothing, so the article's reading
   * serves every mention but those that gave to it.
   */
  readFor(texts: readonly string[], text: number, start: number): void {
    const all = this.readAll(texts);
    this.reading = all;
    for (let g = 0; g < all.gaveCount; g += 1) {
      const k = all.gave[g] as number;
      if (this.text[k] !== text || this.start[k] !== start) continue;
      this.collect(texts, text, start, this.own);
      this.reading = this.own;
      return;
    }
  }

  /** Whether a place or actor of the war in the article's reading comes from a mention not at (text, start): evidence for the mention there, without reading for it. */
  warBesides(texts: readonly string[], text: number, start: number): boolean {
    const all = this.readAll(texts);
    for (let g = 0; g < all.gaveCount; g += 1) {
      const k = all.gave[g] as number;
      if (!(this.pattern[k] as Pattern).country && (this.text[k] !== text || this.start[k] !== start)) return true;
    }
    return false;
  }

  private readAll(texts: readonly string[]): Reading {
    if (!this.allRead) {
      this.collect(texts, -1, -1, this.all);
      this.allRead = true;
    }
    return this.all;
  }

  /** The evidence without the mentions at (text, start), in the order of the article. */
  private collect(texts: readonly string[], text: number, start: number, into: Reading): void {
    into.warCount = 0;
    into.countryCount = 0;
    into.gaveCount = 0;
    for (let k = 0; k < this.count; k += 1) {
      if (this.text[k] === text && this.start[k] === start) continue;
      const { entry, country } = this.pattern[k] as Pattern;
      const name = entry.name;
      const names = country ? into.countries : into.war;
      const n = country ? into.countryCount : into.warCount;
      if (n === 3 || holds(names, n, name) || !this.vouchesFor(k, texts)) continue;
      names[n] = name;
      if (country) into.countryCount += 1;
      else into.warCount += 1;
      into.gave[into.gaveCount++] = k;
      if (into.warCount === 3) break;
    }
  }
}

/** The evidence for one mention: war[0, warCount) and countries[0, countryCount), from evidence mentions gave[0, gaveCount). */
class Reading {
  readonly war: string[] = [];
  warCount = 0;
  readonly countries: string[] = [];
  countryCount = 0;
  readonly gave: number[] = [];
  gaveCount = 0;

  /** The first three names, the war's before the countries. */
  names(): string[] {
    const names: string[] = [];
    for (let i = 0; i < this.warCount && names.length < 3; i += 1) names.push(this.war[i] as string);
    for (let i = 0; i < this.countryCount && names.length < 3; i += 1) names.push(this.countries[i] as string);
    return names;
  }
}

const holds = (names: readonly string[], n: number, name: string): boolean => {
  for (let i = 0; i < n; i += 1) if (names[i] === name) return true;
  return false;
};

/**
 * The country of the desk's war named as an adjective or in another
 * language's form ("Syrian", "irakiennes", "السوري"): evidence as good as
 * the name, which the lexicon knows only as a noun.
 */
const COUNTRY_WORDS =
  /(?<![\p{L}\p{N}])(?:Syrian|Syriens?|Syriennes?|Iraqis?|Irakiens?|Irakiennes?|سوري|السوري|السورية|السوريين|عراقي|العراقي|العراقية|العراقيين)(?![\p{L}\p{N}])/iu;

export interface MatcherOptions {
  /**
   * false: every mention counts, as before names were read in their
   * context (the bench's comparison with the earlier matcher).
   */
  context?: boolean;
}

export function buildMatcher(
  lexicon: readonly LexiconEntry[],
  selection: WatchSelection,
  options: MatcherOptions = {},
): Matcher {
  const context = options.context ?? true;
  // Literal terms the user typed compete only with each other: they are not names the lexicon hides inside
  // longer ones. They are matched without the transliteration rules, which suit names, not any word
  // ("Lee" would be French "le").
  const tries = [trieFor(lexicon), ...(selection.literals.length > 0 ? [compile(selection.literals, false)] : [])];
  const watched = new Set(selection.watched);
  const kinds = new Map([...lexicon, ...selection.literals].map((e) => [e.name, e.kind]));

  /** What a mention of each entry reports: its own name, the names it mentions, and the area watches they fall in. */
  const reportsOf = (entry: LexiconEntry): Report[] => {
    const named = [entry.name, ...(entry.mentions ?? [])];
    for (const n of [...named]) named.push(...(selection.areas.get(n) ?? []));
    return [...new Set(named)]
      .filter((n) => watched.has(n))
      .map((name) => ({ name, kind: name === entry.name ? entry.kind : (kinds.get(name) ?? 'place') }));
  };
  const reports = [lexicon.map(reportsOf), selection.literals.map(reportsOf)];
  /** Whether a mention of the entry may be evidence of the war: its places and actors, not the world's places. */
  const ofTheWar = [lexicon.map(isOfTheWar), selection.literals.map(() => false)];

  const folders = { loose: new Folder(true), strict: new Folder(false) };
  const hits = new Hits();

  /** The watched mentions and the war's mentions in one text, the i-th of the article. */
  const evidence = new EvidenceList();
  const candidates = new CandidateList();
  /**
   * The matches of ambiguous names and acronyms wait in candidates.matches
   * from `pending` on, all at one start, until the text's list reaches a
   * later start: behind the plain matches at their own start, as a stable
   * sort of the matches found after reading the article would put them. With
   * literal terms (a second trie, its own order) they wait for the text's end
   * and the final sort.
   */
  const single = tries.length === 1;
  let pending = 0;
  let pendingStart = -1;
  const flush = (direct: TextMatch[]): void => {
    const { matches, matchCount } = candidates;
    for (let j = pending; j < matchCount; j += 1) direct.push(matches[j] as TextMatch);
    pending = matchCount;
  };
  const scanText = (text: string, index: number, direct: TextMatch[]): void => {
    for (let t = 0; t < tries.length; t += 1) {
      const byEntry = reports[t] as Report[][];
      const war = ofTheWar[t] as boolean[];
      const trie = tries[t] as AliasTrie;
      const folded = (trie.loose ? folders.loose : folders.strict).fold(text);
      trie.scan(folded, text, hits);
      for (let h = 0; h < hits.count; h += 1) {
        if ((hits.first[h + 1] as number) - (hits.first[h] as number) > 1) spelledAsWritten(hits, h, text, folded);
        const first = hits.first[h] as number;
        const last = hits.first[h + 1] as number;
        let start = -1;
        let end = -1;
        for (let i = first; i < last; i += 1) {
          const pattern = hits.patterns[i] as Pattern;
          const { entry, entryIndex, alias } = pattern;
          const reported = byEntry[entryIndex] as Report[];
          const isWar = context && (war[entryIndex] as boolean);
          if ((reported.length === 0 && !isWar) || seenBefore(hits.patterns, first, i, entryIndex)) continue;
          if (start < 0) {
            start = folded.start[hits.start[h] as number] as number;
            end = folded.end[(hits.end[h] as number) - 1] as number;
            if (single && pending < candidates.matchCount && start !== pendingStart) flush(direct);
          }
          if (reported.length === 0) {
            // Evidence is read only if a mention needs it: here it is just where the war's names stand.
            evidence.add(pattern, index, start, end, VOUCHES_UNKNOWN);
            continue;
          }
          if (entry.kind === 'place' && namesAnotherThing(text, start, end)) {
            if (isWar) evidence.add(pattern, index, start, end, VOUCHES_NOT);
            continue;
          }
          const plain = !context || entry.kind === 'term' || !(pattern.mayBeAmbiguous || pattern.acronym);
          const ambiguity = !plain && pattern.mayBeAmbiguous ? ambiguityAt(pattern, text, start, end) : undefined;
          // Whether a watched mention of the war vouches is all known here, its ambiguity read once.
          if (isWar) evidence.add(pattern, index, start, end, needsEvidence(ambiguity) ? VOUCHES_NOT : VOUCHES);
          // Most mentions need no reading of the article: they go straight out, in the order found.
          if (plain) {
            for (const { name, kind } of reported) direct.push({ name, kind, alias, start, end });
            continue;
          }
          const from = candidates.matchCount;
          for (const { name, kind } of reported)
            candidates.matches[candidates.matchCount++] = { name, kind, alias, start, end };
          pendingStart = start;
          // A name the article cannot change (no sense to name, no evidence asked, not an acronym) is not asked about.
          if (!ambiguity && !pattern.acronym) continue;
          if (!pattern.acronym && ambiguity?.needsEvidence !== 'always' && ambiguity?.counter.length === 0) continue;
          candidates.add(pattern, ambiguity, index, start, end, from);
        }
      }
    }
    flush(direct);
  };

  /** Per article, read at most once however many candidates ask. */
  let countryWord: string | null | undefined;
  let expansions: Map<string, string | null> | undefined;
  let counters: Map<Ambiguity, string | null> | undefined;
  /**
   * What made candidate c count: undefined when it needs nothing, the
   * evidence's names ("Syria", "Raqqa") when it needed some, null when the
   * article gives none or says it is something else.
   */
  const decide = (c: number, texts: readonly string[]): string[] | null | undefined => {
    const pattern = candidates.pattern[c] as Pattern;
    const ambiguity = candidates.ambiguity[c];
    const needs = ambiguity?.needsEvidence === 'always';
    const start = candidates.start[c] as number;
    // Without evidence asked, a place or actor of the war anywhere else settles it: the mention counts.
    if (!needs && evidence.warBesides(texts, candidates.text[c] as number, start)) return undefined;
    evidence.readFor(texts, candidates.text[c] as number, start);
    const { reading } = evidence;
    // A place or actor of the war outweighs any counter-evidence: the article is not read for it then.
    if (reading.warCount === 0) {
      const text = texts[candidates.text[c] as number] as string;
      const against =
        (ambiguity && counterOnce(ambiguity, texts, (counters ??= new Map()))) ??
        (pattern.acronym
          ? otherExpansion(pattern.entry, text.slice(start, candidates.end[c]), texts, (expansions ??= new Map()))
          : undefined);
      // Against counter-evidence, the country alone is not enough: a tobacco is "from Syria".
      if (against !== undefined) return null;
    }
    if (!needs) return undefined;
    const names = reading.names();
    if (names.length === 0) {
      countryWord ??= firstCountryWord(texts) ?? null;
      if (countryWord !== null) names.push(countryWord);
    }
    return names.length === 0 ? null : names;
  };

  const findInArticle = (texts: readonly string[]): TextMatch[][] => {
    evidence.reset();
    candidates.size = 0;
    candidates.matchCount = 0;
    pending = 0;
    const out: TextMatch[][] = [];
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i] as string;
      const direct: TextMatch[] = [];
      out.push(direct);
      if (text) scanText(text, i, direct);
    }
    countryWord = undefined;
    expansions = undefined;
    counters = undefined;
    for (let c = 0; c < candidates.size; c += 1) {
      const why = decide(c, texts);
      if (why === undefined) continue;
      const first = candidates.first[c] as number;
      const last = first + (candidates.count[c] as number);
      const list = out[candidates.text[c] as number] as TextMatch[];
      for (let j = first; j < last; j += 1) {
        const m = candidates.matches[j] as TextMatch;
        // Rare: the article says the name is something else, or gives no evidence of the war.
        if (why === null) list.splice(list.indexOf(m), 1);
        else m.evidence = why;
      }
    }
    if (!single) for (const list of out) list.sort((a, b) => a.start - b.start);
    return out;
  };

  return {
    watched: [...watched],
    find: (text) => findInArticle([text])[0] as TextMatch[],
    findInArticle,
  };
}

/** The article's counter-evidence for one ambiguity, looked for once however often the name stands. */
function counterOnce(
  ambiguity: Ambiguity,
  texts: readonly string[],
  seen: Map<Ambiguity, string | null>,
): string | undefined {
  let found = seen.get(ambiguity);
  if (found === undefined) {
    found = counterEvidence(ambiguity, texts) ?? null;
    seen.set(ambiguity, found);
  }
  return found ?? undefined;
}

/**
 * The ambiguity of a pattern's entry as text[start, end) writes it, kept for
 * the next mention written the same: the text mostly writes a name one way,
 * and the mention is read in place, not sliced out, until it is written otherwise.
 */
function ambiguityAt(p: Pattern, text: string, start: number, end: number): Ambiguity | undefined {
  if (!writtenAt(p.written, text, start, end)) {
    p.written = text.slice(start, end);
    p.ambiguity = ambiguityOf(p.entry, p.written);
  }
  return p.ambiguity;
}

/** Whether text[start, end) is `written`, letter for letter, without slicing the mention out of the text. */
function writtenAt(written: string | undefined, text: string, start: number, end: number): boolean {
  if (written === undefined || written.length !== end - start) return false;
  for (let i = 0; i < written.length; i += 1) if (written.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Whether the mention must itself be vouched for: then it vouches for nothing. */
const needsEvidence = (a: Ambiguity | undefined): boolean => a !== undefined && a.needsEvidence !== 'never';

/** The desk's two countries: evidence of the war, but not against a sense the article names. */
const COUNTRIES = new Set(['Syria', 'Iraq']);

/**
 * Where the article spells an acronym out as another body, anywhere in it
 * ("the Institute for Science and International Security", "Self-Defense
 * Forces"): that body's name, else undefined.
 */
function otherExpansion(
  entry: LexiconEntry,
  found: string,
  texts: readonly string[],
  /** Per article: each acronym's expansion (null: none), found once however often the acronym stands. */
  expansions: Map<string, string | null>,
): string | undefined {
  const letters = lettersOf(found).toUpperCase();
  let expansion = expansions.get(letters);
  if (expansion === undefined) {
    expansion = null;
    for (const t of texts) {
      const e = spelledOut(t, letters);
      if (e !== undefined) {
        expansion = e;
        break;
      }
    }
    expansions.set(letters, expansion);
  }
  if (expansion === null) return undefined;
  const own = [entry.name, ...entry.aliases].map((a) => foldName(a));
  return own.includes(foldName(expansion)) ? undefined : expansion;
}

/** The first "Syrian", "irakienne" or "السوري" of the article. */
function firstCountryWord(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = COUNTRY_WORDS.exec(t);
    if (m) return m[0];
  }
  return undefined;
}

/** Places and actors of the desk's war (not the world's capitals, countries, the US military or NATO). */
const isOfTheWar = (e: LexiconEntry): boolean => (e.kind === 'place' || e.kind === 'actor') && !e.world;

const ambiguousEntries = new WeakMap<LexiconEntry, boolean>();

/** Whether some spelling of the entry has a namesake, a word or a curated sense: the rest never need asking. */
function hasAmbiguousSpelling(e: LexiconEntry): boolean {
  let known = ambiguousEntries.get(e);
  if (known === undefined) {
    known = e.kind !== 'term' && mayHaveAmbiguity(e);
    ambiguousEntries.set(e, known);
  }
  return known;
}
