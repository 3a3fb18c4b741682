// The demo portal (npm start): "Отдел сопровождения" with every widget in a <pulse-dashboard>,
// on the figures of the source documents or on a generated department (2,000 clients, 8 owners,
// 12 months), with a language and a theme switch. The dashboard wires the owner filter across
// the widgets: its owner select, or an owner chosen in a widget (the pool's owner, an owner's
// funnel cell, an owner group of the debt table; choosing it again clears it).
import '../src/widgets/dashboard/dashboard.js'; // registers pulse-dashboard and the six widgets
import type { PulseElement, PulseTheme } from '../src/shared/pulse-element.js';
import type { WidgetType } from '../src/core/filter.js';
import { channelMoney, channelSeed } from '../test/fixtures/channel-pie.js';
import { ERP_LABELS_EN, erpDeals, erpDealsEn, k2uChecklist, needsByOwner } from '../test/fixtures/funnel.js';
import { lifecycleSeed } from '../test/fixtures/lifecycle-grid.js';
import { poolSeed } from '../test/fixtures/traffic-light-pool.js';
import { abcXyzSeed } from '../test/fixtures/abc-xyz-matrix.js';
import { debtSeed } from '../test/fixtures/debt-table.js';
import { departmentInputs, departmentModel, type DepartmentModel } from '../test/fixtures/department.js';

type Lang = 'ru' | 'en';
type Source = 'seed' | 'generated';
type Inputs = ReturnType<typeof departmentInputs>;

const TEXT = {
  ru: {
    title: 'Отдел сопровождения',
    source: 'Данные',
    seed: 'Цифры из документов',
    generated: 'Сгенерированный отдел',
    owner: 'Ответственный',
    allOwners: 'Все',
    language: 'Язык',
    theme: 'Тема',
    themeAuto: 'как в системе',
    themeLight: 'светлая',
    themeDark: 'тёмная',
    hosts: 'Примеры встраивания',
    events: 'События виджетов',
    noEvents: 'Выберите срез, этап, сегмент, клиента или строку — событие появится здесь.',
    seedSummary: 'Цифры из слайдов конференции: у каждого виджета свои клиенты и ответственные.',
    generatedSummary: (clients: number, owners: number) =>
      `${clients.toLocaleString('ru-RU')} клиентов, ${owners} ответственных, 2024 год (2023 — прошлый период), на 31.12.2024. Одни и те же клиенты во всех виджетах.`,
    ownerNote: (owner: string) => ` Показаны клиенты: ${owner}`,
  },
  en: {
    title: 'Subscription service department',
    source: 'Data',
    seed: 'Figures from the documents',
    generated: 'Generated department',
    owner: 'Owner',
    allOwners: 'All',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'system',
    themeLight: 'light',
    themeDark: 'dark',
    hosts: 'Host examples',
    events: 'Widget events',
    noEvents: 'Choose a slice, a stage, a segment, a client or a row: its event shows here.',
    seedSummary: "The conference slides' figures: each widget has clients and owners of its own.",
    generatedSummary: (clients: number, owners: number) =>
      `${clients.toLocaleString('en-US')} clients, ${owners} owners, the year 2024 (2023 as the previous period), as of 31.12.2024. The same clients in every widget.`,
    ownerNote: (owner: string) => ` Showing the clients of ${owner}`,
  },
} as const;

/**
 * One card of the portal: a widget, its title, its width (a third of the six columns by
 * default) and its data. `data` gets the owner only where the dashboard's filter cannot narrow
 * the input itself (the generated channel balance, recomputed from the owner's clients).
 */
interface Card {
  id: string;
  type: WidgetType;
  title: Record<Lang, string>;
  size?: 'half' | 'wide' | 'full';
  attrs?: Record<string, string>;
  data: (lang: Lang, owner: string | null) => unknown;
}
const SPANS = { third: 2, half: 3, wide: 4, full: 6 } as const;

// Labels are the host's data: in English the portal sends its own labels for the channel keys.
const CHANNELS_EN: Record<string, string> = {
  upsell: 'Upsell of the main line',
  premium: 'Premium upsell',
  restoration: 'Restoration',
  referral: 'Referrals',
  competitors: 'Lost to competitors',
  closed: 'Business closed',
  other: 'Other losses',
};
type Slice = { key: string | number; label?: string };
const channelsEn = new WeakMap<object, unknown>();
/** The channel data with English labels for the known keys (cached: the same object each time). */
function channelsIn(lang: Lang, data: unknown): unknown {
  if (lang === 'ru' || data === null || typeof data !== 'object') return data;
  let en = channelsEn.get(data);
  if (!en) {
    const d = data as { gains: Slice[]; losses?: Slice[] };
    const label = (s: Slice) => ({ ...s, label: CHANNELS_EN[String(s.key)] ?? s.label });
    channelsEn.set(data, (en = { ...d, gains: d.gains.map(label), losses: d.losses?.map(label) }));
  }
  return en;
}

