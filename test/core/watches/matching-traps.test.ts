import { describe, expect, it } from 'vitest';

import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES, WORLD_PLACES } from '../../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../../functions/core/watches/watch-list.js';

// The desk's list and the world's places: these traps are about spelling, whichever list watches the name.
const all = resolveWatches([...DEFAULT_WATCHES, ...WORLD_PLACES]).matcher;
const names = (text: string): string[] => all.find(text).map((m) => m.name);
const literal = (watch: string, text: string): string[] => {
  const m = resolveWatches([watch]).matcher;
  return m.find(text).map((x) => text.slice(x.start, x.end));
};

describe('words that run together across a space are not a name', () => {
  it.each([
    ['"I ran" is not Iran', 'I ran into an SDF commander in Raqqa.', ['SDF', 'Raqqa']],
    ['"dam as" is not Damas(cus)', 'They captured the dam as ISIS fighters fled.', ['ISIS']],
    ['"is is" is not ISIS', 'What it is is a war of attrition.', []],
    ['"de raa" is not Daraa', 'Il a parlé de raa et de rien.', []],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('still finds a name whose words the text hyphenates or runs together', () => {
    expect(names('Clashes in Deir-ez-Zor, Deir ez-Zor, Deir Ezzor and DEIREZZOR.')).toEqual([
      'Deir Ezzor',
      'Deir Ezzor',
      'Deir Ezzor',
      'Deir Ezzor',
    ]);
    expect(names('à Dayr az Zawr')).toEqual(['Deir Ezzor']);
  });
});

describe('ordinary words that are spellings of a name', () => {
  it.each([
    ['French "mari" (husband)', 'Son mari a été arrêté.', []],
    ['"Mare\'s milk"', "Mare's milk sold in the market.", []],
    ['"us troops" in lower case', 'He told us troops would stay.', []],
    ['a coalition against climate change', 'An international coalition against climate change met.', []],
    ['"Hims & Hers"', 'Hims & Hers shares fell.', []],
    ['The Washington Post', 'The Washington Post reported it.', []],
    [
      "Saddam Hussein's Republican Guard",
      "Saddam Hussein's Republican Guard was disbanded.",
      ['Iraqi Republican Guard'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the forms written as the press writes them', () => {
    expect(names("ISIS stormed Mar'e; US troops and the US-led coalition watched.")).toEqual([
      'ISIS',
      'Marea',
      'US forces',
      'US-led coalition',
    ]);
    expect(names('les États-Unis et la coalition menée par les États-Unis')).toEqual([
      'United States',
      'US-led coalition',
    ]);
  });
});

describe('places the first list missed', () => {
  it.each([
    ['Deir az-Zor', 'Deir Ezzor'],
    ['Kobane', 'Kobani'],
    ['Qamishli', 'Qamishli'],
    ['Afrin', 'Afrin'],
    ['eastern Ghouta', 'Eastern Ghouta'],
    ['al-Mayadin', 'Mayadin'],
    ['NATO', 'NATO'],
    ['the United States', 'United States'],
  ])('finds %s', (text, name) => {
    expect(names(`News from ${text} today.`)).toContain(name);
  });
});

describe('literal watches', () => {
  it('find their words inside longer names the user does not watch', () => {
    expect(literal('Tiger', 'The SAA Tiger Forces advanced.')).toEqual(['Tiger']);
    expect(literal('Dam', 'Clashes at the Baath Dam.')).toEqual(['Dam']);
  });
});

describe('the transliteration rules, reviewed', () => {
  it('match a literal watch as written: "Lee" is not French "le", nor "Ann" English "an"', () => {
    expect(literal('Lee', 'Le président a parlé; Lee a répondu.')).toEqual(['Lee']);
    expect(literal('Ann', 'It was an attack, said Ann.')).toEqual(['Ann']);
  });

  it.each([
    ['"all" is not the article', "It's all karma; we all dour men."],
    ['doubled vowels stay: Dara and Ezra are names, not Daraa and Izraa', 'Dara Khosrowshahi met Ezra Klein.'],
    ['a space does not stand for an apostrophe: "deer a" is not "Der\'a"', 'He shot a deer a mile away.'],
  ])('%s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it('apply to letters outside the basic plane (mathematical bold, as social media posts write)', () => {
    expect(names('Strikes on 𝐫𝐚𝐪𝐪𝐚 and in 𝐢𝐫𝐚𝐪.')).toEqual(['Raqqa', 'Iraq']);
  });

  it('leave no word start of a longer text behind: a wide character after it finds nothing, with offsets in range', () => {
    const m = resolveWatches(['Homs']).matcher;
    expect(m.find(`${'ab'.repeat(19)}a c`)).toEqual([]);
    expect(m.find('ﷺ ﷺ حمصي')).toEqual([]);
    const text = 'œœœœœœœœ Homs';
    expect(m.find(`${'ab'.repeat(10)} c`)).toEqual([]);
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual(['Homs']);
  });
});

describe('Arabic proclitics, reviewed', () => {
  it.each([
    ['two of the same', 'ووحلب ففحلب'],
    ['و or ف second', 'فوحلب وفحلب'],
  ])('are not read in a wrong pair: %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it('are no part of the mention when written apart from the word', () => {
    const text = 'و حلب';
    expect(all.find(text).map((x) => [x.name, text.slice(x.start, x.end)])).toEqual([['Aleppo', 'حلب']]);
  });

  it('read ل before a name that begins with ل after its article: للاذقية is "to Latakia"', () => {
    expect(names('وصل الوفد للاذقية أمس.')).toEqual(['Latakia']);
  });
});

describe('watch names, reviewed', () => {
  it('resolve a word the rules fold onto a name as the word: "sarin" is a literal, not Sarrin', () => {
    const s = selectWatches(DEFAULT_LEXICON, ['sarin', 'roussie', 'Dair ez-Zour']);
    expect(s.watched).toEqual(['sarin', 'roussie', 'Deir Ezzor']);
    expect(s.literals.map((l) => l.name)).toEqual(['sarin', 'roussie']);
    expect(literal('sarin', 'Sarin was used near Sarrin.')).toEqual(['Sarin']);
  });

  it('make one radius watch however the distance is written', () => {
    expect(selectWatches(DEFAULT_LEXICON, ['Raqqa +50km', 'Raqqa + 50.0 km']).watched).toEqual(['Raqqa +50km']);
  });
});

describe('a place is a proper noun', () => {
  it('is not found in lower case in Latin script, where it is the common word', () => {
    expect(names('The baiji, a river dolphin, is extinct; Baiji refinery burned.')).toEqual(['Baiji']);
    expect(names('A mosul of cloth, then Mosul.')).toEqual(['Mosul']);
  });

  it('is found in capitals and in Arabic script, which has no case', () => {
    expect(names('RAQQA FALLS; الرقة تسقط')).toEqual(['Raqqa', 'Raqqa']);
  });
});

describe('phrases that hold a name but mean something else, from the third set written apart', () => {
  it.each([
    [
      'a state under Islamic law',
      'Clerics called for an Islamic state; the Islamic State lost Raqqa.',
      ['ISIS', 'Raqqa'],
    ],
    ['the same in French', "Ils rêvaient d'un État islamique; l'État islamique a perdu Raqqa.", ['ISIS', 'Raqqa']],
    ['an acronym spelled out after it as another thing', 'Créez votre EI (entreprise individuelle) en ligne.', []],
    ['a person whose family name is a town', 'Activist Ahmed Douma was freed; Douma was shelled.', ['Douma']],
  ])('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
