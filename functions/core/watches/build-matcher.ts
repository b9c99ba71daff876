import { foldName, foldText } from './fold-text.js';
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
  /** Letters of the alias as written, for aliases that must match their case. */
  exactLetters: string | undefined;
}

const lettersOf = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * An Aho-Corasick automaton over folded text: one pass finds every alias of
 * every entry, so the cost does not grow with the number of watches.
 */
class Automaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns that end at a node. */
  private readonly out: Pattern[][] = [[]];
  /** The nearest node along the failure chain that ends a pattern (0 for none). */
  private outLink: Int32Array = new Int32Array(1);

  add(key: string, pattern: Pattern): void {
    let node = 0;
    for (let i = 0; i < key.length; i += 1) {
      const c = key.charCodeAt(i);
      const edges = this.next[node] as Map<number, number>;
      let child = edges.get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        edges.set(c, child);
      }
      node = child;
    }
    (this.out[node] as Pattern[]).push(pattern);
  }

  seal(): void {
    this.outLink = new Int32Array(this.next.length);
    const queue: number[] = [];
    for (const child of (this.next[0] as Map<number, number>).values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi += 1) {
      const node = queue[qi] as number;
      for (const [c, child] of this.next[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(c)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(c);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outLink[child] = (this.out[failTo] as Pattern[]).length > 0 ? failTo : (this.outLink[failTo] as number);
        queue.push(child);
      }
    }
  }

  /** Calls back with (endPosition, pattern) for every pattern occurrence. */
  scan(codes: Uint16Array, length: number, hit: (end: number, p: Pattern) => void): void {
    const { next, fail, out, outLink } = this;
    let node = 0;
    for (let k = 0; k < length; k += 1) {
      const c = codes[k] as number;
      let target = (next[node] as Map<number, number>).get(c);
      while (target === undefined && node !== 0) {
        node = fail[node] as number;
        target = (next[node] as Map<number, number>).get(c);
      }
      node = target ?? 0;
      let o = (out[node] as Pattern[]).length > 0 ? node : (outLink[node] as number);
      while (o !== 0) {
        for (const p of out[o] as Pattern[]) hit(k + 1, p);
        o = outLink[o] as number;
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
export function buildMatcher(lexicon: readonly LexiconEntry[], selection: WatchSelection): Matcher {
  const automaton = new Automaton();
  const entries = [...lexicon, ...selection.literals];
  for (const entry of entries) {
    const exact = new Set(entry.exactCase ?? []);
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = foldName(alias);
      const exactCase = exact.has(alias) || isShortAcronym(alias);
      const dedupe = `${key}\u0000${exactCase ? lettersOf(alias) : ''}`;
      if (!key || seen.has(dedupe)) continue;
      seen.add(dedupe);
      automaton.add(key, { length: key.length, entry, alias, exactLetters: exactCase ? lettersOf(alias) : undefined });
    }
  }
  automaton.seal();
  const watched = new Set(selection.watched);

  const find = (text: string): TextMatch[] => {
    const folded = foldText(text);
    const candidates: Candidate[] = [];
    automaton.scan(folded.codes, folded.length, (end, pattern) => {
      const start = end - pattern.length;
      if (folded.wordStart[start] !== 1 || folded.wordStart[end] !== 1) return;
      if (pattern.exactLetters !== undefined) {
        const original = text.slice(folded.start[start], folded.end[end - 1]);
        if (lettersOf(original) !== pattern.exactLetters) return;
      }
      candidates.push({ start, end, pattern });
    });
    // Leftmost-longest: a mention is one name, the longest that fits there.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: TextMatch[] = [];
    let taken = -1;
    let keptStart = -1;
    let keptEnd = -1;
    for (const c of candidates) {
      const sameSpan = c.start === keptStart && c.end === keptEnd;
      if (c.start < taken && !sameSpan) continue;
      keptStart = c.start;
      keptEnd = c.end;
      taken = c.end;
      const { entry, alias } = c.pattern;
      const origStart = folded.start[c.start] as number;
      const origEnd = folded.end[c.end - 1] as number;
      for (const name of [entry.name, ...(entry.mentions ?? [])]) {
        if (!watched.has(name)) continue;
        const kind = name === entry.name ? entry.kind : (entries.find((e) => e.name === name)?.kind ?? entry.kind);
        matches.push({ name, kind, alias, start: origStart, end: origEnd });
      }
    }
    return matches;
  };

  return { watched: [...watched], find };
}
