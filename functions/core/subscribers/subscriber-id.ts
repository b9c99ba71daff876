import { createHash } from 'node:crypto';

/** An address as one subscriber: "Desk@Example.org " and "desk@example.org" are the same inbox. */
export function subscriberAddress(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A subscriber's stable, opaque 16-hex-digit id, from the lower-cased address:
 * the key of their ledger and digest records (no address in the table's keys)
 * and the `subscriber` attribute their SNS subscription filters on.
 */
export function subscriberId(email: string): string {
  return createHash('sha256')
    .update(`subscriber\u0000${subscriberAddress(email)}`)
    .digest('hex')
    .slice(0, 16);
}
