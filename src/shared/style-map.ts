import { noChange } from 'lit';
import { directive, Directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** Style properties by name: camelCase (`backgroundColor`) or dash-case, custom properties too. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const IMPORTANT = ' !important';
const dashCase = (name: string): string =>
  name.includes('-') ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase();

/**
 * Lit's `styleMap`, but every write goes through the CSSOM (`style.setProperty`), never a
 * `style="…"` string: Lit's own directive writes its first render as a `style` attribute,
 * which a strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') refuses,
 * so the first render of a bar would lose its width. CSSOM writes are allowed by any policy.
 */
class CspStyleMapDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (
      partInfo.type !== PartType.ATTRIBUTE ||
      partInfo.name !== 'style' ||
      (partInfo.strings?.length ?? 0) > 2
    ) {
      throw new Error('styleMap() must be the whole value of a `style` attribute.');
    }
  }

  // Only server rendering calls render() alone; the browser always goes through update().
  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        this.previous.delete(name);
        style.removeProperty(dashCase(name));
      }
    }
    for (const [name, raw] of Object.entries(props)) {
      if (raw == null) continue;
      this.previous.add(name);
      const value = String(raw);
      const important = value.endsWith(IMPORTANT);
      style.setProperty(
        dashCase(name),
        important ? value.slice(0, -IMPORTANT.length) : value,
        important ? 'important' : '',
      );
    }
    return noChange;
  }
}

/**
 * Sets inline style properties from an object, CSP-safely (see {@link CspStyleMapDirective}):
 * a drop-in for `lit/directives/style-map.js`, which the widgets must not use.
 *
 * @example html`<span class="bar" style=${styleMap({ width: `${share * 100}%` })}></span>`
 */
export const styleMap = directive(CspStyleMapDirective);
