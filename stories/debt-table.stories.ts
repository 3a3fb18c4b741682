import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/debt-table/debt-table.js';
import type { DebtTableOptions } from '../src/widgets/debt-table/debt-table.component.js';
import type { DebtTableView } from '../src/widgets/debt-table/debt-table.schema.js';
import {
  debtByOwner,
  debtFlat,
  debtIssue,
  debtPartlyBad,
  debtRows,
  debtSeed,
} from '../test/fixtures/debt-table.js';

interface Args {
  data: unknown;
  options?: DebtTableOptions;
  view: DebtTableView;
  src?: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/pulse-debt-table',
  component: 'pulse-debt-table',
  tags: ['autodocs'],
  args: { data: debtSeed, view: 'debts', theme: 'auto', lang: 'ru', loading: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['debts', 'collection', 'regularity', 'aging'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
  },
  render: (args) =>
    html`<div lang=${args.lang}>
      <pulse-debt-table
        .data=${args.data}
        .options=${args.options}
        view=${args.view}
        src=${args.src ?? ''}
        theme=${args.theme}
        ?loading=${args.loading}
      ></pulse-debt-table>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The issue's payload: Ликстрой 1 000 000,00 and СПЕЦТРАНССТРОЙ 316 680,00, total 1 316 680,00; depth by the last month's charge. */
export const IssueExample: Story = { args: { data: debtIssue } };

/** The source figures: Ликстрой at depth 5,90 from its charges, a lower bound "≥ 4,00", deep debts flagged. */
export const SeedFigures: Story = {};

/** Collection completeness with the KPI step per owner: Аракелян Н. 238 539 / 263 492 = 90,53 % → 0,2. */
export const Collection: Story = { args: { view: 'collection' } };

/** Payment regularity: Нео-Пак, ООО pays in the window [22 – 8] with a deviation of 8,7 days, irregularly. */
export const Regularity: Story = { args: { view: 'regularity' } };

/** Aging of invoices at asOf: not due, 1–30, 31–60, 61–90, 91+ days. */
export const Aging: Story = { args: { view: 'aging' } };

/** Grouped by owner only (`groupBy: ["owner"]`); the department becomes a column. */
export const ByOwner: Story = { args: { data: debtByOwner } };

/** A flat list (`groupBy: []`) with the columns the host chose (`columns`). */
export const FlatWithChosenColumns: Story = { args: { data: debtFlat } };

/** Options: whole months (`depthMode: 'ceil'`) and a flag from 6 months on. */
export const Options: Story = { args: { options: { depthMode: 'ceil', depthAlert: 6 } } };

/** 20 000 seeded clients in 4 departments and 80 owners: only the lines in view are rendered. */
export const LargeData: Story = { args: { data: debtRows(20_000) } };

export const Empty: Story = { args: { data: { asOf: '2024-07-19', rows: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: `asOf` is not a calendar date. */
export const Error: Story = { args: { data: { asOf: '31.02.2024', rows: debtIssue.rows } } };

/** A debt of "abc" and the date 31.02.2024: both rows are left out and listed, the rest renders. */
export const PartlyInvalid: Story = { args: { data: debtPartlyBad } };

export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };

export const English: Story = { args: { lang: 'en' } };

/** Names holding markup are shown as text. */
export const MarkupInNames: Story = {
  args: {
    data: {
      asOf: '2024-07-19',
      rows: [
        { id: 'x', name: '<img src=x onerror=alert(1)>', owner: '<b>bold</b>', debt: 1 },
        { id: 'y', name: 'ООО "Ромашка" & Co', owner: '<b>bold</b>', debt: 2 },
      ],
    },
  },
};
