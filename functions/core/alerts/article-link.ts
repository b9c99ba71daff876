import type { Article, ArticleOrigin } from '../article.js';

/**
 * Where a reader finds the article: the page it was fetched from, else the
 * article's own URL (a seed file usually names it), else the file it came
 * from; '' when nothing says.
 */
export function articleLink(article: Pick<Article, 'url'>, origin: ArticleOrigin = {}): string {
  return origin.url || article.url || origin.file || '';
}
