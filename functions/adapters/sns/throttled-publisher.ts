import pThrottle from 'p-throttle';
import type { AlertPublisher, OutgoingMessage } from '../../core/ports.js';

/**
 * At most `perSecond` publishes a second. SNS suspends an email endpoint that
 * receives more than 10 messages a second, and one subscriber may follow
 * every watch; with the alert function limited to one invocation at a time,
 * this caps what any address receives.
 */
export function throttledPublisher(inner: AlertPublisher, perSecond: number): AlertPublisher {
  const publish = pThrottle({ limit: perSecond, interval: 1000 })((message: OutgoingMessage, key: string) =>
    inner.publish(message, key),
  );
  return { publish };
}
