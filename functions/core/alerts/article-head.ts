import type { Article, ArticleOrigin } from '../article.js';
import { articleLink } from './article-link.js';

/** Title, outlet and date, authors, original source and link: the lines that say what an article is. */
export function articleHead(
  article: Pick<Article, 'title' | 'outlet' | 'published' | 'authors' | 'source' | 'sourcePublished' | 'url'>,
  origin: ArticleOrigin = {},
  linkLabel = 'Link',
): string[] {
  const head = [article.title || '(untitled)'];
  const dateline = [article.outlet, article.published].filter(Boolean).join(', ');
  if (dateline) head.push(dateline);
  if (article.authors.length > 0) head.push(`By ${article.authors.join(', ')}`);
  if (article.source)
    head.push(`Original source: ${[article.source, article.sourcePublished].filter(Boolean).join(', ')}`);
  const link = articleLink(article, origin);
  if (link) head.push(`${linkLabel}: ${link}`);
  return head;
}
