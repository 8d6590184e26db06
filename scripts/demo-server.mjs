// The demo server's configuration, shared by `npm start` and the end-to-end tests.
import { startDevServer } from '@web/dev-server';

/** What a strict public website sends: only same-origin scripts and styles, nothing inline. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

export async function startDemoServer({ port = 8000, quiet = false } = {}) {
  return startDevServer({
    config: {
      rootDir: '.',
      port,
      hostname: 'localhost',
      nodeResolve: false,
      middleware: [
        function redirectRoot(context, next) {
          if (context.path === '/' || context.path === '/index.html') return context.redirect('/examples/');
          return next();
        },
        async function strictCspForPublicSite(context, next) {
          await next();
          if (context.path.startsWith('/examples/public-site/')) context.set('Content-Security-Policy', STRICT_CSP);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: !quiet,
  });
}
