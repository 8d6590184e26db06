// `bsp check <file> [--lang nb|nn|en] [--kind …]`: prints every problem with line and column,
// exits 1 when there is an error (warnings alone exit 0), 2 on wrong usage or an unreadable file.
import { readFileSync } from 'node:fs';
import { decodeCatalogBytes, format, toLang, type Lang } from '@bsp/sdk';
import { checkText, formatProblems, CONFIG_KINDS, type ConfigKind } from './check.js';
import { cliMessages, usage } from './messages.js';

// Output goes to stdout, as compilers print their diagnostics.
export function main(argv: readonly string[], out: (text: string) => void = (text) => process.stdout.write(`${text}\n`)): number {
  const args = [...argv];
  const option = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    if (i === -1) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const langOption = option('lang');
  const lang: Lang = toLang(langOption ?? process.env.LANG?.slice(0, 2) ?? 'nb');
  const kind = option('kind');
  const [command, file, ...rest] = args;
  if (command !== 'check' || !file || rest.length || (kind && !(CONFIG_KINDS as readonly string[]).includes(kind))) {
    out(format(cliMessages, lang, 'usage', { command: usage }));
    return 2;
  }
  let text: string;
  try {
    // Bytes decoded as the SDK and the finder's `src` decode them: Excel's "CSV (semikolondelt)"
    // is Windows-1252, and a file the widget reads must not be refused here.
    text = decodeCatalogBytes(readFileSync(file)).text;
  } catch (error) {
    out(format(cliMessages, lang, 'cannotRead', { file, reason: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  const problems = checkText(file, text, lang, kind as ConfigKind | undefined);
  out(formatProblems(file, problems, lang));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
