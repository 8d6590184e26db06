// The demo server's configuration, shared by `npm start` and the end-to-end tests.
import { startDevServer } from '@web/dev-server';

/**
 * Trusted Types: DOM sinks only take values from named policies. Lit creates one policy,
 * `lit-html`; 'allow-duplicates' lets a second copy of the library on the page create it again.
 * The exact header the README documents.
 */
export const TRUSTED_TYPES_CSP = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** What a strict public website sends: only same-origin scripts and styles, nothing inline, Trusted Types. */
export const STRICT_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; ${TRUSTED_TYPES_CSP}`;

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
          // The intranet loads two copies of the library: Trusted Types must hold for both.
          if (context.path.startsWith('/examples/intranet/')) context.set('Content-Security-Policy', TRUSTED_TYPES_CSP);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: !quiet,
  });
}
