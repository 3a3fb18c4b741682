import * as z from '../../core/internal/z.js';
import { joinPath, type PulseIssue } from '../../core/errors.js';
import { WIDGET_TYPES, widgetType, type WidgetType } from '../../core/filter.js';
import { validate } from '../../core/schema.js';

// The dashboard's config. Plain building blocks only (object, string, number, enum, array,
// unknown), so moving to another schema module is a search and replace. Each widget is
// checked on its own (validateDashboard), so a bad widget gets an error in its own frame
// while the others render.

/** `type` values: the widget names, and the full tag names. */
export const DASHBOARD_WIDGET_TYPES = [...WIDGET_TYPES, ...WIDGET_TYPES.map((t) => `pulse-${t}` as const)];

const seconds = () => z.number().check(z.gte(0));
const span = () => z.number().check(z.int(), z.gte(1), z.lte(12));

/** One frame of the dashboard: which widget, its title, where its input comes from. */
export const widgetSchema = z
  .object({
    /** The widget: `funnel`, `lifecycle-grid`, `traffic-light-pool`, `debt-table`, `abc-xyz-matrix`, `channel-pie` (or the tag name). */
    type: z.enum(DASHBOARD_WIDGET_TYPES),
    /** The frame's title. */
    title: z.optional(z.string()),
    /** A stable id of the frame (used in events and file names); `widget-<index>` otherwise. */
    id: z.optional(z.string().check(z.minLength(1))),
    /** The widget's input JSON, inline. */
    data: z.optional(z.unknown()),
    /** A URL of the widget's input JSON (not together with `data`). */
    src: z.optional(z.string().check(z.minLength(1))),
    /** Seconds between reloads of `src`; the dashboard's `refreshInterval` otherwise. */
    refreshInterval: z.optional(seconds()),
    /** The widget's `options` property. */
    options: z.optional(z.record(z.string(), z.unknown())),
    /** How many grid columns the frame spans on a wide screen (1..12, at most `columns`). */
    span: z.optional(span()),
  })
  .check(
    z.refine((w) => !(w.data !== undefined && w.src !== undefined), 'expected either data or src, not both'),
  );

/** The dashboard's own fields; `widgets` is checked one widget at a time. */
const configOf = <W extends z.ZodMiniType>(widget: W) =>
  z.object({
    /** The dashboard's title. */
    title: z.optional(z.string()),
    /** Language of the frames and the widgets (`lang`). */
    locale: z.optional(z.enum(['ru', 'en'])),
    /** Colour theme passed to every widget. */
    theme: z.optional(z.enum(['auto', 'light', 'dark'])),
    /** Grid columns on a wide screen (1..12, default 2); one column on a phone. */
    columns: z.optional(span()),
    /** Seconds between reloads of every `src` widget (0: none). */
    refreshInterval: z.optional(seconds()),
    widgets: z.array(widget),
    /** The initial cross-filter. */
    filters: z.optional(
      z.object({
        owner: z.optional(z.nullable(z.string())),
        clients: z.optional(
          z.nullable(
            z.object({
              ids: z.array(z.string()),
              label: z.string(),
              source: z.optional(z.nullable(z.string())),
            }),
          ),
        ),
      }),
    ),
  });

/**
 * Config of `<pulse-dashboard>`:
 * `{title?, locale?, theme?, columns?, refreshInterval?, widgets: [{type, title?, id?, data? | src?, refreshInterval?, options?, span?}], filters?: {owner?, clients?: {ids, label, source?}}}`.
 *
 * @example
 * { "title": "Отдел сопровождения", "columns": 2,
 *   "widgets": [{ "type": "debt-table", "title": "Дебиторка", "src": "/api/debts.json", "span": 2 },
 *               { "type": "traffic-light-pool", "title": "Лампочки", "data": { ... } }] }
 */
export const schema = configOf(widgetSchema);
const topSchema = configOf(z.unknown());

/** The config a host sends. */
export type DashboardConfig = z.input<typeof schema>;
/** One widget of the config, as sent. */
export type DashboardWidgetConfig = z.input<typeof widgetSchema>;
/** A widget of the config after validation. */
export type DashboardWidget = z.output<typeof widgetSchema> & { kind: WidgetType; index: number };

/** The checked config: the dashboard's fields, and per widget either the widget or its issues. */
export interface CheckedDashboard {
  ok: boolean;
  /** Issues of the dashboard's own fields (then `ok` is false and nothing renders). */
  issues: PulseIssue[];
  config?: Omit<z.output<typeof topSchema>, 'widgets'>;
  widgets: ({ ok: true; widget: DashboardWidget } | { ok: false; issues: PulseIssue[]; title?: string })[];
}

const prefixed = (issues: PulseIssue[], index: number): PulseIssue[] =>
  issues.map((i) => {
    const head = joinPath(['widgets', index]);
    return {
      path: i.path ? (i.path.startsWith('[') ? head + i.path : `${head}.${i.path}`) : head,
      message: i.message,
    };
  });

/**
 * Checks a config: the dashboard's own fields as a whole, then each widget alone, with
 * paths from the config's root (`widgets[2].type: expected one of "funnel", …, got "gauge"`).
 */
export function validateDashboard(config: unknown): CheckedDashboard {
  const top = validate(topSchema, config);
  if (!top.ok) return { ok: false, issues: top.issues, widgets: [] };
  const { widgets, ...rest } = top.value;
  return {
    ok: true,
    issues: [],
    config: rest,
    widgets: widgets.map((raw, index) => {
      const checked = validate(widgetSchema, raw);
      if (!checked.ok || checked.issues.length > 0) {
        const title =
          raw !== null && typeof raw === 'object' && typeof (raw as { title?: unknown }).title === 'string'
            ? (raw as { title: string }).title
            : undefined;
        return { ok: false as const, issues: prefixed(checked.issues, index), title };
      }
      const kind = widgetType(checked.value.type) as WidgetType;
      return { ok: true as const, widget: { ...checked.value, kind, index } };
    }),
  };
}
