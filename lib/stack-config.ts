import { ConfigError, type OperatorConfig } from '../functions/core/config/operator-config.js';
import { DEFAULT_LEXICON, DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';
import { applyWatchSpecs, findEntry, type WatchSpec } from '../functions/core/watches/watch-list.js';

/** SNS filter policies: at most 150 value combinations. */
export const FILTER_POLICY_VALUES = 150;

export interface Subscription {
  email: string;
  /** Canonical watch names, as the alerts' `watches` attribute carries them. */
  watches: string[];
}

/**
 * What the stack deploys from the operator config: the watch list the alert
 * function matches, and each subscriber's watches resolved to the canonical
 * names the alerts carry. A subscriber who follows a name that is not
 * watched, or more names than a filter policy takes, fails synthesis with the
 * field named.
 */
export function resolveSubscriptions(config: OperatorConfig): {
  watches: WatchSpec[] | undefined;
  subscriptions: Subscription[];
} {
  const specs = config.watches ?? DEFAULT_WATCHES;
  const { lexicon, names } = applyWatchSpecs(DEFAULT_LEXICON, specs);
  const canonical = new Map<string, string>();
  for (const name of names) canonical.set(name, findEntry(lexicon, name)?.name ?? name);
  const watched = new Set(canonical.values());
  const subscriptions = config.subscribers.map((subscriber, i) => {
    const resolved = subscriber.watches.map((name, j) => {
      const entry = findEntry(lexicon, name);
      const canon = entry?.name ?? name;
      if (!watched.has(canon))
        throw new ConfigError(
          `subscribers[${i}].watches[${j}]: "${name}" is not among the watches, so no alert would ever name it`,
        );
      return canon;
    });
    const unique = [...new Set(resolved)];
    if (unique.length > FILTER_POLICY_VALUES) {
      throw new ConfigError(
        `subscribers[${i}].watches: ${unique.length} names, over the ${FILTER_POLICY_VALUES} values an SNS filter policy takes`,
      );
    }
    return { email: subscriber.email, watches: unique };
  });
  return { watches: config.watches, subscriptions };
}
