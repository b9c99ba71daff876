import { PublishCommand, type PublishCommandInput, type SNSClient } from '@aws-sdk/client-sns';
import type { FeedNotice } from '../../core/schedule/next-check.js';

/** SNS takes a subject of at most 100 printable characters. */
const subject = (text: string): string => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);

/** The operators' message for a feed disabled or back. */
export function noticeInput(notice: FeedNotice, topicArn: string): PublishCommandInput {
  if (notice.type === 'feed-disabled')
    return {
      TopicArn: topicArn,
      Subject: subject(`feedwatch: feed disabled: ${notice.url}`),
      Message: [
        `The feed ${notice.url} failed ${notice.failures} checks in a row and is disabled.`,
        `Last failure: ${notice.why}`,
        `Disabled at: ${notice.at}`,
        'It is still tried once per schedule.maxInterval; one good check brings it back.',
      ].join('\n'),
    };
  return {
    TopicArn: topicArn,
    Subject: subject(`feedwatch: feed back: ${notice.url}`),
    Message: `The feed ${notice.url} answered again at ${notice.at}, after ${notice.failuresBefore} failed checks, and is polled on its schedule again.`,
  };
}

/** Tells the operators' topic; throws when SNS does (the worker's message then comes back). */
export function createNoticePublisher(sns: SNSClient, topicArn: string): (notice: FeedNotice) => Promise<void> {
  return async (notice) => {
    await sns.send(new PublishCommand(noticeInput(notice, topicArn)));
  };
}
