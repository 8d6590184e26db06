/*
 * Printing only the consent form (issue 15: the whole host page printed as 7 A4 pages).
 * A document-level sheet, added once when a form opts in with `print-isolated`: in print,
 * every element that is neither the form, inside it, nor an ancestor of it is hidden.
 * A constructed sheet (adoptedStyleSheets), so a strict style-src CSP does not block it.
 */
const ISOLATED = 'bsp-consent-form[print-isolated]';

const PRINT_RULES = `@media print {
  body *:not(${ISOLATED}, ${ISOLATED} *, :has(${ISOLATED})) { display: none !important; }
  ${ISOLATED} { max-width: none; }
}`;

let sheet: CSSStyleSheet | undefined;

export function isolatePrint(doc: Document = document): void {
  if (sheet && doc.adoptedStyleSheets.includes(sheet)) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(PRINT_RULES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
