/**
 * UTF-8 with stray windows-1252 bytes: pages assembled from a UTF-8 template
 * and text pasted from a windows-1252 editor (a lone 0x92 apostrophe), or
 * legacy text served under a UTF-8 label. A browser shows U+FFFD for each
 * such byte; here the valid UTF-8 is read as UTF-8 and each byte that is not
 * part of a well-formed sequence as windows-1252, so nothing is lost.
 */
import { cp1252Char } from './windows-1252.js';

export interface Utf8Census {
  /** Well-formed sequences of two to four bytes: evidence that the body is UTF-8. */
  multibyte: number;
  /** Bytes that are not part of a well-formed sequence: evidence that it is not. */
  invalid: number;
  /** An ESC byte (0x1B): ISO-2022 text is 7-bit, so it looks like ASCII. */
  escape: boolean;
}

const isCont = (x: number | undefined, lo = 0x80, hi = 0xbf): boolean => x !== undefined && x >= lo && x <= hi;

/** The length of the well-formed UTF-8 sequence at i (Unicode's Table 3-7), or 0. */
function sequenceAt(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c >= 0xc2 && c <= 0xdf) return isCont(b[i + 1]) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return isCont(b[i + 1], lo, hi) && isCont(b[i + 2]) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return isCont(b[i + 1], lo, hi) && isCont(b[i + 2]) && isCont(b[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** Counts the well-formed multi-byte sequences and the bytes outside any. */
export function utf8Census(b: Uint8Array): Utf8Census {
  const census: Utf8Census = { multibyte: 0, invalid: 0, escape: false };
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      if (c === 0x1b) census.escape = true;
      i += 1;
      continue;
    }
    const n = sequenceAt(b, i);
    if (n === 0) {
      census.invalid += 1;
      i += 1;
    } else {
      census.multibyte += 1;
      i += n;
    }
  }
  return census;
}

// ignoreBOM: a U+FEFF inside the text is kept, not taken for a byte-order mark at each part's start.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Decodes UTF-8, reading each byte outside a well-formed sequence as windows-1252 instead of U+FFFD. */
export function decodeUtf8Mixed(b: Uint8Array): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i += 1;
      continue;
    }
    const n = sequenceAt(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (i > start) parts.push(utf8.decode(b.subarray(start, i)));
    parts.push(cp1252Char(c));
    i += 1;
    start = i;
  }
  if (start < b.length) parts.push(utf8.decode(b.subarray(start)));
  return parts.join('');
}
