// Export of a widget's chart: its main <svg> serialised with the computed styles inlined
// (the file must look the same without the widget's stylesheet), and PNG through a canvas.
// A lazily loaded part (dashboard.parts.ts): import it with import() only; `import type` is fine.
import { downloadText } from '../../shared/csv.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style into the exported SVG. */
const PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'color',
] as const;

/**
 * The widget's main chart: the largest `<svg>` in its shadow root (icons are small), or
 * `null` for a widget without one (the debt table).
 */
export function mainSvg(widget: Element): SVGSVGElement | null {
  const root = widget.shadowRoot;
  if (!root) return null;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue; // nested in another svg
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return bestArea >= 24 * 24 ? best : null;
}

/** The size an SVG is drawn at (its box, or its viewBox when it is not laid out). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  const vb = svg.viewBox.baseVal;
  return { width: vb?.width || 300, height: vb?.height || 150 };
}

/**
 * A standalone SVG document of the widget's main chart, with the computed styles inlined
 * and the page's background behind it; `null` when the widget has no chart.
 */
export function svgText(widget: Element): string | null {
  const svg = mainSvg(widget);
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    const computed = getComputedStyle(el);
    const decl: string[] = [];
    for (const p of PROPS) {
      const v = computed.getPropertyValue(p);
      if (v) decl.push(`${p}:${v}`);
    }
    copy.setAttribute('style', decl.join(';'));
    // Interaction attributes mean nothing in a file.
    for (const a of ['tabindex', 'part', 'role', 'aria-pressed', 'class']) copy.removeAttribute(a);
  });
  const { width, height } = sizeOf(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = getComputedStyle(widget).backgroundColor;
  if (background && background !== 'rgba(0, 0, 0, 0)') {
    const vb = svg.viewBox.baseVal;
    const rect = document.createElementNS(SVG_NS, 'rect');
    const [x, y, w, h] = vb && vb.width > 0 ? [vb.x, vb.y, vb.width, vb.height] : [0, 0, width, height];
    for (const [k, v] of Object.entries({ x, y, width: w, height: h })) rect.setAttribute(k, String(v));
    rect.setAttribute('fill', background);
    clone.insertBefore(rect, clone.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** The chart as a PNG (twice the screen size for sharpness); `null` without a chart. */
export async function pngBlob(widget: Element, scale = 2): Promise<Blob | null> {
  const text = svgText(widget);
  const svg = mainSvg(widget);
  if (text === null || !svg) return null;
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a file download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Offers the widget's chart as a file named `name`: SVG at once (no await before the
 * download), PNG once drawn. Resolves false when the widget has no chart.
 */
export async function downloadChart(widget: Element, format: 'png' | 'svg', name: string): Promise<boolean> {
  if (format === 'svg') {
    const text = svgText(widget);
    if (text !== null) downloadText(name, text, 'image/svg+xml;charset=utf-8');
    return text !== null;
  }
  const blob = await pngBlob(widget);
  if (blob) downloadBlob(name, blob);
  return blob !== null;
}
