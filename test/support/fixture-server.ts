import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A hostile-and-friendly web on a loopback address: feeds with ETags,
 * outlet pages, redirects, slow drips, oversized and compressed bodies, wrong
 * charsets and server errors. 127.0.0.2, so that a redirect to 127.0.0.1 is
 * a different address. Counts the requests each path gets.
 */
export interface FixtureServer {
  base: string;
  host: string;
  hits: Map<string, number>;
  /** Replace or add a route. */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

const GZIP_BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));

export function rssFeed(
  base: string,
  items: { path: string; title: string; date?: string; description?: string }[],
  title = 'Global Research',
): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${base}${i.path}</link><pubDate>${i.date ?? 'Sat, 03 Jun 2017 10:00:00 +0000'}</pubDate>${
          i.description ? `<description><![CDATA[${i.description}]]></description>` : ''
        }</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link><description>d</description>\n${entries}\n</channel></rss>\n`;
}

export async function startFixtureServer(host = '127.0.0.2'): Promise<FixtureServer> {
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://${host}:${port}`;

  const page =
    (file: string, contentType = 'text/html; charset=utf-8') =>
    (_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': contentType }).end(readFileSync(join(FIXTURES, file)));
    };
  routes.set('/gr/seed-002', page('global-research/seed-002-en.html'));
  routes.set('/gr/seed-000', page('global-research/seed-000-fr.html'));
  routes.set('/gr/feed', (req, res) => {
    const etag = '"gr-feed-v1"';
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag,
        'last-modified': 'Sat, 03 Jun 2017 12:00:00 GMT',
      })
      .end(
        rssFeed(base, [
          {
            path: '/gr/seed-002',
            title: 'Breaking: ISIS Retreat, Syrian Army Advances in Eastern Aleppo and Southeastern Desert',
          },
          {
            path: '/gr/seed-000?utm_source=rss#comments',
            title: 'Syria and Iraq: The ISIS Terror Group Launches Full Scale Advance',
          },
          {
            path: '/gone',
            title: 'A story whose page is gone',
            description: '<p>Fighting was reported near Deir ez-Zor on Friday.</p>',
          },
        ]),
      );
  });
  // The same story as /gr/feed's first item, in a second feed.
  routes.set('/other/feed', (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(
        rssFeed(base, [{ path: '/gr/seed-002?utm_medium=feed', title: 'Breaking: ISIS Retreat' }], 'Another outlet'),
      );
  });
  for (let n = 1; n <= 7; n += 1) {
    routes.set(`/redirect/${n}`, (_req, res) =>
      res.writeHead(302, { location: n === 1 ? '/gr/feed' : `/redirect/${n - 1}` }).end(),
    );
  }
  routes.set('/redirect-to', (req, res) => {
    const target = new URL(req.url ?? '/', base).searchParams.get('target') ?? '/';
    res.writeHead(301, { location: target }).end();
  });
  routes.set('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => res.write('<p>drip</p>'), 200);
    res.on('close', () => clearInterval(timer));
  });
  routes.set('/big', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.alloc(8 * 1024 * 1024, 0x61));
  });
  routes.set('/bomb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(GZIP_BOMB);
  });
  const frenchBytes = Buffer.concat([
    Buffer.from('<html><head><title>t</title></head><body><h1>L'),
    Buffer.from([0x92]),
    Buffer.from('arm'),
    Buffer.from([0xe9]),
    Buffer.from('e</h1></body></html>'),
  ]);
  routes.set('/cp1252-header', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(frenchBytes),
  );
  routes.set('/cp1252-meta', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), frenchBytes])),
  );
  routes.set('/cp1252-wrong-header', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(Buffer.from('<html><body><h1>L’armée</h1></body></html>', 'utf8')),
  );
  routes.set('/latin1-feed', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
      .end(
        Buffer.concat([
          Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Caf'),
          Buffer.from([0xe9]),
          Buffer.from(' d'),
          Buffer.from([0x92]),
          Buffer.from('Alep</title></channel></rss>'),
        ]),
      ),
  );
  routes.set('/500', (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'));
  routes.set('/html-as-feed', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end('<!DOCTYPE html><html><body><p>Not a feed</p></body></html>'),
  );

  return {
    base,
    host,
    hits,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
