import { decodeBuffer } from 'encoding-sniffer';

/** The charset label of a Content-Type header, if it names one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

/**
 * Decodes a fetched body with a real decoder (iconv-lite, by the WHATWG
 * sniffing rules): byte-order mark first, then the HTTP header's charset,
 * then the XML prolog's encoding or the HTML meta tag, else UTF-8. Node's own
 * TextDecoder would read windows-1252 as Latin-1, and lose the French
 * apostrophe (0x92) with it.
 */
export function decodeBody(body: Buffer, contentType?: string): string {
  const label = charsetOf(contentType);
  return decodeBuffer(body, { ...(label ? { transportLayerEncodingLabel: label } : {}), defaultEncoding: 'utf-8' });
}

/**
 * Decodes a feed: its XML declaration's encoding outranks the HTTP header,
 * which servers often get wrong for XML ("text/xml" defaults, a stale
 * charset); then the header, then UTF-8.
 */
export function decodeFeedBody(body: Buffer, contentType?: string): string {
  const head = body.subarray(0, 256).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  return decodeBody(body, declared ? `text/xml; charset=${declared}` : contentType);
}
