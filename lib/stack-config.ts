import { ConfigError, type OperatorConfig } from '../functions/core/config/operator-config.js';
import { DEFAULT_WATCHES } from '../functions/core/watches/default-lexicon.js';
import { resolveWatches, specName } from '../functions/core/watches/resolve-watches.js';

/** SNS filter policies: at most 150 value combinations. */
export const FILTER_POLICY_VALUES = 150;

export interface Subscription {
  email: string;
  /** Canonical watch names, as the alerts' `watches` attribute carries them. */
  watches: string[];
}

/**
 * Each subscriber's watches resolved to the canonical names the alerts carry,
 * by the same resolver the alert function uses ("Raqqa + 50 km" and "Dayr
 * az-Zawr" become "Raqqa +50km" and "Deir Ezzor"). A subscriber who follows
 * a name that is not watched, or more names than a filter policy takes, fails
 * synthesis with the field named.
 */
export function resolveSubscriptions(config: OperatorConfig): Subscription[] {
  // Resolved in one call, so a name written two ways by the operator and a subscriber is one watch.
  const operatorSpecs = config.watches ?? DEFAULT_WATCHES;
  const all = resolveWatches([...operatorSpecs, ...config.subscribers.flatMap((s) => s.watches)]);
  const watched = new Set(all.canonical.slice(0, operatorSpecs.length));
  let at = operatorSpecs.length;
  return config.subscribers.map((subscriber, i) => {
    const canonical = all.canonical.slice(at, (at += subscriber.watches.length));
    canonical.forEach((name, j) => {
      if (!watched.has(name)) {
        throw new ConfigError(
          `subscribers[${i}].watches[${j}]: "${specName(subscriber.watches[j] ?? name)}" is not among the watches, so no alert would ever name it`,
        );
      }
    });
    const unique = [...new Set(canonical)];
    if (unique.length > FILTER_POLICY_VALUES) {
      throw new ConfigError(
        `subscribers[${i}].watches: ${unique.length} names, over the ${FILTER_POLICY_VALUES} values an SNS filter policy takes`,
      );
    }
    return { email: subscriber.email, watches: unique };
  });
}
