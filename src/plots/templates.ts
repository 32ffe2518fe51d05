import { ConfigurationError } from '../core/errors';
import { fieldsOf, type Row } from './data-file';
import { TEMPLATES, type TemplateName } from '../inputs/plot-templates';

export { TEMPLATES, type TemplateName };

/** The field holding the revision of each row (base vs HEAD overlays). */
export const REV_FIELD = 'rev';
/** The field naming the y series when several y fields are drawn. */
export const SERIES_FIELD = 'series';
export const VALUE_FIELD = 'value';
/** DVC's implicit x: the row's position, when the data has no x field. */
export const STEP_FIELD = 'step';

export interface TemplateOptions {
  template?: string;
  x?: string;
  /** One field, or several drawn as separate series. */
  y?: string | string[];
  title?: string;
  x_label?: string;
  y_label?: string;
  /** Rows are already long-form: `y` holds every value and SERIES_FIELD names each series. */
  melted?: boolean;
}

export function isTemplateName(name: string): name is TemplateName {
  return (TEMPLATES as readonly string[]).includes(name);
}

/**
 * Builds a Vega-Lite spec from rows (each tagged with REV_FIELD) with one of DVC's templates.
 * `source` names the data for error messages. Missing fields are errors that name them.
 */
export function templateSpec(
  rows: Row[],
  options: TemplateOptions,
  source: string,
): Record<string, unknown> {
  const template = options.template ?? 'linear';
  if (!isTemplateName(template)) {
    throw new ConfigurationError(
      `${source}: unknown plot template "${template}"; expected one of ${TEMPLATES.join(', ')}`,
    );
  }
  if (rows.length === 0) throw new ConfigurationError(`${source}: the data has no rows`);
  const fields = fieldsOf(rows).filter((f) => f !== REV_FIELD);
  const x: string =
    options.x ??
    (fields.includes(STEP_FIELD)
      ? STEP_FIELD
      : template.startsWith('confusion')
        ? (fields[0] ?? STEP_FIELD)
        : STEP_FIELD);
  if (x === STEP_FIELD && !fields.includes(STEP_FIELD)) numberRows(rows);
  const ys = toList(options.y);
  if (ys.length === 0) {
    const candidates = fields.filter((f) => f !== x);
    const last = candidates[candidates.length - 1];
    if (!last) throw new ConfigurationError(`${source}: no field to plot on y besides "${x}"`);
    ys.push(last);
  }
  const known = new Set([...fields, STEP_FIELD]);
  for (const [axis, field] of [['x', x], ...ys.map((y) => ['y', y])] as [
    string,
    string | undefined,
  ][]) {
    if (!field || !known.has(field)) {
      throw new ConfigurationError(
        `${source}: ${axis} field "${field}" is not in the data; fields there: ${fields.join(', ')}`,
      );
    }
  }
  const revs = [...new Set(rows.map((r) => String(r[REV_FIELD] ?? '')))];
  const fold = ys.length > 1 && !options.melted;
  const y = fold ? VALUE_FIELD : ys[0]!;
  const ctx: Context = {
    revs,
    x,
    y,
    multiRev: revs.length > 1,
    multiSeries:
      fold || (options.melted === true && new Set(rows.map((r) => r[SERIES_FIELD])).size > 1),
    xTitle: options.x_label ?? x,
    yTitle: options.y_label ?? (fold || options.melted ? '' : y),
    xType: fieldType(rows, x),
    xIntegers: rows.every((r) => Number.isInteger(r[x])),
    xCount: new Set(rows.map((r) => r[x])).size,
  };
  const body = TEMPLATE_BODIES[template](ctx);
  const transform = [
    ...(fold ? [{ fold: ys, as: [SERIES_FIELD, VALUE_FIELD] }] : []),
    ...((body.transform as unknown[]) ?? []),
  ];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title !== undefined ? { title: options.title } : {}),
    data: { values: rows },
    ...body,
    ...(transform.length ? { transform } : {}),
  };
}

interface Context {
  /** Revisions in the order given (base first), for the legend. */
  revs: string[];
  x: string;
  y: string;
  multiRev: boolean;
  multiSeries: boolean;
  xTitle: string;
  yTitle: string;
  xType: 'quantitative' | 'temporal' | 'nominal';
  xIntegers: boolean;
  /** Distinct x values. */
  xCount: number;
}

