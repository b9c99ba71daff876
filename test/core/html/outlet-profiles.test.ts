import { describe, expect, it } from 'vitest';
import { chooseProfile, profileFor } from '../../../functions/core/html/outlet-profiles.js';

describe('profileFor', () => {
  it('picks the profile by site', () => {
    expect(profileFor('https://www.globalresearch.ca/a/1')).toBe('global-research');
    expect(profileFor('https://mondialisation.ca/a/1')).toBe('global-research');
    expect(profileFor('https://www.reuters.com/a')).toBe('generic');
    expect(profileFor('not a url')).toBe('generic');
    expect(profileFor(undefined)).toBe('generic');
  });
});

describe('chooseProfile', () => {
  it('takes the profile an operator named over the sites', () => {
    expect(chooseProfile({ profile: 'generic', url: 'https://www.globalresearch.ca/a/1' })).toBe('generic');
    expect(chooseProfile({ profile: 'global-research', url: 'https://wire.example/a' })).toBe('global-research');
  });

  it("goes by the page's site, then the feed's", () => {
    expect(chooseProfile({ url: 'https://www.globalresearch.ca/a/1', feedUrl: 'https://news.example/feed' })).toBe(
      'global-research',
    );
    expect(chooseProfile({ url: 'https://feeds.example/r/1', feedUrl: 'https://www.mondialisation.ca/feed' })).toBe(
      'global-research',
    );
    expect(chooseProfile({ url: 'https://wire.example/a', feedUrl: 'https://wire.example/feed' })).toBe('generic');
  });

  it('leaves a page with no address to its layout', () => {
    expect(chooseProfile({})).toBeUndefined();
  });
});
