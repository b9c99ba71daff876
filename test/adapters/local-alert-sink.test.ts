import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
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
      const first = await sink.publish(message, 'a1');
      const second = await sink.publish({ ...message, articleId: 'a2' }, 'a2');
      await sink.close();
      const lines = (await readFile(join(dir, 'outbox.jsonl'), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as OutboxLine);
      expect(lines.map((l) => [l.messageId, l.key, l.articleId, l.subject])).toEqual([
        [first, 'a1', 'a1', 'ISIS: title'],
        [second, 'a2', 'a2', 'ISIS: title'],
      ]);
      expect(first).not.toBe(second);
      expect(echoed.map((l) => l.articleId)).toEqual(['a1', 'a2']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Regression: a replay killed between writing an alert's line and recording it sent sent it again on the rerun.
  it("says what an earlier run's outbox sent under a key, passing over a line cut short", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-outbox-'));
    const outboxPath = join(dir, 'outbox.jsonl');
    try {
      const killed = new LocalAlertSink({ outboxPath });
      const id = await killed.publish(message, 'story-1#0c2074a87dae90ee');
      await killed.close();
      await appendFile(outboxPath, '{"messageId":"local-cut","key":"story-2#0c20');
      const rerun = new LocalAlertSink({ outboxPath });
      expect(await rerun.sentBefore('story-1#0c2074a87dae90ee')).toBe(id);
      expect(await rerun.sentBefore('story-2#0c2074a87dae90ee')).toBeUndefined();
      expect(await new LocalAlertSink().sentBefore('story-1#0c2074a87dae90ee')).toBeUndefined();
      // The rerun's first line starts on a line of its own, after the one cut short.
      const next = await rerun.publish(message, 'story-3#0c2074a87dae90ee');
      await rerun.close();
      expect(await new LocalAlertSink({ outboxPath }).sentBefore('story-3#0c2074a87dae90ee')).toBe(next);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails a publish when the outbox cannot be written', async () => {
    const sink = new LocalAlertSink({ outboxPath: join(tmpdir(), 'no-such-dir-feedwatch', 'sub', 'outbox.jsonl') });
    await expect(sink.publish(message, 'a1')).rejects.toThrow(/outbox not writable/);
    await sink.close();
  });
});
