import { describe, expect, it } from 'vitest';
import { SUBJECT_LIMIT, TEXT_BYTE_LIMIT } from '../../../functions/core/alerts/compose-alert.js';
import { composeDigest } from '../../../functions/core/subscribers/compose-digest.js';
import type { DigestEntry } from '../../../functions/core/subscribers/digest-entry.js';
import { digestPeriod } from '../../../functions/core/subscribers/digest-period.js';

const desk = {
  email: 'desk@example.org',
  id: '0c2074a87dae90ee',
  watches: new Set(['Deir Ezzor', 'Raqqa +50km']),
  delivery: 'daily' as const,
};
const period = digestPeriod('daily', '07:00', 'monday', '2026-11-29T07:00:00Z');

const entry = (over: Partial<DigestEntry>): DigestEntry => ({
  storyId: 's1',
  articleId: 'a1',
  title: 'Army pushes east of Palmyra',
  outlet: 'Global Research',
  published: '2026-11-28',
  url: 'https://www.globalresearch.ca/army-pushes-east/1',
  watches: ['Deir Ezzor'],
  sentence: 'The road to Deir Ezzor is open again.',
  found: 'Deir Ezzor',
  mentions: 2,
  also: [],
  queuedAt: '2026-11-28T09:00:00.000Z',
  ...over,
});

