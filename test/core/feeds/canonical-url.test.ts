import { describe, expect, it } from 'vitest';
import { canonicalUrl, urlIdentity } from '../../../functions/core/feeds/canonical-url.js';

const GR = 'https://www.globalresearch.ca/syria-isis-retreat/5593411';

describe('canonicalUrl gives one address to every spelling of a page', () => {
  it('drops a trailing slash (WordPress serves /slug and /slug/, redirecting one to the other)', () => {
    expect(canonicalUrl(`${GR}/`)).toBe(GR);
    expect(canonicalUrl(`${GR}//`)).toBe(GR);
  });

  it('keeps the root path', () => {
    expect(canonicalUrl('https://southfront.org/')).toBe('https://southfront.org/');
    expect(canonicalUrl('https://southfront.org')).toBe('https://southfront.org/');
  });

  it('sorts a reordered query', () => {
    expect(canonicalUrl('https://example.org/article.php?page=2&id=77')).toBe(
      'https://example.org/article.php?id=77&page=2',
    );
    expect(canonicalUrl('https://example.org/article.php?id=77&page=2')).toBe(
      'https://example.org/article.php?id=77&page=2',
    );
  });

  it('keeps the order of a repeated parameter, which may matter to the server', () => {
    expect(canonicalUrl('https://example.org/s?tag=b&q=x&tag=a')).toBe('https://example.org/s?q=x&tag=b&tag=a');
  });

  it('keeps the encoding of the parameters it keeps', () => {
    expect(canonicalUrl('https://example.org/s?q=deir%20ezzor&flag')).toBe('https://example.org/s?flag&q=deir%20ezzor');
  });

  it('drops utm_* and click ids a feed or a share adds', () => {
    expect(canonicalUrl(`${GR}?utm_source=rss&utm_medium=rss&utm_campaign=syria&fbclid=IwAR0x&gclid=Cj0`)).toBe(GR);
  });

  it('drops the tracking tags of French outlets (xtor) and mailing lists', () => {
    expect(canonicalUrl('https://www.mondialisation.ca/syrie/5611234?xtor=RSS-3208&_hsenc=p2A&mkt_tok=eyJ')).toBe(
      'https://www.mondialisation.ca/syrie/5611234',
    );
  });

  it('keeps parameters that name the page', () => {
    expect(canonicalUrl('https://example.org/index.php?p=5593411&utm_source=x')).toBe(
      'https://example.org/index.php?p=5593411',
    );
  });

  it('drops a fragment', () => {
    expect(canonicalUrl(`${GR}#comments`)).toBe(GR);
    expect(canonicalUrl(`${GR}#`)).toBe(GR);
  });

  it('keeps a "#!" fragment, which names the page on the sites that use it', () => {
    expect(canonicalUrl('https://example.org/#!/news/4412')).toBe('https://example.org/#!/news/4412');
  });

  it('keeps the scheme and "www.", since not every site answers on both', () => {
    expect(canonicalUrl('http://www.globalresearch.ca/a')).toBe('http://www.globalresearch.ca/a');
  });

  it('gives one address for all of these at once', () => {
    const spellings = [
      `${GR}/`,
      `${GR}?utm_source=feedburner&utm_medium=feed#more-5593411`,
      `HTTPS://WWW.GLOBALRESEARCH.CA:443/syria-isis-retreat/5593411/?fbclid=abc`,
    ];
    expect(new Set(spellings.map((u) => canonicalUrl(u)))).toEqual(new Set([GR]));
  });

  it.each(['javascript:alert(1)', 'mailto:a@b.c', 'ftp://example.org/x', '', 'not a url'])('refuses %j', (raw) => {
    expect(canonicalUrl(raw)).toBeUndefined();
  });
});

describe('urlIdentity compares URLs across scheme and "www."', () => {
  it('makes http and https one page', () => {
    expect(urlIdentity('http://globalresearch.ca/a')).toBe(urlIdentity('https://globalresearch.ca/a'));
  });

  it('makes "www." and the bare host one page', () => {
    expect(urlIdentity('https://www.globalresearch.ca/a/?utm_source=x')).toBe('globalresearch.ca/a');
  });

  it('keeps other subdomains apart', () => {
    expect(urlIdentity('https://fr.example.org/a')).not.toBe(urlIdentity('https://example.org/a'));
  });

  it('keeps other ports apart', () => {
    expect(urlIdentity('https://example.org:8443/a')).toBe('example.org:8443/a');
  });

  it('refuses what is not http(s)', () => {
    expect(urlIdentity('mailto:a@b.c')).toBeUndefined();
  });
});
