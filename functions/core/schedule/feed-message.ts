import { createHash } from 'node:crypto';
import type { FeedRecord } from './feed-record.js';
import { OUTLET_PROFILES, type OutletProfile } from '../html/outlet-profiles.js';

/** One feed to check, as the scheduler queues it for a worker. */
export interface FeedMessage {
  url: string;
  host: string;
  profile?: OutletProfile;
  outlet?: string;
  /** The lease it was sent under: a worker holding an older one drops the message. */
  leaseId: string;
  /** When the feed fell due. */
  dueAt: string;
}

/** SendMessageBatch takes at most ten entries. */
export const MAX_SEND_BATCH = 10;

export function messageFor(record: FeedRecord & { lease: NonNullable<FeedRecord['lease']> }): FeedMessage {
  return {
    url: record.url,
    host: record.host,
    ...(record.profile ? { profile: record.profile } : {}),
    ...(record.outlet ? { outlet: record.outlet } : {}),
    leaseId: record.lease.id,
    dueAt: record.lease.dueAt,
  };
}

/**
 * The FIFO queue's attributes of a message. The group is the host: SQS hands
 * out no message of a group while another of it is in flight, so all the
 * checks of one host in progress are in one worker's batch, where the host
 * gate spaces them. The deduplication id makes a repeated send of one lease
 * (a retried SendMessageBatch) a no-op.
 */
export function fifoAttributes(message: FeedMessage): { groupId: string; deduplicationId: string } {
  return {
    groupId: message.host.slice(0, 128),
    deduplicationId: createHash('sha256').update(`${message.url}\u0000${message.leaseId}`).digest('hex'),
  };
}

/** A message body read back; a body that is not a feed message throws, naming what is wrong. */
export function parseFeedMessage(body: string): FeedMessage {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new TypeError('feed message is not JSON');
  }
  const m = value as Partial<Record<keyof FeedMessage, unknown>> | null;
  for (const field of ['url', 'host', 'leaseId', 'dueAt'] as const)
    if (typeof m?.[field] !== 'string' || !m[field]) throw new TypeError(`feed message has no ${field}`);
  if (m?.profile !== undefined && !OUTLET_PROFILES.includes(m.profile as OutletProfile))
    throw new TypeError(`feed message has an unknown profile: ${String(m.profile)}`);
  if (m?.outlet !== undefined && typeof m.outlet !== 'string') throw new TypeError('feed message outlet is not text');
  return value as FeedMessage;
}
