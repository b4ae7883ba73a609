/** A small static file server over plain http on localhost, for the preview (no certificates). */
import { createReadStream, statSync } from 'fs';
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { extname, join, normalize, sep } from 'path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1; port 0 takes a free port. */
export function startPreviewServer(dir: string, port = 0): Promise<PreviewServer> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    let size = -1;
    try {
      if (file.startsWith(root + sep)) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0 || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      ready({
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
