import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalAlertSink, type OutboxLine } from '../../functions/adapters/local/local-alert-sink.js';
import { snsAttributes } from '../../functions/core/alerts/sns-attributes.js';
import type { OutgoingMessage } from '../../functions/core/ports.js';

const message: OutgoingMessage = {
  articleId: 'a1',
  subject: 'ISIS: title',
  text: 'body',
  attributes: snsAttributes({ watches: ['ISIS'], actors: ['ISIS'] }),
};

describe('LocalAlertSink', () => {
  it('appends one JSON line per alert to the outbox and echoes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-outbox-'));
    const echoed: OutboxLine[] = [];
    try {
      const sink = new LocalAlertSink({ outboxPath: join(dir, 'outbox.jsonl'), echo: (l) => echoed.push(l) });
      const first = await sink.publish(message);
      const second = await sink.publish({ ...message, articleId: 'a2' });
      await sink.close();
      const lines = (await readFile(join(dir, 'outbox.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as OutboxLine);
      expect(lines.map((l) => [l.messageId, l.articleId, l.subject])).toEqual([
        [first, 'a1', 'ISIS: title'],
        [second, 'a2', 'ISIS: title'],
      ]);
      expect(first).not.toBe(second);
      expect(echoed.map((l) => l.articleId)).toEqual(['a1', 'a2']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails a publish when the outbox cannot be written', async () => {
    const sink = new LocalAlertSink({ outboxPath: join(tmpdir(), 'no-such-dir-feedwatch', 'sub', 'outbox.jsonl') });
    await expect(sink.publish(message)).rejects.toThrow(/outbox not writable/);
    await sink.close();
  });
});
