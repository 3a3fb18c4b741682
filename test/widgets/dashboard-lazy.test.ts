// The dashboard's export code and full-screen fallback dialog are lazily loaded parts
// (src/widgets/dashboard/dashboard.parts.ts). This file runs in its own page, so the parts
// start unloaded; the tests run in order and rely on that: the failure tests swap in a
// loader of a missing chunk and leave the real parts unloaded for the cold-load tests.
import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/dashboard/dashboard.js';
import { lazyPart, type LazyPart } from '../../src/shared/lazy-part.js';
import { dialogPart, exportPart } from '../../src/widgets/dashboard/dashboard.parts.js';
import { channelSeed } from '../fixtures/channel-pie.js';
import { teamConfig, teamDebts } from '../fixtures/dashboard.js';
import {
  button,
  captureDownloads,
  frames,
  mount,
  refuseFullscreen,
  settleAll,
  until,
  type Widget,
} from './dashboard-helpers.js';
import { trapUncaught } from './helpers.js';

const note = (frame: Element) => frame.querySelector('.note')!.textContent!.trim();

/**
 * Makes `part` load a chunk that does not exist (a real failed dynamic import) and counts the
 * loads; returns the count and the function that puts the real loader back.
 */
function breakPart(part: LazyPart<unknown>): { loads: () => number; restore: () => void } {
  const real = part.load;
  const missing = '/test/widgets/no-such-chunk.js';
  const broken = lazyPart(() => import(/* @vite-ignore */ missing));
  let loads = 0;
  part.load = () => {
    loads++;
    return broken.load();
  };
  return { loads: () => loads, restore: () => (part.load = real) };
}

describe('<pulse-dashboard> lazily loaded parts', function () {
  this.timeout(30_000);

  it('starts with neither part loaded and no dialog rendered', async () => {
    const el = await mount(teamConfig);
    expect(exportPart.value).to.equal(undefined);
    expect(dialogPart.value).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    // CSV needs no lazy part: it downloads in the click itself.
    const downloads = captureDownloads();
    try {
      button(frames(el)[0], 'csv').click();
      expect(downloads.names).to.deep.equal(['Дебиторская-задолженность.csv']);
      const bytes = new Uint8Array(await downloads.blobs[0].arrayBuffer());
      expect([...bytes]).to.deep.equal([...new TextEncoder().encode(el.widgets[0].toCsv())]); // BOM included
    } finally {
      downloads.restore();
    }
    expect(exportPart.value).to.equal(undefined);
  });

  it('preloads the export on hover and focus, and says so in the frame when it cannot be loaded', async () => {
    const el = await mount(teamConfig);
    const frame = frames(el)[5];
    const svg = button(frame, 'svg');
    const broken = breakPart(exportPart as LazyPart<unknown>);
    const uncaught = trapUncaught();
    const downloads = captureDownloads();
    try {
      svg.dispatchEvent(new PointerEvent('pointerenter'));
      button(frame, 'png').focus();
      expect(broken.loads()).to.equal(2);
      await new Promise((r) => setTimeout(r, 100));
      expect(note(frame)).to.equal(''); // a failed preload says nothing yet
      svg.click();
      await until(() => note(frame) !== '');
      expect(note(frame)).to.equal('Не удалось загрузить эту функцию. Обновите страницу');
      expect(frame.querySelector('.note')!.getAttribute('role')).to.equal('status');
      expect(downloads.blobs).to.have.length(0);
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      downloads.restore();
      uncaught.stop();
      broken.restore();
    }
    expect(exportPart.value).to.equal(undefined);
  });

  it('says so in English when the full-screen dialog cannot be loaded', async () => {
    const el = await mount({ ...teamConfig, locale: 'en' });
    const frame = frames(el)[2];
    const broken = breakPart(dialogPart as LazyPart<unknown>);
    const restoreFullscreen = refuseFullscreen();
    const uncaught = trapUncaught();
    try {
      button(frame, 'fullscreen').click();
      await until(() => note(frame) !== '');
      expect(note(frame)).to.equal('Could not load this feature. Reload the page');
      expect(broken.loads()).to.equal(1);
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
      // The widget stays in its frame.
      expect(frame.querySelector('pulse-funnel')).to.equal(el.widgets[2]);
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
      restoreFullscreen();
      broken.restore();
    }
    expect(dialogPart.value).to.equal(undefined);
  });

  it('exports the same SVG and PNG on the first click (a cold load) as once loaded', async () => {
    const el = await mount(teamConfig);
    const frame = frames(el)[5];
    const pie = el.widgets[5];
    expect(exportPart.value).to.equal(undefined);
    const downloads = captureDownloads();
    try {
      button(frame, 'svg').click();
      await until(() => downloads.blobs.length === 1);
      const cold = await downloads.blobs[0].text();
      const { svgText } = await exportPart.load();
      expect(cold).to.equal(svgText(pie));
      const doc = new DOMParser().parseFromString(cold, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('path[d]')!.getAttribute('style')).to.match(/fill:\s*rgb/);
      // Once loaded, the SVG downloads in the click itself, with the same contents.
      button(frame, 'svg').click();
      expect(downloads.blobs).to.have.length(2);
      expect(await downloads.blobs[1].text()).to.equal(cold);
      button(frame, 'png').click();
      await until(() => downloads.names.length === 3);
      const png = downloads.blobs[downloads.blobs.length - 1];
      expect(png.type).to.equal('image/png');
      const magic = new Uint8Array(await png.slice(0, 4).arrayBuffer());
      expect([...magic]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
      expect(downloads.names).to.deep.equal(['Каналы-продаж.svg', 'Каналы-продаж.svg', 'Каналы-продаж.png']);
      // A widget without a chart still says so.
      button(frames(el)[0], 'svg').click();
      await until(() => note(frames(el)[0]) !== '');
      expect(note(frames(el)[0])).to.equal('У этого виджета нет диаграммы для экспорта');
    } finally {
      downloads.restore();
    }
  });

  it('opens a slotted child in the fallback dialog on a cold load; Escape puts it back and focus returns', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ru" style="width: 1000px">
        <pulse-dashboard>
          <pulse-debt-table data-title="Долги" .data=${teamDebts}></pulse-debt-table>
          <pulse-channel-pie data-title="Каналы" .data=${channelSeed}></pulse-channel-pie>
        </pulse-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('pulse-dashboard')!;
    await settleAll(el);
    const pie = el.children[1] as Widget;
    const frame = frames(el)[1];
    const open = button(frame, 'fullscreen');
    expect(dialogPart.value).to.equal(undefined);
    const restore = refuseFullscreen();
    try {
      open.focus();
      open.click();
      await until(() => el.shadowRoot!.querySelector('dialog')?.open === true);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(pie.parentElement).to.equal(el); // still the host's child, in the dialog's slot
      expect(pie.assignedSlot!.closest('dialog')).to.equal(dialog);
      expect(dialog.textContent).to.contain('Каналы');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
        'Закрыть полноэкранный режим',
      );
      // The dialog's styles came with its part: nearly the whole viewport.
      expect(dialog.getBoundingClientRect().width).to.be.closeTo(window.innerWidth - 32, 2);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open);
      await until(() => el.shadowRoot!.activeElement === open);
      expect(pie.assignedSlot!.closest('section')).to.equal(frame);
      expect(pie.status).to.equal('ready');
    } finally {
      restore();
    }
  });
});
