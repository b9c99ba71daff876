import { describe, expect, it } from 'vitest';
import { articleId, idForUrl } from '../../functions/core/article-id.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';

/** A marked normal-form file: one outlet, headline and date, with the paragraphs given. */
const file = (...paragraphs: string[]): string =>
  [
    '# Daily briefing: Deir Ezzor',
    'By [Staff](#)',
    'Global Research, June 06, 2017',
    'Region: [Middle East & North Africa](#)',
    ...paragraphs,
  ].join('\n\n');

describe('articleId', () => {
  it('tells apart two files with one outlet, headline and date but different bodies (both are stored)', () => {
    const monday = parseNormalForm(file('Government forces advanced on the airport road.', 'Shelling went on.'));
    const tuesday = parseNormalForm(
      file('ISIS units counter-attacked near the Panorama roundabout.', 'Shelling went on.'),
    );
    expect([monday.outlet, monday.title, monday.published]).toEqual([tuesday.outlet, tuesday.title, tuesday.published]);
    expect(monday.id).not.toBe(tuesday.id);
  });

  it('tells apart bodies that differ only after the first paragraph', () => {
    const a = parseNormalForm(file('Same opening.', 'The bridge was taken.'));
    const b = parseNormalForm(file('Same opening.', 'The bridge was lost.'));
    expect(a.id).not.toBe(b.id);
  });

  it('keeps the id of the same file replayed, and of its text re-wrapped or re-cased', () => {
    const text = file('Government forces advanced\non the airport road.', 'Shelling went on.');
    expect(parseNormalForm(text).id).toBe(parseNormalForm(text).id);
    expect(parseNormalForm(text).id).toBe(
      parseNormalForm(file('Government  forces advanced on the AIRPORT road.', 'Shelling went on.')).id,
    );
  });

  it("keeps the id when only the page's boilerplate differs", () => {
    const body = 'Government forces advanced on the airport road.';
    expect(parseNormalForm(file(body)).id).toBe(parseNormalForm(file(body, 'Copyright © 2017 Global Research')).id);
  });

  it('names a story by its canonical URL alone: a corrected page keeps its id', () => {
    const url = 'https://www.globalresearch.ca/breaking/5593411';
    expect(parseNormalForm(file('First version.'), { url }).id).toBe(idForUrl(url));
    expect(parseNormalForm(file('Corrected version.'), { url }).id).toBe(idForUrl(url));
  });

  it('gives 16 hex digits, and differs by outlet, headline and date', () => {
    const base = { outlet: 'Global Research', title: 'T', published: '2017-06-06', text: ['x'] };
    const id = articleId(base);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId({ ...base, outlet: 'South Front' })).not.toBe(id);
    expect(articleId({ ...base, title: 'U' })).not.toBe(id);
    expect(articleId({ ...base, published: '2017-06-07' })).not.toBe(id);
  });
});
