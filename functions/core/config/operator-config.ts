import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { OUTLET_PROFILES } from '../html/outlet-profiles.js';

/*
 * The operator config: one schema for synthesis, the command line and the
 * Lambdas. zod's mini build keeps it small enough for the functions' bundles
 * (`npm run bench` prints their sizes).
 */

// The mini build carries no messages of its own: English ones name what is wrong with a field.
z.config(en());

const Name = z.string().check(z.trim(), z.minLength(1));

const Feed = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  profile: z.optional(z.enum(OUTLET_PROFILES)),
  /** The outlet's name, when the feed's own title is not it. */
  outlet: z.optional(z.string().check(z.minLength(1))),
});

/** A feed to poll; its pages' profile is chosen by chooseProfile when it names none. */
export type FeedConfig = z.output<typeof Feed>;

/** A name to watch, or a name with extra spellings of one's own. */
const Watch = z.union([
  Name,
  z.strictObject({
    name: Name,
    aliases: z._default(z.array(Name), []),
  }),
]);

export const DELIVERIES = ['immediate', 'hourly', 'daily', 'weekly'] as const;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

const Subscriber = z.strictObject({
  email: z.email({ error: 'must be an email address' }),
  /** Anything a watch takes: names in any spelling, own aliases, governorates, radii. */
  watches: z.array(Watch).check(z.minLength(1, 'must name at least one watch')),
  /** As it happens, or one digest an hour, a day or a week. */
  delivery: z._default(z.enum(DELIVERIES), 'immediate'),
  /** The UTC time of day a daily or weekly digest goes out. */
  at: z._default(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a UTC time such as "07:00"')), '07:00'),
  /** The day a weekly digest goes out. */
  day: z._default(z.enum(WEEKDAYS), 'monday'),
});

/** "3 days", "12 hours": how old an item may be and still be alerted by a poll. */
const Age = z
  .string()
  .check(z.regex(/^[1-9]\d* (minute|minutes|hour|hours|day|days)$/, 'must read like "3 days" or "12 hours"'));

/** "15 minutes", "1 hour": what an EventBridge rate() takes. */
const PollRate = z
  .string()
  .check(z.regex(/^[1-9]\d* (minute|minutes|hour|hours|day|days)$/, 'must read like "15 minutes" or "1 hour"'));

/** When feeds are checked: bounds on each feed's own interval, and the failures in a row that disable one. */
const Schedule = z.strictObject({
  /** No feed is checked more often (default 5 minutes). */
  minInterval: z.optional(PollRate),
  /** No feed waits longer (default 1 day). */
  maxInterval: z.optional(PollRate),
  /** Failures in a row that disable a feed, with a notice to the operators (default 11). */
  disableAfter: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});

export const OperatorConfigSchema = z.strictObject({
  feeds: z.array(Feed).check(z.minLength(1, 'must list at least one feed')),
  /** Names to watch; omitted: every place and actor the lexicon knows. */
  watches: z.optional(z.array(Watch)),
  subscribers: z._default(z.array(Subscriber), []),
  pollRate: z._default(PollRate, '15 minutes'),
  /** A polled item older than this is stored, not alerted: a feed's first poll does not flood the inbox. */
  maxAlertAge: z._default(Age, '3 days'),
  /** Addresses the operators' alarms go to. */
  alarmEmails: z._default(z.array(z.email({ error: 'must be an email address' })), []),
  /** Each feed's schedule (its defaults are in schedule-settings.ts); pollRate is a new feed's interval. */
  schedule: z.optional(Schedule),
  /** The deployment's name, in the User-Agent every request carries. */
  deployment: z.optional(Name),
  /** Where a site's owner reaches the operators (email or http(s) URL), in the User-Agent; omitted: none is named. */
  contact: z.optional(
    z.union([
      z.email({ error: 'must be an email address or an http(s) URL' }),
      z.url({ protocol: /^https?$/, error: 'must be an email address or an http(s) URL' }),
    ]),
  ),
});

export type OperatorConfig = z.output<typeof OperatorConfigSchema>;
export type SubscriberConfig = OperatorConfig['subscribers'][number];
export type Delivery = SubscriberConfig['delivery'];

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** An age typed on the command line ("3 days"), in milliseconds; ConfigError when it does not read as one. */
export function parseAge(text: string, option: string): number {
  const result = Age.safeParse(text.trim());
  if (!result.success) throw new ConfigError(`${option} must read like "3 days" or "12 hours", not "${text}"`);
  return durationMs(result.data);
}

/** "15 minutes", "3 days" in milliseconds (the schema has checked the form). */
export function durationMs(text: string): number {
  const [count = '0', unit = 'minute'] = text.split(' ');
  return Number(count) * UNIT_MS[unit.replace(/s$/, '') as keyof typeof UNIT_MS];
}

/** A config that does not hold: the message names the field. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function path(issue: z.core.$ZodIssue): string {
  return issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates an operator config; a bad one throws ConfigError naming each bad field. */
export function parseOperatorConfig(value: unknown, source = 'operator config'): OperatorConfig {
  const result = OperatorConfigSchema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((i) => `${path(i) || '(top level)'}: ${i.message}`);
  throw new ConfigError(`${source} is not valid:\n  ${problems.join('\n  ')}`);
}

/** The default: the two outlets of the seeds, every known watch, no subscribers. */
export const DEFAULT_OPERATOR_CONFIG: OperatorConfig = parseOperatorConfig({
  feeds: [
    { url: 'https://www.globalresearch.ca/feed', profile: 'global-research', outlet: 'Global Research' },
    { url: 'https://www.mondialisation.ca/feed', profile: 'global-research', outlet: 'Mondialisation.ca' },
  ],
});
