import { ConfigError, type Delivery, type OperatorConfig, type SubscriberConfig } from '../config/operator-config.js';
import { DEFAULT_WATCHES } from '../watches/default-lexicon.js';
import { type ResolvedWatches, resolveWatches, specName } from '../watches/resolve-watches.js';
import { subscriberAddress, subscriberId } from './subscriber-id.js';

/** A subscriber as routing, alerts and digests need them. */
export interface ResolvedSubscriber {
  /** The address as the config writes it: where SNS sends their email. */
  email: string;
  /** subscriberId(email): their ledger keys and the `subscriber` attribute their filter selects. */
  id: string;
  /** The canonical names of their watches, in the order they listed them. */
  watches: ReadonlySet<string>;
  delivery: Delivery;
  /** UTC "HH:MM" of a daily or weekly digest. */
  at: string;
  /** The weekday of a weekly digest. */
  day: SubscriberConfig['day'];
}

export interface ResolvedSubscribers {
  /** The operator's watches and every subscriber's, resolved once: match articles with its matcher. */
  watches: ResolvedWatches;
  subscribers: ResolvedSubscriber[];
}

/**
 * Resolves the operator's watches (every place and actor the lexicon knows
 * when the config names none) together with every subscriber's, in one call,
 * so a name written two ways is one watch and a subscriber's watch the
 * operator's list lacks is matched for them all the same. Each subscriber
 * keeps the canonical names of their own watches; no cap applies here (a
 * subscriber's filter selects on their id, not on watch names). Throws
 * ConfigError for a watch with nothing to match or an address listed twice.
 */
export function resolveSubscribers(config: Pick<OperatorConfig, 'watches' | 'subscribers'>): ResolvedSubscribers {
  const operatorSpecs = config.watches ?? DEFAULT_WATCHES;
  const watches = resolveWatches([...operatorSpecs, ...config.subscribers.flatMap((s) => s.watches)]);
  const seen = new Map<string, number>();
  let at = operatorSpecs.length;
  const subscribers = config.subscribers.map((s, i): ResolvedSubscriber => {
    const address = subscriberAddress(s.email);
    const first = seen.get(address);
    if (first !== undefined) {
      throw new ConfigError(`subscribers[${i}].email: ${s.email} is listed already (subscribers[${first}])`);
    }
    seen.set(address, i);
    const canonical = watches.canonical.slice(at, (at += s.watches.length));
    canonical.forEach((name, j) => {
      if (!name) {
        throw new ConfigError(
          `subscribers[${i}].watches[${j}]: "${specName(s.watches[j] ?? '')}" has no letters or digits to match`,
        );
      }
    });
    return {
      email: s.email,
      id: subscriberId(s.email),
      watches: new Set(canonical),
      delivery: s.delivery,
      at: s.at,
      day: s.day,
    };
  });
  return { watches, subscribers };
}
