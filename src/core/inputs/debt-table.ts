import * as z from '../internal/z.js';
import { amount, date, id, month, nonNegativeAmount, dateText, optional } from '../schema.js';
import { checkRows, duplicateIds } from './debt-table-check.js';

/** The views of the table: receivables, collection completeness, payment regularity, aging. */
export const DEBT_TABLE_VIEWS = ['debts', 'collection', 'regularity', 'aging'] as const;
export type DebtTableView = (typeof DEBT_TABLE_VIEWS)[number];

/** Grouping levels, outermost first. */
export const DEBT_TABLE_LEVELS = ['department', 'owner'] as const;
export type DebtTableLevel = (typeof DEBT_TABLE_LEVELS)[number];

/** Every column key; `client` is always shown, the others follow the view and the chooser. */
export const DEBT_TABLE_COLUMNS = [
  'client',
  'id',
  'department',
  'owner',
  'debt',
  'debtMonths',
  'depth',
  'unconfirmedMonths',
  'lastPaymentDate',
  'lastPaymentAmount',
  'lastUpdate',
  'lastLogin',
  'lastMonthCharge',
  'plan',
  'advance',
  'fact',
  'completeness',
  'kpi',
  'window',
  'deviation',
  'regularity',
  'payments',
  'notDue',
  'days1to30',
  'days31to60',
  'days61to90',
  'days91plus',
  'outstanding',
] as const;
export type DebtTableColumn = (typeof DEBT_TABLE_COLUMNS)[number];

/** Ids must be unique in `field` (runs even when an item has other issues, so one error lists them all). */
const unique = (field: string) =>
  z.superRefine(
    (items: unknown[], ctx) => {
      if (!Array.isArray(items)) return;
      for (const [path, message] of duplicateIds(items, field)) {
        ctx.addIssue({ code: 'custom', message, path, input: undefined, continue: true });
      }
    },
    { when: () => true },
  );

// The documented schema is not used at run time: /* @__PURE__ */ lets bundles drop it.
const row = /* @__PURE__ */ z.object({
  id: id(),
  name: z.string(),
  department: optional(z.string()),
  owner: z.string(),
  debt: amount(),
  charges: optional(z.array(z.object({ month: month(), amount: nonNegativeAmount() }))),
  debtMonths: optional(z.array(month())),
  unconfirmedMonths: optional(z.array(month())),
  lastPayment: optional(z.object({ date: date(), amount: optional(amount()) })),
  lastUpdate: optional(date()),
  lastLogin: optional(date()),
  lastMonthCharge: optional(nonNegativeAmount()),
  plan: optional(nonNegativeAmount()),
  advance: optional(nonNegativeAmount()),
  fact: optional(nonNegativeAmount()),
  payments: optional(z.array(z.object({ date: dateText(), amount: optional(amount()) }))),
  invoices: optional(
    z
      .array(
        z.object({
          id: id(),
          date: optional(date()),
          dueDate: dateText(true),
          amount: nonNegativeAmount(),
          paid: optional(nonNegativeAmount()),
        }),
      )
      .check(unique('invoices')),
  ),
});

/**
 * Input of `<pulse-debt-table>`: receivables of subscription clients on the date `asOf`,
 * one row per client with its owner (service engineer, manager) and department.
 * Amounts are JSON numbers or number strings (`"1 000 000,00"`, `"1234.56"`); dates
 * `YYYY-MM-DD`, ISO date-times or `DD.MM.YYYY` (strict: `31.02.2024` is an error; the 1C
 * empty date `0001-01-01` means "no date"); months `YYYY-MM` or `MM.YYYY`. A bad row is
 * left out and listed; the other rows render.
 *
 * @example
 * { "asOf": "2024-07-19",
 *   "rows": [{ "id": "842197", "name": "Ликстрой", "department": "Подразделение СИ",
 *              "owner": "Калинина М.В.", "debt": 1000000,
 *              "debtMonths": ["2023-11", "2023-12"], "lastPayment": {"date": "27.02.2024", "amount": 20000},
 *              "lastUpdate": "09.07.2024", "lastMonthCharge": 27600 }] }
 */
export const schema = /* @__PURE__ */ tableSchema(z.array(row).check(unique('rows')));

/**
 * What the element validates with: {@link schema} with the rows read by a hand-written
 * equivalent of the row schema (same rules, paths and messages), fast enough for 20 000
 * rows. Rows pass through as sent; the element takes their normalised form from the check.
 */
export const runtimeSchema = tableSchema(
  z.array(z.unknown()).check(z.superRefine(checkRows, { when: () => true })),
);

function tableSchema<R extends z.ZodMiniType>(rows: R) {
  return z.object({
    asOf: dateText(),
    rows,
    /** Columns to show (in every view); the others start hidden in the column chooser. */
    columns: z.optional(z.array(z.enum(DEBT_TABLE_COLUMNS))),
    /** Grouping levels, outermost first; default `["department", "owner"]`, `[]` for a flat list. */
    groupBy: z.optional(z.array(z.enum(DEBT_TABLE_LEVELS))),
  });
}

/** The JSON a host sends. */
export type DebtTableData = z.input<typeof schema>;
/** What the element computes from: the rows as sent (read by the check), the rest validated. */
export type DebtTableInput = z.output<typeof runtimeSchema>;
