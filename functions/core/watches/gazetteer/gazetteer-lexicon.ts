import type { LexiconEntry } from '../watch-list.js';
import { CURATED_BLOCKERS } from './blockers.js';
import cities from './cities.json' with { type: 'json' };
import { CURATED_ACTORS } from './curated-actors.js';
import { CURATED_PLACES } from './curated-places.js';
import { GOVERNORATES } from './governorates.js';
import { ARABIC_WORD_NAMES } from './senses.js';

interface City {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

const located = new Map((cities as City[]).map((c) => [`${c.country}\u0000${c.name}`, { lat: c.lat, lon: c.lon }]));

/** The curated places, each knowing its governorate and, where GeoNames has it, where it is. */
export const GAZETTEER_PLACES: readonly LexiconEntry[] = CURATED_PLACES.map((p) => {
  const location = p.geonames ? located.get(`${p.country}\u0000${p.geonames}`) : undefined;
  return {
    name: p.name,
    kind: 'place' as const,
    aliases: [...p.aliases, ...(ARABIC_WORD_NAMES[p.name] ?? [])],
    ...(p.exactCase ? { exactCase: p.exactCase } : {}),
    governorate: p.governorate,
    ...(location ? { location } : {}),
  };
});

/** Governorates: their own names ("Deir ez-Zor province"), which also name the city they are named after. */
export const GAZETTEER_GOVERNORATES: readonly LexiconEntry[] = GOVERNORATES.map((g) => ({
  name: g.name,
  kind: 'place' as const,
  aliases: g.aliases,
  ...(g.namesake ? { mentions: [g.namesake] } : {}),
}));

export const GAZETTEER_ACTORS: readonly LexiconEntry[] = CURATED_ACTORS;
export const GAZETTEER_BLOCKERS: readonly LexiconEntry[] = CURATED_BLOCKERS;

/**
 * The gazetteer merged with a hand list: an entry both have keeps the
 * gazetteer's facts and the union of both lists' spellings; an entry only
 * the hand list has is kept as it is.
 */
export function mergeLexicons(gazetteer: readonly LexiconEntry[], hand: readonly LexiconEntry[]): LexiconEntry[] {
  const byName = new Map(gazetteer.map((e) => [e.name, e]));
  const extra: LexiconEntry[] = [];
  for (const e of hand) {
    const g = byName.get(e.name);
    if (!g) {
      extra.push(e);
      continue;
    }
    byName.set(e.name, {
      ...g,
      aliases: [...new Set([...g.aliases, ...e.aliases])],
      ...(g.exactCase || e.exactCase
        ? { exactCase: [...new Set([...(g.exactCase ?? []), ...(e.exactCase ?? [])])] }
        : {}),
      ...(g.mentions || e.mentions ? { mentions: [...new Set([...(g.mentions ?? []), ...(e.mentions ?? [])])] } : {}),
      ...(g.world || e.world ? { world: true } : {}),
    });
  }
  return [...byName.values(), ...extra];
}
