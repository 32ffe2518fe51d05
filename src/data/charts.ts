import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/logger';
import type { ColumnDrift } from './drift';
import type { DataChart } from './types';

/** A small Vega-Lite histogram of one column: base dashed, HEAD solid (shares per bin). */
export function driftSpec(dataset: string, drift: ColumnDrift): Record<string, unknown> {
  const values = (drift.bins ?? []).flatMap((b, i) => [
    { bin: b.label, order: i, side: 'base', share: b.base },
    { bin: b.label, order: i, side: 'HEAD', share: b.head },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `${dataset}: ${drift.column}`,
    width: 320,
    height: 140,
    data: { values },
    mark: { type: 'line', point: true, interpolate: 'step' },
    encoding: {
      x: {
        field: 'bin',
        type: 'ordinal',
        sort: { field: 'order' },
        title: null,
        axis: { labelAngle: -40 },
      },
      y: { field: 'share', type: 'quantitative', title: 'share of rows', axis: { format: '%' } },
      color: { field: 'side', type: 'nominal', sort: ['base', 'HEAD'], title: null },
      strokeDash: {
        field: 'side',
        type: 'nominal',
        sort: ['base', 'HEAD'],
        scale: {
          domain: ['base', 'HEAD'],
          range: [
            [5, 3],
            [1, 0],
          ],
        },
        legend: null,
      },
    },
  };
}

/** Renders a chart per drifted column into `dir` with the plots renderer (PNG, else SVG). */
export async function drawDriftCharts(
  dir: string,
  drifted: { dataset: string; drift: ColumnDrift }[],
  logger: Logger,
): Promise<DataChart[]> {
  if (!drifted.length) return [];
  mkdirSync(dir, { recursive: true });
  const { PlotRenderer } = await import('../plots/render');
  const renderer = await PlotRenderer.create((m) => logger.debug(m));
  const charts: DataChart[] = [];
  for (const { dataset, drift } of drifted) {
    const name = `${dataset}-${drift.column}`.replace(/[^\w.-]+/g, '_');
    const svg = await renderer.toSvg({
      spec: driftSpec(dataset, drift),
      kind: 'vega-lite',
      name: `${dataset} ${drift.column}`,
    });
    const png = await renderer.toPng(svg, name);
    const path = Buffer.isBuffer(png) ? join(dir, `${name}.png`) : join(dir, `${name}.svg`);
    writeFileSync(path, Buffer.isBuffer(png) ? png : svg);
    charts.push({ column: drift.column, dataset, path });
  }
  return charts;
}
