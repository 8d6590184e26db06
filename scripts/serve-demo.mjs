// npm start: serves the example host pages (examples/) and the built bundles on localhost.
// The public-site example is served with a strict Content-Security-Policy, as a real public
// website would send it.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT || 8000);
const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    appIndex: undefined,
    nodeResolve: false,
    middleware: [
      function redirectRoot(context, next) {
        if (context.path === '/' || context.path === '/index.html') context.redirect('/examples/');
        return next();
      },
      async function strictCspForPublicSite(context, next) {
        await next();
        if (context.path.startsWith('/examples/public-site/')) context.set('Content-Security-Policy', strictCsp);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/examples/  (Ctrl+C to stop)`);
