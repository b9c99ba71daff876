import { Folder, foldName, WordStart } from './fold-text.js';
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
}

export interface Matcher {
  /** Canonical names this matcher alerts on. */
  readonly watched: readonly string[];
  find(text: string): TextMatch[];
}

interface Pattern {
  length: number;
  entry: LexiconEntry;
  alias: string;
  /** gaps[k] is 1 where the alias has a word break before its k-th folded letter: a space in the text may stand there. */
  gaps: Uint8Array;
  /** How the text must read, as written, for aliases that only count in their own form. */
  exact: ((original: string) => boolean) | undefined;
}

const lettersOf = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');
/** Apostrophes, hyphens and spaces of every kind, made one. */
const asWritten = (s: string): string =>
  s
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * An acronym must be in capitals ("SDF", not "sdf"); a listed exact alias
 * must read as written, apostrophe included ("Mar'e", not "Mare's").
 */
function exactTest(alias: string, listed: boolean): ((original: string) => boolean) | undefined {
  if (listed) {
    const form = asWritten(alias);
    return (original) => asWritten(original) === form;
  }
  if (isShortAcronym(alias)) {
    const letters = lettersOf(alias);
    return (original) => lettersOf(original) === letters;
  }
  return undefined;
}

const aliasFolder = new Folder();

function gapsOf(alias: string, length: number): Uint8Array {
  const folded = aliasFolder.fold(alias);
  const gaps = new Uint8Array(length);
  // The alias's key was trimmed of leading breaks; its gaps line up from its first letter.
  let first = 0;
  while (first < folded.length && folded.codes[first] === 1) first += 1;
  for (let k = 1; k < length; k += 1) gaps[k] = folded.wordStart[first + k] === WordStart.None ? 0 : 1;
  return gaps;
}

/**
 * An Aho-Corasick automaton over folded text, compiled to a full transition
 * table over the patterns' own alphabet: one pass and one table lookup per
 * character find every alias of every entry, so the cost does not grow with
 * the number of watches. A character no pattern uses sends the scan home.
 */
class Automaton {
  private readonly trie: Map<number, number>[] = [new Map()];
  private readonly ends: Pattern[][] = [[]];
  /** Folded character code to its column in the table (0: not in any pattern). */
  private readonly column = new Uint16Array(65536);
  private width = 1;
  private table = new Int32Array(0);
  /** Per state: the patterns that end there, with those of its failure chain. */
  private outputs: Pattern[][] = [];

  add(key: string, pattern: Pattern): void {
    let node = 0;
    for (let i = 0; i < key.length; i += 1) {
      const c = key.charCodeAt(i);
      if (this.column[c] === 0) this.column[c] = this.width++;
      const edges = this.trie[node] as Map<number, number>;
      let child = edges.get(c);
      if (child === undefined) {
        child = this.trie.length;
        this.trie.push(new Map());
        this.ends.push([]);
        edges.set(c, child);
      }
      node = child;
    }
    (this.ends[node] as Pattern[]).push(pattern);
  }

  /** Breadth-first, each state's row is its failure state's row with its own edges laid over it. */
  seal(): void {
    const states = this.trie.length;
    const width = this.width;
    const table = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const outputs: Pattern[][] = new Array<Pattern[]>(states);
    outputs[0] = this.ends[0] as Pattern[];
    const queue: number[] = [];
    for (const [c, child] of this.trie[0] as Map<number, number>) {
      table[this.column[c] as number] = child;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi += 1) {
      const node = queue[qi] as number;
      const f = fail[node] as number;
      const own = this.ends[node] as Pattern[];
      const inherited = outputs[f] as Pattern[];
      outputs[node] = inherited.length === 0 ? own : own.length === 0 ? inherited : [...own, ...inherited];
      table.copyWithin(node * width, f * width, f * width + width);
      for (const [c, child] of this.trie[node] as Map<number, number>) {
        const col = this.column[c] as number;
        fail[child] = table[f * width + col] as number;
        table[node * width + col] = child;
        queue.push(child);
      }
    }
    this.table = table;
    this.outputs = outputs;
    this.trie.length = 0;
    this.ends.length = 0;
  }

