// The dashboard and English texts loaded on demand (its own page, so nothing is loaded yet):
// a config that says `locale: 'en'` on a Russian page shows the loading line until the
// English catalogues are there, never its own or its widgets' texts in Russian first.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/dashboard/dashboard.js';
import type { PulseChannelPie } from '../../src/widgets/channel-pie/channel-pie.component.js';
import type { PulseDashboard } from '../../src/widgets/dashboard/dashboard.component.js';
import { teamConfig } from '../fixtures/dashboard.js';
import { mountUnder, shadowText } from './helpers.js';

describe('English texts of a dashboard loaded on demand', () => {
  it("a dashboard whose config says locale: 'en' on a Russian page waits for the English texts", async () => {
    const dashboard = mountUnder<PulseDashboard>('pulse-dashboard', 'ru', {
      config: { ...teamConfig, locale: 'en', widgets: teamConfig.widgets.slice(-2) },
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(shadowText(dashboard)).to.equal('Loading…');
    await dashboard.updateComplete;
    const pie = dashboard.shadowRoot!.querySelector<PulseChannelPie>('pulse-channel-pie')!;
    await pie.updateComplete;
    expect(pie.closest('[lang]')?.getAttribute('lang')).to.equal('en');
    expect(shadowText(pie)).to.contain('Gains');
    const toolbar = dashboard.shadowRoot!.querySelector('[part~="frame"] button');
    expect(toolbar?.getAttribute('aria-label') ?? toolbar?.textContent ?? '').not.to.match(/[а-яё]/i);
  });
});
