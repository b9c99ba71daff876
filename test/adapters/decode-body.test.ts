import { describe, expect, it } from 'vitest';
import { charsetOf, declaredEncoding, decodeBody, decodeFeedBody } from '../../functions/adapters/http/decode-body.js';

const CP1252: Record<string, number> = {
  '’': 0x92,
  '€': 0x80,
  œ: 0x9c,
  '…': 0x85,
  '“': 0x93,
  '”': 0x94,
  '«': 0xab,
  '»': 0xbb,
};
/** windows-1252 bytes of text whose characters are Latin-1 or in the map above. */
const cp1252 = (s: string): Buffer => Buffer.from([...s].map((c) => CP1252[c] ?? c.charCodeAt(0)));
/** windows-1251 bytes of Russian text (А–я are 0xC0–0xFF there). */
const cp1251 = (s: string): Buffer =>
  Buffer.from([...s].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
const utf32 = (s: string, littleEndian: boolean): Buffer => {
  const cps = [...s].map((c) => c.codePointAt(0) ?? 0);
  const b = Buffer.alloc(cps.length * 4);
  for (const [i, cp] of cps.entries()) {
    if (littleEndian) b.writeUInt32LE(cp, i * 4);
    else b.writeUInt32BE(cp, i * 4);
  }
  return b;
};
const page = (body: string): string => `<html><head><title>t</title></head><body><p>${body}</p></body></html>`;
const FRENCH =
  'L’armée a repris Deir ez-Zor, où l’État islamique résistait. « C’est décisif », dit-il… Coût : 5 € par œuvre.';

describe('decodeBody', () => {
  it.each(['windows-1252', 'ISO-8859-1', 'latin1', 'us-ascii'])(
    'reads %s as windows-1252, as browsers do: apostrophes, euros and œ survive',
    (label) => {
      expect(decodeBody(cp1252('L’œuvre coûte 5 € à Alep'), `text/html; charset=${label}`)).toBe(
        'L’œuvre coûte 5 € à Alep',
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
    expect(decodeBody(utf16be('\ufeffحلب'))).toBe('حلب');
  });

  it('decodes other encodings with the ICU decoders', () => {
    expect(decodeBody(Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), 'text/html; charset=shift_jis')).toBe('東京');
    expect(decodeBody(Buffer.from([0xc7, 0xe1, 0xd1, 0xde, 0xc9]), 'text/html; charset=windows-1256')).toBe('الرقة');
    expect(decodeBody(Buffer.from('\u001b$B5~ET\u001b(B', 'latin1'), 'text/plain; charset=iso-2022-jp')).toBe('京都');
  });

  it('falls back to the bytes for a label nobody knows, or one the standard maps to "replacement"', () => {
    expect(decodeBody(Buffer.from('café'), 'text/html; charset=x-made-up')).toBe('café');
    expect(decodeBody(cp1252('café'), 'text/html; charset=iso-2022-kr')).toBe('café');
  });

  it('reads the header and the page head', () => {
    expect(charsetOf('text/html; Charset="UTF-8"')).toBe('utf-8');
    expect(charsetOf("application/atom+xml; charset='gb2312'")).toBe('gb2312');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(declaredEncoding(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>'))).toBe('iso-8859-1');
    expect(declaredEncoding(Buffer.from('<html><head><meta charset=utf-8>'))).toBe('utf-8');
  });
});

describe('bodies that declare no charset', () => {
  it('reads a windows-1252 French page right, not as "Page sans d\ufffdclaration"', () => {
    expect(decodeBody(cp1252(page('Page sans déclaration')))).toBe(page('Page sans déclaration'));
    expect(decodeBody(cp1252(page(FRENCH)))).toBe(page(FRENCH));
  });

  it('detects a windows-1251 Russian page', () => {
    const text = 'Сирийская армия освободила город Алеппо после нескольких недель боев.';
    expect(decodeBody(cp1251(page(text)), 'text/html')).toBe(page(text));
  });

  it('reads UTF-8 as UTF-8 and ASCII as itself', () => {
    expect(decodeBody(Buffer.from(page(FRENCH)))).toBe(page(FRENCH));
    expect(decodeBody(Buffer.from('<p>Raqqa</p>'))).toBe('<p>Raqqa</p>');
  });

  it.each([
    ['UTF-16LE', (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16BE', utf16be],
    ['UTF-32LE', (s: string) => utf32(s, true)],
    ['UTF-32BE', (s: string) => utf32(s, false)],
  ])('reads %s without a byte-order mark from its zero bytes', (_form, encode) => {
    const text = page('Dayr az-Zawr دير الزور 🙂');
    expect(decodeBody(encode(text))).toBe(text);
    expect(decodeFeedBody(encode(`<?xml version="1.0"?><rss>${text}</rss>`))).toBe(
      `<?xml version="1.0"?><rss>${text}</rss>`,
    );
  });

  it('reads UTF-32 with a byte-order mark, which TextDecoder refuses', () => {
    expect(decodeBody(utf32('\ufeffحلب', true))).toBe('حلب');
    expect(decodeBody(utf32('\ufeffحلب', false))).toBe('حلب');
  });
});

describe('labels the bytes contradict', () => {
  it('reads well-formed UTF-8 as UTF-8 under a server default of ISO-8859-1', () => {
    expect(decodeBody(Buffer.from(page(FRENCH)), 'text/html; charset=ISO-8859-1')).toBe(page(FRENCH));
  });

  it('passes over a UTF-8 label on a windows-1252 page', () => {
    expect(decodeBody(cp1252(page(FRENCH)), 'text/html; charset=utf-8')).toBe(page(FRENCH));
  });

  it('takes a UTF-16 label on ASCII-compatible bytes as UTF-8, as HTML does', () => {
    expect(decodeBody(Buffer.from('<p>café</p>'), 'text/html; charset=utf-16')).toBe('<p>café</p>');
  });
});

describe('windows-1252 repair', () => {
  it('reads stray windows-1252 bytes in a UTF-8 page as windows-1252, not U+FFFD', () => {
    const bytes = Buffer.concat([
      Buffer.from('<p>Armée syrienne, l'),
      Buffer.from([0x92]),
      Buffer.from('offensive</p>'),
    ]);
    expect(decodeBody(bytes, 'text/html; charset=utf-8')).toBe('<p>Armée syrienne, l’offensive</p>');
    expect(decodeBody(bytes)).toBe('<p>Armée syrienne, l’offensive</p>');
  });

  it('reads an invalid byte after a UTF-8 byte-order mark as windows-1252 (feedparser: bozo_invalid-bytes-with-bom)', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeff<title>ñ '), Buffer.from([0x45, 0x73, 0x70, 0x61, 0xf1, 0x61])]);
    expect(decodeFeedBody(bytes)).toBe('<title>ñ España');
  });

  it('reads a stray apostrophe in an ASCII page declared UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('<p>ISIS'), Buffer.from([0x92]), Buffer.from(' last town</p>')]);
    expect(decodeBody(bytes, 'text/html; charset=utf-8')).toBe('<p>ISIS’ last town</p>');
  });

  it('turns C1 controls left in decoded UTF-8 (U+0092 for ’) into the windows-1252 characters', () => {
    expect(decodeBody(Buffer.from('<p>l\u0092armée \u0080 \u0093x\u0094 \u0085</p>'))).toBe('<p>l’armée € “x” …</p>');
    expect(decodeFeedBody(Buffer.from('<rss><description>don\u0092t</description></rss>'))).toBe(
      '<rss><description>don’t</description></rss>',
    );
  });

  it('widens ISO-8859-2 to windows-1250 when the page uses 0x80–0x9F (ś is 0x9C there)', () => {
    expect(decodeBody(Buffer.from([0x9c, 0x77, 0x69, 0xea, 0x74, 0x6f]), 'text/html; charset=iso-8859-2')).toBe(
      'święto',
    );
  });

  it('keeps a zero-width no-break space inside UTF-8 text with stray bytes', () => {
    expect(decodeBody(Buffer.concat([Buffer.from('é\ufeffa'), Buffer.from([0x92])]))).toBe('é\ufeffa’');
  });
});

describe('decodeFeedBody', () => {
  it("trusts the XML declaration over the header's charset", () => {
    expect(
      decodeFeedBody(
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="windows-1251"?><title>'),
          cp1251('Алеппо'),
          Buffer.from('</title>'),
        ]),
        'text/xml; charset=iso-8859-1',
      ),
    ).toContain('<title>Алеппо</title>');
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

  it("ignores a <meta> inside an item's markup", () => {
    const feed = Buffer.concat([Buffer.from('<rss><description><![CDATA[<meta charset="koi8-r">'), cp1252('été]]>')]);
    expect(decodeFeedBody(feed)).toContain('été');
  });
});
