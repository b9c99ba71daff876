import { PublishCommand, type PublishCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertMessage } from '../../core/alerts/compose-alert.js';
import { PublishError, type AlertPublisher } from '../../core/ports.js';

/**
 * The Publish request for one alert. Attributes are String.Array so that one
 * message carries every watch it matched and each email subscription's filter
 * policy picks the watches it follows; an empty list is left out (SNS filter
 * policies cannot match on it).
 */
export function toPublishInput(message: AlertMessage, topicArn: string): PublishCommandInput {
  const attributes: NonNullable<PublishCommandInput['MessageAttributes']> = {};
  for (const [name, values] of Object.entries(message.attributes)) {
    if (values.length > 0) attributes[name] = { DataType: 'String.Array', StringValue: JSON.stringify(values) };
  }
  return { TopicArn: topicArn, Subject: message.subject, Message: message.text, MessageAttributes: attributes };
}

export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(message: AlertMessage): Promise<string> {
    let messageId: string | undefined;
    try {
      messageId = (await this.sns.send(new PublishCommand(toPublishInput(message, this.topicArn)))).MessageId;
    } catch (error) {
      // SNS refused it (a client fault: invalid, throttled, not allowed): surely not sent. Anything
      // else (a server fault, a timeout after the request left) may have been.
      const fault = (error as { $fault?: string }).$fault;
      throw new PublishError(
        `SNS publish for article ${message.articleId} failed: ${(error as Error).message}`,
        fault === 'client' ? 'no' : 'unknown',
      );
    }
    if (!messageId)
      throw new PublishError(
        `SNS accepted the alert for article ${message.articleId} but returned no message id`,
        'unknown',
      );
    return messageId;
  }
}
