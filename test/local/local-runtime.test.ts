import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../functions/core/watches/build-matcher.js';
import { DEFAULT_LEXICON } from '../../functions/core/watches/default-lexicon.js';
import { selectWatches } from '../../functions/core/watches/watch-list.js';
import { openLocalRuntime } from '../../functions/local/local-runtime.js';

const matcher = buildMatcher(DEFAULT_LEXICON, selectWatches(DEFAULT_LEXICON, ['Deir Ezzor']));

describe('openLocalRuntime', () => {
  it("refuses --store '' rather than writing the store into the current folder", async () => {
    await expect(openLocalRuntime({ store: '', matcher })).rejects.toMatchObject({
      name: 'StoreError',
      message: 'store folder is empty: give a folder, or "memory" for a store in memory',
    });
    expect(existsSync(join(process.cwd(), 'dynamodb'))).toBe(false);
  });

  it('refuses a store folder whose database is gone but whose outbox holds alerts, unless asked to repair', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feedwatch-runtime-'));
    try {
      const first = await openLocalRuntime({ store: dir, matcher });
      await first.deps.alerts?.publisher.publish(
        {
          articleId: 'a1',
          subject: 'Deir Ezzor: clashes near the river',
          text: 'Clashes were reported near Deir Ezzor.',
          attributes: { watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' } },
        },
        'a1',
      );
      await first.close();
      await rm(join(dir, 'dynamodb'), { recursive: true });
      await rm(join(dir, 'feedwatch-store.json'));
      await expect(openLocalRuntime({ store: dir, matcher })).rejects.toThrow(
        `store folder ${dir} has lost its database: dynamodb/ is empty or missing, but it was used before (${join(dir, 'outbox.jsonl')})`,
      );
      const repaired = await openLocalRuntime({ store: dir, matcher, repair: true });
      expect(await repaired.repository.knownIds(['any'])).toEqual(new Set());
      await repaired.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
