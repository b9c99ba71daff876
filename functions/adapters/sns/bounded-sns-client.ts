import { SNSClient } from '@aws-sdk/client-sns';

/**
 * An SNS client for publishing alerts and digests: one attempt, a 1 s connect
 * and a 4 s answer. One attempt, because the SDK's retry sends a Publish
 * again after a timeout or a 5xx, when SNS may have taken the first: a
 * publish that fails is the ledger's to retry, surely unsent ones only. And
 * bounded, so it cannot outlast the 20 s a function keeps in reserve when it
 * stops claiming, which would leave a claim pending past the invocation.
 */
export function boundedSnsClient(): SNSClient {
  return new SNSClient({ maxAttempts: 1, requestHandler: { connectionTimeout: 1_000, requestTimeout: 4_000 } });
}
