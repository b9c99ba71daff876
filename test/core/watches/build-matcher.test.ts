import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from '../../../functions/core/watches/default-lexicon.js';
import { selectWatches, type LexiconEntry } from '../../../functions/core/watches/watch-list.js';

const matcher = (names: string[], lexicon: readonly LexiconEntry[] = DEFAULT_LEXICON) =>
  buildMatcher(lexicon, selectWatches(lexicon, names));
const found = (names: string[], text: string): string[] =>
  matcher(names)
    .find(text)
    .map((m) => `${m.name}=${text.slice(m.start, m.end)}`);

describe('whole words, any spelling', () => {
  it('finds "Deir ez-Zor" for a watch on "Deir Ezzor", and the other way round', () => {
    expect(found(['Deir Ezzor'], 'Clashes in Deir ez-Zor today.')).toEqual(['Deir Ezzor=Deir ez-Zor']);
    expect(found(['Deir ez-Zor'], 'Clashes in Deir Ezzor today.')).toEqual(['Deir Ezzor=Deir Ezzor']);
    expect(found(['Deir Ezzor'], 'Clashes in DEIR-EZ-ZOR and Dayr az-Zawr.')).toEqual([
      'Deir Ezzor=DEIR-EZ-ZOR',
      'Deir Ezzor=Dayr az-Zawr',
    ]);
  });

  it('ignores case and accents', () => {
    expect(found(['Latakia'], 'à Lattaquié, puis LATAKIA')).toEqual(['Latakia=Lattaquié', 'Latakia=LATAKIA']);
  });

  it('never finds "Hama" in "Hamas" nor "ISIS" in "crisis"', () => {
    expect(found(['Hama', 'ISIS'], 'Hamas spoke of the crisis and of Isisford.')).toEqual([]);
    expect(found(['Hama', 'ISIS'], 'In Hama, ISIS attacked.')).toEqual(['Hama=Hama', 'ISIS=ISIS']);
  });

  it('finds a name before a possessive and at hyphens', () => {
    expect(found(['ISIS', 'Raqqa'], 'ISIS’s fighters on the Salamiyah-Raqqa Highway, ISIS-held')).toEqual([
      'ISIS=ISIS',
      'Raqqa=Raqqa',
      'ISIS=ISIS',
    ]);
  });

  it('matches short acronyms only in capitals', () => {
    expect(found(['SDF', 'Syrian Arab Army', 'ISIS'], 'In Syria, the SDF and the SAA; the EI in French.')).toEqual([
      'SDF=SDF',
      'Syrian Arab Army=SAA',
      'ISIS=EI',
    ]);
    expect(found(['SDF', 'Syrian Arab Army', 'ISIS'], 'sdf saa ei Saa')).toEqual([]);
  });

  it('takes an acronym the text spells out as another body for that body', () => {
    expect(
      found(['Syrian Arab Army'], 'South African Airways (SAA) cut routes; the SAA took Palmyra from ISIS.'),
    ).toEqual(['Syrian Arab Army=SAA']);
    expect(found(['Syrian Arab Army'], 'the Syrian Arab Army (SAA) advanced')).toEqual([
      'Syrian Arab Army=Syrian Arab Army',
      'Syrian Arab Army=SAA',
    ]);
  });

  it('takes a place followed by a US state or another country for that other town, and a long acronym spelled out as another body for that body', () => {
    expect(found(['Damascus', 'Palmyra'], 'Storms in Damascus, Maryland, and Palmyra, N.Y., spared Damascus.')).toEqual(
      // Maryland, anywhere in the text, is counter-evidence for the bare second "Damascus" too (issue 11).
      [],
    );
    expect(
      found(['Damascus'], 'Storms in Damascus, Maryland, spared Damascus, where the Syrian Arab Army paraded.'),
    ).toEqual(['Damascus=Damascus']);
    // Against counter-evidence the country alone is not enough: the tobacco is "from Syria".
    expect(found(['Damascus'], 'Storms in Damascus, Maryland, spared Damascus, the Syrian capital.')).toEqual([]);
    // The expansion, anywhere in the text, is counter-evidence for a bare "ISIS" too; a place of the war outweighs it.
    expect(found(['ISIS'], 'The Institute for Science and International Security (ISIS) said ISIS had fled.')).toEqual(
      [],
    );
    expect(
      found(['ISIS'], 'The Institute for Science and International Security (ISIS) said ISIS had fled Raqqa.'),
    ).toEqual(['ISIS=ISIS']);
  });

  it('keeps the same letters spaced two ways as two spellings ("البوكمال", "البو كمال")', () => {
    expect(found(['Al-Bukamal'], 'إلى مدينة البو كمال ثم البوكمال')).toEqual([
      'Al-Bukamal=البو كمال',
      'Al-Bukamal=البوكمال',
    ]);
  });

  it('matches "Mar\'e" only as written, never the English word "mare"', () => {
    expect(found(['Marea'], "The mare ran. Fighting at Mar'e and Marea.")).toEqual(["Marea=Mar'e", 'Marea=Marea']);
  });

  it('does not run a name across punctuation', () => {
    expect(found(['Deir Ezzor'], 'In Deir. Ezzor is not a place.')).toEqual([]);
  });
});

