import { describe, expect, it } from 'vitest';
import { composeAlert } from '../../functions/core/alerts/compose-alert.js';
import { parseOperatorConfig } from '../../functions/core/config/operator-config.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { matchArticle } from '../../functions/core/watches/match-article.js';
import { resolveWatches } from '../../functions/core/watches/resolve-watches.js';
import { resolveSubscriptions } from '../../lib/stack-config.js';

describe('resolveSubscriptions', () => {
  // Regression: the filter allowlist was the subscriber's own spelling ("Raqqa + 50 km"), while the
  // alerts carried the canonical name ("Raqqa +50km"): the subscriber never received anything.
  it('gives a radius or differently spelled watch the name the alerts carry, so the filter accepts them', () => {
    const config = parseOperatorConfig({
      feeds: [{ url: 'https://example.org/feed' }],
      watches: ['Raqqa +50km', 'Deir Ezzor +20km'],
      subscribers: [{ email: 'desk@example.org', watches: ['Raqqa + 50 km', 'Dayr az-Zawr +20km'] }],
    });
    const [desk] = resolveSubscriptions(config);
    expect(desk?.watches).toEqual(['Raqqa +50km', 'Deir Ezzor +20km']);

    const article = parseNormalForm('Clashes near Tabqa\n\nFighting was reported near Tabqa dam on Sunday.\n');
    const { matcher } = resolveWatches(config.watches);
    const message = composeAlert(article, matchArticle(article, matcher), {});
    expect(message.attributes.watches).toEqual(['Raqqa +50km']);
    expect(message.attributes.watches.every((w) => desk?.watches.includes(w))).toBe(true);
  });

  it('accepts a subscriber watch written as the operator wrote another spelling of it', () => {
    const config = parseOperatorConfig({
      feeds: [{ url: 'https://example.org/feed' }],
      watches: ['Tiger Forces'],
      subscribers: [{ email: 'desk@example.org', watches: ['tiger forces'] }],
    });
    expect(resolveSubscriptions(config)[0]?.watches).toEqual(['Tiger Forces']);
  });
});
