import { describe, expect, it } from 'vitest';
import { repairBody } from '../../../functions/core/normal-form/repair-body.js';

describe('repairBody', () => {
  it('joins a paragraph that stops mid-sentence with the next', () => {
    expect(
      repairBody([
        'In May, the SDF released an official statement denying any allegations that they may allow',
        'ISIS members to flee Raqqa.',
      ]),
    ).toEqual([
      'In May, the SDF released an official statement denying any allegations that they may allow ISIS members to flee Raqqa.',
    ]);
  });

  it('joins when the next paragraph starts in lower case, however short the first', () => {
    expect(repairBody(['The Russian Aerospace', 'forces struck.'])).toEqual(['The Russian Aerospace forces struck.']);
  });

  it('keeps a subheading apart', () => {
    const body = ['Ambitious campaign', 'The campaign by a US-backed alliance is the most ambitious so far.'];
    expect(repairBody(body)).toEqual(body);
  });

  it('keeps paragraphs that end a sentence apart', () => {
    const body = [
      'One sentence ends here.',
      'Another starts here.',
      '“A quote ends.”',
      'Next: a list follows:',
      'item',
    ];
    expect(repairBody(body)).toEqual(body);
  });

  it('keeps one copy of a repeated paragraph, ignoring case and spacing', () => {
    expect(repairBody(['Same words here.', 'same  words here.', 'Other.'])).toEqual(['Same words here.', 'Other.']);
  });

  it('drops a body paragraph that repeats the lede', () => {
    expect(repairBody(['The lede.', 'Body.'], 'The lede.')).toEqual(['Body.']);
  });
});
