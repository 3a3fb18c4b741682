import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/traffic-light-pool/traffic-light-pool.js';
import type { TrafficLightPoolOptions } from '../src/widgets/traffic-light-pool/traffic-light-pool.component.js';
import {
  poolExample,
  poolGraded,
  poolLarge,
  poolSeed,
  poolSlide,
} from '../test/fixtures/traffic-light-pool.js';

interface Args {
  data: unknown;
  options?: TrafficLightPoolOptions;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
  view: 'lights' | 'table';
  noMix: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-traffic-light-pool',
  component: 'pulse-traffic-light-pool',
  tags: ['autodocs'],
  args: { data: poolExample, theme: 'auto', lang: 'ru', loading: false, view: 'lights', noMix: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    view: { control: 'inline-radio', options: ['lights', 'table'] },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-width: 1100px">
      <pulse-traffic-light-pool
        .data=${args.data}
        .options=${args.options}
        src=${args.src ?? ''}
        theme=${args.theme}
        view=${args.view}
        ?loading=${args.loading}
        ?no-mix=${args.noMix}
      ></pulse-traffic-light-pool>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The issue's payload: Ромашка green (0.9), Василек yellow (0.6), Лютик red (0.3), one per owner. */
export const IssueExample: Story = {};

/** The slide's "what expires soon" column: choose Василек to see it fall to 0.4 after ЦОК and training expire. */
export const ExpiresSoon: Story = { args: { data: poolSlide } };

/**
 * The per-manager table of the slide: NOIO 1..5, 758 clients (3.8 / 20.3 / 75.9 % for NOIO 1 ...).
 * Above 600 clients the pool shows per-owner bars; choose an owner to see its lights.
 */
export const SeedFigures: Story = { args: { data: poolSeed } };

/** The same 758 clients drawn as lights (maxLights raised to 1000). */
export const SeedAsLights: Story = { args: { data: poolSeed, options: { maxLights: 1000 } } };

/** 5,000 seeded clients over 12 owners and a few without one, with a graded activity rule. */
export const LargePool: Story = { args: { data: poolLarge } };

/** Graded steps: activity earns 25 % of its weight from 20, 50 % from 50, all from 100. */
export const GradedSteps: Story = { args: { data: poolGraded } };

/** The slide's table: raw values, earned weights, sum, colour, what expires soon; sortable. */
export const TableView: Story = { args: { data: poolSlide, view: 'table' } };

/** The table of the 758 clients in pages of 20 rows. */
export const TablePages: Story = { args: { data: poolSeed, view: 'table', options: { pageSize: 20 } } };

/** Scores divided by the sum of the weights (1.1), "soon" within 14 days. */
export const Normalized: Story = { args: { data: poolSlide, options: { normalize: true, soonDays: 14 } } };

/** Without the mix table. */
export const NoMix: Story = { args: { data: poolSeed, noMix: true } };

export const Empty: Story = { args: { data: { ...poolExample, clients: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: `clients` is not an array. */
export const Error: Story = { args: { data: { ...poolExample, clients: 'x' } } };

/** A bad indicator rejects the whole input: every score depends on it. */
export const BadWeight: Story = {
  args: {
    data: {
      ...poolExample,
      indicators: [{ ...poolExample.indicators[0], weight: 'heavy' }, ...poolExample.indicators.slice(1)],
    },
  },
};

/** A bad value and a duplicate id: those clients are left out and listed, the rest renders. */
export const PartlyInvalid: Story = {
  args: {
    data: {
      ...poolExample,
      clients: [
        ...poolExample.clients,
        { id: 'c4', name: 'Ошибка', owner: 'Сотрудник 1', values: { activity: 'много' } },
        { id: 'c1', name: 'Дубль', owner: 'Сотрудник 1', values: {} },
      ],
    },
  },
};

export const Dark: Story = {
  args: { data: poolSlide, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const English: Story = { args: { data: poolSeed, lang: 'en' } };

/** Names and owners holding markup are shown as text. */
export const MarkupInNames: Story = {
  args: {
    data: {
      ...poolExample,
      clients: [{ ...poolExample.clients[0], name: '<img src=x onerror=alert(1)>', owner: '<b>Иванов</b>' }],
    },
  },
};
