import { LazyModule } from '../lazy/lazy-module.js';

/**
 * `<bsp-provider>`'s code, loaded when a widget finds one above it that nothing has defined yet.
 * Most pages have no provider, so a widget's define module no longer brings it (1.3 KB gzip of
 * every first load); `@bsp/ui/define` still defines it eagerly for hosts that want that.
 */
export const providerDefinition = new LazyModule(() => import('./define-provider.js'));

/**
 * The nearest `<bsp-provider>` above `element`, across shadow roots (context requests cross them
 * too), when no code has defined the tag yet; otherwise undefined (defined, or none above).
 */
export function undefinedProviderAbove(element: Element): Element | undefined {
  if (customElements.get('bsp-provider')) return undefined;
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.localName === 'bsp-provider') return node;
  }
  return undefined;
}

/**
 * Defines the provider (ours, or another copy's if that one is first) and resolves when `element`
 * is upgraded and has done its first update, so the widget under it never renders before the
 * provider's language and configuration are there. Rejects when the code could not load.
 */
export async function defineProvider(element: Element): Promise<void> {
  await Promise.race([providerDefinition.load(), customElements.whenDefined('bsp-provider')]);
  if (!customElements.get('bsp-provider')) throw providerDefinition.failure ?? new Error('bsp-provider not defined');
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
}
