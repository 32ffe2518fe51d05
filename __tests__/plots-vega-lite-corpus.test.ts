// Real Vega-Lite specs, not ours (issue 11): a sample of the Vega-Lite repository's own
// examples/specs/ (see fixtures/plots/vega-lite-examples/README.md for the commit), rendered
// through PlotRenderer with their data read by the sandboxed loader from a temporary workspace
// holding vega-datasets' files at the relative URLs the specs use (`data/cars.json`). Every
// URL-data spec is also rendered with the same rows inline, since Vega-Lite compiles the two
// differently: with URL data it puts aggregate, bin, timeUnit and composite-mark transforms on
// `source_0` itself (vega-lite src/compile/data/optimize.ts moves them into the source node), so
// a field check must look at the rows as loaded.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataAccess } from '../src/plots/data-access';
import { PlotRenderer } from '../src/plots/render';
import { FIXTURES } from './plots-helpers';
import { ROOT } from './support/dist';

const CORPUS = join(FIXTURES, 'vega-lite-examples');
// vega-datasets exports no package.json: its data folder sits in node_modules, next to ours.
const DATASETS = join(ROOT, 'node_modules/vega-datasets/data');
/** Inline variants only for files small enough to embed in a spec many times over. */
const INLINE_MAX_BYTES = 300_000;

let renderer: PlotRenderer;
let workspace: string;
let access: DataAccess;

beforeAll(async () => {
  renderer = await PlotRenderer.create();
  workspace = mkdtempSync(join(tmpdir(), 'cml-vl-corpus-'));
  mkdirSync(join(workspace, 'data'));
  for (const f of readdirSync(DATASETS)) {
    if (statSync(join(DATASETS, f)).size < 5_000_000)
      copyFileSync(join(DATASETS, f), join(workspace, 'data', f));
  }
  access = { roots: [workspace], allowedHosts: [], allowHint: '--allow-host HOST' };
}, 60_000);

interface Outcome {
  name: string;
  error?: string;
}

async function render(name: string, spec: unknown): Promise<Outcome> {
  try {
    const svg = await renderer.toSvg(
      { spec, kind: 'vega-lite', name, baseURL: `${workspace}/` },
      { access },
    );
    if (!svg.startsWith('<svg')) return { name, error: 'not an SVG' };
    return { name };
  } catch (error) {
    return { name, error: (error as Error).message };
  }
}

/** The spec with its top-level data.url replaced by the same rows, parsed as Vega parses them. */
async function inlineVariant(spec: Record<string, unknown>): Promise<unknown | undefined> {
  const data = spec.data as { url?: unknown; format?: Record<string, unknown> } | undefined;
  if (typeof data?.url !== 'string' || !data.url.startsWith('data/')) return undefined;
  if (data.format && Object.keys(data.format).some((k) => k !== 'type' && k !== 'parse'))
    return undefined;
  const file = join(workspace, data.url);
  if (!existsSync(file) || statSync(file).size > INLINE_MAX_BYTES) return undefined;
  const type = (data.format?.type as string | undefined) ?? data.url.split('.').pop();
  if (type !== 'json' && type !== 'csv' && type !== 'tsv') return undefined;
  const { read } = await import('vega');
  const values = read(readFileSync(file, 'utf8'), { type, parse: 'auto' } as never);
  const format = data.format?.parse ? { parse: data.format.parse } : undefined;
  return { ...spec, data: { values, ...(format ? { format } : {}) } };
}

async function renderAll(dir: string, files: string[]) {
  const outcomes: Outcome[] = [];
  let inline = 0;
  for (const file of files) {
    const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    outcomes.push(await render(file, spec));
    const variant = await inlineVariant(spec);
    if (variant) {
      inline++;
      outcomes.push(await render(`${file} (inline values)`, variant));
    }
  }
  const failed = outcomes.filter((o) => o.error);
  console.log(
    `Vega-Lite examples: ${outcomes.length - failed.length}/${outcomes.length} rendered ` +
      `(${files.length} specs, ${inline} of them also with their rows inline)`,
  );
  return { outcomes, failed };
}

describe('Vega-Lite example corpus (issue 11)', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.vl.json'));

  it('is a sample of at least 60 specs covering the kinds that broke', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const kind of [
      /histogram/,
      /timeunit|month|year/,
      /boxplot/,
      /errorbar/,
      /^layer_/,
      /^facet_|^trellis_/,
      /^repeat_/,
      /concat/,
    ]) {
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    }
    const spec = (f: string) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8'));
    expect(files.filter((f) => Array.isArray(spec(f).data?.values)).length).toBeGreaterThan(10);
    expect(files.filter((f) => typeof spec(f).data?.url === 'string').length).toBeGreaterThan(60);
  });

  it('renders every spec of the sample, with URL data and with inline rows', async () => {
    const { outcomes, failed } = await renderAll(CORPUS, files);
    expect(outcomes.length).toBeGreaterThan(files.length);
    expect(failed.map((o) => `${o.name}: ${o.error}`)).toEqual([]);
  }, 180_000);

  it.runIf(process.env.VEGA_LITE_EXAMPLES)(
    'renders the whole corpus (VEGA_LITE_EXAMPLES=<vega-lite>/examples/specs)',
    async () => {
      const dir = process.env.VEGA_LITE_EXAMPLES!;
      const all = readdirSync(dir).filter((f) => f.endsWith('.vl.json'));
      const { failed } = await renderAll(dir, all);
      // Specs whose data is an absolute https:// URL: refused by the sandbox (no host allowed).
      const network = failed.filter((o) => /host .* is not allowed/.test(o.error ?? ''));
      for (const o of network) console.log(`excluded (network data): ${o.name}`);
      expect(
        failed.filter((o) => !network.includes(o)).map((o) => `${o.name}: ${o.error}`),
      ).toEqual([]);
    },
    600_000,
  );
});

describe('the field check looks at the rows as loaded (issue 11)', () => {
  const csv = 'a,b\nx,1\ny,2\nx,3\n';
  const spec = (encoding: object) => ({ data: { url: 'd.csv' }, mark: 'bar', encoding });

  beforeAll(() => writeFileSync(join(workspace, 'd.csv'), csv));

  it("accepts the issue's aggregate over a data file", async () => {
    const out = await render(
      'd.vl.json',
      spec({ x: { field: 'a' }, y: { aggregate: 'sum', field: 'b' } }),
    );
    expect(out.error).toBeUndefined();
  });

  it.each([
    ['bin', { x: { field: 'b', bin: true }, y: { aggregate: 'count' } }],
    ['timeUnit', { x: { field: 'b', timeUnit: 'year' }, y: { aggregate: 'mean', field: 'b' } }],
  ])('accepts %s over a data file', async (_, encoding) => {
    expect((await render('d.vl.json', spec(encoding))).error).toBeUndefined();
  });

  it('still names a field that the file lacks, listing the fields the file has', async () => {
    const out = await render(
      'd.vl.json',
      spec({ x: { field: 'a' }, y: { aggregate: 'sum', field: 'c' } }),
    );
    expect(out.error).toMatch(
      /^d\.vl\.json: field "c" \(at \$\.encoding\.y\.field\) is not in the data; fields there: a, b$/,
    );
  });
});
