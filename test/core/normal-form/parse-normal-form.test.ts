import { describe, expect, it } from 'vitest';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { renderNormalForm } from '../../../functions/core/normal-form/render-normal-form.js';
import { seed } from '../../support/seeds.js';

describe('seed 000: marked shape, Mondialisation.ca (French chrome), italic lede', () => {
  const a = parseNormalForm(seed(0), { file: 'seeds/000.txt' });

  it('reads the header field by field', () => {
    expect(a.shape).toBe('marked');
    expect(a.title).toBe('Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance');
    expect(a.authors).toEqual(['South Front']);
    expect(a.outlet).toBe('Mondialisation.ca');
    expect(a.published).toBe('2016-06-04');
    expect(a.source).toBe('South Front');
    expect(a.sourcePublished).toBe('2016-06-03');
    expect(a.language).toBe('fr');
    expect(a.region).toEqual(['Middle East & North Africa']);
    expect(a.dossiers).toEqual(['SYRIA']);
    expect(a.url).toBe('');
  });

  it('splits one link holding several themes into two', () => {
    expect(a.themes).toEqual(['Terrorism', 'US NATO War Agenda']);
  });

  it('takes the italic paragraph as the lede, without its asterisks, and not into the body', () => {
    expect(a.lede).toMatch(
      /^On June 3, the ISIS terrorist group launched a full-scale advance at the rebel stronghold of Mar'e\./,
    );
    expect(a.lede).toMatch(/north of Mar'e\.$/);
    expect(a.body.some((p) => p.includes('full-scale advance'))).toBe(false);
  });

  it('keeps the three body paragraphs and puts the trailer in boilerplate', () => {
    expect(a.body).toHaveLength(3);
    expect(a.body[0]).toMatch(/^After freeing 17 villages in East to Manbij/);
    expect(a.body[2]).toMatch(/in the province of Raqqa\.$/);
    expect(a.boilerplate[0]).toMatch(/^If you're able, and if you like our content/);
    expect(a.boilerplate.at(-1)).toMatch(/^Contact média:/);
    expect(a.boilerplate).toHaveLength(9);
  });
});

describe('seed 001: plain shape, repeated lede, subheading, indented page chrome', () => {
  const a = parseNormalForm(seed(1));

  it('takes the first line as the title and guesses nothing else', () => {
    expect(a.shape).toBe('plain');
    expect(a.title).toBe('ISIS loses ground on fronts in Syria, Iraq');
    expect(a.authors).toEqual([]);
    expect(a.outlet).toBe('');
    expect(a.published).toBe('');
    expect(a.source).toBe('');
    expect(a.sourcePublished).toBe('');
    expect(a.region).toEqual([]);
    expect(a.themes).toEqual([]);
    expect(a.dossiers).toEqual([]);
    expect(a.lede).toBe('');
    expect(a.language).toBe('en');
  });

  it('keeps one copy of the lede printed twice', () => {
    const lede =
      'Rebels fighting against both ISIS and the government of President Bashar al-Assad said ISIS fighters had pulled out of an area near the border.';
    expect(a.body[0]).toBe(lede);
    expect(a.body.filter((p) => p === lede)).toHaveLength(1);
  });

  it('keeps a short line without final punctuation as its own paragraph (a subheading)', () => {
    expect(a.body).toContain('Ambitious campaign');
    const i = a.body.indexOf('Ambitious campaign');
    expect(a.body[i + 1]).toMatch(/^The campaign by a US-backed alliance/);
  });

  it('puts the indented chrome in boilerplate, not the body', () => {
    expect(a.body).toHaveLength(21);
    expect(a.body.at(-1)).toMatch(/^Assad has been fighting a civil war/);
    expect(a.boilerplate).toHaveLength(2);
    expect(a.boilerplate[0]).toContain('%d bloggers like this:');
    expect(a.boilerplate[1]).toContain('| About Us | Privacy Policy |');
  });
});

describe('seed 002: marked shape, Global Research (English chrome), split paragraph', () => {
  const a = parseNormalForm(seed(2));

  it('reads the header field by field; the source line has no date', () => {
    expect(a.shape).toBe('marked');
    expect(a.title).toBe('Breaking: ISIS Retreat, Syrian Army Advances in Eastern Aleppo and Southeastern Desert');
    expect(a.authors).toEqual(['South Front']);
    expect(a.outlet).toBe('Global Research');
    expect(a.published).toBe('2017-06-03');
    expect(a.source).toBe('South Front');
    expect(a.sourcePublished).toBe('');
    expect(a.language).toBe('en');
    expect(a.region).toEqual(['Middle East & North Africa']);
    expect(a.themes).toEqual(['Terrorism', 'US NATO War Agenda']);
    expect(a.dossiers).toEqual(['SYRIA']);
    expect(a.lede).toBe('');
  });

  it('joins the paragraph split after "they may allow"', () => {
    const joined = a.body.find((p) => p.startsWith('In May, the SDF released'));
    expect(joined).toContain('that they may allow ISIS members to flee Raqqa and arguing');
    expect(a.body.some((p) => p.startsWith('ISIS members to flee Raqqa'))).toBe(false);
    expect(a.body).toHaveLength(12);
  });

  it('keeps PayPal and the Global Research appeals out of the body', () => {
    expect(a.body.join('\n')).not.toMatch(/PayPal|Global Research|Become a Member/);
    expect(a.boilerplate[0]).toMatch(/PayPal: southfront@list\.ru/);
    expect(a.boilerplate).toHaveLength(8);
  });
});

describe('seed 003: marked shape, Global Research, split before "Forces"', () => {
  const a = parseNormalForm(seed(3));

  it('reads the header field by field, source with its date', () => {
    expect(a.title).toBe(
      'Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province',
    );
    expect(a.authors).toEqual(['South Front']);
    expect(a.outlet).toBe('Global Research');
    expect(a.published).toBe('2017-06-06');
    expect(a.source).toBe('South Front');
    expect(a.sourcePublished).toBe('2017-06-05');
    expect(a.language).toBe('en');
    expect(a.themes).toEqual(['Terrorism', 'US NATO War Agenda']);
  });

  it('joins "the Russian Aerospace" with "Forces and the Syrian Air Force"', () => {
    expect(
      a.body.some((p) => p.includes('The Russian Aerospace Forces and the Syrian Air Force support the operation.')),
    ).toBe(true);
    expect(a.body).toHaveLength(12);
  });

  it('starts the trailer at "Voiceover by" and keeps the split fair-use paragraph in it', () => {
    expect(a.body.at(-1)).toMatch(/considering the situation in Deir Ezzor and near Palmyra\.$/);
    expect(a.boilerplate[0]).toBe('Voiceover by Lance Ramsay');
    expect(a.boilerplate).toContain('Featured image: credits to the owner');
    expect(a.boilerplate.some((b) => b.startsWith('copyright owner. We are making'))).toBe(true);
  });
});

describe('seed 004: marked shape, Mondialisation.ca, "mars" date', () => {
  const a = parseNormalForm(seed(4));

  it('reads the header field by field', () => {
    expect(a.title).toBe(
      'Syrian, Kurdish and Russian Forces Liberate Key Territories Controlled by the Islamic State (ISIS)',
    );
    expect(a.authors).toEqual(['South Front']);
    expect(a.outlet).toBe('Mondialisation.ca');
    expect(a.published).toBe('2016-03-09');
    expect(a.source).toBe('South Front');
    expect(a.sourcePublished).toBe('2016-03-09');
    expect(a.language).toBe('fr');
    expect(a.region).toEqual(['Middle East & North Africa']);
    expect(a.themes).toEqual(['Terrorism']);
    expect(a.dossiers).toEqual(['SYRIA']);
  });

  it('ends the body before the italic donation appeal', () => {
    expect(a.body).toHaveLength(5);
    expect(a.body[4]).toMatch(/in the province of Hama\.$/);
    expect(a.boilerplate[0]).toMatch(/^\*If you can, please help South Front!/);
  });
});

describe('ids', () => {
  it('are stable and differ between the seeds', () => {
    const ids = [0, 1, 2, 3, 4].map((n) => parseNormalForm(seed(n)).id);
    expect(new Set(ids).size).toBe(5);
    expect(parseNormalForm(seed(2)).id).toBe(ids[2]);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('come from the canonical URL when there is one', () => {
    const a = parseNormalForm(seed(2), { url: 'https://www.globalresearch.ca/breaking/5593411' });
    const b = parseNormalForm(seed(3), { url: 'https://www.globalresearch.ca/breaking/5593411' });
    expect(a.id).toBe(b.id);
    expect(a.url).toBe('https://www.globalresearch.ca/breaking/5593411');
  });
});

describe('real-world regressions', () => {
  it("reads a plain page's dateline as body, not as its outlet", () => {
    const a = parseNormalForm(
      'Fighting resumes\n\nDamascus, June 3, 2017\n\nFighting resumed near the capital on Saturday.',
    );
    expect(a.shape).toBe('plain');
    expect(a.outlet).toBe('');
    expect(a.published).toBe('');
    expect(a.body[0]).toBe('Damascus, June 3, 2017');
  });

  it('keeps a linked author whose name holds a comma whole', () => {
    expect(
      parseNormalForm(
        '# T\n\nBy [Smith, John](#) and [Jane Roe](#)\n\nGlobal Research, June 03, 2017\n\nBody text here.',
      ).authors,
    ).toEqual(['Smith, John', 'Jane Roe']);
  });

  it('drops control characters that would reach terminals and mail', () => {
    const a = parseNormalForm('Title\u001b[31m red\u0007\n\nBody\u007f text.');
    expect(a.title).toBe('Title[31m red');
    expect(a.body).toEqual(['Body text.']);
  });
});

describe('parsing is total', () => {
  const inputs: [string, string][] = [
    ['empty text', ''],
    ['only blank lines', '\n\n   \n\t\n'],
    ['one word', 'Raqqa'],
    ['a lone header line', 'By [South Front](#)'],
    ['a header and nothing else', '# Title\n\nRegion: [Syria](#)'],
    ['CRLF line ends and a BOM', '\uFEFFTitle\r\n\r\nOne paragraph.\r\n'],
    ['control characters', 'T\u0000itle\u0007\n\n\u001bpara'],
    ['unbalanced markup', '# [broken(\n\n*half italic\n\n**[x](\n\n<http://'],
    ['a trailer with no body', 'Title\n\nCopyright © 2017'],
  ];
  it.each(inputs)('gives an Article for %s', (_name, text) => {
    const a = parseNormalForm(text);
    expect(typeof a.title).toBe('string');
    expect(Array.isArray(a.body)).toBe(true);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives an Article for 500 random strings', () => {
    let state = 42;
    const rnd = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const alphabet = "ab #*[]()<>:,.\n\n\t\u00e9\u0645-'’By Par Region: Thème 03 juin 2016 Copyright ©";
    for (let i = 0; i < 500; i += 1) {
      const text = Array.from({ length: rnd(300) }, () => alphabet[rnd(alphabet.length)]).join('');
      expect(() => parseNormalForm(text)).not.toThrow();
    }
  });
});

describe('render', () => {
  it.each([0, 1, 2, 3, 4])('parse(render(a)) equals a for seed %i', (n) => {
    const a = parseNormalForm(seed(n));
    expect(parseNormalForm(renderNormalForm(a))).toEqual(a);
  });

  it('writes the French chrome for a French page', () => {
    const text = renderNormalForm(parseNormalForm(seed(0)));
    expect(text).toContain('Par [South Front](#)');
    expect(text).toContain('Mondialisation.ca, 04 juin 2016');
    expect(text).toContain('[South Front](#) 3 juin 2016');
    expect(text).toContain('Région : [Middle East & North Africa](#)');
    expect(text).toContain('Thème: [Terrorism](#), [US NATO War Agenda](#)');
    expect(text).toContain('Analyses: [SYRIA](#)');
  });

  it('writes bare URLs in angle brackets', () => {
    const a = { ...parseNormalForm(seed(2)), body: ['See http://example.org/x for more.'] };
    expect(renderNormalForm(a)).toContain('See <http://example.org/x> for more.');
    expect(parseNormalForm(renderNormalForm(a)).body).toEqual(['See http://example.org/x for more.']);
  });
});