type Body = Record<string, unknown>;

/** Series are named after files and fields: longer than Vega's 160 px legend label limit allows. */
const SERIES_COLOUR = {
  field: SERIES_FIELD,
  type: 'nominal',
  title: null,
  legend: { labelLimit: 400 },
};

/** Colour by series and/or revision; with both, revision also sets the dash or shape. */
function colourAndStyle(ctx: Context, styleChannel: 'strokeDash' | 'shape'): Body {
  if (ctx.multiSeries && ctx.multiRev) {
    return {
      color: SERIES_COLOUR,
      [styleChannel]: {
        field: REV_FIELD,
        type: 'nominal',
        title: null,
        sort: ctx.revs,
        // A dash only shows in the legend as a line: the default point symbols looked the same.
        // The base is dashed and HEAD (last) solid, the line a reader looks at first.
        ...(styleChannel === 'strokeDash'
          ? {
              scale: {
                range: ctx.revs.map((_, i) => (i === ctx.revs.length - 1 ? [1, 0] : [4, 3])),
              },
              legend: {
                symbolType: 'stroke',
                symbolStrokeWidth: 2,
                symbolSize: 300,
                encode: { symbols: { update: { stroke: { value: '#555' } } } },
              },
            }
          : {}),
      },
    };
  }
  if (ctx.multiSeries) return { color: SERIES_COLOUR };
  if (ctx.multiRev)
    return { color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs } };
  return {};
}

function xy(ctx: Context, yType = 'quantitative'): Body {
  return {
    x: {
      field: ctx.x,
      type: ctx.xType,
      title: ctx.xTitle,
      // Steps and epochs are whole numbers: no 0.2, 0.4, ... ticks between them.
      ...(ctx.xIntegers ? { axis: { tickMinStep: 1 } } : {}),
    },
    y: { field: ctx.y, type: yType, title: ctx.yTitle, scale: { zero: false } },
  };
}

const SIZE = { width: 400, height: 250 };

const line = (withPoints: boolean) => (ctx: Context) => ({
  ...SIZE,
  mark: { type: 'line', point: withPoints },
  encoding: { ...xy(ctx), ...colourAndStyle(ctx, 'strokeDash') },
});

const TEMPLATE_BODIES: Record<TemplateName, (ctx: Context) => Body> = {
  linear: line(true),
  simple: line(false),
  scatter: (ctx) => ({
    ...SIZE,
    mark: { type: 'point', tooltip: false },
    encoding: { ...xy(ctx), ...colourAndStyle(ctx, 'shape') },
  }),
  // Categorical x and y: random offsets inside each band show how many points share a cell.
  scatter_jitter: (ctx) => ({
    width: { step: 60 },
    height: { step: 60 },
    mark: { type: 'point', size: 12 },
    transform: [
      { calculate: 'random()', as: 'jitter_x' },
      { calculate: 'random()', as: 'jitter_y' },
    ],
    encoding: {
      x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
      y: { field: ctx.y, type: 'nominal', title: ctx.yTitle },
      xOffset: { field: 'jitter_x', type: 'quantitative' },
      yOffset: { field: 'jitter_y', type: 'quantitative' },
      ...colourAndStyle(ctx, 'shape'),
    },
  }),
  smooth: (ctx) => {
    const groupby = [
      ...(ctx.multiRev ? [REV_FIELD] : []),
      ...(ctx.multiSeries ? [SERIES_FIELD] : []),
    ];
    const style = colourAndStyle(ctx, 'strokeDash');
    return {
      ...SIZE,
      layer: [
        { mark: { type: 'line', strokeOpacity: 0.25 }, encoding: { ...xy(ctx), ...style } },
        {
          transform: [
            { loess: ctx.y, on: ctx.x, bandwidth: 0.3, ...(groupby.length ? { groupby } : {}) },
          ],
          mark: 'line',
          encoding: { ...xy(ctx), ...style },
        },
      ],
    };
  },
  // DVC: x is the value, y the category.
  bar_horizontal: (ctx) => horizontalBars(ctx, false),
  bar_horizontal_sorted: (ctx) => horizontalBars(ctx, true),
  bar: (ctx) => ({
    // Few bars get room for their (often long) names; many stay narrow enough to fit a page.
    width: { step: ctx.xCount <= 10 ? 40 : 24 },
    height: 250,
    mark: 'bar',
    encoding: {
      x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
      y: { field: ctx.y, type: 'quantitative', title: ctx.yTitle },
      ...(ctx.multiRev
        ? {
            xOffset: { field: REV_FIELD, type: 'nominal', sort: ctx.revs },
            color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs },
          }
        : {}),
    },
  }),
  confusion: (ctx) => confusion(ctx, false),
  confusion_normalized: (ctx) => confusion(ctx, true),
};

