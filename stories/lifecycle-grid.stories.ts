import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/lifecycle-grid/lifecycle-grid.js';
import type { LifecycleGridOptions } from '../src/widgets/lifecycle-grid/lifecycle-grid.component.js';
import { lifecycleExample, lifecycleGenerated, lifecycleSeed } from '../test/fixtures/lifecycle-grid.js';

interface Args {
  data: unknown;
  options?: LifecycleGridOptions;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
  noOwnerFilter: boolean;
  pageSize: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-lifecycle-grid',
  component: 'pulse-lifecycle-grid',
  tags: ['autodocs'],
  args: {
    data: lifecycleExample,
    theme: 'auto',
    lang: 'ru',
    loading: false,
    noOwnerFilter: false,
    pageSize: 100,
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-width: 860px">
      <pulse-lifecycle-grid
        .data=${args.data}
        .options=${args.options}
        src=${args.src ?? ''}
        theme=${args.theme}
        page-size=${args.pageSize}
        ?loading=${args.loading}
        ?no-owner-filter=${args.noOwnerFilter}
      ></pulse-lifecycle-grid>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Generated once: 2,000 clients, seeded. */
const large = lifecycleGenerated();

/** The issue's example on 30.06.2024: Новые, Постоянные, Засыпающие новые, Уснувшие перспективные and one potential client. */
export const IssueExample: Story = {};

/** The Loginom snapshot on 26.05.2015 (45 clients), precomputed by a host: New 3 (6.67 %) … Asleep new 17 (37.78 %). */
export const SeedFigures: Story = { args: { data: lifecycleSeed } };

/** 2,000 generated clients of eight owners over two years: the owner filter, long lists with "show more", "soon" marks. */
export const LargeBase: Story = { args: { data: large } };

/** Clients falling to the next state within 20 days are marked "soon" (icon and text). */
export const SoonHorizon: Story = { args: { options: { soonDays: 20 } } };

/** The core's thresholds as options: regular from 3 purchases, falling asleep after 2 T, asleep after 4 T. */
export const Thresholds: Story = {
  args: {
    data: large,
    options: { regularFrom: 3, fallingAsleepFactor: 2, asleepFactor: 4, minCycleDays: 14 },
  },
};

/** Strategy texts replaced by the host (a string for cell 9, parts for cell 6); one decimal in the shares. */
export const CustomStrategies: Story = {
  args: {
    data: lifecycleSeed,
    options: {
      decimals: 1,
      strategies: {
        6: { call: 'Звонок руководителя отдела в течение дня', offer: 'Скидка 10 % на продление' },
        9: 'Передать в отдел восстановления',
      },
    },
  },
};

/** Precomputed counts with ids: the list shows ids and exports them. */
export const PrecomputedWithIds: Story = {
  args: {
    data: {
      asOf: '2024-06-30',
      segments: [
        { segment: 1, count: 2, ids: ['c-101', 'c-102'] },
        { segment: 3, count: 1, ids: ['c-201'] },
        { segment: 7, count: 3, ids: ['c-301', 'c-302', 'c-303'] },
        { segment: 'potential', count: 1, ids: ['c-401'] },
      ],
    },
  },
};

/** The owner filter hidden. */
export const NoOwnerFilter: Story = { args: { data: large, noOwnerFilter: true } };

export const Empty: Story = { args: { data: { asOf: '2024-06-30', clients: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: `asOf` is 31.02.2024. */
export const Error: Story = { args: { data: { ...lifecycleExample, asOf: '31.02.2024' } } };

/** A purchase "not a date": that client is left out and listed, the rest renders. */
export const PartlyInvalid: Story = {
  args: {
    data: {
      ...lifecycleExample,
      clients: [
        ...lifecycleExample.clients,
        { id: 'x', name: 'Ошибка', purchases: ['2024-05-01', 'not a date'] },
      ],
    },
  },
};

export const Dark: Story = {
  args: { theme: 'dark', data: large },
  parameters: { backgrounds: { default: 'dark' } },
};

export const English: Story = { args: { lang: 'en', data: large } };

/** Names and owners holding markup are shown as text. */
export const MarkupInNames: Story = {
  args: {
    data: {
      asOf: '2024-06-30',
      clients: [
        { id: 'x', name: '<img src=x onerror=alert(1)>', owner: '<b>boss</b>', purchases: ['2024-06-01'] },
      ],
    },
  },
};
