import { PublishCommand, type PublishCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertMessage } from '../../core/alerts/compose-alert.js';
import type { AlertPublisher } from '../../core/ports.js';

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
    const out = await this.sns.send(new PublishCommand(toPublishInput(message, this.topicArn)));
    if (!out.MessageId) throw new Error(`SNS accepted the alert for article ${message.articleId} but returned no message id`);
    return out.MessageId;
  }
}
