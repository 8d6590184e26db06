/**
 * Text contrast measured from computed colours (WCAG 2.x relative luminance), for browser tests.
 * Backgrounds are composited up the tree, crossing shadow roots, until an opaque one is found.
 */

export type Rgba = readonly [number, number, number, number];

/** Parses what getComputedStyle returns for colours: rgb(), rgba() and color(srgb …). */
export function parseColor(value: string): Rgba {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/.exec(value);
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((c) => Number(c) * 255) as [number, number, number];
    return [r, g, b, srgb[4] === undefined ? 1 : Number(srgb[4])];
  }
  throw new Error(`Unparsed colour: ${value}`);
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `el`: its own and its ancestors' backgrounds, over white. */
export function effectiveBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

export interface TextContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
}

/** Every rendered, enabled text run under `root` with its contrast against what is behind it. */
export function measureTextContrast(root: ShadowRoot | Element): TextContrast[] {
  const results: TextContrast[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const el = node.parentElement;
    if (!text || !el || el.closest(':disabled, [aria-disabled="true"]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width < 2 || box.height < 2 || style.visibility !== 'visible') continue;
    const background = effectiveBackground(el);
    const color = over(parseColor(style.color), background);
    results.push({ text, ratio: contrastRatio(color, background), color: style.color, background: `rgb(${background.slice(0, 3).join(', ')})` });
  }
  return results;
}
