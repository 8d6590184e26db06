// A loopback server for benchmarks that compare or measure builds: `/<name>/…` serves the folder
// `roots[name]` (a dist/cdn), `/page` an empty host page (bokmål, white, 8 px margin). Nothing
// else; no caching, so every page loads the bundle as a first visit would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

const types = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };
const hostPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>bench</title>
<style>body { margin: 0; padding: 8px; background: #fff; }</style></head><body></body></html>`;

/** Starts the server; resolves to its origin and `close()`. */
export async function serveBuilds(roots) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [, name, ...rest] = path.split('/');
    try {
      if (path === '/page') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage);
      if (!Object.hasOwn(roots, name) || rest.some((s) => s === '..' || s.startsWith('.'))) throw new Error('not served');
      const body = await readFile(join(roots[name], ...rest));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
