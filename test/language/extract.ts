/**
 * Every user-facing text the packages ship, per language: the per-language content and message
 * modules (roles, catalogue, routine, consent labels, widget messages), plus every LocalizedText
 * and message catalog reachable from the SDK's exports (error messages, path words). Message functions are
 * called with sample values; `{name}` placeholders are dropped.
 */
import * as sdk from '../../packages/sdk/src/index.js';
import '../../packages/sdk/src/languages/nn.js';
import '../../packages/sdk/src/languages/en.js';
import { rolesNb } from '../../packages/sdk/src/roles/content/nb.js';
import { rolesNn } from '../../packages/sdk/src/roles/content/nn.js';
import { rolesEn } from '../../packages/sdk/src/roles/content/en.js';
import { labelsNb } from '../../packages/sdk/src/catalog/content/labels-nb.js';
import { labelsNn } from '../../packages/sdk/src/catalog/content/labels-nn.js';
import { labelsEn } from '../../packages/sdk/src/catalog/content/labels-en.js';
import { nationalNb } from '../../packages/sdk/src/catalog/content/national-nb.js';
import { nationalNn } from '../../packages/sdk/src/catalog/content/national-nn.js';
import { nationalEn } from '../../packages/sdk/src/catalog/content/national-en.js';
import { rolePanelNb } from '../../packages/sdk/src/roles/translations/nb.js';
import { rolePanelNn } from '../../packages/sdk/src/roles/translations/nn.js';
import { rolePanelEn } from '../../packages/sdk/src/roles/translations/en.js';
import { finderNb } from '../../packages/sdk/src/catalog/translations/nb.js';
import { finderNn } from '../../packages/sdk/src/catalog/translations/nn.js';
import { finderEn } from '../../packages/sdk/src/catalog/translations/en.js';
import { checklistMessages } from '../../packages/sdk/src/routine/translations/index.js';
import { checklistNn } from '../../packages/sdk/src/routine/translations/nn.js';
import { checklistEn } from '../../packages/sdk/src/routine/translations/en.js';
import { consentMessages } from '../../packages/sdk/src/consent/translations/index.js';
import { consentNn } from '../../packages/sdk/src/consent/translations/nn.js';
import { consentEn } from '../../packages/sdk/src/consent/translations/en.js';
import { routineNb } from '../../packages/sdk/src/routine/content/nb.js';
import { routineNn } from '../../packages/sdk/src/routine/content/nn.js';
import { routineEn } from '../../packages/sdk/src/routine/content/en.js';
import { consentLabelsNb } from '../../packages/sdk/src/consent/content/nb.js';
import { consentLabelsNn } from '../../packages/sdk/src/consent/content/nn.js';
import { consentLabelsEn } from '../../packages/sdk/src/consent/content/en.js';
import { checklistUiNb } from '../../packages/checklist/src/translations/nb.js';
import { checklistSummaryNb } from '../../packages/checklist/src/translations/summary-nb.js';
import { checklistUiNn } from '../../packages/checklist/src/translations/nn.js';
import { checklistUiEn } from '../../packages/checklist/src/translations/en.js';
import { consentUiNb } from '../../packages/consent/src/translations/nb.js';
import { consentUiDecisionsNb } from '../../packages/consent/src/translations/decisions-nb.js';
import { consentUiPaperNb } from '../../packages/consent/src/translations/paper-nb.js';
import { consentUiNn } from '../../packages/consent/src/translations/nn.js';
import { consentUiEn } from '../../packages/consent/src/translations/en.js';
import { errorsNn } from '../../packages/sdk/src/errors/translations/nn.js';
import { boundaryMessages } from '../../packages/ui/src/utils/property-guard.js';
import { errorsEn } from '../../packages/sdk/src/errors/translations/en.js';
import { cliMessages } from '../../packages/cli/src/messages.js';

export type ShippedLang = 'nb' | 'nn' | 'en';
export const SHIPPED: readonly ShippedLang[] = ['nb', 'nn', 'en'];

/** Where a text comes from, for failure messages: "national.kors.description". */
export interface ShippedText {
  lang: ShippedLang;
  where: string;
  text: string;
}

const SAMPLE_PARAMS = new Proxy({} as Record<string, string | number>, {
  get: (_target, name) => (name === 'count' || name === 'min' || name === 'max' ? 2 : ''),
  has: () => true,
});

