import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, fetch, type Response } from 'undici';
import { isIpLiteral, refusal, type AddressPolicy } from './address-policy.js';

export type FetchErrorCode = 'blocked' | 'scheme' | 'redirects' | 'too-large' | 'timeout' | 'status' | 'network';

/** A fetch that failed, with a reason an operator can act on. */
export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchedResource {
  /** 200-299, or 304 when the conditional GET found nothing new. */
  status: number;
  /** The URL after redirects. */
  url: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  /** The body after decompression (empty for 304). */
  body: Buffer;
}

/** The final response's status and headers, as it came (before a non-2xx status is thrown as a FetchError). */
export interface ResponseHead {
  status: number;
  url: string;
  header(name: string): string | null;
}

export interface ConditionalGet {
  etag?: string;
  lastModified?: string;
  accept?: string;
  /** Told of the final response, whatever its status: its Retry-After or Cache-Control say when to come back. */
  onResponse?: (head: ResponseHead) => void;
}

export interface GuardedFetchOptions extends AddressPolicy {
  userAgent?: string;
  connectTimeoutMs?: number;
  /** Longest wait for response headers, and between two chunks of the body. */
  idleTimeoutMs?: number;
  /** Longest a whole fetch, redirects included, may take: a slow drip ends here. */
  totalTimeoutMs?: number;
  /** Cap on the body after decompression: a gzip bomb ends here. */
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS for tests; the system resolver otherwise. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

export interface GuardedFetcher {
  fetch(url: string, conditional?: ConditionalGet): Promise<FetchedResource>;
  close(): Promise<void>;
}

export const DEFAULT_USER_AGENT = 'feedwatch/0.1 (news-watch feed reader)';

const systemResolve = (hostname: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/**
 * The connection's own DNS lookup, checked: every address a host resolves to
 * must pass the policy, and the socket connects to the address that was
 * checked, so a name cannot be re-pointed between the check and the connect.
 */
function guardedLookup(policy: AddressPolicy, resolve: (hostname: string) => Promise<LookupAddress[]>): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = addresses.map((a) => refusal(a.address, policy)).find((r) => r !== undefined);
        if (refused || addresses.length === 0) {
          const error = Object.assign(new Error(`refused to connect to ${hostname}: ${refused ?? 'no address'}`), {
            code: 'FEEDWATCH_BLOCKED',
          });
          return callback(error, '', 0);
        }
        const family = (options as { family?: number }).family;
        const usable = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
        if ((options as { all?: boolean }).all)
          return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
        const first = usable[0] ?? (addresses[0] as LookupAddress);
        callback(null, first.address, first.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

function causeCode(error: unknown): string | undefined {
  let e = error as { code?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth += 1) {
    if (e.code) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

function causeMessage(error: unknown): string {
  let e = error as { message?: string; cause?: unknown } | undefined;
  let message = String(e?.message ?? error);
  for (let depth = 0; e?.cause && depth < 5; depth += 1) {
    e = e.cause as typeof e;
    if (e?.message) message = e.message;
  }
  return message;
}

/** Reads a body up to `maxBytes` after decompression. */
async function readCapped(response: Response, url: string, maxBytes: number, abort: () => void): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // A declared length is of the encoded body; only an unencoded one can be refused up front.
  if (!response.headers.get('content-encoding') && declared > maxBytes) {
    abort();
    throw new FetchError('too-large', url, `${url} is ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    size += (chunk as Uint8Array).byteLength;
    if (size > maxBytes) {
      abort();
      throw new FetchError('too-large', url, `${url} is over the ${maxBytes}-byte cap after decompression`);
    }
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  return Buffer.concat(chunks, size);
}

/**
 * A fetch for URLs that operators type: http(s) only, at most five
 * redirects each checked again, no loopback, private, link-local, metadata or
 * other special addresses (after DNS resolution), connect and total timeouts,
 * and a cap on the decompressed body.
 */
export function createGuardedFetcher(options: GuardedFetchOptions = {}): GuardedFetcher {
  const policy: AddressPolicy = {
    allowPrivate: options.allowPrivate ?? false,
    allowAddresses: options.allowAddresses ?? [],
  };
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const totalTimeoutMs = options.totalTimeoutMs ?? 20_000;
  const idle = options.idleTimeoutMs ?? 10_000;
  const agent = new Agent({
    connect: {
      timeout: options.connectTimeoutMs ?? 5_000,
      lookup: guardedLookup(policy, options.resolve ?? systemResolve),
    },
    headersTimeout: idle,
    bodyTimeout: idle,
    connections: 16,
  });

  const checkUrl = (raw: string): URL => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchError('scheme', raw, `not a URL: ${raw}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchError('scheme', raw, `refused ${url.protocol} URL ${raw}: only http and https`);
    // A literal address never goes through DNS, so it is checked here.
    if (isIpLiteral(url.hostname)) {
      const why = refusal(url.hostname, policy);
      if (why) throw new FetchError('blocked', raw, `refused ${raw}: ${why}`);
    }
    return url;
  };

  const fetchGuarded = async (raw: string, conditional: ConditionalGet = {}): Promise<FetchedResource> => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new FetchError('timeout', raw, `${raw} took longer than ${totalTimeoutMs} ms`)),
      totalTimeoutMs,
    );
    try {
      let url = checkUrl(raw);
      for (let hop = 0; ; hop += 1) {
        const headers: Record<string, string> = {
          'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
          accept: conditional.accept ?? '*/*',
          'accept-encoding': 'gzip, deflate, br',
        };
        // Validators belong to the URL they came from: only the first request carries them.
        if (hop === 0 && conditional.etag) headers['if-none-match'] = conditional.etag;
        if (hop === 0 && conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
        let response: Response;
        try {
          response = await fetch(url, { dispatcher: agent, redirect: 'manual', headers, signal: controller.signal });
        } catch (error) {
          if (controller.signal.aborted) throw controller.signal.reason;
          const code = causeCode(error);
          if (code === 'FEEDWATCH_BLOCKED') throw new FetchError('blocked', url.href, causeMessage(error));
          if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT')
            throw new FetchError('timeout', url.href, `${url.href}: ${causeMessage(error)}`);
          throw new FetchError('network', url.href, `${url.href}: ${causeMessage(error)}`);
        }
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          await response.body?.cancel().catch(() => undefined);
          const location = response.headers.get('location');
          if (!location)
            throw new FetchError(
              'status',
              url.href,
              `${url.href} redirected (${response.status}) without a Location`,
              response.status,
            );
          if (hop >= maxRedirects)
            throw new FetchError('redirects', raw, `${raw}: more than ${maxRedirects} redirects`);
          url = checkUrl(new URL(location, url).href);
          continue;
        }
        const received = response.headers;
        conditional.onResponse?.({ status: response.status, url: url.href, header: (name) => received.get(name) });
        const meta = {
          url: url.href,
          ...(response.headers.get('etag') ? { etag: response.headers.get('etag') as string } : {}),
          ...(response.headers.get('last-modified')
            ? { lastModified: response.headers.get('last-modified') as string }
            : {}),
          ...(response.headers.get('content-type')
            ? { contentType: response.headers.get('content-type') as string }
            : {}),
        };
        if (response.status === 304) {
          await response.body?.cancel().catch(() => undefined);
          return { status: 304, ...meta, body: Buffer.alloc(0) };
        }
        if (response.status < 200 || response.status >= 300) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchError('status', url.href, `${url.href} answered HTTP ${response.status}`, response.status);
        }
        try {
          const body = await readCapped(response, url.href, maxBytes, () => controller.abort());
          return { status: response.status, ...meta, body };
        } catch (error) {
          if (error instanceof FetchError) throw error;
          if (controller.signal.aborted) throw controller.signal.reason;
          const code = causeCode(error);
          if (code === 'UND_ERR_BODY_TIMEOUT')
            throw new FetchError('timeout', url.href, `${url.href}: body stalled for ${idle} ms`);
          throw new FetchError('network', url.href, `${url.href}: ${causeMessage(error)}`);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  };

  return { fetch: fetchGuarded, close: () => agent.close() };
}
