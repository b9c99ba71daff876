/**
 * UTF-16 and UTF-32, with or without a byte-order mark. Markup is mostly
 * ASCII, so these forms show themselves by where their zero bytes fall (the
 * XML specification's appendix F reads the same from the first four bytes):
 * a zero byte is never text in an ASCII-compatible page, so the pattern
 * outranks any label. TextDecoder has no UTF-32: it is decoded here.
 */

export type UnicodeForm = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a byte-order mark names, and its length. UTF-32LE's mark starts like UTF-16LE's: it is tried first. */
export function bomEncoding(b: Uint8Array): { encoding: UnicodeForm; skip: number } | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', skip: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return undefined;
}

/** How many of the first bytes are read for the zero-byte pattern. */
const SNIFF_BYTES = 1024;

/**
 * UTF-16 or UTF-32 without a mark, from the zero bytes of the first kilobyte:
 * UTF-32 has zeros in its two high bytes of every unit (all of the highest),
 * UTF-16 in the high byte of most units and never two in a row of the low bytes.
 */
export function sniffUnicodeForm(b: Uint8Array): UnicodeForm | undefined {
  const n = Math.min(b.length, SNIFF_BYTES) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i += 1) if (b[i] === 0) zeros[i & 3] = (zeros[i & 3] ?? 0) + 1;
  const [z0 = 0, z1 = 0, z2 = 0, z3 = 0] = zeros;
  if (z0 + z1 + z2 + z3 === 0) return undefined;
  const units = n / 4;
  // Every UTF-32 unit is at most 0x10FFFF: its top byte is always zero, the next one for any BMP character.
  if (z0 === units && z1 >= units * 0.9 && z3 < units) return 'utf-32be';
  if (z3 === units && z2 >= units * 0.9 && z0 < units) return 'utf-32le';
  const even = z0 + z2;
  const odd = z1 + z3;
  const pairs = units * 2;
  if (even >= pairs * 0.5 && odd <= pairs * 0.05) return 'utf-16be';
  if (odd >= pairs * 0.5 && even <= pairs * 0.05) return 'utf-16le';
  return undefined;
}

/** The Unicode form bytes are in by their mark or their zero bytes: text for all its NULs. */
export function utf16or32(b: Uint8Array): UnicodeForm | undefined {
  const form = bomEncoding(b)?.encoding ?? sniffUnicodeForm(b);
  return form === 'utf-8' ? undefined : form;
}

/** Decodes UTF-32; a unit that is no Unicode scalar value, or a truncated last unit, gives U+FFFD. */
export function decodeUtf32(b: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    chunk.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (b.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/** Decodes one of the Unicode forms (no mark expected: the caller skips it). */
export function decodeUnicodeForm(b: Uint8Array, form: UnicodeForm): string {
  if (form === 'utf-32le' || form === 'utf-32be') return decodeUtf32(b, form === 'utf-32le');
  return new TextDecoder(form, { ignoreBOM: true }).decode(b);
}