describe('composeDigest', () => {
  const siege = entry({
    storyId: 's2',
    articleId: 'a2',
    title: 'Siege of Deir Ezzor: the airport holds',
    outlet: 'Mondialisation.ca',
    url: 'https://www.mondialisation.ca/siege/2',
    watches: ['Deir Ezzor', 'Raqqa +50km'],
    sentence: 'Shelling went on around Dayr az-Zawr airport through the night.',
    found: 'Dayr az-Zawr',
    mentions: 9,
    also: ['Global Research'],
    queuedAt: '2026-11-28T15:00:00.000Z',
  });
  const message = composeDigest(desk, [entry({}), siege], period);

  it('lists each story, the most mentioned first, with outlet, date, their watches, the sentence and the link', () => {
    expect(message?.text).toBe(
      '2 new stories on your watches from 2026-11-28 07:00 to 2026-11-29 07:00 UTC, the most mentioned first.\n\n' +
        '1. Siege of Deir Ezzor: the airport holds\n' +
        '   Mondialisation.ca, 2026-11-28\n' +
        '   Deir Ezzor ("Dayr az-Zawr"), Raqqa +50km: 9 mentions\n' +
        '   > Shelling went on around Dayr az-Zawr airport through the night.\n' +
        '   Link: https://www.mondialisation.ca/siege/2\n' +
        '   Also in: Global Research\n\n' +
        '2. Army pushes east of Palmyra\n' +
        '   Global Research, 2026-11-28\n' +
        '   Deir Ezzor: 2 mentions\n' +
        '   > The road to Deir Ezzor is open again.\n' +
        '   Link: https://www.globalresearch.ca/army-pushes-east/1\n\n' +
        '--\nfeedwatch daily digest for desk@example.org, who follows Deir Ezzor, Raqqa +50km.\n',
    );
  });

  it('leads the subject with their watches, then the count and the day', () => {
    expect(message?.subject).toBe('Deir Ezzor, Raqqa +50km: 2 new stories, daily digest, 2026-11-29');
  });

  it('carries their SNS attributes and the ids to mark sent', () => {
    expect(message?.attributes).toEqual({
      subscriber: { DataType: 'String', StringValue: '0c2074a87dae90ee' },
      watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor","Raqqa +50km"]' },
    });
    expect(message).toMatchObject({
      subscriber: 'desk@example.org',
      period: 'daily/2026-11-29T07:00Z',
      ids: ['a2', 'a1'],
    });
  });

  it('sends nothing for an empty period', () => {
    expect(composeDigest(desk, [], period)).toBeUndefined();
  });

  it('lists a story queued twice once, naming the other outlet, and marks both', () => {
    const copy = entry({
      articleId: 'a1-copy',
      outlet: 'Mondialisation.ca',
      copy: true,
      queuedAt: '2026-11-28T11:00:00.000Z',
    });
    const once = composeDigest(desk, [copy, entry({})], period);
    expect(once?.text).toContain('1 new story on your watches');
    expect(once?.text).toContain('1. Army pushes east of Palmyra\n   Global Research, 2026-11-28\n');
    expect(once?.text).toContain('   Also in: Mondialisation.ca\n');
    expect(once?.ids).toEqual(['a1', 'a1-copy']);
    expect(once?.subject).toBe('Deir Ezzor: 1 new story, daily digest, 2026-11-29');
  });

  it('does not list again a copy of a story that went out before', () => {
    const copy = entry({ articleId: 'a1-copy', outlet: 'Mondialisation.ca', copy: true });
    expect(composeDigest(desk, [copy], period)).toBeUndefined();
    const withOther = composeDigest(desk, [copy, siege], period);
    expect(withOther?.ids).toEqual(['a2']);
    expect(withOther?.text).not.toContain('Army pushes east');
  });

  it('puts the newer first among stories mentioned as often, and says "1 mention"', () => {
    const older = entry({ storyId: 'o', articleId: 'o', title: 'Older', published: '2026-11-20', mentions: 1 });
    const newer = entry({ storyId: 'n', articleId: 'n', title: 'Newer', published: '2026-11-28', mentions: 1 });
    const text = composeDigest(desk, [older, newer], period)?.text ?? '';
    expect(text.indexOf('1. Newer')).toBeGreaterThan(0);
    expect(text).toContain('2. Older\n   Global Research, 2026-11-20\n   Deir Ezzor: 1 mention\n');
  });

  it('cuts a flood to what SNS sends, with "and N more", and accounts for every story', () => {
    const flood = Array.from({ length: 400 }, (_, i) =>
      entry({
        storyId: `s${i}`,
        articleId: `a${i}`,
        sentence: `${'Deir Ezzor shelling. '.repeat(40)}${i}`,
        mentions: i,
      }),
    );
    const cut = composeDigest(desk, flood, period);
    const text = cut?.text ?? '';
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(TEXT_BYTE_LIMIT);
    const listed = (text.match(/^\d+\. /gm) ?? []).length;
    expect(listed).toBeGreaterThan(100);
    expect(listed).toBeLessThan(400);
    expect(text).toContain(`\n... and ${400 - listed} more stories, too many for one message.\n`);
    expect(text.startsWith('400 new stories')).toBe(true);
    expect(text).toContain(
      `1. Army pushes east of Palmyra\n   Global Research, 2026-11-28\n   Deir Ezzor: 399 mentions\n`,
    );
    expect(cut?.ids).toHaveLength(400);
  });

  it('names hourly and weekly periods by their span, in a subject under 100 ASCII characters', () => {
    const many = { ...desk, watches: new Set(['Deir Ezzor', 'Raqqa +50km', 'Hasakah']) };
    const three = entry({ watches: ['Deir Ezzor', 'Raqqa +50km', 'Hasakah'] });
    const hourly = digestPeriod('hourly', '07:00', 'monday', '2026-11-29T14:10:00Z');
    expect(composeDigest({ ...many, delivery: 'hourly' }, [three], hourly)?.subject).toBe(
      'Deir Ezzor, Raqqa +50km +1: 1 new story, hourly digest, 2026-11-29 13:00-14:00 UTC',
    );
    const weekly = digestPeriod('weekly', '07:00', 'monday', '2026-11-30T07:00:00Z');
    const subject = composeDigest({ ...many, delivery: 'weekly' }, [three], weekly)?.subject ?? '';
    expect(subject).toBe('Deir Ezzor, Raqqa +50km +1: 1 new story, weekly digest, 2026-11-23 to 2026-11-30');
    expect(subject.length).toBeLessThan(SUBJECT_LIMIT);
  });
});
