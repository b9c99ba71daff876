import { describe, expect, it } from 'vitest';
import { leadNames, listNames } from '../../../functions/core/alerts/lead-names.js';

describe('leadNames', () => {
  it('gives one name, two, or the first two and "+N"', () => {
    expect(leadNames(['Deir Ezzor'])).toBe('Deir Ezzor');
    expect(leadNames(['Deir Ezzor', 'ISIS'])).toBe('Deir Ezzor, ISIS');
    expect(leadNames(['Deir Ezzor', 'ISIS', 'Raqqa', 'SDF'])).toBe('Deir Ezzor, ISIS +2');
    expect(leadNames([])).toBe('');
  });
});

describe('listNames', () => {
  it('lists up to max names, then counts the rest', () => {
    expect(listNames(['A', 'B', 'C'], 3)).toBe('A, B, C');
    expect(listNames(['A', 'B', 'C', 'D', 'E'], 3)).toBe('A, B, C and 2 more');
  });
});
