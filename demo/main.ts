// The demo portal (npm start): every widget on data built from the source figures.
import '../src/widgets/channel-pie/channel-pie.js';
import '../src/widgets/funnel/funnel.js';
import '../src/widgets/lifecycle-grid/lifecycle-grid.js';
import '../src/widgets/traffic-light-pool/traffic-light-pool.js';
import '../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import '../src/widgets/debt-table/debt-table.js';
import type { PulseElement } from '../src/shared/pulse-element.js';
import { channelMoney, channelSeed } from '../test/fixtures/channel-pie.js';
import { erpDeals, erpDealsEn, k2uChecklist, needsByOwner } from '../test/fixtures/funnel.js';
import { lifecycleGenerated } from '../test/fixtures/lifecycle-grid.js';
import { poolSeed } from '../test/fixtures/traffic-light-pool.js';
import { abcXyzSeed } from '../test/fixtures/abc-xyz-matrix.js';
import { debtSeed } from '../test/fixtures/debt-table.js';

const titles: Record<string, Record<string, string>> = {
  ru: {
    title: 'Отдел сопровождения',
    language: 'Язык',
    theme: 'Тема',
    channels: 'Каналы продаж за год',
    needs: 'Воронка потребностей',
    sales: 'Воронка продаж 1С:ERP',
    checklist: 'Чек-лист контакта К2У',
    lifecycle: 'Жизненный цикл клиентов',
    pool: 'Лампочки: пул клиентов',
    abc: 'ABC/XYZ-анализ клиентов',
    debts: 'Дебиторская задолженность',
    money: 'Подключения и отключения, ₽',
  },
  en: {
    title: 'Subscription service department',
    language: 'Language',
    theme: 'Theme',
    channels: 'Sales channels of the year',
    needs: 'Needs funnel',
    sales: '1C:ERP sales funnel',
    checklist: 'Contact checklist K2U',
    lifecycle: 'Client lifecycle',
    pool: 'Traffic lights: the client pool',
    abc: 'ABC/XYZ analysis of clients',
    debts: 'Receivables',
    money: 'Connections and disconnections, RUB',
  },
};

const widget = (id: string) => document.getElementById(id) as PulseElement<unknown, unknown>;
const data: Record<string, unknown> = {
  channels: channelSeed,
  money: channelMoney,
  needs: needsByOwner,
  sales: erpDeals,
  checklist: k2uChecklist,
  lifecycle: lifecycleGenerated(2000),
  pool: poolSeed,
  abc: abcXyzSeed,
  debts: debtSeed,
};
for (const [id, value] of Object.entries(data)) widget(id).data = value;

const lang = document.getElementById('lang') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
const params = new URLSearchParams(location.search);
lang.value = params.get('lang') === 'en' ? 'en' : 'ru';
theme.value = ['light', 'dark'].includes(params.get('theme') ?? '') ? params.get('theme')! : 'auto';

function apply(): void {
  document.documentElement.lang = lang.value;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = titles[lang.value][el.getAttribute('data-i18n')!] ?? el.textContent;
  }
  widget('sales').data = lang.value === 'en' ? erpDealsEn : erpDeals;
  for (const id of Object.keys(data)) widget(id).theme = theme.value as 'auto' | 'light' | 'dark';
  document.documentElement.dataset.theme = theme.value;
}
lang.addEventListener('change', apply);
theme.addEventListener('change', apply);
apply();

// Every widget's selection events, as a host would receive them.
const log = document.getElementById('log')!;
for (const type of [
  'pulse-slice-select',
  'pulse-stage-select',
  'pulse-segment-select',
  'pulse-client-select',
  'pulse-owner-select',
  'pulse-cell-select',
  'pulse-row-select',
  'pulse-group-select',
  'pulse-error',
]) {
  document.addEventListener(type, (e) => {
    const detail = JSON.stringify((e as CustomEvent).detail, (_, v) =>
      Array.isArray(v) && v.length > 8 ? [...v.slice(0, 8), `… ${v.length}`] : v,
    );
    log.textContent = `${type} ${detail}`;
  });
}
