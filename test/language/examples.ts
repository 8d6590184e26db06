/**
 * The examples' visible text (examples/**): the demo pages a municipality copies, the journal
 * host and the configurator. HTML: text between tags and the attributes a reader hears or sees
 * (aria-label, title, alt, placeholder), in the page's `<html lang>`; code elements are not prose. JavaScript and TSX: every
 * string inside a per-language table (`{ nb: …, nn: …, en: … }`, the configurator's and the
 * leader statistics' form), in that table's language, plus JSX text in the page's language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { ShippedLang } from './catalogs.js';

export interface ExampleText {
  lang: ShippedLang;
  where: string;
  text: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANGS: readonly ShippedLang[] = ['nb', 'nn', 'en'];
const isLang = (name: string): name is ShippedLang => (LANGS as readonly string[]).includes(name);

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // Build output (examples/journal/build, ignored by git) is not the examples' source.
    if (statSync(path).isDirectory()) {
      if (!['build', 'dist', 'node_modules'].includes(name)) files(path, out);
    }
    else if (/\.(html|js|mjs|tsx?)$/.test(name)) out.push(path);
  }
  return out.sort();
}

const decode = (text: string) =>
  text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&mdash;/g, '—').replace(/&ndash;/g, '–');

/** Strings of a script: per-language tables in their language, JSX text in `pageLang`. */
export function scriptTexts(source: string, where: string, pageLang: ShippedLang, tsx = false): ExampleText[] {
  const out: ExampleText[] = [];
  const file = ts.createSourceFile(where, source, ts.ScriptTarget.Latest, true, tsx ? ts.ScriptKind.TSX : ts.ScriptKind.JS);
  const strings = (node: ts.Node, lang: ShippedLang, at: string) => {
    const visit = (n: ts.Node) => {
      if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push({ lang, where: at, text: n.text });
      else if (ts.isTemplateExpression(n)) out.push({ lang, where: at, text: [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ') });
      // Keys of a table (`municipality: 'Kommune'`) are code; only values are text.
      if (ts.isPropertyAssignment(n)) visit(n.initializer);
      else if (!ts.isTemplateExpression(n)) ts.forEachChild(n, visit);
    };
    visit(node);
  };
  const walk = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : ''));
      if (names.filter(isLang).length >= 2) {
        for (const property of node.properties) {
          if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) && isLang(property.name.text)) {
            const line = file.getLineAndCharacterOfPosition(property.getStart()).line + 1;
            strings(property.initializer, property.name.text, `${where}:${line}`);
          }
        }
        return;
      }
    }
    if (ts.isJsxText(node) && node.text.trim()) out.push({ lang: pageLang, where: `${where}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text: node.text });
    ts.forEachChild(node, walk);
  };
  walk(file);
  return out;
}

/** Visible text of an HTML page, scripts' tables included. */
export function htmlTexts(html: string, where: string): ExampleText[] {
  const lang = (/<html[^>]*\blang="([a-z]+)"/.exec(html)?.[1] ?? 'nb') as ShippedLang;
  const out: ExampleText[] = [];
  for (const [, script] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) if (script!.trim()) out.push(...scriptTexts(script!, where, lang));
  // Code shown as code (file names, commands) is not prose.
  const body = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(script|style|code|pre|kbd)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ');
  for (const [, value] of body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)) out.push({ lang, where, text: decode(value!) });
  const text = decode(body.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  if (text) out.push({ lang, where, text });
  return out;
}

/** Every visible text of the examples. */
export function exampleTexts(dir = join(ROOT, 'examples')): ExampleText[] {
  return files(dir).flatMap((path) => {
    const where = relative(ROOT, path);
    const source = readFileSync(path, 'utf8');
    return path.endsWith('.html') ? htmlTexts(source, where) : scriptTexts(source, where, 'nb', path.endsWith('x'));
  });
}
