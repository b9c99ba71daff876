import { describe, expect, it } from 'vitest';
import { namedAfterPerson, qualifiedElsewhere } from '../../../functions/core/watches/place-qualifier.js';

const endsBeforeQualifier = (text: string, name: string): boolean =>
  qualifiedElsewhere(text, text.indexOf(name) + name.length);

describe('qualifiedElsewhere', () => {
  it.each([
    ['A storm hit Damascus, Maryland, on Sunday.', 'Damascus'],
    ['in Damascus, Md., police said', 'Damascus'],
    ['Palmyra, New York', 'Palmyra'],
    ['Migrants landed at Homs, Libya.', 'Homs'],
    ['à Kénitra, Maroc, une usine', 'Kénitra'],
    ['La petite ville de Bagdad, en Arizona, compte', 'Bagdad'],
  ])('reads "%s" as another %s', (text, name) => {
    expect(endsBeforeQualifier(text, name)).toBe(true);
  });

  it.each([
    ['Shelling hit Quneitra, Israel said.', 'Quneitra'],
    ["near Daraa, Jordan's army said", 'Daraa'],
    ['Raqqa, Syria, fell in 2017.', 'Raqqa'],
    ['Homs, Libyan officials said', 'Homs'],
    ['Clashes in Aleppo and Idlib.', 'Aleppo'],
  ])('reads "%s" as the Syrian or Iraqi %s', (text, name) => {
    expect(endsBeforeQualifier(text, name)).toBe(false);
  });
});

describe('namedAfterPerson', () => {
  it.each([
    ['Egyptian activist Ahmed Douma was released.', 'Douma', true],
    ['Former minister Francesc Homs was barred.', 'Homs', true],
    ['Strikes hit Douma and Homs.', 'Douma', false],
    ['said Ahmed. Homs fell later.', 'Homs', false],
  ])('"%s": %s is a family name: %s', (text, name, expected) => {
    expect(namedAfterPerson(text, text.indexOf(name))).toBe(expected);
  });
});
