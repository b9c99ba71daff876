/** Outlet layouts with a profile of their own; every other site gets the generic extractor. */
export const OUTLET_PROFILES = ['global-research', 'generic'] as const;
export type OutletProfile = (typeof OUTLET_PROFILES)[number];
