import type { Narrative } from 'fhir/r4.js';

/** A part of a resource's human-readable text: an optional heading and its lines. */
export interface NarrativeSection {
  heading?: string;
  lines: string[];
}

// Characters XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone surrogates):
// a hostile answer must not make the narrative ill-formed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XHTML character data: escaped, never markup. */
export function escapeXhtml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * `text` for a resource (R4 Narrative, status generated): a title and sections as escaped
 * XHTML using only the basic elements txt-1 allows (div, h3, p, ul, li). Empty lines and
 * empty sections are left out, so txt-2 (some non-whitespace content) holds when the title is
 * not blank.
 */
export function narrative(title: string, sections: NarrativeSection[] = []): Narrative {
  const parts = [`<h3>${escapeXhtml(title)}</h3>`];
  for (const section of sections) {
    const lines = section.lines.filter((line) => line.trim() !== '');
    if (!lines.length) continue;
    if (section.heading) parts.push(`<p><b>${escapeXhtml(section.heading)}</b></p>`);
    parts.push(`<ul>${lines.map((line) => `<li>${escapeXhtml(line)}</li>`).join('')}</ul>`);
  }
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${parts.join('')}</div>` };
}
