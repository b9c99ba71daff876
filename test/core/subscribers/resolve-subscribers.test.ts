import { describe, expect, it } from 'vitest';
import { ConfigError, OperatorConfigSchema } from '../../../functions/core/config/operator-config.js';
import { parseNormalForm } from '../../../functions/core/normal-form/parse-normal-form.js';
import { resolveSubscribers } from '../../../functions/core/subscribers/resolve-subscribers.js';
import { DEFAULT_WATCHES } from '../../../functions/core/watches/default-lexicon.js';
import { matchArticle } from '../../../functions/core/watches/match-article.js';
import { seed } from '../../support/seeds.js';

const feeds = [{ url: 'https://www.globalresearch.ca/feed' }];

describe('resolveSubscribers', () => {
  it('gives each subscriber the canonical names of their watches, in any spelling, and their pace', () => {
    const { subscribers } = resolveSubscribers(
      OperatorConfigSchema.parse({
        feeds,
        subscribers: [
          { email: 'desk@example.org', watches: ['Dayr az-Zawr', 'Raqqa + 50 km'] },
          {
            email: 'analyst@example.org',
            watches: ['ISIS', { name: 'Manbij', aliases: ['Menbij'] }],
            delivery: 'weekly',
            at: '06:30',
            day: 'friday',
          },
        ],
      }),
    );
    expect(subscribers).toEqual([
      {
        email: 'desk@example.org',
        id: '0c2074a87dae90ee',
        watches: new Set(['Deir Ezzor', 'Raqqa +50km']),
        delivery: 'immediate',
        at: '07:00',
        day: 'monday',
      },
      {
        email: 'analyst@example.org',
        id: '7ee4dae1cba17bf6',
        watches: new Set(['ISIS', 'Manbij']),
        delivery: 'weekly',
        at: '06:30',
        day: 'friday',
      },
    ]);
  });

  it("watches a subscriber's name that the operator's list lacks, for them all the same", () => {
    const { watches, subscribers } = resolveSubscribers(
      OperatorConfigSchema.parse({
        feeds,
        watches: ['ISIS'],
        subscribers: [{ email: 'desk@example.org', watches: ['Deir Ezzor'] }],
      }),
    );
    expect(watches.selection.watched).toEqual(['ISIS', 'Deir Ezzor']);
    const hits = matchArticle(parseNormalForm(seed(3)), watches.matcher).map((h) => h.watch);
    expect(hits).toEqual(['ISIS', 'Deir Ezzor']);
    expect([...(subscribers[0]?.watches ?? [])]).toEqual(['Deir Ezzor']);
  });

  it('adds every subscriber to the default list when the operator names no watches, with no cap on names', () => {
    const many = DEFAULT_WATCHES.slice(0, 200);
    const { watches, subscribers } = resolveSubscribers(
      OperatorConfigSchema.parse({
        feeds,
        subscribers: [{ email: 'desk@example.org', watches: [...many, 'Qasr al-Hayr'] }],
      }),
    );
    expect(subscribers[0]?.watches.size).toBe(201);
    expect(watches.selection.watched).toContain('Qasr al-Hayr');
    expect(watches.selection.watched.length).toBeGreaterThan(DEFAULT_WATCHES.length - 1);
  });

  it("makes a subscriber's own spelling match", () => {
    const { watches } = resolveSubscribers(
      OperatorConfigSchema.parse({
        feeds,
        watches: ['ISIS'],
        subscribers: [{ email: 'desk@example.org', watches: [{ name: 'Manbij', aliases: ['Menbidj'] }] }],
      }),
    );
    const article = { ...parseNormalForm(seed(3)), body: ['Fighting went on near Menbidj on Sunday.'] };
    expect(matchArticle(article, watches.matcher).map((h) => [h.watch, h.found])).toEqual([
      ['ISIS', 'ISIS'],
      ['Manbij', 'Menbidj'],
    ]);
  });

  it('refuses an address listed twice, naming both entries', () => {
    const config = OperatorConfigSchema.parse({
      feeds,
      subscribers: [
        { email: 'desk@example.org', watches: ['ISIS'] },
        { email: 'Desk@Example.org', watches: ['Raqqa'], delivery: 'daily' },
      ],
    });
    expect(() => resolveSubscribers(config)).toThrow(ConfigError);
    expect(() => resolveSubscribers(config)).toThrow(
      'subscribers[1].email: Desk@Example.org is listed already (subscribers[0])',
    );
  });

  it('refuses a watch with nothing to match', () => {
    const config = OperatorConfigSchema.parse({
      feeds,
      subscribers: [{ email: 'desk@example.org', watches: ['ISIS', '!!!'] }],
    });
    expect(() => resolveSubscribers(config)).toThrow(
      'subscribers[0].watches[1]: "!!!" has no letters or digits to match',
    );
  });

  it('gives no subscribers for the default config', () => {
    expect(resolveSubscribers(OperatorConfigSchema.parse({ feeds })).subscribers).toEqual([]);
  });
});
