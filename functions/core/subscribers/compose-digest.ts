import { alertSubject, byteLength, TEXT_BYTE_LIMIT } from '../alerts/compose-alert.js';
import { leadNames, listNames } from '../alerts/lead-names.js';
import {
  attributesByteLength,
  SNS_MESSAGE_BYTES,
  type SnsMessageAttributes,
  snsAttributes,
} from '../alerts/sns-attributes.js';
import type { DigestEntry } from './digest-entry.js';
import type { DigestPeriod } from './digest-period.js';
import type { ResolvedSubscriber } from './resolve-subscribers.js';
import { fitBlocks } from '../alerts/fit-blocks.js';

/** One subscriber's digest for one period. */
export interface DigestMessage {
  subscriber: string;
  subscriberId: string;
  /** The period's key: what the ledger records as sent. */
  period: string;
  /** Their watches the stories name, the most frequent first. */
  watches: string[];
  subject: string;
  text: string;
  /** Exactly the SNS MessageAttributes: `subscriber` (their id) and `watches` (String.Array). */
  attributes: SnsMessageAttributes;
  /** Every entry's article id this message accounts for, listed or counted in "and N more": mark them sent. */
  ids: string[];
}

/**
 * Each story once: its first entry, naming the outlets of the copies queued
 * with it. A copy whose first entry is not among these went out before (in an
 * earlier digest, or as an alert when the subscriber took them as they came):
 * it is not listed again.
 */
function oneEntryPerStory(entries: readonly DigestEntry[]): { entry: DigestEntry; ids: string[] }[] {
  const stories = new Map<string, { entry: DigestEntry; ids: string[] }>();
  const byQueueTime = [...entries].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  for (const e of byQueueTime)
    if (!e.copy && !stories.has(e.storyId))
      stories.set(e.storyId, { entry: { ...e, also: [...e.also] }, ids: [e.articleId] });
  for (const e of byQueueTime) {
    const known = stories.get(e.storyId);
    if (!known || known.ids.includes(e.articleId)) continue;
    known.ids.push(e.articleId);
    for (const outlet of [e.outlet, ...e.also])
      if (outlet && outlet !== known.entry.outlet && !known.entry.also.includes(outlet)) known.entry.also.push(outlet);
  }
  return [...stories.values()];
}

/** Most mentions first; then the newest; then the first queued. */
function byMentions(a: DigestEntry, b: DigestEntry): number {
  return b.mentions - a.mentions || b.published.localeCompare(a.published) || a.queuedAt.localeCompare(b.queuedAt);
}

/** Their watches across the stories, those named by the most stories first. */
function watchesNamed(entries: readonly DigestEntry[]): string[] {
  const stories = new Map<string, number>();
  for (const e of entries) for (const w of e.watches) stories.set(w, (stories.get(w) ?? 0) + 1);
  return [...stories.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

const minute = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

function periodLabel(delivery: ResolvedSubscriber['delivery'], period: DigestPeriod): string {
  if (delivery === 'hourly') return `hourly digest, ${minute(period.start)}-${period.end.slice(11, 16)} UTC`;
  if (delivery === 'weekly') return `weekly digest, ${period.start.slice(0, 10)} to ${period.end.slice(0, 10)}`;
  return `${delivery} digest, ${period.end.slice(0, 10)}`;
}

function storyBlock(n: number, e: DigestEntry): string {
  const lines = [`${n}. ${e.title || '(untitled)'}`];
  const dateline = [e.outlet, e.published].filter(Boolean).join(', ');
  if (dateline) lines.push(`   ${dateline}`);
  const [lead, ...rest] = e.watches;
  const spelled = lead && e.found && e.found !== lead ? `${lead} ("${e.found}")` : (lead ?? '');
  lines.push(`   ${[spelled, ...rest].join(', ')}: ${e.mentions} ${e.mentions === 1 ? 'mention' : 'mentions'}`);
  if (e.sentence) lines.push(`   > ${e.sentence}`);
  if (e.url) lines.push(`   Link: ${e.url}`);
  if (e.also.length > 0) lines.push(`   Also in: ${e.also.join(', ')}`);
  return `${lines.join('\n')}\n\n`;
}

/**
 * One subscriber's digest for a period: each story once, the most mentioned
 * first, each with its title, outlet, date, their watches with the sentence
 * around the first, and a link; cut to what SNS can send with "and N more".
 * A period with no story (none queued, or only copies of stories sent
 * before) gives no message.
 */
export function composeDigest(
  subscriber: Pick<ResolvedSubscriber, 'email' | 'id' | 'watches' | 'delivery'>,
  entries: readonly DigestEntry[],
  period: DigestPeriod,
): DigestMessage | undefined {
  const stories = oneEntryPerStory(entries).sort((a, b) => byMentions(a.entry, b.entry));
  if (stories.length === 0) return undefined;
  const watches = watchesNamed(stories.map((s) => s.entry));
  const count = `${stories.length} new ${stories.length === 1 ? 'story' : 'stories'}`;
  const label = periodLabel(subscriber.delivery, period);
  const subject = alertSubject(leadNames(watches), { title: `${count}, ${label}`, outlet: '' });
  const attributes = snsAttributes({ subscriber: subscriber.id, watches });

  const intro = `${count} on your watches from ${minute(period.start)} to ${minute(period.end)} UTC, the most mentioned first.\n\n`;
  const footer = `--\nfeedwatch ${subscriber.delivery} digest for ${subscriber.email}, who follows ${listNames([...subscriber.watches], 3)}.\n`;
  const budget =
    Math.min(TEXT_BYTE_LIMIT, SNS_MESSAGE_BYTES - attributesByteLength(attributes) - byteLength(subject)) -
    byteLength(intro) -
    byteLength(footer);
  const body = fitBlocks(
    stories.map((story, i) => storyBlock(i + 1, story.entry)),
    budget,
    (left) => `... and ${left} more ${left === 1 ? 'story' : 'stories'}, too many for one message.\n\n`,
  );

  return {
    subscriber: subscriber.email,
    subscriberId: subscriber.id,
    period: period.key,
    watches,
    subject,
    text: intro + body + footer,
    attributes,
    ids: stories.flatMap((s) => s.ids),
  };
}
