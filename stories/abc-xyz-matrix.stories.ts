import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import type {
  AbcXyzMatrixOptions,
  AbcXyzReadings,
  AbcXyzView,
} from '../src/widgets/abc-xyz-matrix/abc-xyz-matrix.js';
import {
  abcXyzDocuments,
  abcXyzIssue,
  abcXyzLarge,
  abcXyzProfit,
  abcXyzSeed,
} from '../test/fixtures/abc-xyz-matrix.js';

interface Args {
  data: unknown;
  options?: AbcXyzMatrixOptions;
  readings?: AbcXyzReadings;
  view: AbcXyzView;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-abc-xyz-matrix',
  component: 'pulse-abc-xyz-matrix',
  tags: ['autodocs'],
  args: { data: abcXyzSeed, view: 'matrix', theme: 'auto', lang: 'ru', loading: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['matrix', 'transitions', 'pareto'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-width: 1000px">
      <pulse-abc-xyz-matrix
        .data=${args.data}
        .options=${args.options}
        .readings=${args.readings}
        view=${args.view}
        src=${args.src ?? ''}
        theme=${args.theme}
        ?loading=${args.loading}
      ></pulse-abc-xyz-matrix>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A 1C partner's clients over the first half of 2024, with the second half of 2023 for the transitions. */
export const SeedFigures: Story = {};

/** The issue's example: AX 2, AZ 1, BY 1, BZ 1, CX 1, lost 1, potential 1. */
export const IssueExample: Story = { args: { data: abcXyzIssue } };

/** The transition matrices previous → current, coloured better / worse / unchanged with arrows and words. */
export const Transitions: Story = { args: { view: 'transitions' } };

/** The Pareto curve of the ABC split (Observable Plot, loaded only for this view) with its table. */
export const Pareto: Story = { args: { view: 'pareto' } };

/** Gross profit, with a client at a loss (a negative sum counts as lost). */
export const Profit: Story = { args: { data: abcXyzProfit } };

/** Sales documents per week: counts instead of money. */
export const Documents: Story = { args: { data: abcXyzDocuments } };

/** Options: ABC at 70 / 90 %, XYZ at 15 / 40 %, the "before" boundary rule and the sample sigma. */
export const Options: Story = {
  args: {
    options: { abcThresholds: [0.7, 0.9], boundary: 'before', xyzThresholds: [0.15, 0.4], sigma: 'sample' },
  },
};

/** minPeriods above the number of periods: XYZ is undefined and a "no XYZ" column appears. */
export const NoXyz: Story = { args: { data: abcXyzIssue, options: { minPeriods: 6 } } };

/** The host's own readings replace the defaults key by key. */
export const CustomReadings: Story = {
  args: {
    readings: {
      AX: { title: 'Ключевые', text: 'Закрепить за руководителем отдела, договор на год.', priority: 'high' },
      CZ: { title: 'Не тратить время', text: 'Только рассылки.', priority: 'low' },
    },
  },
};

/** 5 000 clients × 12 months with owners and a previous year (seeded, the same on every run). */
export const LargeData: Story = { args: { data: abcXyzLarge() } };

export const Empty: Story = { args: { data: { periods: [], rows: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: `rows` is not an array. */
export const Error: Story = { args: { data: { periods: ['2024-01'], rows: 3 } } };

/** Bad rows (`"values": ["x"]`, a wrong length, a repeated id) are left out and listed; the rest renders. */
export const PartlyInvalid: Story = {
  args: {
    data: {
      ...abcXyzIssue,
      rows: [
        ...(abcXyzIssue.rows as object[]),
        { id: 'x1', name: 'Ошибка', values: ['x'] },
        { id: 'x2', name: 'Короткая строка', values: [1, 2] },
        { id: 'c1', name: 'Повтор', values: [1, 2, 3] },
      ],
    },
  },
};

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

export const English: Story = { args: { lang: 'en' } };

/** Names and owners holding markup are shown as text. */
export const MarkupInNames: Story = {
  args: {
    data: {
      periods: ['2024-01', '2024-02', '2024-03'],
      rows: [{ id: 'x', name: '<img src=x onerror=alert(1)>', owner: '<b>bold</b>', values: [1, 1, 1] }],
    },
  },
};
