import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/funnel/funnel.js';
import type { FunnelWidgetOptions } from '../src/widgets/funnel/funnel.component.js';
import {
  erpDeals,
  erpDealsEn,
  funnelIssue,
  k2uChecklist,
  largeDeals,
  manyOwners,
  needsByOwner,
} from '../test/fixtures/funnel.js';

interface Args {
  data: unknown;
  options?: FunnelWidgetOptions;
  src?: string;
  mode: 'funnel' | 'checklist';
  theme: 'auto' | 'light' | 'dark';
  lang: 'ru' | 'en';
  loading: boolean;
  showTable: boolean;
  noOwners: boolean;
  width: number;
}

const render = (args: Args) =>
  html`<div lang=${args.lang} style=${`max-width: ${args.width}px`}>
    <pulse-funnel
      .data=${args.data}
      .options=${args.options}
      src=${args.src ?? ''}
      mode=${args.mode}
      theme=${args.theme}
      ?loading=${args.loading}
      ?show-table=${args.showTable}
      ?no-owners=${args.noOwners}
    ></pulse-funnel>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/pulse-funnel',
  component: 'pulse-funnel',
  tags: ['autodocs'],
  args: {
    data: funnelIssue,
    mode: 'funnel',
    theme: 'auto',
    lang: 'ru',
    loading: false,
    showTable: false,
    noOwners: false,
    width: 960,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['funnel', 'checklist'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 20 } },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

/** The issue's example: the needs funnel 548 → 430 → 330 → 179, 78,5 % from the first stage to the second. */
export const IssueExample: Story = {};

/** The needs funnel per employee: cells `570/81 % — 348` (count / share of base — clients), the worst conversion marked ▼. */
export const NeedsByOwner: Story = { args: { data: needsByOwner } };

/** The 1C:ERP sales funnel from 40 deals: went on / open / lost per stage, time in stage, won and lost totals, win rate. */
export const SalesFunnelFromDeals: Story = { args: { data: erpDeals } };

/** The K2U contact checklist: independent steps (89 %, 85 %, 51 %, 74 %, 44 %, 83 %, 13 %), no conversion. */
export const Checklist: Story = { args: { data: k2uChecklist, mode: 'checklist' } };

/** The same steps shown as a funnel: the widget notes that counts rise and points to the checklist mode. */
export const ChecklistShownAsFunnel: Story = { args: { data: k2uChecklist } };

export const Empty: Story = { args: { data: { stages: [] } } };

export const Loading: Story = { args: { data: undefined, loading: true } };

/** The whole input is rejected: a stage's count is "many" (a funnel needs every stage). */
export const Error: Story = {
  args: {
    data: {
      stages: [
        { key: 'need', label: 'Потребность выявлена', count: 'many' },
        { key: 'implemented', label: 'Внедрение проведено', count: 430 },
      ],
    },
  },
};

/** The whole input is rejected: `stages` is not an array. */
export const ErrorStagesNotAnArray: Story = { args: { data: { stages: 5 } } };

/** Three bad deals (unknown status, unknown stage, a date that does not exist) are left out and listed. */
export const PartlyInvalid: Story = {
  args: {
    data: {
      ...erpDeals,
      deals: [
        ...(erpDeals.deals as object[]),
        { id: 'X-1', stage: 'contact', status: 'pending' },
        { id: 'X-2', stage: 'mars', status: 'open' },
        { id: 'X-3', stage: 'contact', status: 'lost', history: [{ stage: 'contact', date: '31.02.2024' }] },
      ],
    },
  },
};

let large: unknown;
/** 50 000 deals of 20 managers with histories (generated on first view; the core computes, the element stays responsive). */
export const LargeDeals: Story = {
  render: (args) => render({ ...args, data: (large ??= largeDeals()) }),
};

/** 20 owners × 7 stages of aggregated figures: the owner table scrolls sideways when narrow. */
export const ManyOwners: Story = { args: { data: manyOwners() } };

export const Dark: Story = {
  args: { data: erpDeals, theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** English, with English stage labels (labels are data: they are shown as given). */
export const English: Story = { args: { data: erpDealsEn, lang: 'en' } };

/** A narrow container: each stage stacks its label, bar and titled figures. */
export const Narrow: Story = { args: { data: erpDeals, width: 380 } };

/** The data table alternative shown visibly. */
export const WithTable: Story = { args: { data: erpDeals, showTable: true } };

/** Owners in the data, breakdown hidden. */
export const NoOwners: Story = { args: { data: needsByOwner, noOwners: true } };

/** Whole percents, and no deal ids in the events. */
export const Options: Story = { args: { data: erpDeals, options: { decimals: 0, ids: false } } };

/** Labels and owners holding markup are shown as text. */
export const MarkupInLabels: Story = {
  args: {
    data: {
      stages: [
        { key: 'a', label: '<img src=x onerror=alert(1)>', count: 3 },
        { key: 'b', label: '<b>bold</b>', count: 2 },
      ],
      owners: [
        {
          owner: '<script>alert(1)</script>',
          stages: [
            { key: 'a', count: 3 },
            { key: 'b', count: 2 },
          ],
        },
      ],
    },
  },
};
