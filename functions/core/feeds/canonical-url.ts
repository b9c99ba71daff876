/** Query parameters that only track the reader: the same story with other values is the same story. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|icid|ito|ref_src|ref_url|spm|share|s_kwcid|wt\.mc_id|ncid|sr_share|at_medium|at_campaign)$/i,
];

/**
 * The canonical form of an article URL: scheme and host lower-cased (the URL
 * parser does that), default port, fragment and tracking parameters dropped.
 * Undefined for anything that is not an http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.some((re) => re.test(key))) url.searchParams.delete(key);
  }
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.href;
}

/** The host of a URL without "www.", lower-cased; '' when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
