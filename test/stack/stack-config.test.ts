import { describe, expect, it } from 'vitest';
import { parseOperatorConfig } from '../../functions/core/config/operator-config.js';
import { alertArticle } from '../../functions/core/alert-article.js';
import { parseNormalForm } from '../../functions/core/normal-form/parse-normal-form.js';
import { resolveSubscribers } from '../../functions/core/subscribers/resolve-subscribers.js';
import { resolveSubscriptions } from '../../lib/stack-config.js';
import { MemoryStore, RecordingPublisher } from '../support/memory-ports.js';

describe('resolveSubscriptions', () => {
  // Regression: the filter allowlist was the subscriber's own spelling ("Raqqa + 50 km"), while the
  // alerts carried the canonical name ("Raqqa +50km"): the subscriber never received anything.
  it('gives a radius or differently spelled watch the name the alerts carry, and a filter their alerts pass', async () => {
    const config = parseOperatorConfig({
      feeds: [{ url: 'https://example.org/feed' }],
      watches: ['Raqqa +50km', 'Deir Ezzor +20km'],
      subscribers: [{ email: 'desk@example.org', watches: ['Raqqa + 50 km', 'Dayr az-Zawr +20km'] }],
    });
    const [desk] = resolveSubscriptions(config);
    expect(desk?.watches).toEqual(['Raqqa +50km', 'Deir Ezzor +20km']);

    const { watches, subscribers } = resolveSubscribers(config);
    const store = new MemoryStore();
    const publisher = new RecordingPublisher();
    const article = parseNormalForm('Clashes near Tabqa\n\nFighting was reported near Tabqa dam on Sunday.\n');
    await alertArticle(
      article,
      {},
      { ledger: store, publisher, matcher: watches.matcher, now: () => 't', subscribers },
    );
    const [message] = publisher.sent;
    expect(message?.attributes['watches']?.StringValue).toBe('["Raqqa +50km"]');
    expect(message?.attributes['subscriber']?.StringValue).toBe(desk?.id);
  });

  it('resolves a subscriber watch written as the operator wrote another spelling of it to one name', () => {
    const config = parseOperatorConfig({
      feeds: [{ url: 'https://example.org/feed' }],
      watches: ['Tiger Forces'],
      subscribers: [{ email: 'desk@example.org', watches: ['tiger forces'] }],
    });
    expect(resolveSubscriptions(config)[0]?.watches).toEqual(['Tiger Forces']);
  });
});
