/**
 * The one record every ingested article becomes, whether it came from a seed
 * file or an outlet's page. Text fields hold plain text: the normal form's
 * link and emphasis markup is read, not kept.
 */
export interface Article {
  /** Stable id: from the canonical URL when there is one, else from outlet, title and date. */
  id: string;
  url: string;
  title: string;
  authors: string[];
  outlet: string;
  /** ISO date (YYYY-MM-DD), or '' when the page does not say. */
  published: string;
  source: string;
  sourcePublished: string;
  /** Language of the page's chrome ('fr' on Mondialisation.ca even when the body is English). */
  language: 'en' | 'fr';
  region: string[];
  themes: string[];
  dossiers: string[];
  lede: string;
  /** Paragraphs of the article's own text, repaired for matching. */
  body: string[];
  /** Trailer and page chrome, kept verbatim and never matched. */
  boilerplate: string[];
  /** Which of the two normal-form shapes the text had. */
  shape: 'marked' | 'plain';
}

/** Where an article came from, for ids, alerts and the command line. */
export interface ArticleOrigin {
  /** The seed file or fetched page's path, when it came from a file. */
  file?: string;
  /** The article's canonical URL, when it came from the web. */
  url?: string;
}
