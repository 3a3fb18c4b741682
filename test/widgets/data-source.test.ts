import { expect } from '@esm-bundle/chai';
import { fixture, html } from '@open-wc/testing-helpers';
import '../../src/widgets/channel-pie/channel-pie.js';
import type { PulseChannelPie } from '../../src/widgets/channel-pie/channel-pie.component.js';
import { channelMoney, channelSeed } from '../fixtures/channel-pie.js';
import { expectAccessible, recordErrors, settle, shadowText } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function mountPie(setup: (el: PulseChannelPie) => void, lang = 'ru'): Promise<PulseChannelPie> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('pulse-channel-pie');
  setup(el);
  wrapper.append(el);
  await settle(el);
  return el;
}

describe('data sources of every widget (loader, src, refresh-interval, script child)', () => {
  it('has no serious accessibility violations with the "updated at" line', async () => {
    const el = await mountPie((e) => (e.loader = async () => channelSeed));
    await until(() => part(el, 'updated-at') !== null);
    await expectAccessible(el);
  });

  it('renders what the loader returns, passes it an AbortSignal, and shows when it was loaded', async () => {
    const signals: AbortSignal[] = [];
    const el = await mountPie((e) => {
      e.loader = async (signal) => {
        signals.push(signal);
        return channelSeed;
      };
    });
    await until(() => el.status === 'ready');
    expect(signals).to.have.length(1);
    expect(signals[0]).to.be.instanceOf(AbortSignal);
    expect(shadowText(el)).to.contain('Допродажи ОС');
    const stamp = part(el, 'updated-at')!;
    expect(stamp.textContent!.trim()).to.match(/^Обновлено \d\d:\d\d:\d\d$/);
    // Its stylesheet comes with the lazily loaded remote part and is adopted by the element.
    expect(getComputedStyle(stamp).textAlign).to.equal('end');
    const time = stamp.querySelector('time')!;
    expect(Math.abs(Date.parse(time.getAttribute('datetime')!) - Date.now())).to.be.lessThan(10_000);
  });

  it('says "Updated" in English', async () => {
    const el = await mountPie((e) => (e.loader = async () => channelSeed), 'en');
    await until(() => part(el, 'updated-at') !== null);
    expect(part(el, 'updated-at')!.textContent!.trim()).to.match(/^Updated \d\d:\d\d:\d\d( [AP]M)?$/);
  });

  it('refresh() calls the loader again; a failure keeps the last good data, shows it and fires a partial pulse-error', async () => {
    let calls = 0;
    let fail = false;
    const el = await mountPie((e) => {
      e.loader = async () => {
        calls++;
        if (fail) throw new Error('HTTP 502 Bad Gateway');
        return calls === 1 ? channelSeed : channelMoney;
      };
    });
    await until(() => el.status === 'ready');
    const errors = recordErrors(el);
    await el.refresh();
    await settle(el);
    expect(calls).to.equal(2);
    expect(shadowText(el)).not.to.contain('Допродажи ОС'); // the second answer is on screen
    const second = shadowText(el);
    fail = true;
    await el.refresh();
    await settle(el);
    expect(calls).to.equal(3);
    expect(el.status).to.equal('ready');
    const stale = part(el, 'stale')!;
    expect(stale.getAttribute('role')).to.equal('alert');
    expect(stale.textContent).to.contain('HTTP 502 Bad Gateway').and.contain('loader');
    expect(shadowText(el).replace(stale.textContent!.replace(/\s+/g, ' ').trim(), '')).to.contain(
      second.slice(0, 40),
    );
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.deep.include({ partial: true, source: 'src' });
    expect(errors[0].detail.issues[0].path).to.equal('loader');
    // The next good load clears the failure.
    fail = false;
    await el.refresh();
    await settle(el);
    expect(part(el, 'stale')).to.equal(null);
  });

  it('shows the error state when the very first load fails', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordErrors(wrapper);
    const el = document.createElement('pulse-channel-pie');
    el.loader = () => Promise.reject(new Error('нет связи'));
    wrapper.append(el);
    await until(() => el.status === 'error');
    await settle(el);
    expect(part(el, 'error')!.textContent).to.contain('нет связи');
    expect(errors.at(-1)!.detail).to.deep.include({ partial: false, source: 'src' });
  });

  it('reloads src every refresh-interval seconds while connected, and stops when removed', async () => {
    let calls = 0;
    const el = await mountPie((e) => {
      e.refreshInterval = 0.05;
      e.loader = async () => {
        calls++;
        return channelSeed;
      };
    });
    await until(() => calls >= 3);
    el.remove();
    const after = calls;
    await new Promise((r) => setTimeout(r, 250));
    expect(calls).to.equal(after);
    // Back in the page, the timer runs again.
    document.body.append(el);
    await until(() => calls > after);
    el.refreshInterval = 0;
    await settle(el);
    const stopped = calls;
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).to.be.at.most(stopped + 1);
    el.remove();
  });

  it('takes the refresh-interval attribute for src and fetches the URL again', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(channelSeed)], { type: 'application/json' }));
    let fetches = 0;
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches++;
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><pulse-channel-pie src=${url} refresh-interval="0.05"></pulse-channel-pie></div>`,
      );
      const el = wrapper.querySelector('pulse-channel-pie')!;
      await until(() => el.status === 'ready' && fetches >= 2);
      expect(part(el, 'updated-at')).not.to.equal(null);
      wrapper.remove();
    } finally {
      window.fetch = realFetch;
      URL.revokeObjectURL(url);
    }
  });

  it('aborts a running load when the element is removed', async () => {
    let seen: AbortSignal | undefined;
    const el = await mountPie((e) => {
      e.loader = (signal) => {
        seen = signal;
        return new Promise(() => {}); // never settles
      };
    });
    await until(() => seen !== undefined);
    expect(el.status).to.equal('loading');
    el.remove();
    expect(seen!.aborted).to.equal(true);
  });

  it('reads a <script type="application/json"> child, and follows changes to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <pulse-channel-pie
          ><script type="application/json">
            ${JSON.stringify(channelSeed)}
          </script></pulse-channel-pie
        >
      </div>`,
    );
    const el = wrapper.querySelector('pulse-channel-pie')!;
    await settle(el);
    expect(el.status).to.equal('ready');
    expect(shadowText(el)).to.contain('Допродажи ОС');
    expect(part(el, 'updated-at')).to.equal(null); // nothing was loaded
    el.querySelector('script')!.textContent = JSON.stringify({
      gains: [{ key: 'x', label: 'Выставки', value: 5 }],
    });
    await until(() => shadowText(el).includes('Выставки'));
    expect(shadowText(el)).not.to.contain('Допродажи ОС');
  });

  it('names invalid JSON in the script child; data set by the host wins over the script', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <pulse-channel-pie
          ><script type="application/json">
            {"gains": [
          </script></pulse-channel-pie
        >
      </div>`,
    );
    const el = wrapper.querySelector('pulse-channel-pie')!;
    await settle(el);
    expect(el.status).to.equal('error');
    expect(part(el, 'error')!.textContent).to.contain('script').and.contain('invalid JSON');
    el.data = channelSeed;
    await settle(el);
    expect(el.status).to.equal('ready');
  });
});
