import { describe, expect, it } from 'vitest';
import { charsetOf, declaredEncoding, decodeBody, decodeFeedBody } from '../../functions/adapters/http/decode-body.js';

const cp1252 = (s: string): Buffer =>
  Buffer.from([...s].map((c) => ({ '’': 0x92, '€': 0x80, œ: 0x9c, é: 0xe9, à: 0xe0 })[c] ?? c.charCodeAt(0)));

describe('decodeBody', () => {
  it.each(['windows-1252', 'ISO-8859-1', 'latin1', 'us-ascii'])(
    'reads %s as windows-1252, as browsers do: apostrophes, euros and œ survive',
    (label) => {
      expect(decodeBody(cp1252('L’œuvre coûte 5 € à Alep'.replace('û', 'u')), `text/html; charset=${label}`)).toBe(
        'L’œuvre coute 5 € à Alep',
      );
    },
  );

  it('reads the meta tag when the header names no charset', () => {
    expect(
      decodeBody(
        Buffer.concat([
          Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
          cp1252('d’Alep'),
        ]),
      ),
    ).toContain('d’Alep');
  });

  it('lets a byte-order mark outrank everything', () => {
    expect(
      decodeBody(
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Deïr ez-Zor')]),
        'text/html; charset=windows-1252',
      ),
    ).toBe('Deïr ez-Zor');
    expect(decodeBody(Buffer.from('\ufeffحلب', 'utf16le'))).toBe('حلب');
  });

  it('decodes other encodings with the ICU decoders', () => {
    expect(decodeBody(Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), 'text/html; charset=shift_jis')).toBe('東京');
    expect(decodeBody(Buffer.from([0xc7, 0xe1, 0xd1, 0xde, 0xc9]), 'text/html; charset=windows-1256')).toBe('الرقة');
  });

  it('falls back to UTF-8 for a label nobody knows', () => {
    expect(decodeBody(Buffer.from('café'), 'text/html; charset=x-made-up')).toBe('café');
  });

  it('reads the header and the page head', () => {
    expect(charsetOf('text/html; Charset="UTF-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(declaredEncoding(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'))).toBe('iso-8859-1');
    expect(declaredEncoding(Buffer.from('<html><head><meta charset=utf-8>'))).toBe('utf-8');
  });
});

describe('decodeFeedBody', () => {
  it("trusts the XML declaration over the header's charset", () => {
    expect(
      decodeFeedBody(
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="windows-1252"?><title>'),
          cp1252('d’Alep'),
          Buffer.from('</title>'),
        ]),
        'text/xml; charset=utf-8',
      ),
    ).toContain('d’Alep');
    expect(
      decodeFeedBody(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><t>café</t>'), 'text/xml; charset=iso-8859-1'),
    ).toContain('café');
  });
});
