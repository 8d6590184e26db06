import { isServer, type ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import { bspContext, type BspContextValue, type BspMunicipalityConfig } from '../context/bsp-context.js';
import { LazyModule, OnDemand, addUpdateGate, type OnDemandHost, type UpdateGate } from '../on-demand/on-demand.js';
import { readInlineConfig } from './inline-config.js';

/**
 * `<bsp-provider>`'s code, loaded when a widget finds one above it that nothing has defined yet
 * (or another copy of the library defines it first). Most pages have no provider, so a widget's
 * define module does not bring it; `@bsp/ui/define` still defines it eagerly for hosts that want that.
 */
export const providerDefinition = new LazyModule<unknown>(() => Promise.race([import('./define-provider.js'), customElements.whenDefined('bsp-provider')]));

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
 * What the `<bsp-provider>` above gives a widget (language, configuration, storage, …), through
 * context. A provider nothing has defined yet is loaded on demand (`OnDemand`): updates wait for
 * it, so the widget never renders the defaults under a provider it cannot read yet, and when its
 * code cannot load the error view names `bsp-provider`. Updates also wait while the provider
 * words its own configuration errors (`pending`).
 */
export class ProviderConsumer implements ReactiveController, UpdateGate {
  /** The undefined provider above, found on connecting; its code is needed while it stays undefined. */
  private undefinedAbove?: Element;
  /** While its code loads: the provider's inline configuration as read (`config`), so a widget starts what it will need beside it. */
  private configAhead?: BspMunicipalityConfig;

  private readonly consumer: ContextConsumer<typeof bspContext, OnDemandHost & HTMLElement>;
  private readonly code: OnDemand<unknown>;

  /** `provide` receives each value the provider gives; `value` is the last one received. */
  constructor(
    private readonly host: OnDemandHost & HTMLElement,
    provide: (value: BspContextValue | undefined) => void,
    private readonly value: () => BspContextValue | undefined,
  ) {
    this.consumer = new ContextConsumer(host, { context: bspContext, subscribe: true, callback: provide });
    this.code = new OnDemand(host, {
      module: providerDefinition,
      needed: () => this.undefinedAbove !== undefined && !customElements.get('bsp-provider'),
      blocksRender: true,
      what: () => '<bsp-provider>',
      property: () => 'bsp-provider',
      errorView: true,
      // Defined: wait for its first update (its language and configuration), then ask for its
      // context again (the request sent on connecting went unanswered).
      onLoad: async () => {
        const provider = this.undefinedAbove as (Element & { updateComplete?: Promise<unknown> }) | undefined;
        this.undefinedAbove = undefined;
        this.configAhead = undefined;
        await provider?.updateComplete;
        this.consumer.hostConnected();
      },
    });
    host.addController(this);
    addUpdateGate(host, this);
  }

  hostConnected(): void {
    const provider = isServer ? undefined : undefinedProviderAbove(this.host);
    this.undefinedAbove = provider;
    if (!provider) return;
    const { config } = readInlineConfig(provider);
    this.configAhead = config !== null && typeof config === 'object' && !Array.isArray(config) ? (config as BspMunicipalityConfig) : undefined;
    // Attached again after its code failed: the update tries again (the gate loads it).
    this.host.requestUpdate();
  }

  /** The provider's configuration (while its code loads, its inline one: to start loading what it needs, never to render). */
  get config(): BspMunicipalityConfig | undefined {
    return this.undefinedAbove && this.code.status !== 'failed' ? this.configAhead : this.value()?.config;
  }

  beforeUpdate(): Promise<unknown> | undefined {
    return this.value()?.pending;
  }
}
