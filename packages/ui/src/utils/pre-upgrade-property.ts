/**
 * A property a page set on a widget before its element was defined (Angular property bindings, a
 * script that runs before `bsp-all.js` has loaded the widget) is an own property of the element
 * that hides the class's accessor. Lit re-applies its reactive properties itself; an accessor of
 * a widget's own (`record`) needs this, called in `connectedCallback`: the value then goes through
 * the setter, read and validated like one set later, instead of being shown unchecked.
 */
export function applyPreUpgradeProperty(element: object, name: string): void {
  if (!Object.hasOwn(element, name)) return;
  const props = element as Record<string, unknown>;
  const value = props[name];
  delete props[name];
  props[name] = value;
}
