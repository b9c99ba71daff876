/** Who is asking, for the User-Agent every request carries. */
export interface UserAgentConfig {
  /** The deployment's name, e.g. "newsdesk-eu". */
  deployment: string;
  /** Where a site owner can reach the operators: an email address or an http(s) URL. */
  contact: string;
  version?: string;
}

// Parentheses and semicolons structure the header's comment; control characters would end the header.
const clean = (text: string): string =>
  text
    .replace(/[\u0000-\u001f\u007f()\\;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * "feedwatch/0.1 (+mailto:desk@example.org; deployment newsdesk-eu)": the
 * product, and a way for a site's owner to reach the people polling it.
 */
export function userAgent(config: UserAgentConfig): string {
  const deployment = clean(config.deployment);
  const contact = clean(config.contact);
  if (!deployment) throw new RangeError('user agent: the deployment needs a name');
  let link: string;
  if (/^https?:\/\/\S+$/i.test(contact)) link = contact;
  else if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) link = `mailto:${contact}`;
  else throw new RangeError(`user agent: contact must be an email address or an http(s) URL, not "${config.contact}"`);
  const version = config.version ? `/${clean(config.version).replace(/\s/g, '')}` : '';
  return `feedwatch${version} (+${link}; deployment ${deployment})`;
}
