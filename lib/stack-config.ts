import type { OperatorConfig } from '../functions/core/config/operator-config.js';
import { resolveSubscribers } from '../functions/core/subscribers/resolve-subscribers.js';

export interface Subscription {
  email: string;
  /** The `subscriber` attribute the alert function gives each of their messages: their filter selects on it. */
  id: string;
  /** Their watches' canonical names, as the alerts carry them. */
  watches: string[];
}

/**
 * Each subscriber, resolved by the same code the alert function runs: their
 * id, which their subscription's filter accepts and every message meant for
 * them carries, and the canonical names of their watches ("Raqqa + 50 km"
 * and "Dayr az-Zawr" become "Raqqa +50km" and "Deir Ezzor"). Filtering on
 * the id, not on watch names, takes any number of watches.
 */
export function resolveSubscriptions(config: OperatorConfig): Subscription[] {
  return resolveSubscribers(config).subscribers.map(({ email, id, watches }) => ({ email, id, watches: [...watches] }));
}
