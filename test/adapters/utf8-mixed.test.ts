import { describe, expect, it } from 'vitest';
import { decodeUtf8Mixed, utf8Census } from '../../functions/adapters/http/utf8-mixed.js';

describe('utf8Census', () => {
  it('counts well-formed sequences and stray bytes', () => {
    expect(utf8Census(Buffer.from('Raqqa'))).toEqual({ multibyte: 0, invalid: 0, escape: false });
    expect(utf8Census(Buffer.from('Deïr ez-Zôr 🙂'))).toEqual({ multibyte: 3, invalid: 0, escape: false });
    expect(utf8Census(Buffer.from([0x44, 0xe9, 0x69, 0x92, 0x1b]))).toEqual({ multibyte: 0, invalid: 2, escape: true });
  });

  it("follows Unicode's table of well-formed sequences: no overlong forms, no surrogates, nothing past U+10FFFF", () => {
    expect(utf8Census(Buffer.from([0xc0, 0xaf])).invalid).toBe(2);
    expect(utf8Census(Buffer.from([0xe0, 0x80, 0xaf])).invalid).toBe(3);
    expect(utf8Census(Buffer.from([0xed, 0xa0, 0x80])).invalid).toBe(3);
    expect(utf8Census(Buffer.from([0xf4, 0x90, 0x80, 0x80])).invalid).toBe(4);
    expect(utf8Census(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf]))).toMatchObject({ multibyte: 1, invalid: 0 });
  });
});

describe('decodeUtf8Mixed', () => {
  it('keeps the UTF-8 and reads each stray byte as windows-1252', () => {
    const bytes = Buffer.concat([
      Buffer.from('Armée, l'),
      Buffer.from([0x92]),
      Buffer.from('EI – '),
      Buffer.from([0x80]),
    ]);
    expect(decodeUtf8Mixed(bytes)).toBe('Armée, l’EI – €');
  });

  it('reads a sequence cut short at the end as windows-1252 bytes', () => {
    expect(decodeUtf8Mixed(Buffer.from([0x41, 0xc3]))).toBe('AÃ');
  });
});
