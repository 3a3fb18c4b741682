// The English texts of the widgets are modules loaded on demand: a Russian page never
// fetches them; an English page shows the loading state until they are there (never a
// Russian flash), and `updateComplete` waits for them. This file runs in its own page, so
// the catalogues start unloaded; the tests run in order and rely on that.
import { expect } from '@esm-bundle/chai';
import '../../src/widgets/channel-pie/channel-pie.js';
import '../../src/widgets/funnel/funnel.js';
import type { PulseChannelPie } from '../../src/widgets/channel-pie/channel-pie.component.js';
import type { PulseFunnel } from '../../src/widgets/funnel/funnel.component.js';
import { channelSeed } from '../fixtures/channel-pie.js';
import { funnelIssue } from '../fixtures/funnel.js';
import { mountUnder, removeMounted, shadowText } from './helpers.js';

/** Resources fetched so far whose URL names an English catalogue. */
const englishFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\.messages\.en\.(js|ts)\b/.test(name));

afterEach(removeMounted);

describe('English texts loaded on demand', () => {
  it('a Russian page renders at once and never fetches the English catalogues', async () => {
    const pie = mountUnder<PulseChannelPie>('pulse-channel-pie', 'ru', { data: channelSeed });
    const funnel = mountUnder<PulseFunnel>('pulse-funnel', 'ru-RU', { data: funnelIssue });
    await pie.updateComplete;
    await funnel.updateComplete;
    expect(pie.status).to.equal('ready');
    expect(shadowText(pie)).to.contain('Приход');
    expect(funnel.status).to.equal('ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(englishFetched()).to.deep.equal([]);
  });

  it('an English page shows the loading state, then English, with no Russian in between', async () => {
    const pie = mountUnder<PulseChannelPie>('pulse-channel-pie', 'en', { data: channelSeed });
    // Lit renders in microtasks; the catalogue needs at least a task: the first render waits.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(pie.status).to.equal('loading');
    const loading = pie.shadowRoot!.querySelector('[part~="loading"]');
    expect(loading?.textContent?.trim()).to.equal('Loading…');
    expect(shadowText(pie)).not.to.match(/[а-яё]/i);
    await pie.updateComplete;
    expect(pie.status).to.equal('ready');
    expect(shadowText(pie)).to.contain('Gains');
    expect(shadowText(pie)).not.to.contain('Приход');
    expect(englishFetched().length).to.be.greaterThan(0);
  });

  it('once loaded, another element (and a language switch) shows English at once', async () => {
    const funnel = mountUnder<PulseFunnel>('pulse-funnel', 'ru', { data: funnelIssue });
    const wrapper = funnel.parentElement!;
    await funnel.updateComplete;
    expect(shadowText(funnel)).to.contain('Воронка');
    wrapper.lang = 'en';
    // The document observer reports the change in a microtask; no loading state this time.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(funnel.status).to.equal('ready');
    await funnel.updateComplete;
    expect(shadowText(funnel)).to.contain('Funnel');
    expect(shadowText(funnel)).not.to.contain('Воронка');
  });
});
