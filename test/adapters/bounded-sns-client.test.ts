import { describe, expect, it } from 'vitest';
import { boundedSnsClient } from '../../functions/adapters/sns/bounded-sns-client.js';

describe('boundedSnsClient', () => {
  // Regression (review): the SDK's own retry sent a Publish again after a timeout, when SNS may have taken it.
  it('publishes once, within the 20 s a function keeps in reserve: a 1 s connect and a 4 s answer', async () => {
    const client = boundedSnsClient();
    expect(await client.config.maxAttempts()).toBe(1);
    const handler = client.config.requestHandler as unknown as { configProvider: Promise<Record<string, number>> };
    const { connectionTimeout = 0, requestTimeout = 0 } = await handler.configProvider;
    expect(connectionTimeout).toBe(1_000);
    expect(requestTimeout).toBe(4_000);
    expect(connectionTimeout + requestTimeout).toBeLessThan(20_000);
  });
});
