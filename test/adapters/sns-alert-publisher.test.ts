import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SnsAlertPublisher } from '../../functions/adapters/sns/sns-alert-publisher.js';
import { snsAttributes } from '../../functions/core/alerts/sns-attributes.js';
import { type OutgoingMessage, PublishError } from '../../functions/core/ports.js';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:feedwatch-alerts';
const sns = mockClient(SNSClient);
afterEach(() => sns.reset());

const message: OutgoingMessage = {
  articleId: 'c321bb8c9571ea33',
  subject: 'Deir Ezzor, ISIS: Video: ISIS Maskanah Stronghold Liberated',
  text: 'Video: ISIS Maskanah Stronghold Liberated\n...',
  attributes: snsAttributes({ watches: ['Deir Ezzor', 'ISIS'], places: ['Deir Ezzor'], actors: ['ISIS'] }),
};

describe('SnsAlertPublisher', () => {
  it('publishes subject, text and the message attributes to the topic, as they are', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-1' });
    const id = await new SnsAlertPublisher(new SNSClient({ region: 'eu-west-1' }), TOPIC).publish(message);
    expect(id).toBe('sns-1');
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
    expect(sns.commandCalls(PublishCommand)[0]?.args[0].input).toEqual({
      TopicArn: TOPIC,
      Subject: 'Deir Ezzor, ISIS: Video: ISIS Maskanah Stronghold Liberated',
      Message: 'Video: ISIS Maskanah Stronghold Liberated\n...',
      MessageAttributes: {
        watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor","ISIS"]' },
        places: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' },
        actors: { DataType: 'String.Array', StringValue: '["ISIS"]' },
      },
    });
  });

  it('leaves out an attribute with no values', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'sns-2' });
    await new SnsAlertPublisher(new SNSClient({ region: 'eu-west-1' }), TOPIC).publish({
      ...message,
      attributes: snsAttributes({ watches: ['ISIS'], places: [], actors: ['ISIS'] }),
    });
    expect(Object.keys(sns.commandCalls(PublishCommand)[0]?.args[0].input.MessageAttributes ?? {})).toEqual([
      'watches',
      'actors',
    ]);
  });

  it('says a refused publish (a client fault) surely did not go out', async () => {
    sns
      .on(PublishCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException', $fault: 'client' }));
    const error = await new SnsAlertPublisher(new SNSClient({ region: 'eu-west-1' }), TOPIC)
      .publish(message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({
      delivered: 'no',
      message: 'SNS publish for article c321bb8c9571ea33 failed: Rate exceeded',
    });
  });

  it('says a server fault or a lost connection may have gone out', async () => {
    sns
      .on(PublishCommand)
      .rejectsOnce(Object.assign(new Error('Internal error'), { $fault: 'server' }))
      .rejectsOnce(new Error('socket hang up'));
    const publisher = new SnsAlertPublisher(new SNSClient({ region: 'eu-west-1' }), TOPIC);
    await expect(publisher.publish(message)).rejects.toMatchObject({ delivered: 'unknown' });
    await expect(publisher.publish(message)).rejects.toMatchObject({ delivered: 'unknown' });
  });

  it('fails when SNS returns no message id', async () => {
    sns.on(PublishCommand).resolves({});
    await expect(new SnsAlertPublisher(new SNSClient({ region: 'eu-west-1' }), TOPIC).publish(message)).rejects.toThrow(
      /no message id/,
    );
  });
});