const isLang = (key: string): key is ShippedLang => (SHIPPED as readonly string[]).includes(key);

function walk(value: unknown, lang: ShippedLang | undefined, where: string, out: ShippedText[], seen: Set<unknown>): void {
  if (typeof value === 'string') {
    if (lang) out.push({ lang, where, text: value.replace(/\{\w+\}/g, ' ') });
    return;
  }
  if (typeof value === 'function') {
    // Only message functions (inside a language) are text; SDK functions are not called.
    if (lang) {
      try {
        walk((value as (p: object) => unknown)(SAMPLE_PARAMS), lang, where, out, seen);
      } catch {
        /* not a message function */
      }
    }
    return;
  }
  // zod schemas hold type names, not text.
  if (!value || typeof value !== 'object' || seen.has(value) || '_zod' in value) return;
  seen.add(value);
  const entries = Object.entries(value as Record<string, unknown>);
  // A LocalizedText ({ nb, nn?, en? }) or a message catalog ({ nb: {…}, nn: {…} }).
  const perLanguage = !lang && 'nb' in value && entries.every(([key]) => isLang(key));
  for (const [key, child] of entries) {
    if (perLanguage) walk(child, key as ShippedLang, `${where}.${key}`, out, seen);
    else walk(child, lang, `${where}.${key}`, out, seen);
  }
}

/** All shipped text, each string once per language and place. */
export function shippedTexts(): ShippedText[] {
  const out: ShippedText[] = [];
  const seen = new Set<unknown>();
  const tables: [string, Record<ShippedLang, unknown>][] = [
    ['roles', { nb: rolesNb, nn: rolesNn, en: rolesEn }],
    ['labels', { nb: labelsNb, nn: labelsNn, en: labelsEn }],
    ['national', { nb: nationalNb, nn: nationalNn, en: nationalEn }],
    ['role-panel', { nb: rolePanelNb, nn: rolePanelNn, en: rolePanelEn }],
    ['finder', { nb: finderNb, nn: finderNn, en: finderEn }],
    ['checklist', { nb: checklistMessages.nb, nn: checklistNn, en: checklistEn }],
    ['consent', { nb: consentMessages.nb, nn: consentNn, en: consentEn }],
    ['routine', { nb: routineNb, nn: routineNn, en: routineEn }],
    ['consent-labels', { nb: consentLabelsNb, nn: consentLabelsNn, en: consentLabelsEn }],
    ['checklist-ui', { nb: { ...checklistUiNb, ...checklistSummaryNb }, nn: checklistUiNn, en: checklistUiEn }],
    ['consent-ui', { nb: { ...consentUiNb, ...consentUiDecisionsNb, ...consentUiPaperNb }, nn: consentUiNn, en: consentUiEn }],
    ['errors', { nb: { ...sdk.errorMessages.nb, ...sdk.errorIssueMessages.nb }, nn: errorsNn, en: errorsEn }],
    ['cli', { nb: cliMessages.nb, nn: cliMessages.nn!, en: cliMessages.en! }],
    ['ui-boundary', { nb: boundaryMessages.nb, nn: boundaryMessages.nn, en: boundaryMessages.en }],
  ];
  for (const [area, langs] of tables) for (const lang of SHIPPED) walk(langs[lang], lang, `${area}.${lang}`, out, seen);
  for (const [name, value] of Object.entries(sdk)) walk(value, undefined, name, out, seen);
  return out;
}

/** Words as hunspell reads them: letters, split at hyphens; a definite or plural ending after a
 * hyphen ("JSON-en", "SMS-ar") belongs to the word before it. Single letters ("§ 10 a") skipped. */
export function words(text: string, lang: ShippedLang): string[] {
  // Addresses are not words: links, emails and bare domains ("sidetmedord.no").
  const plain = text.replace(/https?:\/\/\S+|\S+@\S+|\b[\w-]+\.(?:no|com|org|net)\b/g, ' ');
  return (plain.match(/\p{L}+(?:['’]s)?(?:-\p{L}+)*/gu) ?? []).flatMap((token) => {
    const [first = '', ...rest] = token.split('-');
    const parts = [first, ...rest.filter((part) => !/^(en|et|a|ar|ane|er|ene|s)$/i.test(part))];
    return parts.map((part) => (lang === 'en' ? part.replace(/['’]s$/, '') : part)).filter((part) => part.length > 1);
  });
}