describe('Arabic proclitics written onto a name', () => {
  it.each([
    ['و, and', 'والرقة', 'Raqqa'],
    ['ب, in', 'بحلب', 'Aleppo'],
    ['ف, then', 'فإدلب', 'Idlib'],
    ['ل + ال written لل', 'للرقة', 'Raqqa'],
    ['و + ل + ال', 'وللرقة', 'Raqqa'],
    ['و + ب', 'وبدير الزور', 'Deir Ezzor'],
    ['before a name that begins with a proclitic letter', 'وبغداد', 'Baghdad'],
  ])('%s: "%s" is %s, the proclitic inside the span', (_case, text, name) => {
    const m = matcher([name]).find(text);
    expect(m.map((x) => [x.name, text.slice(x.start, x.end)])).toEqual([[name, text]]);
  });

  it('are read before a name only, never inside a word', () => {
    // "لبنان" (Lebanon) begins with ل; "بلدة" (town) with ب: neither holds a name after it.
    expect(found(['Raqqa', 'Aleppo'], 'زار لبنان والبلدة ثم ورقة')).toEqual([]);
    // Two proclitics at most, and only و or ف before another.
    expect(found(['Aleppo'], 'ببحلب بوحلب')).toEqual([]);
  });
});

describe('a longer known name hides the shorter one inside it', () => {
  it('reads "Syria Democratic Forces" as the SDF, not as Syria', () => {
    expect(found(['Syria', 'SDF'], 'the Syria Democratic Forces took it')).toEqual(['SDF=Syria Democratic Forces']);
    // Even when the SDF is not watched, Syria is not found inside its name.
    expect(found(['Syria'], 'the Syria Democratic Forces took it')).toEqual([]);
  });

  it('reads "Islamic State of Iraq and Syria" as ISIS only', () => {
    expect(found(['ISIS', 'Iraq', 'Syria'], 'The Islamic State of Iraq and Syria, or ISIS')).toEqual([
      'ISIS=Islamic State of Iraq and Syria',
      'ISIS=ISIS',
    ]);
  });

  it('lets an entry name another it mentions: the Manbij Military Council is in Manbij', () => {
    expect(found(['Manbij', 'Manbij Military Council'], 'said the Manbij Military Council.')).toEqual([
      'Manbij Military Council=Manbij Military Council',
      'Manbij=Manbij Military Council',
    ]);
  });
});

describe('order of the matches', () => {
  it("puts a name read in its article's context after the plain ones found on the same words", () => {
    // Two entries share "Palmyra": the town (a namesake in Pennsylvania, so it needs evidence) and a
    // brigade named after it (an actor, plain). The town counts only once the article is read.
    const lexicon: LexiconEntry[] = [
      ...DEFAULT_LEXICON,
      { name: 'Palmyra Brigade', kind: 'actor', aliases: ['Palmyra'] },
    ];
    const text = 'Palmyra changed hands again, Syria said.';
    const m = matcher(['Palmyra', 'Palmyra Brigade', 'Syria'], lexicon).find(text);
    expect(m.map((x) => [x.name, text.slice(x.start, x.end), x.evidence])).toEqual([
      ['Palmyra Brigade', 'Palmyra', undefined],
      ['Palmyra', 'Palmyra', ['Syria']],
      ['Syria', 'Syria', undefined],
    ]);
  });
});

describe('watch selection', () => {
  it('resolves a watch written as any alias to its canonical name', () => {
    const s = selectWatches(DEFAULT_LEXICON, ['Dayr az-Zawr', 'daesh', 'Syrian Democratic Forces']);
    expect(s.watched).toEqual(['Deir Ezzor', 'ISIS', 'SDF']);
    expect(s.literals).toEqual([]);
  });

  it('matches a name the lexicon does not know as a literal, under the same folding', () => {
    const s = selectWatches(DEFAULT_LEXICON, ['Wadi Nowhere']);
    expect(s.literals.map((l) => l.name)).toEqual(['Wadi Nowhere']);
    const m = buildMatcher(DEFAULT_LEXICON, s);
    expect(m.find('the siege of WADI-NOWHERE ended').map((x) => x.name)).toEqual(['Wadi Nowhere']);
  });

  it('reports only watched names', () => {
    expect(found(['Raqqa'], 'ISIS in Raqqa and Aleppo')).toEqual(['Raqqa=Raqqa']);
  });

  it('scales: one automaton for many entries finds the same as for few', () => {
    const many: LexiconEntry[] = [...DEFAULT_LEXICON];
    for (let i = 0; i < 5000; i += 1)
      many.push({ name: `Village ${i} Qarya`, kind: 'place', aliases: [`Qaryat ${i}`] });
    const villages = many.slice(DEFAULT_LEXICON.length).map((e) => e.name);
    const big = buildMatcher(many, selectWatches(many, [...DEFAULT_WATCHES, ...villages]));
    const text = 'ISIS in Raqqa; Village 4999 Qarya and Qaryat 17 fell.';
    expect(big.find(text).map((m) => m.name)).toEqual(['ISIS', 'Raqqa', 'Village 4999 Qarya', 'Village 17 Qarya']);
  });
});
