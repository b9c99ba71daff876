import { foldName } from './fold-text.js';

export type WatchKind = 'place' | 'actor' | 'term';

/** A place or actor the matcher knows, with every spelling the press uses. */
export interface LexiconEntry {
  /** Canonical name: what alerts and SNS filter policies carry. */
  name: string;
  kind: WatchKind;
  /** Other spellings, in any language or script. The name itself is always an alias. */
  aliases: readonly string[];
  /**
   * Spellings that only count in their own case: acronyms that could be an
   * ordinary word ("EI", "FDS") or a name that is also a common word ("Mar'e").
   * An all-capital alias of up to three letters is treated so without being listed.
   */
  exactCase?: readonly string[];
  /** Canonical names that a mention of this entry also mentions ("Manbij Military Council" names Manbij). */
  mentions?: readonly string[];
  /** For a place: the governorate it lies in (a governorate entry's name). */
  governorate?: string;
  /** For a place: where it is, for radius watches. */
  location?: { lat: number; lon: number };
  /**
   * A place or actor of the world beyond the desk's war (a country, a
   * capital abroad, the US military, NATO): known, so a subscriber may watch
   * it and a longer name holding it wins, but not watched by default and no
   * evidence of the war.
   */
  world?: boolean;
}

export interface WatchSelection {
  /** Canonical names to alert on, resolved against the lexicon. */
  watched: string[];
  /** Entries made for names the lexicon did not know, matched literally under the same folding. */
  literals: LexiconEntry[];
  /** Area watches: a place's name to the area watches it falls in ("Hajin" to "Deir Ezzor Governorate"). */
  areas: Map<string, string[]>;
  /** The canonical name each asked-for name resolved to, in the order asked ('' for a name with no letters). */
  resolved: string[];
}

/** Three capitals or fewer ("SDF", "SAA", "EI") match only in capitals. */
export function isShortAcronym(alias: string): boolean {
  // Three letters and their dots or spaces ("U. S. A.") fit in 12 characters: longer ones are names.
  if (alias.length > 12) return false;
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 0 && letters.length <= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

interface LexiconIndex {
  /** Canonical names, folded without the transliteration rules. */
  byName: Map<string, LexiconEntry>;
  /** Aliases, folded without the rules; then names and aliases under the rules (undefined where two entries or a blocker share the key). */
  byAlias: Map<string, LexiconEntry> | undefined;
  byLooseKey: Map<string, LexiconEntry | undefined> | undefined;
}

const indexes = new WeakMap<readonly LexiconEntry[], LexiconIndex>();

/** Places and actors: a term in the lexicon is a blocker ("Aleppo pine"), never what a watch means. */
const named = (lexicon: readonly LexiconEntry[]): LexiconEntry[] => lexicon.filter((e) => e.kind !== 'term');

function indexOf(lexicon: readonly LexiconEntry[]): LexiconIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = { byName: new Map(), byAlias: undefined, byLooseKey: undefined };
    for (const e of named(lexicon)) {
      const key = foldName(e.name, { loose: false });
      if (!index.byName.has(key)) index.byName.set(key, e);
    }
    indexes.set(lexicon, index);
  }
  return index;
}

/** Built on the first name that is not canonical: folding every alias costs a cold start ~25 ms. */
function aliasIndexes(
  lexicon: readonly LexiconEntry[],
  index: LexiconIndex,
): { byAlias: Map<string, LexiconEntry>; byLooseKey: Map<string, LexiconEntry | undefined> } {
  if (!index.byAlias || !index.byLooseKey) {
    const byAlias = new Map<string, LexiconEntry>();
    const byLooseKey = new Map<string, LexiconEntry | undefined>();
    for (const e of named(lexicon)) {
      for (const a of [e.name, ...e.aliases]) {
        const strict = foldName(a, { loose: false });
        if (!byAlias.has(strict)) byAlias.set(strict, e);
        const loose = foldName(a);
        const known = byLooseKey.get(loose);
        byLooseKey.set(loose, byLooseKey.has(loose) && known !== e ? undefined : e);
      }
    }
    // The rules fold some words onto a name ("sarin", "Sarrin"): a blocker's word is no name.
    for (const e of lexicon)
      if (e.kind === 'term') for (const a of [e.name, ...e.aliases]) byLooseKey.set(foldName(a), undefined);
    index.byAlias = byAlias;
    index.byLooseKey = byLooseKey;
  }
  return { byAlias: index.byAlias, byLooseKey: index.byLooseKey };
}

/**
 * Finds the place or actor a user means by a name: its canonical name, then
 * any alias, as spelled; then a spelling the folding rules make one with a
 * single entry's ("Dair ez-Zour"), unless the rules also make it a word.
 */
