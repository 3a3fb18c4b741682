import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/dashboard/dashboard.js';
import type { DashboardLoader } from '../src/widgets/dashboard/dashboard.component.js';
import type { DashboardConfig } from '../src/widgets/dashboard/dashboard.schema.js';
import { channelSeed } from '../test/fixtures/channel-pie.js';
import {
  brokenConfig,
  collectionConfig,
  salesConfig,
  teamConfig,
  teamDebts,
  teamPool,
} from '../test/fixtures/dashboard.js';
import { department } from '../test/fixtures/department.js';

interface Args {
  config?: unknown;
  loader?: DashboardLoader;
  theme?: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  columns?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-dashboard',
  component: 'pulse-dashboard',
  tags: ['autodocs'],
  args: { config: teamConfig, lang: 'ru' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    columns: { control: { type: 'number', min: 1, max: 12 } },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <pulse-dashboard
        .config=${args.config}
        .loader=${args.loader}
        theme=${args.theme ?? 'auto'}
        .columns=${args.columns}
      ></pulse-dashboard>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A generated department of 400 clients and 8 owners: every widget built from the same clients. */
function departmentConfig(): DashboardConfig {
  const d = department({ clients: 400 });
  return {
    title: 'Отдел сопровождения: обзор',
    columns: 3,
    widgets: [
      { type: 'traffic-light-pool', title: 'Лампочки', data: d.pool },
      { type: 'lifecycle-grid', title: 'Жизненный цикл клиентов', data: d.lifecycle },
      { type: 'channel-pie', title: 'Приход и потери', data: d.channels },
      { type: 'funnel', title: 'Воронка продаж', data: d.funnel, span: 2 },
      { type: 'abc-xyz-matrix', title: 'ABC/XYZ', data: d.abcXyz },
      { type: 'debt-table', title: 'Дебиторская задолженность', data: d.debts, span: 3 },
    ],
  };
}

/**
 * The head of department's overview: all six widgets over one generated department.
 * Choose an owner in the pool's table, the funnel's owner rows, the debt table's owner
 * groups or the owner select: the other widgets narrow to that owner.
 */
export const DepartmentOverview: Story = { args: { config: departmentConfig() } };

/** Every widget with an input that has nothing to show yet: each frame shows its empty state. */
export const Empty: Story = {
  args: {
    config: {
      title: 'Новый отдел',
      columns: 3,
      widgets: [
        { type: 'channel-pie', title: 'Приход и потери', data: { gains: [] } },
        { type: 'funnel', title: 'Воронка продаж', data: { stages: [] } },
        { type: 'lifecycle-grid', title: 'Жизненный цикл', data: { asOf: '2024-06-01', clients: [] } },
        {
          type: 'traffic-light-pool',
          title: 'Лампочки',
          data: { indicators: [{ key: 'visits', weight: 1, rule: { min: 1 } }], clients: [] },
        },
        { type: 'abc-xyz-matrix', title: 'ABC/XYZ', data: { periods: ['2024-01'], rows: [] } },
        { type: 'debt-table', title: 'Дебиторская задолженность', data: { asOf: '2024-06-01', rows: [] } },
      ],
    },
  },
};

/** A small team of two engineers, six widgets, the debt table across the grid. */
export const Team: Story = {};

/** The sales manager's layout: the funnel over two columns, channels, ABC/XYZ below. */
export const SalesManager: Story = { args: { config: salesConfig } };

/** The debt collection layout: receivables and the pool. */
export const DebtCollection: Story = { args: { config: collectionConfig } };

/** Mistakes in the config: each bad widget says what is wrong in its own frame; the others render. */
export const BrokenConfig: Story = { args: { config: brokenConfig } };

/** The dashboard's own fields are wrong: nothing renders but the error. */
export const RefusedConfig: Story = { args: { config: { columns: 0, widgets: 'none' } } };

/** Widgets with `src`, loaded through a host loader that takes a while (1.5 s), refreshed every 30 s. */
export const Loading: Story = {
  args: {
    config: {
      title: 'Загрузка',
      refreshInterval: 30,
      widgets: [
        { type: 'debt-table', title: 'Дебиторская задолженность', src: '/api/debts.json', span: 2 },
        { type: 'traffic-light-pool', title: 'Лампочки', src: '/api/pool.json' },
        { type: 'channel-pie', title: 'Каналы продаж', src: '/api/channels.json' },
      ],
    },
    loader: (widget, signal) =>
      new Promise((resolve, reject) => {
        const answers: Record<string, unknown> = {
          '/api/debts.json': teamDebts,
          '/api/pool.json': teamPool,
          '/api/channels.json': channelSeed,
        };
        const timer = setTimeout(() => resolve(answers[widget.src ?? '']), 1500);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
  },
};

/** The host's loader fails after the first load: the last good data stays, the failure is shown. */
export const RefreshFailure: Story = {
  args: {
    config: {
      title: 'Ошибка обновления',
      widgets: [
        { type: 'debt-table', title: 'Дебиторская задолженность (нажмите ↻)', src: '/api/debts.json' },
      ],
    },
    loader: (() => {
      let calls = 0;
      return async () => {
        calls++;
        if (calls > 1) throw new Error('HTTP 503 Service Unavailable');
        return teamDebts;
      };
    })(),
  },
};

export const Dark: Story = {
  args: { config: { ...teamConfig, theme: 'dark' } },
  parameters: { backgrounds: { default: 'dark' } },
};

export const English: Story = {
  args: { config: { ...teamConfig, locale: 'en', title: 'Support department' }, lang: 'en' },
};

/** Without a config: the dashboard frames its child elements (`data-title`, `data-span`). */
export const ChildElements: Story = {
  render: (args) =>
    html`<div lang=${args.lang}>
      <pulse-dashboard heading="Команда" columns="2" theme=${args.theme ?? 'auto'}>
        <pulse-debt-table data-title="Долги команды" data-span="2" .data=${teamDebts}></pulse-debt-table>
        <pulse-traffic-light-pool data-title="Лампочки" .data=${teamPool}></pulse-traffic-light-pool>
        <pulse-channel-pie data-title="Каналы">
          <script type="application/json">
            ${JSON.stringify(channelSeed)}
          </script>
        </pulse-channel-pie>
      </pulse-dashboard>
    </div>`,
};
