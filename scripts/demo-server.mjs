// The demo server, shared by `npm start` (scripts/serve-demo.mjs), the end-to-end tests and the
// browser benchmarks. It listens on 127.0.0.1 only and serves only what the demo needs: the
// example host pages, the built drop-in bundles, the JSON Schemas the configurator reads, the
// shipped FHIR files, the manual (Markdown rendered to HTML) and the API reference. Everything
// else is 404: the rest of the clone (.git, node_modules, sources, package.json files) and any
// path that tries to leave the served folders (`..`, encoded or not, symlinks).
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { renderMarkdownPage } from './docs-markdown.mjs';

const repo = join(import.meta.dirname, '..');

/**
 * Trusted Types: DOM sinks only take values from named policies. Lit creates one policy,
 * `lit-html`; 'allow-duplicates' lets a second copy of the library on the page create it again.
 * The exact header docs/theming.md documents.
 */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** What a strict public website sends: only same-origin scripts and styles, nothing inline, Trusted Types. */
export const STRICT_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; ${TRUSTED_TYPES_CSP}`;

/** The manual's pages: no script of their own. TypeDoc's reference runs its own scripts. */
const MANUAL_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** URL prefixes served, each from the folder of the same path in the repository. */
export const SERVED_FOLDERS = ['/examples/', '/dist/cdn/', '/packages/sdk/dist/schemas/', '/packages/sdk/fhir/', '/docs/'];
/** Single files the manual links to. */
export const SERVED_FILES = ['/README.md', '/CONTRIBUTING.md', '/CHANGELOG.md', '/LICENSE'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/html; charset=utf-8', // rendered
};

/**
 * The repository file a request path may serve (and the served folder or file it must stay
 * inside), or undefined. Decoded once; refused when any
 * segment is empty-dot, `..`, hidden (`.git`), `node_modules` or a `package.json`, or when it
 * contains a backslash or NUL.
 */
export function servedPath(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(path) || !path.startsWith('/')) return undefined;
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s.startsWith('.') || s === 'node_modules' || s === 'package.json')) return undefined;
  if (path.endsWith('/')) path += path.startsWith('/docs/') && !path.startsWith('/docs/api/') ? 'README.md' : 'index.html';
  const folder = SERVED_FILES.includes(path) ? path : SERVED_FOLDERS.find((f) => path.startsWith(f));
  if (!folder) return undefined;
  return { file: join(repo, ...path.split('/').filter(Boolean)), root: join(repo, ...folder.split('/').filter(Boolean)) };
}

/** The real file, only if it resolves (symlinks followed) inside its served folder and is a file. */
async function realFile({ file, root }) {
  try {
    const real = await realpath(file);
    const top = await realpath(root);
    if (real !== top && !real.startsWith(top + sep)) return undefined;
    const info = await stat(real);
    return info.isFile() ? real : info.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

function headersFor(pathname) {
  const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
  if (pathname.startsWith('/examples/public-site/')) headers['content-security-policy'] = STRICT_CSP;
  // The intranet loads two copies of the library: Trusted Types must hold for both.
  if (pathname.startsWith('/examples/intranet/')) headers['content-security-policy'] = TRUSTED_TYPES_CSP;
  if ((pathname.startsWith('/docs/') && !pathname.startsWith('/docs/api/')) || SERVED_FILES.includes(pathname)) {
    headers['content-security-policy'] = MANUAL_CSP;
  }
  return headers;
}

async function handle(request, response) {
  // Judge the path as sent: the URL parser below would quietly resolve `..` and `%2e%2e`.
  const raw = (request.url ?? '/').split('?')[0] ?? '/';
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const send = (status, body, headers = {}) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
  if (!servedPath(raw) && raw !== '/' && raw !== '/index.html' && raw !== '/favicon.ico' && !SERVED_FOLDERS.includes(`${raw}/`)) return send(404, 'Not found\n');
  if (raw === '/favicon.ico') return send(204, ''); // asked for by the API reference's pages
  if (url.pathname === '/' || url.pathname === '/index.html') return send(302, '', { location: '/examples/' });
  if (SERVED_FOLDERS.includes(`${url.pathname}/`)) return send(302, '', { location: `${url.pathname}/` });
  const file = servedPath(url.pathname);
  const real = file && (await realFile(file));
  if (real === 'directory') return send(302, '', { location: `${url.pathname}/` });
  if (!real) return send(404, 'Not found\n');
  const extension = extname(real);
  let body = await readFile(real);
  if (extension === '.md') {
    const markdown = body.toString('utf8');
    const title = /^# (.+)$/m.exec(markdown)?.[1]?.replace(/[`*]/g, '') ?? 'Barn som pårørende';
    body = Buffer.from(renderMarkdownPage(markdown, title));
  }
  const type = TYPES[extension] ?? (real.endsWith(`${sep}LICENSE`) ? TYPES['.txt'] : 'application/octet-stream');
  response.writeHead(200, { 'content-type': type, 'content-length': body.length, ...headersFor(url.pathname) });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server on 127.0.0.1 (`port` 0 picks a free one). Resolves to `{ port, stop() }`.
 * `quiet` is kept for the callers; the server logs nothing.
 */
export async function startDemoServer({ port = 8000, host = '127.0.0.1' } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Server error\n');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
