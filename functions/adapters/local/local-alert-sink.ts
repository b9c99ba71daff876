import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { SnsMessageAttributes } from '../../core/alerts/sns-attributes.js';
import { type AlertPublisher, type OutgoingMessage, PublishError } from '../../core/ports.js';

/** One line of the outbox file: what SNS would have been asked to send. */
export interface OutboxLine {
  messageId: string;
  articleId: string;
  subject: string;
  text: string;
  /** Exactly the MessageAttributes SNS would have been sent. */
  attributes: SnsMessageAttributes;
}

/**
 * Stands in for SNS on a developer's machine: each alert goes to an optional
 * echo (the console) and, one JSON line each, to an outbox file. A publish
 * resolves once its line is written, as SNS's resolves once it is accepted.
 */
export class LocalAlertSink implements AlertPublisher {
  private stream: WriteStream | undefined;
  private failure: Error | undefined;

  constructor(private readonly options: { outboxPath?: string; echo?: (line: OutboxLine) => void } = {}) {}

  private outbox(path: string): WriteStream {
    if (!this.stream) {
      this.stream = createWriteStream(path, { flags: 'a', encoding: 'utf8' });
      this.stream.on('error', (error) => {
        this.failure = error;
      });
    }
    return this.stream;
  }

  async publish(message: OutgoingMessage): Promise<string> {
    if (this.failure) throw new PublishError(`outbox not writable: ${this.failure.message}`, 'no');
    const line: OutboxLine = {
      messageId: `local-${randomUUID()}`,
      articleId: message.articleId,
      subject: message.subject,
      text: message.text,
      attributes: message.attributes,
    };
    if (this.options.outboxPath) {
      const stream = this.outbox(this.options.outboxPath);
      await new Promise<void>((resolve, reject) =>
        stream.write(`${JSON.stringify(line)}\n`, (error) =>
          error ? reject(new PublishError(`outbox not writable: ${error.message}`, 'no')) : resolve(),
        ),
      );
    }
    this.options.echo?.(line);
    return line.messageId;
  }

  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (stream) await new Promise<void>((resolve) => stream.end(() => resolve()));
  }
}
