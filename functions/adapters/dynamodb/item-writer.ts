import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

/**
 * A put's condition, said twice in one place: as an expression for DynamoDB,
 * and as a test of the item there now for a writer that reads before it
 * writes. `test` reads only the key and the attributes in `reads`.
 */
export interface Condition {
  expression: {
    ConditionExpression: string;
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues?: Record<string, AttributeValue>;
  };
  test: (existing: Item | undefined) => boolean;
  reads: readonly string[];
}

/**
 * What a conditional put did. Refused is an outcome, not an error: the item
 * there (`existing`, or undefined when there was none) did not meet the
 * condition. `existing` holds at least the key and the condition's `reads`;
 * `replaced`, the item a written put took the place of, when there was one.
 */
export type PutOutcome = { written: true; replaced?: Item } | { written: false; existing: Item | undefined };

/** How the repository writes items: the piece that differs between AWS and the embedded store. */
export interface ItemWriter {
  /** Writes the item whatever is there. */
  put(item: Item): Promise<void>;
  /** Writes the item if the condition holds for the item there now. */
  putIf(item: Item, condition: Condition): Promise<PutOutcome>;
}
