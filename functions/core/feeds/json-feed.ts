import { parseTimestamp } from '../normal-form/parse-date.js';
import { canonicalUrl } from './canonical-url.js';
import type { FeedEntry } from './read-entry.js';

const firstString = (...values: unknown[]): string | undefined => {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
};

/** JSON Feed 1.x (jsonfeed.org); undefined when the text is not one. */
export function readJsonFeed(
  text: string,
  feedUrl: string,
): { title: string; updated?: string; entries: FeedEntry[] } | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof doc !== 'object' || doc === null) return undefined;
  const { version, title, items } = doc as { version?: unknown; title?: unknown; items?: unknown };
  if (typeof version !== 'string' || !version.includes('jsonfeed.org') || !Array.isArray(items)) return undefined;
  const entries: FeedEntry[] = [];
  for (const raw of items as unknown[]) {
    if (typeof raw !== 'object' || raw === null) continue;
    const item = raw as Record<string, unknown>;
    const link = firstString(item['url'], item['external_url']);
    const id = firstString(item['id'], typeof item['id'] === 'number' ? String(item['id']) : undefined);
    const url = canonicalUrl(link ?? (id && /^https?:\/\//i.test(id) ? id : ''), feedUrl);
    const published = parseTimestamp(firstString(item['date_published']) ?? '');
    const updated = parseTimestamp(firstString(item['date_modified']) ?? '');
    const summary = firstString(item['summary']);
    const content = firstString(item['content_html'], item['content_text']);
    entries.push({
      ...(url ? { url } : {}),
      ...(id ? { id } : {}),
      title: firstString(item['title']) ?? '',
      ...(published ? { published } : {}),
      ...(updated ? { updated } : {}),
      ...(summary ? { summary } : {}),
      ...(content ? { content } : {}),
    });
  }
  return { title: firstString(title) ?? '', entries };
}