export function findEntry(lexicon: readonly LexiconEntry[], name: string): LexiconEntry | undefined {
  const key = foldName(name, { loose: false });
  if (!key) return undefined;
  const index = indexOf(lexicon);
  const byName = index.byName.get(key);
  if (byName) return byName;
  const { byAlias, byLooseKey } = aliasIndexes(lexicon, index);
  return byAlias.get(key) ?? byLooseKey.get(foldName(name));
}

/**
 * Resolves the names a user asked to watch. Known names become their entry's
 * canonical name (so "Dayr az-Zawr" watches Deir Ezzor); unknown ones become
 * literal terms.
 */
export function selectWatches(lexicon: readonly LexiconEntry[], names: readonly string[]): WatchSelection {
  const watched = new Set<string>();
  const literals = new Map<string, LexiconEntry>();
  const areas = new Map<string, string[]>();
  const addArea = (member: string, area: string): void => {
    const list = areas.get(member) ?? [];
    if (!list.includes(area)) list.push(area);
    areas.set(member, list);
  };
  const resolveOne = (raw: string): string => {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = foldName(name);
    if (!key) return '';
    const radius = parseRadius(lexicon, name);
    if (radius) {
      for (const member of radius.members) addArea(member, radius.name);
      return radius.name;
    }
    const entry = findEntry(lexicon, name);
    if (entry) {
      // A governorate: any place inside it counts, as well as its own name.
      if (entry.kind === 'place') for (const member of membersOf(lexicon, entry.name)) addArea(member, entry.name);
      return entry.name;
    }
    const literal = literals.get(key) ?? { name, kind: 'term', aliases: [name] };
    literals.set(key, literal);
    return literal.name;
  };
  const resolved = names.map(resolveOne);
  for (const name of resolved) if (name) watched.add(name);
  return { watched: [...watched], literals: [...literals.values()], areas, resolved };
}

const members = new WeakMap<readonly LexiconEntry[], Map<string, string[]>>();

/** The places a governorate holds, by its name; built once per lexicon. */
function membersOf(lexicon: readonly LexiconEntry[], governorate: string): readonly string[] {
  let index = members.get(lexicon);
  if (!index) {
    index = new Map();
    for (const e of lexicon) {
      if (!e.governorate) continue;
      const list = index.get(e.governorate) ?? [];
      list.push(e.name);
      index.set(e.governorate, list);
    }
    members.set(lexicon, index);
  }
  return index.get(governorate) ?? [];
}

const EARTH_KM = 6371;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "Deir Ezzor +50km": every located place within 50 km of Deir Ezzor, under that watch name. */
function parseRadius(lexicon: readonly LexiconEntry[], name: string): { name: string; members: string[] } | undefined {
  const m = /^(.+?)\s*\+\s*(\d+(?:\.\d+)?)\s*km$/i.exec(name);
  if (!m) return undefined;
  const center = findEntry(lexicon, m[1] ?? '');
  if (!center?.location) return undefined;
  const km = Number(m[2]);
  const origin = center.location;
  const members = lexicon.filter((e) => e.location && distanceKm(origin, e.location) <= km).map((e) => e.name);
  // One watch however it is written: "Raqqa + 50.0 km" is "Raqqa +50km".
  return { name: `${center.name} +${km}km`, members };
}

/** A watch as an operator writes it: a name, or a name with extra spellings of their own. */
export type WatchSpec = string | { name: string; aliases?: readonly string[] };

/**
 * The lexicon with the operator's own spellings added: to the entry a name
 * resolves to, or as a new term when the lexicon does not know the name.
 * Returns the lexicon to match with and the names to watch.
 */
export function applyWatchSpecs(
  lexicon: readonly LexiconEntry[],
  specs: readonly WatchSpec[],
): { lexicon: readonly LexiconEntry[]; names: string[] } {
  const entries = [...lexicon];
  const names: string[] = [];
  let changed = false;
  for (const spec of specs) {
    const name = typeof spec === 'string' ? spec : spec.name;
    const extra = typeof spec === 'string' ? [] : [...(spec.aliases ?? [])];
    names.push(name);
    if (extra.length === 0) continue;
    changed = true;
    // Resolved against the lexicon as given: the index behind findEntry is built once per array.
    const known = findEntry(lexicon, name);
    const at = known
      ? lexicon.indexOf(known)
      : entries.findIndex((e, i) => i >= lexicon.length && foldName(e.name) === foldName(name));
    const current = entries[at];
    if (current) entries[at] = { ...current, aliases: [...current.aliases, ...extra] };
    else entries.push({ name, kind: 'term', aliases: extra });
  }
  // Without extra spellings the lexicon stays the same array, so its trie and indexes are shared.
  return { lexicon: changed ? entries : lexicon, names };
}
