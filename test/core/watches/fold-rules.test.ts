import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { DEFAULT_LEXICON } from '../../../functions/core/watches/default-lexicon.js';
import { foldName } from '../../../functions/core/watches/fold-text.js';
import { isShortAcronym } from '../../../functions/core/watches/watch-list.js';

/**
 * The transliteration rules folding applies on top of case, accents and
 * punctuation. Each must find spellings the lexicon does not list, and none
 * may turn an ordinary English or French word into a name.
 */
const require = createRequire(import.meta.url);
const NAMES = DEFAULT_LEXICON.filter((e) => e.kind !== 'term').map((e) => e.name);
const everything = resolveWatches(NAMES).matcher;
const listed = new Set(
  DEFAULT_LEXICON.flatMap((e) => [e.name, ...e.aliases]).map((a) => foldName(a, { loose: false })),
);
const found = (text: string): string[] => [
  ...new Set(
    everything
      .find(text)
      .filter((m) => m.kind !== 'place' || !m.name.endsWith('Governorate'))
      .map((m) => m.name),
  ),
];

describe('each rule finds a spelling the lexicon does not list', () => {
  it.each([
    ['doubled letters are one', 'Lataqia', 'Latakia'],
    ['doubled letters are one', 'Faloujah', 'Falluja'],
    ['doubled letters are one', 'Salamiyyah', 'Salamiyah'],
    ['-ah and -eh are -a', 'Shaddadeh', 'Shaddadi'],
    ['-ah and -eh are -a', 'Rakkah', 'Raqqa'],
    ['ou is u', 'Moussoul', 'Mosul'],
    ['ou is u', 'Tadmour', 'Palmyra'],
    ['dj is j', 'Djerablous', 'Jarabulus'],
    ['ch is sh', 'Hayat Tahrir ach-Cham', 'Hayat Tahrir al-Sham'],
    ['q is k', 'Rakkah', 'Raqqa'],
    ['ai, ei and ey are ay', 'Dair ez-Zour', 'Deir Ezzor'],
    ['a short e between consonants is i', 'Edleb', 'Idlib'],
    ['a short e between consonants is i', 'Minbej', 'Manbij'],
    ['a short e between consonants is i', 'Tikreet', 'Tikrit'],
    ['the article takes any assimilated form', 'Deir el-Zur', 'Deir Ezzor'],
    ['the article takes any assimilated form', 'Jisr esh-Shughur', 'Jisr al-Shughur'],
  ])('%s: "%s" is %s', (_rule, spelling, name) => {
    expect(listed.has(foldName(spelling, { loose: false })), `${spelling} is listed: pick another`).toBe(false);
    expect(found(`Fighting near ${spelling} on Monday.`)).toEqual([name]);
  });
});

describe('the rules keep to one word', () => {
  it.each([
    ['letters doubled across a space', 'Tal Lin', 'tallin'],
    ['"ou" across a hyphen', 'Abu-Ubayda', 'abuubayda'],
    ['an e that begins a word', 'Erbil', 'erbil'],
    ['"-ah" in a word of two letters', 'ah', 'ah'],
    ['"as" before a space (an English word)', 'as Raqqa', 'asraka'],
  ])('%s: "%s" folds to "%s"', (_case, name, key) => {
    expect(foldName(name)).toBe(key);
  });

  it('maps a letter a rule dropped back to the original text', () => {
    const m = everything.find('Bombs fell on Lattakiah and ar-Raqqah.');
    const text = 'Bombs fell on Lattakiah and ar-Raqqah.';
    expect(m.filter((x) => !x.name.endsWith('Governorate')).map((x) => text.slice(x.start, x.end))).toEqual([
      'Lattakiah',
      'ar-Raqqah',
    ]);
  });
});

describe('where the rules make one key of two names, the spelling as written wins', () => {
  it.each([
    ['sarin, the nerve agent, and Sarrin, the town', 'Sarin was used near Sarrin.', ['Sarrin']],
    ['the Russian Duma and Douma', 'The Duma met as Douma was shelled.', ['Douma']],
    ['Samara on the Volga and Samarra', 'From Samara to Samarra.', ['Samarra']],
    ['a harem and Harem, the town', 'The harem scene was filmed near Harem.', ['Harim']],
    ['to hit and Heet, the town', 'Strikes hit Heet.', ['Heet']],
    ['El Quseir in Egypt and Qusayr in Syria', 'El Quseir is on the Red Sea; Qusayr is near Homs.', ['Qusayr', 'Homs']],
  ])('%s', (_case, text, names) => {
    expect(found(text)).toEqual(names);
  });
});

describe('no English or French word becomes a name through the rules', () => {
  // Every word of two dictionaries whose key, under the rules, is the key of a name's alias it is not spelled as.
  const aliases = new Map<string, Set<string>>();
  for (const e of DEFAULT_LEXICON.filter((x) => x.kind !== 'term')) {
    const exact = new Set(e.exactCase ?? []);
    for (const a of [e.name, ...e.aliases]) {
      if (exact.has(a) || isShortAcronym(a)) continue;
      const key = foldName(a);
      const spellings = aliases.get(key) ?? new Set<string>();
      spellings.add(foldName(a, { loose: false }));
      aliases.set(key, spellings);
    }
  }
  const madeNames = (words: readonly string[]): string[] =>
    words.filter((w) => {
      const spellings = aliases.get(foldName(w));
      return spellings !== undefined && !spellings.has(foldName(w, { loose: false }));
    });

  it.each([
    ['English', 'an-array-of-english-words'],
    ['French', 'an-array-of-french-words'],
  ])('%s: each such word, alone or capitalised, is matched as no name', (_lang, pkg) => {
    const words = madeNames(require(`${pkg}/index.json`) as string[]);
    // The rules must be doing something for the check to mean anything.
    expect(words.length).toBeGreaterThan(0);
    // A town that is also a word is listed in capitals only ("Harem"): capitalised, it is the town.
    const capitalOnly = new Set(DEFAULT_LEXICON.flatMap((e) => e.exactCase ?? []));
    const named = words
      .flatMap((w) => [w, `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`])
      .filter((w) => !capitalOnly.has(w) && everything.find(w).length > 0);
    expect(named).toEqual([]);
  });
});
