/**
 * Defines a custom element unless the tag is already taken, so a page that loads the
 * bundle twice (two vendor widgets each shipping crm-pulse) does not throw.
 * Returns the constructor that ends up registered under the tag.
 *
 * @example definePulseElement('pulse-channel-pie', PulseChannelPie);
 */
export function definePulseElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor; // server or worker: nothing to register
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `crm-pulse: <${tag}> is already defined by another copy of the library; keeping the first.`,
      );
    }
    return existing;
  }
  registry.define(tag, ctor);
  return ctor;
}
