import { describe, expect, it } from 'vitest';
import { bomEncoding, decodeUtf32, sniffUnicodeForm, utf16or32 } from '../../functions/adapters/http/unicode-forms.js';

const XML = '<?xml version="1.0"?><feed><title>Raqqa</title></feed>';

describe('sniffUnicodeForm', () => {
  it('reads the four forms of XML without a mark from their zero bytes', () => {
    const le16 = Buffer.from(XML, 'utf16le');
    expect(sniffUnicodeForm(le16)).toBe('utf-16le');
    expect(sniffUnicodeForm(Buffer.from(le16).swap16())).toBe('utf-16be');
    const le32 = Buffer.alloc(XML.length * 4);
    for (const [i, c] of [...XML].entries()) le32.writeUInt32LE(c.charCodeAt(0), i * 4);
    expect(sniffUnicodeForm(le32)).toBe('utf-32le');
    expect(sniffUnicodeForm(Buffer.from(le32).swap32())).toBe('utf-32be');
  });

  it('finds no form in ASCII, in UTF-8, or in a binary file with a few zero bytes', () => {
    expect(sniffUnicodeForm(Buffer.from(XML))).toBeUndefined();
    expect(sniffUnicodeForm(Buffer.from('<p>دير الزور</p>'))).toBeUndefined();
    expect(
      sniffUnicodeForm(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])),
    ).toBe(undefined);
  });
});

describe('bomEncoding', () => {
  it("tells UTF-32LE's mark from UTF-16LE's, which it starts with", () => {
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x3c, 0, 0, 0]))).toEqual({
      encoding: 'utf-32le',
      skip: 4,
    });
    expect(bomEncoding(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toEqual({ encoding: 'utf-16le', skip: 2 });
    expect(bomEncoding(Buffer.from([0x00, 0x00, 0xfe, 0xff]))).toEqual({ encoding: 'utf-32be', skip: 4 });
  });
});

describe('decodeUtf32', () => {
  it('decodes astral characters and gives U+FFFD for a unit out of range or cut short', () => {
    expect(decodeUtf32(Buffer.from([0x00, 0x01, 0xf6, 0x42]), false)).toBe('🙂');
    expect(decodeUtf32(Buffer.from([0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41]), false)).toBe('\ufffdA');
    expect(decodeUtf32(Buffer.from([0x41, 0, 0, 0, 0x42, 0]), true)).toBe('A\ufffd');
  });
});

describe('utf16or32', () => {
  it('names UTF-16 and UTF-32 bodies, which hold zero bytes but are text, and nothing else', () => {
    expect(utf16or32(Buffer.from(`\ufeff${XML}`, 'utf16le'))).toBe('utf-16le');
    expect(utf16or32(Buffer.from(`\ufeff${XML}`))).toBeUndefined();
    expect(utf16or32(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))).toBeUndefined();
  });
});
