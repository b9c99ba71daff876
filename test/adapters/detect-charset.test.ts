import { describe, expect, it } from 'vitest';
import { detectCharset, widenToWindows } from '../../functions/adapters/http/detect-charset.js';

const cp1251 = (s: string): Buffer =>
  Buffer.from([...s].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));

describe('detectCharset', () => {
  it('names windows-1251 for Russian text inside a page', () => {
    const text = 'Сирийская армия освободила город Алеппо после нескольких недель боев.';
    expect(detectCharset(cp1251(`<html><body><p class="lead">${text}</p></body></html>`))).toBe('windows-1251');
  });

  it('names windows-1252 for French text whose apostrophes are 0x92 (chardet says ISO-8859-1 or windows-1252)', () => {
    const text = Buffer.from(
      '<p>L\x92arm\xe9e a repris la ville d\x92Alep apr\xe8s des semaines de combats.</p>',
      'latin1',
    );
    expect(detectCharset(text)).toBe('windows-1252');
  });

  it('has no answer for two accented letters, which chardet reads as Shift_JIS at its lowest confidence', () => {
    expect(detectCharset(Buffer.from('<p>\xe9t\xe9</p>', 'latin1'))).toBeUndefined();
  });
});

describe('widenToWindows', () => {
  it('widens an ISO-8859 label only when the bytes use 0x80–0x9F', () => {
    expect(widenToWindows('iso-8859-2', Buffer.from([0x9c, 0x77]))).toBe('windows-1250');
    expect(widenToWindows('iso-8859-2', Buffer.from([0xb6, 0x77]))).toBe('iso-8859-2');
    expect(widenToWindows('koi8-r', Buffer.from([0x9c]))).toBe('koi8-r');
  });
});
