import { describe, expect, it } from 'vitest';

import { ambiguityOf } from '../../../functions/core/watches/ambiguity.js';
import { buildMatcher } from '../../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON } from '../../../functions/core/watches/default-lexicon.js';
import { CURATED_SENSES } from '../../../functions/core/watches/gazetteer/senses.js';
import { matchArticle } from '../../../functions/core/watches/match-article.js';
import { resolveWatches } from '../../../functions/core/watches/resolve-watches.js';
import { findEntry, selectWatches } from '../../../functions/core/watches/watch-list.js';
import type { Article } from '../../../functions/core/article.js';

const found = (watch: string, text: string): string[] =>
  resolveWatches([watch])
    .matcher.find(text)
    .map((m) => `${m.name}${m.evidence ? ` <- ${m.evidence.join(', ')}` : ''}`);
const entry = (name: string) => {
  const e = findEntry(DEFAULT_LEXICON, name);
  if (!e) throw new Error(name);
  return e;
};

describe('ambiguity derived from GeoNames and the dictionaries', () => {
  it('knows Palmyra, Pennsylvania (7,451) is not dwarfed by Palmyra, Syria (51,015): a bare mention needs evidence', () => {
    expect(ambiguityOf(entry('Palmyra'), 'Palmyra')?.needsEvidence).toBe('always');
    expect(found('Palmyra', 'Palmyra voted a new school budget.')).toEqual([]);
    expect(found('Palmyra', 'ISIS blew up temples in Palmyra.')).toEqual(['Palmyra <- ISIS']);
  });

  it('knows Damascus, Maryland is a hundredth of Damascus: the bare name counts, Maryland anywhere says otherwise', () => {
    expect(ambiguityOf(entry('Damascus'), 'Damascus')?.needsEvidence).toBe('never');
    expect(found('Damascus', 'Officials in Damascus denied the report.')).toEqual(['Damascus']);
    expect(found('Damascus', 'The Damascus team won. Fans in Maryland celebrated.')).toEqual([]);
  });

  it('reads a spelling of a bigger namesake that the rules fold onto a watched place as that namesake ("Samara", Russia)', () => {
    expect(found('Samarra', 'Samara hosted World Cup matches.')).toEqual([]);
    expect(found('Samarra', 'Samarra was shelled; Iraqi forces responded.')).toEqual(['Samarra']);
  });

  it('asks for evidence before a short acronym counts, and says which', () => {
    expect(found('SDF', 'The SDF sent troops after the earthquake.')).toEqual([]);
    expect(found('SDF', 'The SDF entered Raqqa.')).toEqual(['SDF <- Raqqa']);
    expect(found('SDF', 'The SDF said its fighters were ready. Syrian officials disagreed.')).toEqual([
      'SDF <- Syrian',
    ]);
  });

  it('takes the acronym spelled out anywhere as another body as counter-evidence ("Self-Defense Forces")', () => {
    expect(found('SDF', 'Japan Self-Defense Forces rescued hikers. Later the SDF left Syria.')).toEqual([]);
  });

  it('takes an Arabic name that is a word bare only with evidence ("هجين", hybrid)', () => {
    expect(found('Hajin', 'حصل المزارع على بذور هجين.')).toEqual([]);
    expect(found('Hajin', 'قالت قسد إن هجين باتت محاصرة.')).toEqual(['Hajin <- SDF']);
  });
});

describe('curated senses: each one named by a case', () => {
  const cases: Record<string, [string, string]> = {
    "SDF|Japan's Self-Defense Forces; French sans domicile fixe": [
      'SDF',
      'Japanese SDF aircraft left Sudan; Syria was calm.',
    ],
    'Syrian Arab Army|South African Airways; other bodies': [
      'Syrian Arab Army',
      'The SAA airline cut routes to Syria.',
    ],
    'Free Syrian Army|Financial Services Authority, Food Standards Agency, Farm Service Agency; American Sign Language, langue des signes':
      ['Free Syrian Army', 'The FSA fined the bank; Syria was not mentioned.'],
    'Hayat Tahrir al-Sham|the Harmonized Tariff Schedule; high-throughput screening': [
      'Hayat Tahrir al-Sham',
      'Customs reclassified the HTS code for goods from Syria.',
    ],
    "SDF|forces de défense et de sécurité (the Sahel's and West Africa's armies)": [
      'SDF',
      'Les FDS du Burkina ont repoussé une attaque, loin de la Syrie.',
    ],
    'ISIS|entreprise individuelle (French legal form)': [
      'ISIS',
      "L'EI est un statut simple ; un micro-entrepreneur syrien l'a choisi.",
    ],
    'ISIS|the Egyptian goddess; the Thames at Oxford; a given name': [
      'ISIS',
      'Isis was the wife of Osiris, Syrian texts say.',
    ],
    'Latakia|a pipe tobacco': ['Latakia', 'Latakia gives the blend its smoke; it came from Syria.'],
    'Aleppo|the Aleppo Codex; Aleppo pepper, soap and pine': [
      'Aleppo',
      'The Aleppo Codex is in Jerusalem; it left Syria long ago.',
    ],
    'Aleppo|the verb "to milk"; Aleppo soap': ['Aleppo', 'حلب المزارع البقرة في سوريا.'],
    'Palmyra|Palmyra Atoll in the Pacific; the palmyra palm': [
      'Palmyra',
      'Palmyra is an atoll in the Pacific, far from Syria.',
    ],
    'Mayadin|Al Mayadeen, the Beirut television channel': [
      'Mayadin',
      'Al-Mayadeen reported it; the channel covers Syria.',
    ],
    'Damascus|Damascus steel; the road to Damascus': [
      'Damascus',
      'Damascus is a steel forged in layers, named for Syria.',
    ],
    "Douma|the Russian State Duma; Moscow's city Duma": ['Douma', 'The Duma backed the Kremlin line on Syria.'],
    'Euphrates|a river of Eden in religious text': [
      'Euphrates',
      'Genesis names the Euphrates among the rivers of Eden; Iraq claims it.',
    ],
    'Hezbollah|a Quranic phrase ("the party of God")': ['Hezbollah', 'فإن حزب الله هم الغالبون'],
    'ISIS|the Islamic state of history (the caliphates)': [
      'ISIS',
      'امتدت الدولة الإسلامية في العصر العباسي إلى العراق.',
    ],
    'Jaysh al-Islam|the armies of early Islam in histories and sermons': [
      'Jaysh al-Islam',
      'سار جيش الإسلام في الفتوحات نحو الشام وسوريا.',
    ],
  };

  it('has a case for every sense', () => {
    expect(CURATED_SENSES.map((s) => `${s.entry}|${s.why}`).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))(
    '%s: the other sense named in the text wins over the country',
    (_sense, [watch, text]) => {
      expect(found(watch, text)).toEqual([]);
    },
  );
});

describe('matchArticle reads the whole article', () => {
  const article = (title: string, body: string[]): Article =>
    ({ id: 'a', title, lede: '', body, language: 'en' }) as unknown as Article;

  it('takes evidence from another paragraph, and says so', () => {
    const matcher = buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, ['Palmyra']));
    const [hit] = matchArticle(article('Ruins at Palmyra damaged', ['Shelling resumed near Homs on Sunday.']), matcher);
    expect(hit).toMatchObject({ watch: 'Palmyra', field: 'title', evidence: ['Homs'] });
    expect(matchArticle(article('Palmyra votes a budget', ['The Pennsylvania borough met.']), matcher)).toEqual([]);
  });
});
