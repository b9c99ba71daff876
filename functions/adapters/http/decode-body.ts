/**
 * Decodes fetched bytes to text as a browser would, and loses nothing where a
 * browser would show U+FFFD. The order: a byte-order mark; UTF-16 or UTF-32
 * shown by their zero bytes; the labels (for a page the HTTP header's charset,
 * then its XML declaration or <meta>; for a feed the XML declaration first);
 * for a body with no usable label, UTF-8 when it reads as UTF-8, else
 * detection (detect-charset.ts). Two checks against the bytes keep a wrong
 * label from garbling a page: a body that is well-formed UTF-8 with non-ASCII
 * characters is UTF-8 whatever a legacy label says (a server's default
 * charset on a UTF-8 page), and a UTF-8 label on bytes that are mostly not
 * UTF-8 is passed over. Stray windows-1252 bytes in UTF-8 and C1 controls in
 * any result are read as windows-1252 (windows-1252.ts, utf8-mixed.ts).
 * Decoding is Node's TextDecoder (ICU) otherwise; iconv-lite would add 960 KB
 * to the poll function's bundle for answers ICU already gives.
 */
import { isUtf8 } from 'node:buffer';
import { detectCharset, widenToWindows } from './detect-charset.js';
import { bomEncoding, decodeUnicodeForm, sniffUnicodeForm } from './unicode-forms.js';
import { decodeUtf8Mixed, type Utf8Census, utf8Census } from './utf8-mixed.js';
import { decodeWindows1252, repairC1 } from './windows-1252.js';

// ignoreBOM: the mark was read (and skipped) before: a U+FEFF left is text.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Labels the WHATWG Encoding Standard resolves to windows-1252. */
const WINDOWS_1252 = new Set([
  'ansi_x3.4-1968',
  'ascii',
  'cp1252',
  'cp819',
  'csisolatin1',
  'ibm819',
  'iso-8859-1',
  'iso-ir-100',
  'iso8859-1',
  'iso88591',
  'iso_8859-1',
  'iso_8859-1:1987',
  'l1',
  'latin1',
  'us-ascii',
  'windows-1252',
  'x-cp1252',
]);

/** The charset label of a Content-Type header, if it names one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)["']?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The encoding an XML declaration names, if the bytes open with one. */
function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

/** The encoding a page's own head declares: the XML declaration, <meta charset>, or <meta http-equiv content="...charset=">. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const xml = xmlEncoding(bytes);
  if (xml) return xml;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
  return meta?.toLowerCase();
}

/** A label that names UTF-8, or a UTF-16/32 label on bytes that are ASCII-compatible (HTML's rule: it means UTF-8). */
const meansUtf8 = (label: string): boolean => /^(unicode-1-1-)?utf-?(8|16|32)/.test(label) || label === 'unicode';

/** Decodes with a single-byte or CJK label; undefined for a label TextDecoder does not know or cannot decode. */
function decodeLegacy(bytes: Uint8Array, label: string): string | undefined {
  const wide = widenToWindows(label, bytes);
  if (WINDOWS_1252.has(wide)) return decodeWindows1252(bytes);
  try {
    return repairC1(new TextDecoder(wide).decode(bytes));
  } catch {
    // A label TextDecoder does not know, or one the standard maps to "replacement" (the whole text as one U+FFFD).
    return undefined;
  }
}

/** The body as UTF-8 if it is well-formed UTF-8, else undefined (isUtf8 is simdutf's check: 100 times the decoder's). */
function strictUtf8(body: Uint8Array): string | undefined {
  return isUtf8(body) ? utf8.decode(body) : undefined;
}

/** UTF-8 is plausible when its well-formed sequences outnumber the stray bytes. */
const mostlyUtf8 = (c: Utf8Census): boolean => c.multibyte >= c.invalid && c.multibyte > 0;

function decodeWithLabels(body: Uint8Array, labels: readonly (string | undefined)[]): string {
  const bom = bomEncoding(body);
  if (bom?.encoding === 'utf-8') return repairC1(decodeUtf8Mixed(body.subarray(bom.skip)));
  if (bom) return repairC1(decodeUnicodeForm(body.subarray(bom.skip), bom.encoding));
  const form = sniffUnicodeForm(body);
  if (form) return repairC1(decodeUnicodeForm(body, form));

  const strict = strictUtf8(body);
  // Well-formed UTF-8 with non-ASCII text (it decodes to fewer units than bytes): legacy text of more than a
  // character or two never is.
  if (strict !== undefined && strict.length !== body.length) return repairC1(strict);
  // Counted only when a UTF-8 label or no label leaves the choice to the bytes.
  let counted: Utf8Census | undefined;
  const census = (): Utf8Census =>
    (counted ??= strict === undefined ? utf8Census(body) : { multibyte: 0, invalid: 0, escape: body.includes(0x1b) });
  for (const label of labels) {
    if (!label) continue;
    if (meansUtf8(label)) {
      // Pure ASCII, or UTF-8 with a few stray bytes; bytes that are mostly not UTF-8 make the label a wrong one.
      if (strict !== undefined) return strict;
      if (mostlyUtf8(census())) return repairC1(decodeUtf8Mixed(body));
      continue;
    }
    const text = decodeLegacy(body, label);
    if (text !== undefined) return text;
  }
  // No usable label. Seven-bit text is UTF-8 unless it has ISO-2022's escapes.
  if (strict !== undefined && !census().escape) return strict;
  if (mostlyUtf8(census())) return repairC1(decodeUtf8Mixed(body));
  const detected = detectCharset(body);
  if (detected && !meansUtf8(detected)) {
    const text = decodeLegacy(body, detected);
    if (text !== undefined) return text;
  }
  // No evidence either way: the bytes outside UTF-8 read as windows-1252, the web's default for undeclared pages.
  return repairC1(decodeUtf8Mixed(body));
}

/** Decodes a fetched web page: BOM, then the HTTP charset, then the page's own declaration, else by its bytes. */
export function decodeBody(body: Uint8Array, contentType?: string): string {
  return decodeWithLabels(body, [charsetOf(contentType), declaredEncoding(body)]);
}

/**
 * Decodes a feed: its XML declaration's encoding outranks the HTTP header,
 * which servers often get wrong for XML ("text/xml" defaults, a stale
 * charset); a feed's <meta> is escaped article markup, not its own.
 */
export function decodeFeedBody(body: Uint8Array, contentType?: string): string {
  return decodeWithLabels(body, [xmlEncoding(body), charsetOf(contentType)]);
}
