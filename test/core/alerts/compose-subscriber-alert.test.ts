import { describe, expect, it } from 'vitest';
import { SUBJECT_LIMIT, TEXT_BYTE_LIMIT } from '../../../functions/core/alerts/compose-alert.js';
import { composeSubscriberAlert } from '../../../functions/core/alerts/compose-subscriber-alert.js';
import { parseOperatorConfig } from '../../../functions/core/config/operator-config.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { resolveSubscribers } from '../../../functions/core/subscribers/resolve-subscribers.js';
import { routeHits } from '../../../functions/core/subscribers/route-hits.js';
import { matchArticle, type WatchHit } from '../../../functions/core/watches/match-article.js';
import { seed } from '../../support/seeds.js';

// The default watch list plus two subscribers: the case of the issue, where seed 003's Deir Ezzor was block 17 of 35.
const { watches, subscribers } = resolveSubscribers(
  parseOperatorConfig({
    feeds: [{ url: 'https://www.globalresearch.ca/feed' }],
    subscribers: [
      { email: 'desk@example.org', watches: ['Deir Ezzor'] },
      { email: 'analyst@example.org', watches: ['Dayr az-Zawr', 'ISIS', 'Raqqa +50km'] },
    ],
  }),
);
const article = parseNormalForm(seed(3));
const hits = matchArticle(article, watches.matcher);
const routes = routeHits(hits, subscribers);
const origin = { file: 'seeds/003_693eac78bcb9ac7e.txt' };
const [desk, analyst] = routes.map((route) => composeSubscriberAlert(article, route, origin, ['Mondialisation.ca']));

describe('composeSubscriberAlert on seed 003 for a Deir Ezzor subscriber', () => {
  it('starts the subject with their watch, then the title, ASCII and under 100 characters', () => {
    expect(desk?.subject).toBe(
      'Deir Ezzor: Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State...',
    );
    expect(desk?.subject.length).toBeLessThan(SUBJECT_LIMIT);
  });

  it('leads the body with their watch, the spelling found and its sentence', () => {
    const lead =
      '* Deir Ezzor (place): "Deir Ezzor" in paragraph 4, 7 mentions\n' +
      '  > The liberation of Maskanah also opens additional opportunities for operations against ISIS in the provinces of Homs and Deir Ezzor.\n\n' +
      'Also mentions: ISIS, Syrian Arab Army, Maskanah, Palmyra, Raqqa, Raqqa +50km, Tiger Forces, Aleppo, Khanasser, 137th Base and 24 more.\n\nVideo: ISIS Maskanah Str';
    expect(desk?.text.slice(0, lead.length)).toBe(lead);
  });

  it('then says what the article is and where to read it, and the other outlets that carried it', () => {
    expect(desk?.text).toContain(
      '\n\nVideo: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against Islamic State in Raqqa Province\n' +
        'Global Research, 2017-06-06\n' +
        'By South Front\n' +
        'Original source: South Front, 2017-06-05\n' +
        'Link: seeds/003_693eac78bcb9ac7e.txt\n\n' +
        'Also in: Mondialisation.ca\n\n' +
        '--\nfeedwatch alert for desk@example.org, who follows Deir Ezzor. Article 7e640f3de528a5df.\n',
    );
  });

  it('carries exactly the SNS attributes their subscription filters on', () => {
    expect(desk?.attributes).toEqual({
      subscriber: { DataType: 'String', StringValue: '0c2074a87dae90ee' },
      watches: { DataType: 'String.Array', StringValue: '["Deir Ezzor"]' },
    });
    expect(desk).toMatchObject({ articleId: article.id, subscriber: 'desk@example.org', watches: ['Deir Ezzor'] });
  });
});

describe('composeSubscriberAlert for a subscriber with three watches', () => {
  it('names the first two and "+1", the most mentioned first', () => {
    expect(analyst?.watches).toEqual(['ISIS', 'Deir Ezzor', 'Raqqa +50km']);
    expect(analyst?.subject).toBe(
      'ISIS, Deir Ezzor +1: Video: ISIS Maskanah Stronghold Liberated, Syrian Army Moves against...',
    );
  });

  it('shows the place a radius watch was found by', () => {
    expect(analyst?.text).toContain(
      '* Raqqa +50km (place): "Raqqa Province" (as Raqqa province) in the title, 3 mentions\n',
    );
  });

  it('does not repeat their own watches among the others', () => {
    const others = /Also mentions: (.*)\n/.exec(analyst?.text ?? '')?.[1] ?? '';
    expect(others.startsWith('Syrian Arab Army, Maskanah, Palmyra, Raqqa, ')).toBe(true);
    expect(others).not.toMatch(/\b(ISIS|Deir Ezzor)\b/);
  });
});

describe('composeSubscriberAlert, the edges', () => {
  const one: WatchHit = { ...(hits.find((h) => h.watch === 'Deir Ezzor') as WatchHit) };
  const route = { subscriber: { email: 'desk@example.org', id: '0c2074a87dae90ee', watches: new Set(['Deir Ezzor']) } };

  it("links the article's own URL before the file, and leaves out the line of other watches when there are none", () => {
    const withUrl = { ...article, url: 'https://www.globalresearch.ca/video-isis-maskanah/5594020' };
    const { text } = composeSubscriberAlert(withUrl, { ...route, own: [one], others: [] }, origin);
    expect(text).toContain('Link: https://www.globalresearch.ca/video-isis-maskanah/5594020\n');
    expect(text).not.toContain('Also mentions');
    expect(text).not.toContain('Also in');
  });

  it("names no copy at the article's own outlet, and each outlet once", () => {
    const { text } = composeSubscriberAlert(article, { ...route, own: [one], others: [] }, origin, [
      'Global Research',
      'Mondialisation.ca',
      'Mondialisation.ca',
      '',
    ]);
    expect(text).toContain('\nAlso in: Mondialisation.ca\n');
  });

  it('counts the watches whose sentences would pass the size SNS sends', () => {
    const long = Array.from({ length: 40 }, (_, i) => ({ ...one, watch: `W${i}`, sentence: 'x'.repeat(8000) }));
    const many = { ...route, subscriber: { ...route.subscriber, watches: new Set(long.map((h) => h.watch)) } };
    const { text } = composeSubscriberAlert(article, { ...many, own: long, others: [] }, origin);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(TEXT_BYTE_LIMIT);
    expect(text).toMatch(/\n\.\.\. and 1[0-9] more of your watches\.\n/);
  });
});