/** A card on the figures of the source documents (the dashboard narrows them to an owner). */
const seedCard = (card: Omit<Card, 'data'>, data: (lang: Lang) => unknown): Card => ({ ...card, data });

const SEED: Card[] = [
  seedCard(
    {
      id: 'channels',
      type: 'channel-pie',
      title: { ru: 'Каналы продаж за год', en: 'Sales channels of the year' },
    },
    (lang) => channelsIn(lang, channelSeed),
  ),
  seedCard(
    { id: 'needs', type: 'funnel', title: { ru: 'Воронка потребностей', en: 'Needs funnel' } },
    () => needsByOwner,
  ),
  seedCard(
    {
      id: 'checklist',
      type: 'funnel',
      attrs: { mode: 'checklist' },
      title: { ru: 'Чек-лист контакта К2У', en: 'Contact checklist K2U' },
    },
    () => k2uChecklist,
  ),
  seedCard(
    {
      id: 'sales',
      type: 'funnel',
      size: 'wide',
      title: { ru: 'Воронка продаж 1С:ERP', en: '1C:ERP sales funnel' },
    },
    (lang) => (lang === 'en' ? erpDealsEn : erpDeals),
  ),
  seedCard(
    {
      id: 'money',
      type: 'channel-pie',
      title: { ru: 'Подключения и отключения, ₽', en: 'Connections and disconnections, RUB' },
    },
    (lang) => channelsIn(lang, channelMoney),
  ),
  seedCard(
    {
      id: 'lifecycle',
      type: 'lifecycle-grid',
      size: 'half',
      title: { ru: 'Жизненный цикл клиентов (26.05.2015)', en: 'Client lifecycle (26.05.2015)' },
    },
    () => lifecycleSeed,
  ),
  seedCard(
    {
      id: 'abc',
      type: 'abc-xyz-matrix',
      size: 'half',
      title: { ru: 'ABC/XYZ-анализ клиентов', en: 'ABC/XYZ analysis of clients' },
    },
    () => abcXyzSeed,
  ),
  seedCard(
    {
      id: 'pool',
      type: 'traffic-light-pool',
      size: 'full',
      title: { ru: 'Лампочки: пул клиентов', en: 'Traffic lights: the client pool' },
    },
    () => poolSeed,
  ),
  seedCard(
    {
      id: 'debts',
      type: 'debt-table',
      size: 'full',
      title: { ru: 'Дебиторская задолженность', en: 'Receivables' },
    },
    () => debtSeed,
  ),
];

// The generated department: built once, and its inputs once per owner (an owner's inputs
// are the same clients as in the whole department; the channel balance is recomputed).
let model: DepartmentModel | undefined;
const inputsByOwner = new Map<string, Inputs>();
function department(owner: string | null): Inputs {
  model ??= departmentModel();
  let inputs = inputsByOwner.get(owner ?? '');
  if (!inputs) inputsByOwner.set(owner ?? '', (inputs = departmentInputs(model, owner)));
  return inputs;
}
const salesEn = new WeakMap<object, unknown>();
/** The sales funnel with English stage labels (same deals). */
function withEnglishStages(funnel: Inputs['funnel']): unknown {
  let en = salesEn.get(funnel);
  if (!en) salesEn.set(funnel, (en = { ...funnel, stageLabels: ERP_LABELS_EN }));
  return en;
}

const GENERATED: Card[] = [
  {
    id: 'channels',
    type: 'channel-pie',
    title: {
      ru: 'Подключения и отключения за год, ₽ в месяц',
      en: 'Connections and disconnections of the year, RUB a month',
    },
    data: (lang, owner) => channelsIn(lang, department(owner).channels),
  },
  {
    id: 'sales',
    type: 'funnel',
    size: 'wide',
    title: { ru: 'Воронка продаж 1С:ERP, 2024', en: '1C:ERP sales funnel, 2024' },
    data: (lang) => (lang === 'en' ? withEnglishStages(department(null).funnel) : department(null).funnel),
  },
  {
    id: 'pool',
    type: 'traffic-light-pool',
    size: 'full',
    title: { ru: 'Лампочки: пул клиентов', en: 'Traffic lights: the client pool' },
    data: () => department(null).pool,
  },
  {
    id: 'lifecycle',
    type: 'lifecycle-grid',
    size: 'half',
    title: { ru: 'Жизненный цикл: повторные покупки', en: 'Lifecycle: repeat purchases' },
    data: () => department(null).lifecycle,
  },
  {
    id: 'abc',
    type: 'abc-xyz-matrix',
    size: 'half',
    title: { ru: 'ABC/XYZ: выручка по месяцам 2024', en: 'ABC/XYZ: monthly revenue of 2024' },
    data: () => department(null).abcXyz,
  },
  {
    id: 'debts',
    type: 'debt-table',
    size: 'full',
    title: { ru: 'Дебиторская задолженность на 31.12.2024', en: 'Receivables on 31.12.2024' },
    data: () => department(null).debts,
  },
];