function horizontalBars(ctx: Context, sorted: boolean): Body {
  return {
    width: 400,
    height: { step: 20 },
    mark: 'bar',
    encoding: {
      x: { field: ctx.x, type: 'quantitative', title: ctx.xTitle },
      y: {
        field: ctx.y,
        type: 'nominal',
        title: ctx.yTitle,
        ...(sorted ? { sort: { field: ctx.x, op: 'sum', order: 'descending' } } : {}),
      },
      ...(ctx.multiRev
        ? {
            yOffset: { field: REV_FIELD, type: 'nominal', sort: ctx.revs },
            color: { field: REV_FIELD, type: 'nominal', title: null, sort: ctx.revs },
          }
        : {}),
    },
  };
}

/** Counts of (actual x, predicted y) pairs; normalized divides by the row total of each actual class. */
function confusion(ctx: Context, normalized: boolean): Body {
  const groupby = [ctx.x, ctx.y, ...(ctx.multiRev ? [REV_FIELD] : [])];
  const value = normalized ? 'percent' : 'count';
  const transform: unknown[] = [{ aggregate: [{ op: 'count', as: 'count' }], groupby }];
  if (normalized) {
    transform.push(
      {
        joinaggregate: [{ op: 'sum', field: 'count', as: 'total' }],
        groupby: [ctx.x, ...(ctx.multiRev ? [REV_FIELD] : [])],
      },
      { calculate: 'datum.count / datum.total', as: 'percent' },
    );
  }
  // Dark cells get white numbers.
  transform.push({ joinaggregate: [{ op: 'max', field: value, as: 'max_value' }] });
  const encoding = {
    x: { field: ctx.x, type: 'nominal', title: ctx.xTitle },
    y: { field: ctx.y, type: 'nominal', title: ctx.yTitle },
  };
  const layers = {
    layer: [
      {
        mark: 'rect',
        encoding: {
          ...encoding,
          color: { field: value, type: 'quantitative', title: normalized ? 'share' : 'count' },
        },
      },
      {
        mark: { type: 'text', baseline: 'middle' },
        encoding: {
          ...encoding,
          text: { field: value, type: 'quantitative', ...(normalized ? { format: '.0%' } : {}) },
          color: {
            condition: { test: `datum['${value}'] > datum.max_value / 2`, value: 'white' },
            value: 'black',
          },
        },
      },
    ],
  };
  const cell = { width: { step: 40 }, height: { step: 40 } };
  return ctx.multiRev
    ? {
        transform,
        facet: { column: { field: REV_FIELD, title: null, sort: ctx.revs } },
        spec: { ...cell, ...layers },
      }
    : { transform, ...cell, ...layers };
}

function numberRows(rows: Row[]): void {
  // Per revision, so base and HEAD both start at step 0.
  const counters = new Map<unknown, number>();
  for (const row of rows) {
    const rev = row[REV_FIELD];
    const n = counters.get(rev) ?? 0;
    row[STEP_FIELD] = n;
    counters.set(rev, n + 1);
  }
}

function fieldType(rows: Row[], field: string): Context['xType'] {
  const values = rows.map((r) => r[field]).filter((v) => v !== undefined && v !== null && v !== '');
  if (values.every((v) => typeof v === 'number')) return 'quantitative';
  if (values.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v))) return 'temporal';
  return 'nominal';
}

function toList(y: string | string[] | undefined): string[] {
  if (y === undefined) return [];
  return Array.isArray(y) ? [...y] : [y];
}
