import { DomUtils, parseDocument } from 'htmlparser2';

/** HTML as the plain text a reader shows: tags dropped, entities decoded, runs of white space made one space. */
export function plainText(html: string): string {
  const text = /[<&]/.test(html) ? DomUtils.textContent(parseDocument(html, { decodeEntities: true })) : html;
  return text.replace(/\s+/g, ' ').trim();
}
