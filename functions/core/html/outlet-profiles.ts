import { siteOf } from '../feeds/canonical-url.js';

/** Outlet layouts with a profile of their own; every other site gets the generic extractor. */
export const OUTLET_PROFILES = ['global-research', 'generic'] as const;
export type OutletProfile = (typeof OUTLET_PROFILES)[number];

const PROFILE_BY_SITE: Readonly<Record<string, OutletProfile>> = {
  'globalresearch.ca': 'global-research',
  'mondialisation.ca': 'global-research',
};

/** The profile for a feed's or page's URL, by its site. */
export function profileFor(url: string | undefined): OutletProfile {
  return (url && PROFILE_BY_SITE[siteOf(url)]) || 'generic';
}
