/**
 * Registers a custom element unless the tag is taken. Two copies of the library on one page
 * (a vendor bundle and a CMS drop-in) must not throw: the first definition wins and keeps
 * working, the second copy reuses it.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    // A warning, never data: names the tag only.
    console.warn(`<${tag}> is already defined by another copy of the library; using that one.`);
    return;
  }
  customElements.define(tag, ctor);
}
