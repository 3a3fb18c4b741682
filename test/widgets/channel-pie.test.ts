import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/channel-pie/channel-pie.js';
import type { PulseChannelPie } from '../../src/widgets/channel-pie/channel-pie.component.js';
import type { PulseSliceSelectEvent } from '../../src/widgets/channel-pie/channel-pie.events.js';
import { definePulseElement } from '../../src/shared/register.js';
import { donutGeometry } from '../../src/widgets/channel-pie/channel-pie.chart.js';
import { channelMany, channelMoney, channelSeed } from '../fixtures/channel-pie.js';
import {
  expectAccessible,
  expectNoJunk,
  expectRefused,
  nextEvent,
  recordErrors,
  settle,
  shadowText,
} from './helpers.js';

async function pie(data: unknown, lang = 'ru'): Promise<PulseChannelPie> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><pulse-channel-pie .data=${data}></pulse-channel-pie></div>`,
  );
  const el = wrapper.querySelector('pulse-channel-pie')!;
  await settle(el);
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const slices = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.slice')];

describe('<pulse-channel-pie>', () => {
  it('has no serious accessibility violations with the seed figures', async () => {
    const el = await pie(channelSeed);
    await expectAccessible(el);
  });

  it('renders the seed payload: Допродажи ОС at 50 % and Рекомендации at 23 %', async () => {
    const el = await pie(channelSeed);
    const legend = [...el.shadowRoot!.querySelectorAll('[part~="set--gains"] .legend li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(legend[0]).to.contain('Допродажи ОС').and.contain('50 %');
    expect(legend[3]).to.contain('Рекомендации').and.contain('23 %');
    expect(el.status).to.equal('ready');
    expectNoJunk(el);
  });

  it('rounds each donut to exactly 100 % and states the net balance', async () => {
    const el = await pie(channelSeed);
    const percents = (set: string) =>
      [...el.shadowRoot!.querySelectorAll(`[part~="set--${set}"] .legend li > span:nth-child(4)`)].map((s) =>
        Number(s.textContent!.replace(/[^\d]/g, '')),
      );
    expect(percents('gains')).to.deep.equal([50, 17, 10, 23]);
    expect(percents('losses')).to.deep.equal([27, 73]);
    expect(part(el, 'balance')!.textContent!.replace(/\s+/g, ' ')).to.contain('+1,43 %');
  });

  it('describes the chart in text for screen readers and offers a table', async () => {
    const el = await pie(channelSeed);
    const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).to.contain('Приход: всего 10 %, 4 канала');
    expect(caption).to.contain('Потери: всего 8,57 %, 2 причины');
    const rows = part(el, 'table')!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(6);
    expect(slices(el)[0].getAttribute('aria-label')).to.contain('Допродажи ОС').and.contain('50 %');
  });

  it('groups slices under 2 % into "other" that lists its members', async () => {
    const el = await pie(channelMany);
    const legend = part(el, 'set--gains')!.textContent!.replace(/\s+/g, ' ');
    expect(legend).to.contain('Прочие');
    expect(legend).to.contain('Рассылка, Реклама в СМИ, Соцсети');
    const other = slices(el).find((s) => s.getAttribute('part')!.includes('slice--other'))!;
    const event = nextEvent<PulseSliceSelectEvent>(el, 'pulse-slice-select');
    other.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await event;
    expect(detail.set).to.equal('gains');
    expect(detail.key).to.equal('__other__');
    expect(detail.keys).to.deep.equal(['mail', 'ads', 'social']);
  });

  it('is one Tab stop; arrows move across both donuts and Enter selects', async () => {
    const el = await pie(channelSeed);
    const paths = slices(el);
    expect(paths.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    paths[0].focus();
    const key = (k: string) =>
      paths[0].dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key('End');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(slices(el)[5]);
    const event = nextEvent<PulseSliceSelectEvent>(el, 'pulse-slice-select');
    slices(el)[5].dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    const { detail } = await event;
    expect(detail).to.deep.include({ set: 'losses', key: 'other', label: 'Другие потери', value: 6.27 });
    expect(detail.keys).to.deep.equal(['other']);
    await settle(el);
    expect(slices(el)[5].getAttribute('aria-pressed')).to.equal('true');
    expect(slices(el).filter((p) => p.getAttribute('tabindex') === '0')).to.deep.equal([slices(el)[5]]);
  });

  it('fires no select event when data is set', async () => {
    const el = await pie(channelSeed);
    let fired = 0;
    el.addEventListener('pulse-slice-select', () => fired++);
    el.data = channelMany;
    await settle(el);
    expect(fired).to.equal(0);
  });

  for (const [name, data, path] of [
    ['gains is not an array', { gains: 'oops' }, 'gains'],
    ['data is a number', 5, ''],
  ] as const) {
    it(`shows an error and fires pulse-error when ${name}`, async () => {
      const { errors } = await expectRefused('pulse-channel-pie', data);
      expect(errors[0].detail.issues[0].path).to.equal(path);
    });
  }

  for (const [bad, message] of [
    ['abc', 'expected a number, got "abc"'],
    [-5, 'expected a value of 0 or more, got -5'],
  ] as const) {
    it(`reports a value of ${JSON.stringify(bad)} by path and still renders the valid slices`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><pulse-channel-pie></pulse-channel-pie></div>`);
      const el = wrapper.querySelector('pulse-channel-pie')!;
      const errors = recordErrors(wrapper);
      el.data = {
        ...channelSeed,
        gains: [...channelSeed.gains, { key: 'bad', label: 'Плохой', value: bad }],
      };
      await settle(el);
      const notice = part(el, 'notice')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain(`gains[4].value: ${message}`);
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.deep.include({ partial: true, source: 'data' });
      expect(errors[0].detail.issues).to.deep.equal([{ path: 'gains[4].value', message }]);
      expect(slices(el)).to.have.length(6);
      expect(shadowText(el)).not.to.contain('Плохой');
    });
  }

  it('shows labels holding markup as text', async () => {
    const el = await pie({
      gains: [
        { key: 'x', label: '<img src=x onerror="window.__pwned=1">', value: 1 },
        { key: 'y', label: '<b>bold</b>', value: 1 },
      ],
    });
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the empty state in the locale', async () => {
    expect(shadowText(await pie({ gains: [] }))).to.contain('Нет данных');
    expect(shadowText(await pie({ gains: [] }, 'en'))).to.contain('No data');
  });

  it('speaks English under lang="en"', async () => {
    const el = await pie(channelSeed, 'en');
    const text = shadowText(el);
    expect(text).to.contain('Gains').and.contain('Losses').and.contain('50%');
    expect(part(el, 'balance')!.textContent).to.contain('+1.43%');
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ru"><pulse-channel-pie .data=${channelSeed}></pulse-channel-pie></div>`,
    );
    const el = wrapper.querySelector('pulse-channel-pie')!;
    await settle(el);
    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(shadowText(el)).to.contain('Gains');
  });

  it('prints money as the source systems do', async () => {
    const el = await pie(channelMoney);
    const text = shadowText(el);
    expect(text).to.contain('1 250 000,00 ₽');
    expect(text).to.contain('310 500,50 ₽');
    expect(part(el, 'balance')!.textContent).to.contain('−99 499,50 ₽');
  });

  it('applies the dark theme tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pulse-channel-pie theme="light" .data=${channelSeed}></pulse-channel-pie></div>`,
    );
    const el = wrapper.querySelector('pulse-channel-pie')!;
    await settle(el);
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await settle(el);
    expect(getComputedStyle(el).backgroundColor).not.to.equal(light);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 29)');
  });

  it('loads from src with a loading state, and reports a failed fetch', async () => {
    const url = `data:application/json,${encodeURIComponent(JSON.stringify(channelSeed))}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pulse-channel-pie');
    el.src = url;
    wrapper.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(part(el, 'loading')!.textContent).to.contain('Загрузка');
    await el.refresh();
    await settle(el);
    expect(el.status).to.equal('ready');
    const errors = recordErrors(wrapper);
    el.src = '/no-such-file.json';
    await settle(el);
    await nextEvent(el, 'pulse-error');
    await settle(el);
    expect(part(el, 'notice')!.textContent).to.contain('Не удалось загрузить данные');
    expect(slices(el)).to.have.length(6);
    expect(errors[0].detail.source).to.equal('src');
  });

  it('shows the loading state while a host loads the data itself', async () => {
    const el = await pie(undefined);
    el.loading = true;
    await settle(el);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    el.loading = false;
    el.data = channelSeed;
    await settle(el);
    expect(el.status).to.equal('ready');
  });

  it("draws a single slice as a full ring and lays slices out clockwise from 12 o'clock", () => {
    const [ring] = donutGeometry([5]);
    expect(ring.angle).to.be.closeTo(2 * Math.PI, 1e-9);
    expect(ring.path.match(/M/g)).to.have.length(2);
    const [a, b] = donutGeometry([1, 3]);
    expect(a.angle).to.be.closeTo(Math.PI / 2, 1e-9);
    expect(a.labelX).to.be.greaterThan(0);
    expect(a.labelY).to.be.lessThan(0);
    expect(b.labelX).to.be.lessThan(0);
    expect(donutGeometry([0, 0]).map((g) => g.path)).to.deep.equal(['', '']);
  });

  it('tolerates a second definition of the tag', () => {
    class Other extends HTMLElement {}
    expect(() => definePulseElement('pulse-channel-pie', Other)).not.to.throw();
    expect(customElements.get('pulse-channel-pie')).not.to.equal(Other);
  });
});
