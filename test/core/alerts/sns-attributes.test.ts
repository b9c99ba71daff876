import { describe, expect, it } from 'vitest';
import { attributesByteLength, snsAttributes } from '../../../functions/core/alerts/sns-attributes.js';

describe('snsAttributes', () => {
  it('makes a string a String attribute and a list a String.Array of JSON', () => {
    expect(snsAttributes({ subscriber: '0c2074a87dae90ee', watches: ['Deir Ezzor', 'Raqqa +50km'] })).toEqual({
      subscriber: { DataType: 'String', StringValue: '0c2074a87dae90ee' },
      watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor","Raqqa +50km"]' },
    });
  });

  it('writes names with quotes and other scripts as JSON, so a filter policy reads them back', () => {
    const { watches } = snsAttributes({ watches: ['Dayr "az" Zawr', 'دير الزور'] });
    expect(JSON.parse(watches?.StringValue ?? '')).toEqual(['Dayr "az" Zawr', 'دير الزور']);
  });

  it('leaves out an empty string and an empty list, which SNS would refuse or never match', () => {
    expect(snsAttributes({ subscriber: '', watches: [], places: ['Raqqa'] })).toEqual({
      places: { DataType: 'String.Array', StringValue: '["Raqqa"]' },
    });
  });

  it('weighs names, types and values in UTF-8 bytes', () => {
    // "watches" 7, "String.Array" 12, '["Ḥamā"]' 11: Ḥ takes 3 bytes, ā 2.
    expect(attributesByteLength(snsAttributes({ watches: ['Ḥamā'] }))).toBe(7 + 12 + 11);
    expect(attributesByteLength({})).toBe(0);
  });
});
