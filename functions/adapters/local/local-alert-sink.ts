import { randomUUID } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { createInterface } from 'node:readline';
import type { SnsMessageAttributes } from '../../core/alerts/sns-attributes.js';
import { type AlertPublisher, type OutgoingMessage, PublishError } from '../../core/ports.js';

/** One line of the outbox file: what SNS would have been asked to send. */
export interface OutboxLine {
  messageId: string;
  /** The ledger key it was sent under: one message per key, whatever dies between the publish and its record. */
  key: string;
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
 * Unlike SNS it can say what it sent before: the outbox's lines name their
 * ledger keys, so a run killed between writing a line and recording it sent
 * is not sent again by the next.
 */
export class LocalAlertSink implements AlertPublisher {
  private stream: WriteStream | undefined;
  private failure: Error | undefined;
  /** The keys of the outbox's lines from earlier runs, with their message ids, read once when first asked. */
  private earlier: Promise<Map<string, string>> | undefined;

  constructor(private readonly options: { outboxPath?: string; echo?: (line: OutboxLine) => void } = {}) {}

  private outbox(path: string): WriteStream {
    if (!this.stream) {
      this.stream = createWriteStream(path, { flags: 'a', encoding: 'utf8' });
      this.stream.on('error', (error) => {
        this.failure = error;
      });
      // A line a killed run cut short would swallow the first line appended after it.
      if (endsMidLine(path)) this.stream.write('\n');
    }
    return this.stream;
  }

  async sentBefore(key: string): Promise<string | undefined> {
    const path = this.options.outboxPath;
    if (!path) return undefined;
    this.earlier ??= readKeys(path);
    return (await this.earlier).get(key);
  }

  async publish(message: OutgoingMessage, key: string): Promise<string> {
    if (this.failure) throw new PublishError(`outbox not writable: ${this.failure.message}`, 'no');
    const line: OutboxLine = {
      messageId: `local-${randomUUID()}`,
      key,
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

/** Each outbox line's key and message id; a line cut short by a crash, or written before lines had keys, is passed over. */
async function readKeys(path: string): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  if (!existsSync(path)) return keys;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    try {
      const line = JSON.parse(text) as Partial<OutboxLine>;
      if (typeof line.key === 'string' && typeof line.messageId === 'string') keys.set(line.key, line.messageId);
    } catch {
      // The last line of a killed run may be cut short: it was never sent.
    }
  }
  return keys;
}

/** Whether the file's last byte is not a newline: its last line was cut short. */
function endsMidLine(path: string): boolean {
  if (!existsSync(path)) return false;
  const size = statSync(path).size;
  if (size === 0) return false;
  const fd = openSync(path, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}