// ── State (kept in the URL, so a view can be linked and screenshotted) ────────────────
const params = new URLSearchParams(location.search);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const sourceSelect = $<HTMLSelectElement>('source');
const langSelect = $<HTMLSelectElement>('lang');
const themeSelect = $<HTMLSelectElement>('theme');
const dashboard = $<HTMLElementTagNameMap['pulse-dashboard']>('dashboard');
const summary = $<HTMLElement>('summary');
const log = $<HTMLOListElement>('log');

const state = {
  source: (params.get('data') === 'generated' ? 'generated' : 'seed') as Source,
  owner: params.get('owner') || null,
  lang: (params.get('lang') === 'en' ? 'en' : 'ru') as Lang,
  theme: (['light', 'dark'].includes(params.get('theme') ?? '') ? params.get('theme') : 'auto') as PulseTheme,
};

const cards = () => (state.source === 'generated' ? GENERATED : SEED);
const elements = new Map<string, PulseElement<unknown, unknown>>();

/** Puts the widgets of the current source into the dashboard (elements only, titles as text). */
function buildGrid(): void {
  elements.clear();
  dashboard.replaceChildren(
    ...cards().map((card) => {
      const el = document.createElement(`pulse-${card.type}`) as PulseElement<unknown, unknown>;
      el.id = card.id;
      el.dataset.span = String(SPANS[card.size ?? 'third']);
      for (const [name, value] of Object.entries(card.attrs ?? {})) el.setAttribute(name, value);
      elements.set(card.id, el);
      return el;
    }),
  );
  dashboard.filters = { owner: state.owner };
}

/** Applies the state: texts, the theme (the dashboard's and its widgets'), each widget's data. */
function apply(): void {
  const t = TEXT[state.lang];
  document.documentElement.lang = state.lang;
  document.documentElement.dataset.theme = state.theme;
  document.title = `crm-pulse — ${t.title}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t[el.dataset.i18n as keyof typeof t];
    if (typeof text === 'string') el.textContent = text;
  }
  dashboard.theme = state.theme; // and every widget's: the dashboard passes it down
  for (const card of cards()) {
    const el = elements.get(card.id)!;
    el.dataset.title = card.title[state.lang];
    const data = card.data(state.lang, state.owner);
    // The dashboard keeps the host's data as the original and shows the owner's part of it.
    if (el.data !== data) el.data = data;
  }
  // Titles and new data of the children: the dashboard reads them when it updates.
  dashboard.requestUpdate();
  const m = model;
  summary.textContent =
    (state.source === 'generated' && m
      ? t.generatedSummary(m.clients.length, m.owners.length)
      : t.seedSummary) + (state.owner ? t.ownerNote(state.owner) : '');
  if (!log.childElementCount) log.dataset.empty = t.noEvents;
  sourceSelect.value = state.source;
  langSelect.value = state.lang;
  themeSelect.value = state.theme;
  const url = new URLSearchParams();
  if (state.source === 'generated') url.set('data', 'generated');
  if (state.owner) url.set('owner', state.owner);
  if (state.lang === 'en') url.set('lang', 'en');
  if (state.theme !== 'auto') url.set('theme', state.theme);
  history.replaceState(null, '', url.size ? `?${url}` : location.pathname);
}

sourceSelect.addEventListener('change', () => {
  state.source = sourceSelect.value === 'generated' ? 'generated' : 'seed';
  state.owner = null;
  buildGrid();
  apply();
});
langSelect.addEventListener('change', () => {
  state.lang = langSelect.value === 'en' ? 'en' : 'ru';
  apply();
});
// The owner chosen in the dashboard (its select or a widget): kept in the URL and the summary.
dashboard.addEventListener('pulse-filter-change', (e) => {
  state.owner = e.detail.filters.owner ?? null;
  apply();
});
themeSelect.addEventListener('change', () => {
  state.theme = themeSelect.value as PulseTheme;
  apply();
});

// Every widget's events, as a host receives them: the newest on top, ids shortened.
const EVENTS = [
  'pulse-slice-select',
  'pulse-stage-select',
  'pulse-segment-select',
  'pulse-client-select',
  'pulse-owner-select',
  'pulse-cell-select',
  'pulse-row-select',
  'pulse-group-select',
  'pulse-filter-change',
  'pulse-error',
];
for (const type of EVENTS) {
  document.addEventListener(type, (e) => {
    const detail = JSON.stringify((e as CustomEvent).detail, (_, v: unknown) =>
      Array.isArray(v) && v.length > 6 ? [...v.slice(0, 6), `… ${v.length}`] : v,
    );
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = `${(e.target as Element).id} · ${type}`;
    item.append(name, ` ${detail}`);
    log.prepend(item);
    while (log.childElementCount > 8) log.lastElementChild!.remove();
  });
}

buildGrid();
apply();
