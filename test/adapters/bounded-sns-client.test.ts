import { describe, expect, it } from 'vitest';
import { boundedSnsClient } from '../../functions/adapters/sns/bounded-sns-client.js';

describe('boundedSnsClient', () => {
  it('gives up within the 20 s a function keeps in reserve: three attempts of a 1 s connect and a 4 s answer', async () => {
    const client = boundedSnsClient();
    expect(await client.config.maxAttempts()).toBe(3);
    const handler = client.config.requestHandler as unknown as { configProvider: Promise<Record<string, number>> };
    const { connectionTimeout = 0, requestTimeout = 0 } = await handler.configProvider;
    expect(connectionTimeout).toBe(1_000);
    expect(requestTimeout).toBe(4_000);
    expect(3 * (connectionTimeout + requestTimeout)).toBeLessThan(20_000);
  });
});
