import { ConfigError, type OperatorConfig } from '../functions/core/config/operator-config.js';
import { resolveSubscribers } from '../functions/core/subscribers/resolve-subscribers.js';

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
 * az-Zawr" become "Raqqa +50km" and "Deir Ezzor"); a watch the operator's
 * list lacks is matched for them all the same. More names than a filter
 * policy takes fail synthesis with the field named.
 */
export function resolveSubscriptions(config: OperatorConfig): Subscription[] {
  return resolveSubscribers(config).subscribers.map((subscriber, i) => {
    const watches = [...subscriber.watches];
    if (watches.length > FILTER_POLICY_VALUES) {
      throw new ConfigError(
        `subscribers[${i}].watches: ${watches.length} names, over the ${FILTER_POLICY_VALUES} values an SNS filter policy takes`,
      );
    }
    return { email: subscriber.email, watches };
  });
}
