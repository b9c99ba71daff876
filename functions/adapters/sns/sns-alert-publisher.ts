import { PublishCommand, type PublishCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import { type AlertPublisher, type OutgoingMessage, PublishError } from '../../core/ports.js';

/**
 * The Publish request for one alert: its attributes are already the
 * MessageAttributes that subscriptions' filter policies select on.
 */
export function toPublishInput(message: OutgoingMessage, topicArn: string): PublishCommandInput {
  return { TopicArn: topicArn, Subject: message.subject, Message: message.text, MessageAttributes: message.attributes };
}

export class SnsAlertPublisher implements AlertPublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly topicArn: string,
  ) {}

  async publish(message: OutgoingMessage): Promise<string> {
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
