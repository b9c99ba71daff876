/** Query parameters that only track the reader: the same story with other values is the same story. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ocid|cmpid|icid|ito|ref_src|ref_url|spm|share|s_kwcid|wt\.mc_id|ncid|sr_share|at_medium|at_campaign)$/i,
  // Mailing-list and analytics tags French and English outlets append to feed links (xtor: AT Internet).
  /^(xtor|_hsenc|_hsmi|mkt_tok|oly_enc_id|oly_anon_id|vero_id|__twitter_impression)$/i,
];

function paramName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The query without tracking parameters, sorted by name. Works on the raw
 * pairs rather than URLSearchParams, which would re-encode them ("%20" as
 * "+", "?flag" as "?flag="): some servers read those differently.
 */
function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.some((re) => re.test(paramName(pair))));
  const sorted = pairs
    .map((pair, at) => ({ pair, at, name: paramName(pair) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.at - b.at))
    .map((p) => p.pair);
  return sorted.length === 0 ? '' : `?${sorted.join('&')}`;
}

/**
 * The canonical form of an article URL: the one address every spelling of the
 * same page gets, and still an address to fetch. Scheme and host lower-cased
 * (the URL parser does that), default port, credentials, fragment and
 * tracking parameters dropped, the remaining parameters sorted by name (a
 * stable sort: repeated names keep their order, which may matter), and a
 * trailing slash dropped from any path but the root (CMSes serve both and
 * redirect one to the other; the fetcher follows redirects). A "#!" fragment
 * is kept: on the sites that use it, it names the page.
 *
 * Scheme and "www." are kept here because not every site answers on both;
 * `urlIdentity` compares URLs without them.
 *
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
  if (!url.hash.startsWith('#!')) url.hash = '';
  url.username = '';
  url.password = '';
  url.search = canonicalQuery(url.search);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/**
 * A key under which two URLs of one page are equal: the canonical URL without
 * its scheme and a leading "www.", as outlets link the same article over http
 * and https, with and without "www.". For comparing only: it is not an
 * address. Undefined for anything that is not an http(s) URL.
 */
export function urlIdentity(raw: string, base?: string): string | undefined {
  const canonical = canonicalUrl(raw, base);
  if (canonical === undefined) return undefined;
  const url = new URL(canonical);
  return `${url.host.replace(/^www\./, '')}${url.pathname}${url.search}${url.hash}`;
}

/** The host of a URL without "www.", lower-cased; '' when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