  /** Calls back with (endPosition, pattern) for every occurrence that starts and ends at a word start. */
  scan(codes: Uint16Array, length: number, wordStart: Uint8Array, hit: (end: number, p: Pattern) => void): void {
    const { table, column, width, outputs } = this;
    let state = 0;
    for (let k = 0; k < length; k += 1) {
      state = table[state * width + (column[codes[k] as number] as number)] as number;
      const out = outputs[state] as Pattern[];
      // Most occurrences are inside words ("us" in "because"): rejected here, before any call.
      if (out.length === 0 || wordStart[k + 1] === 0) continue;
      for (let j = 0; j < out.length; j += 1) {
        const p = out[j] as Pattern;
        if (wordStart[k + 1 - p.length] !== 0) hit(k + 1, p);
      }
    }
  }
}

interface Candidate {
  start: number;
  end: number;
  pattern: Pattern;
}

/**
 * Builds the matcher for one watch list. Every entry of the lexicon takes part,
 * watched or not, so that a longer known name hides the shorter one inside it
 * ("Syria Democratic Forces" is the SDF, not a mention of Syria); only watched
 * names are reported.
 */
function compile(entries: readonly LexiconEntry[]): Automaton {
  const automaton = new Automaton();
  for (const entry of entries) {
    const exact = new Set(entry.exactCase ?? []);
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = foldName(alias);
      const listed = exact.has(alias);
      const dedupe = `${key}\u0000${listed ? asWritten(alias) : isShortAcronym(alias) ? lettersOf(alias) : ''}`;
      if (!key || seen.has(dedupe)) continue;
      seen.add(dedupe);
      automaton.add(key, { length: key.length, entry, alias, gaps: gapsOf(alias, key.length), exact: exactTest(alias, listed) });
    }
  }
  automaton.seal();
  return automaton;
}

/** One automaton per lexicon, however many watch lists are built on it. */
const compiled = new WeakMap<readonly LexiconEntry[], Automaton>();

function automatonFor(lexicon: readonly LexiconEntry[]): Automaton {
  let automaton = compiled.get(lexicon);
  if (!automaton) {
    automaton = compile(lexicon);
    compiled.set(lexicon, automaton);
  }
  return automaton;
}

export function buildMatcher(lexicon: readonly LexiconEntry[], selection: WatchSelection): Matcher {
  const automata = [automatonFor(lexicon), ...(selection.literals.length > 0 ? [compile(selection.literals)] : [])];
  const entries = [...lexicon, ...selection.literals];
  const watched = new Set(selection.watched);
  const kinds = new Map(entries.map((e) => [e.name, e.kind]));
  const literals = new Set<LexiconEntry>(selection.literals);

  const folder = new Folder();
  const find = (text: string): TextMatch[] => {
    const folded = folder.fold(text);
    const candidates: Candidate[] = [];
    const { wordStart } = folded;
    for (const automaton of automata) automaton.scan(folded.codes, folded.length, wordStart, (end, pattern) => {
      const start = end - pattern.length;
      for (let k = start + 1; k < end; k += 1) {
        if (wordStart[k] === WordStart.Space && pattern.gaps[k - start] === 0) return;
      }
      if (pattern.exact && !pattern.exact(text.slice(folded.start[start], folded.end[end - 1]))) return;
      candidates.push({ start, end, pattern });
    });
    // Leftmost-longest: a mention is one name, the longest that fits there. Literal
    // terms the user typed compete only with each other: they are not names the
    // lexicon hides inside longer ones.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: TextMatch[] = [];
    for (const group of [candidates.filter((c) => !literals.has(c.pattern.entry)), candidates.filter((c) => literals.has(c.pattern.entry))]) {
      let taken = -1;
      let keptStart = -1;
      let keptEnd = -1;
      for (const c of group) {
        const sameSpan = c.start === keptStart && c.end === keptEnd;
        if (c.start < taken && !sameSpan) continue;
        keptStart = c.start;
        keptEnd = c.end;
        taken = c.end;
        const { entry, alias } = c.pattern;
        const origStart = folded.start[c.start] as number;
        const origEnd = folded.end[c.end - 1] as number;
        const named = [entry.name, ...(entry.mentions ?? [])];
        for (const n of [...named]) named.push(...(selection.areas.get(n) ?? []));
        for (const name of new Set(named)) {
          if (!watched.has(name)) continue;
          const kind = name === entry.name ? entry.kind : (kinds.get(name) ?? 'place');
          matches.push({ name, kind, alias, start: origStart, end: origEnd });
        }
      }
    }
    matches.sort((a, b) => a.start - b.start);
    return matches;
  };

  return { watched: [...watched], find };
}
