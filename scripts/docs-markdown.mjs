// The manual's Markdown, read the way GitHub reads it: heading anchors (the link check and the
// demo server agree on them) and HTML for the demo server (marked).
import { Marked } from 'marked';

/** GitHub's anchor for a heading's text: markup dropped, lower case, punctuation out, spaces to '-'. */
export function slug(text) {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) → text
    .replace(/[`*]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown text has: its headings' slugs (repeats numbered as GitHub does). */
export function headingAnchors(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const token of new Marked().lexer(markdown)) {
    if (token.type !== 'heading') continue;
    const base = slug(token.text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A manual page as a whole HTML document, headings with GitHub's ids. */
export function renderMarkdownPage(markdown, title) {
  const seen = new Map();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const base = slug(text);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return `<h${depth} id="${n ? `${base}-${n}` : base}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escape(title)}</title>
    <link rel="stylesheet" href="/examples/assets/host.css" />
    <link rel="stylesheet" href="/docs/manual.css" />
  </head>
  <body>
    <header class="site-header"><p><strong>Barn som pårørende</strong> – <a href="/docs/">manual</a> · <a href="/docs/api/">API reference</a> · <a href="/examples/">examples</a></p></header>
    <main>
${body}
    </main>
  </body>
</html>
`;
}
