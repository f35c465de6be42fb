// A tiny static file server on 127.0.0.1 for the demo claim page and the test fixtures. Serves only files
// under the given directories (no directory listing, no path traversal), never anything from the network.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * @param {Record<string, string>} mounts URL prefix ("/demo/") -> directory on disk
 * @param {{ port?: number, charsets?: Record<string, string> }} [options] charsets: file name -> charset
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startStaticServer(mounts, options = {}) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, path.resolve(dir)]);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const mount = roots.find(([prefix]) => url.pathname.startsWith(prefix));
      if (!mount || req.method !== 'GET') return send(res, 404, 'Not found');
      const [prefix, dir] = mount;
      const file = path.resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
      if (file !== dir && !file.startsWith(dir + path.sep)) return send(res, 403, 'Forbidden');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(res, 404, 'Not found');
      const ext = path.extname(file);
      let type = TYPES[ext] ?? 'application/octet-stream';
      const charset = options.charsets?.[path.basename(file)];
      if (charset) type = type.replace('utf-8', charset);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      send(res, 500, 'Server error');
    }
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
