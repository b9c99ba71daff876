import { SNSClient } from '@aws-sdk/client-sns';

/**
 * An SNS client whose publish cannot outlast the time a function keeps in
 * reserve (20 s) when it stops claiming: at most three attempts of a 1 s
 * connect and a 4 s answer. Without a bound a hung socket could outlive the
 * invocation, leaving a claim pending that the stream's retry would take as
 * sent.
 */
export function boundedSnsClient(): SNSClient {
  return new SNSClient({ maxAttempts: 3, requestHandler: { connectionTimeout: 1_000, requestTimeout: 4_000 } });
}
