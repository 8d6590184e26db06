// `npm start`'s server (scripts/serve-demo.mjs): it answers on 127.0.0.1 only, serves the
// examples, the bundles, the manual and the API reference, and refuses the rest of the clone
// and every path that tries to leave the served folders. Requests are sent as raw paths (no
// client-side normalisation of `..`). Run `npm run build` first (bundles, docs/api).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { repo } from './markdown-files.mjs';

let server;
let port;

before(async () => {
  server = spawn(process.execPath, [join(repo, 'scripts/serve-demo.mjs')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    server.once('exit', (code) => reject(new Error(`serve-demo exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error(`serve-demo printed no http://127.0.0.1:PORT/ in 30 s: ${out}`)), 30_000).unref();
  });
});

after(() => server?.kill());

/** GET of a raw path: { status, type, body }. */
function get(path, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] ?? '', headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the examples, the bundles, the schemas, the manual and the API reference', async () => {
  const index = await get('/examples/');
  assert.equal(index.status, 200);
  assert.match(index.body, /href="\/docs\/"/, 'the example index links the manual');
  assert.match(index.body, /href="\/docs\/api\/"/, 'the example index links the API reference');
  for (const path of ['/examples/intranet/', '/examples/journal/', '/examples/public-site/ungdom.html', '/examples/configurator/',
    '/dist/cdn/bsp-all.js', '/packages/sdk/dist/schemas/directory.schema.json', '/packages/sdk/fhir/examples/Bundle-example.json',
    '/docs/api/', '/docs/screenshots/design-1280-light.png']) {
    assert.equal((await get(path)).status, 200, path);
  }
  assert.equal((await get('/')).headers.location, '/examples/');
  const manual = await get('/docs/');
  assert.equal(manual.status, 200);
  assert.match(manual.type, /^text\/html/);
  assert.match(manual.body, /<h1 id="barn-som-pårørende-the-manual">/, 'the manual is rendered, headings with anchors');
  const page = await get('/docs/embedding.md');
  assert.match(page.body, /<a href="README.md#widgets">/);
  assert.match(page.body, /id="server-side-rendering-ssr"/);
  assert.match((await get('/examples/public-site/')).headers['content-security-policy'], /script-src 'self'/);
});

test('refuses .git, package.json files, node_modules, sources and paths outside the served folders', async () => {
  for (const path of ['/.git/HEAD', '/.git/config', '/package.json', '/packages/sdk/package.json', '/node_modules/lit/package.json',
    '/node_modules/.package-lock.json', '/packages/sdk/src/index.ts', '/scripts/setup.sh', '/test/docs/links.test.mjs',
    '/../', '/../../etc/passwd', '/examples/../package.json', '/examples/../.git/HEAD', '/examples/%2e%2e/package.json',
    '/examples/%2E%2E/%2E%2E/etc/passwd', '/examples/..%2fpackage.json', '/examples/%2e%2e%2f.git%2fHEAD', '/docs/..%5c..%5cpackage.json',
    '/examples/%00.html', '/examples/%', '/dist/cdn/../../package.json', '/docs/api/../../.git/HEAD']) {
    const res = await get(path);
    assert.equal(res.status, 404, `${path} → ${res.status}`);
    assert.doesNotMatch(res.body, /ref: refs|"name": "|root:x:0/, path);
  }
});

test('listens on 127.0.0.1 only', async () => {
  const other = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
  if (!other) return; // no other interface on this machine: nothing to reach
  const reached = await new Promise((resolve) => {
    const socket = connect({ host: other.address, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
  assert.equal(reached, false, `the demo answered on ${other.address}`);
});
