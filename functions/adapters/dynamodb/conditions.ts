import type { Condition } from './item-writer.js';
import { TABLE_DEFINITION } from './table-definition.js';

const PK = TABLE_DEFINITION.partitionKey.name;
/** The status of an alert whose publish surely did not go out: the one an alert may be claimed again from. */
export const FAILED = 'failed';

export const IF_ABSENT: Condition = {
  expression: { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } },
  test: (existing) => existing === undefined,
  reads: [],
};

/** The status of a claim whose holder is publishing, or died publishing. */
export const PENDING = 'pending';
/** The status of an alert whose publish may have gone out (a timeout after sending): never claimed again. */
export const UNCERTAIN = 'uncertain';

/**
 * An alert that may be claimed: one that surely failed, or one claimed before
 * `staleBefore` and left pending (its holder died before it could say how
 * the publish went); and, when `orAbsent`, one never claimed.
 */
export function claimable(staleBefore: string, orAbsent: boolean): Condition {
  const retry = '#status = :failed OR (#status = :pending AND #claimedAt < :stale)';
  return {
    expression: {
      ConditionExpression: orAbsent ? `attribute_not_exists(#pk) OR ${retry}` : retry,
      ExpressionAttributeNames: {
        ...(orAbsent ? { '#pk': PK } : {}),
        '#status': 'status',
        '#claimedAt': 'claimedAt',
      },
      ExpressionAttributeValues: { ':failed': { S: FAILED }, ':pending': { S: PENDING }, ':stale': { S: staleBefore } },
    },
    test: (existing) => {
      if (existing === undefined) return orAbsent;
      const status = existing['status']?.S;
      return status === FAILED || (status === PENDING && (existing['claimedAt']?.S ?? '') < staleBefore);
    },
    reads: ['status', 'claimedAt'],
  };
}
