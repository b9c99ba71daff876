import { siteOf } from '../feeds/canonical-url.js';

/** Outlet layouts with a profile of their own; every other site gets the generic extractor. */
export const OUTLET_PROFILES = ['global-research', 'generic'] as const;
export type OutletProfile = (typeof OUTLET_PROFILES)[number];

/** What an outlet's profile reads from a page of its layout: the headline, and the blocks after it in the normal form's inline markup. */
export interface ProfilePage {
  title: string;
  blocks: string[];
}

const PROFILE_BY_SITE: Readonly<Record<string, OutletProfile>> = {
  'globalresearch.ca': 'global-research',
  'mondialisation.ca': 'global-research',
};

/** The profile of an address's site: 'generic' for every site without one of its own. */
export function profileFor(url: string | undefined): OutletProfile {
  return (url && PROFILE_BY_SITE[siteOf(url)]) || 'generic';
}

/** Where a page was found: the addresses its profile may be chosen by, and the profile an operator named. */
export interface PageSource {
  /** The page's own address. */
  url?: string;
  /** The feed that listed it. */
  feedUrl?: string;
  /** Named in the config or on the command line: it wins. */
  profile?: OutletProfile;
}

/**
 * Which profile reads a page, for the CLI, the poll and the Lambda alike:
 * the one named, else the one of the page's site or the feed's site, else
 * 'generic'. A page with no address at all (a saved file) has no site to go
 * by: undefined, and its layout decides.
 */
export function chooseProfile(source: PageSource): OutletProfile | undefined {
  if (source.profile) return source.profile;
  if (source.url === undefined && source.feedUrl === undefined) return undefined;
  const bySite = [source.url, source.feedUrl].map(profileFor).find((p) => p !== 'generic');
  return bySite ?? 'generic';
}
