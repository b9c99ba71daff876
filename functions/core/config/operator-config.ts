import { z } from 'zod';
import { OUTLET_PROFILES } from '../html/outlet-profiles.js';

const Feed = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  profile: z.enum(OUTLET_PROFILES).optional(),
  /** The outlet's name, when the feed's own title is not it. */
  outlet: z.string().min(1).optional(),
});

const Subscriber = z.strictObject({
  email: z.email({ error: 'must be an email address' }),
  watches: z.array(z.string().trim().min(1)).min(1, 'must name at least one watch'),
});

const Watch = z.union([
  z.string().trim().min(1),
  z.strictObject({
    name: z.string().trim().min(1),
    /** The subscriber's own extra spellings. */
    aliases: z.array(z.string().trim().min(1)).default([]),
  }),
]);

/** "15 minutes", "1 hour": what an EventBridge rate() takes. */
const PollRate = z
  .string()
  .regex(/^[1-9]\d* (minute|minutes|hour|hours|day|days)$/, 'must read like "15 minutes" or "1 hour"');

export const OperatorConfigSchema = z.strictObject({
  feeds: z.array(Feed).min(1, 'must list at least one feed'),
  /** Names to watch; omitted: every place and actor the lexicon knows. */
  watches: z.array(Watch).optional(),
  subscribers: z.array(Subscriber).default([]),
  pollRate: PollRate.default('15 minutes'),
  /** Addresses the operators' alarms go to. */
  alarmEmails: z.array(z.email({ error: 'must be an email address' })).default([]),
});

export type OperatorConfig = z.infer<typeof OperatorConfigSchema>;
export type FeedConfig = z.infer<typeof Feed>;

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
  if (result.success) return result.data;
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
