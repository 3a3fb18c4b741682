import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/channel-pie/channel-pie.js';
import type { ChannelPieOptions } from '../src/widgets/channel-pie/channel-pie.component.js';
import { channelMany, channelMoney, channelSeed } from '../test/fixtures/channel-pie.js';

interface Args {
  data: unknown;
  options?: ChannelPieOptions;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
  noLegend: boolean;
  showTable: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-channel-pie',
  component: 'pulse-channel-pie',
  tags: ['autodocs'],
  args: { data: channelSeed, theme: 'auto', lang: 'ru', loading: false, noLegend: false, showTable: false },
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-width: 720px">
      <pulse-channel-pie
        .data=${args.data}
        .options=${args.options}
        src=${args.src ?? ''}
        theme=${args.theme}
        ?loading=${args.loading}
        ?no-legend=${args.noLegend}
        ?show-table=${args.showTable}
      ></pulse-channel-pie>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The year's sales channels from the source slides: upsell 5 %, premium 1.7 %, restoration 1 %, referrals 2.3 %; losses 2.3 % and 6.27 %. */
export const SeedFigures: Story = {};

/** Many channels: slices under 2 % are grouped into "Прочие", which lists its members. */
export const ManyChannelsWithOther: Story = { args: { data: channelMany } };

/** Money amounts given as Russian number strings ("1 250 000,00"); the balance is negative. */
export const Money: Story = { args: { data: channelMoney } };

/** Percents with one decimal, sorted by value, "other" under 5 %. */
export const Options: Story = {
  args: { data: channelMany, options: { decimals: 1, sort: 'value', otherBelow: 0.05 } },
};

export const Empty: Story = { args: { data: { gains: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: `gains` is not an array. */
export const Error: Story = { args: { data: { gains: 'oops' } } };

/** Two bad values: they are left out and listed, the rest renders. */
export const PartlyInvalid: Story = {
  args: {
    data: {
      ...channelSeed,
      gains: [
        ...(channelSeed.gains as object[]),
        { key: 'x', label: 'Ошибка', value: 'abc' },
        { key: 'y', value: -5 },
      ],
    },
  },
};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

export const English: Story = { args: { lang: 'en' } };

/** The data table alternative shown visibly. */
export const WithTable: Story = { args: { showTable: true } };

/** Labels holding markup are shown as text. */
export const MarkupInLabels: Story = {
  args: {
    data: {
      gains: [
        { key: 'x', label: '<img src=x onerror=alert(1)>', value: 3 },
        { key: 'y', label: '<b>bold</b>', value: 2 },
      ],
    },
  },
};
