import { describe, expect, it } from 'vitest';
import { definedExpansion, expansionAfter } from '../../../functions/core/watches/acronym-definition.js';

const at = (text: string, acronym: string): number => text.indexOf(`(${acronym}`) + 1;

describe('definedExpansion', () => {
  it.each([
    ['South African Airways (SAA) suspended routes.', 'SAA', 'South African Airways'],
    ['the Syrian Arab Army (SAA) advanced', 'SAA', 'Syrian Arab Army'],
    ['Hayat Tahrir al-Cham (HTC) domine', 'HTC', 'Hayat Tahrir al Cham'],
    ['the Islamic State of Iraq and Syria (ISIS)', 'ISIS', 'Islamic State of Iraq and Syria'],
    ['les Forces démocratiques syriennes (FDS)', 'FDS', 'Forces démocratiques syriennes'],
    ['un sans domicile fixe (SDF)', 'SDF', 'sans domicile fixe'],
  ])('reads "%s" for %s as %s', (text, acronym, expansion) => {
    expect(definedExpansion(text, at(text, acronym), acronym)).toBe(expansion);
  });

  it('finds none where the acronym stands without a bracket before it, or the words do not spell it', () => {
    expect(definedExpansion('The SAA advanced.', 4, 'SAA')).toBeUndefined();
    expect(
      definedExpansion('fighting near Raqqa (SDF sources said)', 'fighting near Raqqa ('.length, 'SDF'),
    ).toBeUndefined();
  });
});

describe('expansionAfter', () => {
  it('reads the words in brackets after an acronym when their initials spell it', () => {
    const text = 'Créez votre EI (entreprise individuelle) en ligne.';
    expect(expansionAfter(text, text.indexOf('EI') + 2, 'EI')).toBe('entreprise individuelle');
    const other = "l'EI (le groupe jihadiste) a frappé";
    expect(expansionAfter(other, other.indexOf('EI') + 2, 'EI')).toBeUndefined();
  });
});
