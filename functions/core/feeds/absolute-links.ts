const LINK_ATTRIBUTE = /(\s(?:href|src|cite|poster|background)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * An HTML fragment with the addresses its href, src and kindred attributes
 * name made absolute against base: the fragment leaves its feed (the poller
 * stores it as the article's fallback), and its base does not go with it.
 * Absolute addresses and ones that do not parse are left as they are.
 */
export function absoluteLinks(html: string, base: string): string {
  if (!/\s(?:href|src|cite|poster|background)\s*=/i.test(html)) return html;
  return html.replace(LINK_ATTRIBUTE, (whole, lead: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) || raw.trim().startsWith('#')) return whole;
    try {
      const resolved = new URL(raw.trim().replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;');
      return `${lead}"${resolved.replace(/"/g, '%22')}"`;
    } catch {
      return whole;
    }
  });
}
