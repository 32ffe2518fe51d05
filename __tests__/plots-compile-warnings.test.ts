// What Vega-Lite compiles is drawn, as vega-cli draws it: a warning from Vega-Lite (a channel
// it drops, a property it ignores, v4 `selection` syntax it rewrites in
// src/normalize/selectioncompat.ts) is printed as a warning, with the JSON schema's complaint
// as a hint, and the command exits 0. Only a spec Vega-Lite cannot compile fails, naming the
// file and what is wrong. vega-cli's vl2png: vega-lite bin/vl2vg compiles with a logger that
// prints warnings to stderr and renders whatever compiles.
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { PlotRenderer } from '../src/plots/render';
import { renderPlots } from '../src/plots/render-plots';
import { copyDist, FIXTURES, PNG_SIGNATURE, runNode } from './plots-helpers';
import { ROOT } from './support/dist';

const OLD = join(FIXTURES, 'vega-lite-old-examples');
// The examples read data/<name>.json: vega-datasets' folder has that layout.
const DATASETS = realpathSync(join(ROOT, 'node_modules/vega-datasets'));

/** The review's first spec: an unknown property on x, and a shape channel a bar cannot use. */
const DROPPED_CHANNEL = {
  data: { values: [{ a: 1, b: 2 }] },
  mark: 'bar',
  encoding: {
    x: { field: 'a', type: 'quantitative', bogusprop: 1 },
    y: { field: 'b', type: 'quantitative' },
    shape: { field: 'a' },
  },
};

/** The review's second: Vega-Lite v4 `selection` syntax, an interval over x alone. */
const V4_SELECTION = {
  $schema: 'https://vega.github.io/schema/vega-lite/v4.json',
  data: {
    values: [
      { a: 1, b: 2 },
      { a: 2, b: 3 },
    ],
  },
  mark: 'point',
  selection: { brush: { type: 'interval' } },
  encoding: {
    x: { field: 'a', type: 'quantitative' },
    color: { condition: { selection: 'brush', value: 'red' }, value: 'grey' },
  },
};

let renderer: PlotRenderer;
const warnings: string[] = [];

beforeAll(async () => {
  renderer = await PlotRenderer.create((w) => warnings.push(w));
});

async function draw(name: string, spec: unknown) {
  warnings.length = 0;
  const svg = await renderer.toSvg(
    { spec, kind: 'vega-lite', name, baseURL: `${DATASETS}/` },
    { access: { roots: [DATASETS], allowedHosts: [], allowHint: '--allow-host HOST' } },
  );
  return { svg, warnings: [...warnings] };
}

const old = (file: string) => JSON.parse(readFileSync(join(OLD, file), 'utf8')) as unknown;

describe('a spec Vega-Lite compiles with a warning is drawn, the warning printed', () => {
  it.each([
    [
      'w.json',
      DROPPED_CHANNEL,
      /^w\.json: shape dropped as it is incompatible with "bar"/,
      // The property the user added, not "missing value" (what a value definition would need).
      /^w\.json: the Vega-Lite schema does not accept the spec: \$\.encoding\.x has an unknown property "bogusprop"/,
    ],
    [
      'v4.json',
      V4_SELECTION,
      /^v4\.json: Cannot project a selection on encoding channel "y"/,
      /^v4\.json: the Vega-Lite schema does not accept the spec: \$\.encoding\.color\.condition has an unknown property "selection"; expected one of: test, value, empty, param/,
    ],
  ])('the review spec %s', async (name, spec, warning, hint) => {
    const out = await draw(name, spec);
    expect(out.svg).toMatch(/^<svg/);
    expect(out.svg).toContain('<path'); // the marks are there
    expect(out.warnings.some((w) => warning.test(w))).toBe(true);
    expect(out.warnings.some((w) => hint.test(w))).toBe(true);
  });

  it.each([
    [
      'v1.3.1-scatter_connected.vl.json',
      /path-encoding is dropped as path is not a valid encoding channel/,
      /\$\.encoding has an unknown property "path"/,
    ],
    [
      'v2.0.0-facet_independent_scale_layer.vl.json',
      /Detected faceted independent scales/,
      /\$\.spec\.layer\[0\]\.encoding\.x\.scale has an unknown property "rangeStep"/,
    ],
    [
      'v3.4.0-facet_independent_scale_layer_broken.vl.json',
      /Detected faceted independent scales/,
      /\$\.spec\.layer\[0\]\.encoding\.x\.scale has an unknown property "rangeStep"/,
    ],
  ])('Vega-Lite example %s (data from a file)', async (file, warning, hint) => {
    const out = await draw(file, old(file));
    expect(out.svg).toMatch(/^<svg/);
    expect(out.svg).toContain('<path');
    const mine = out.warnings.filter((w) => w.startsWith(`${file}: `));
    expect(mine.some((w) => warning.test(w))).toBe(true);
    expect(mine.some((w) => hint.test(w))).toBe(true);
  });

  it('an unknown channel is dropped with a warning and a hint naming the channels there are', async () => {
    const out = await draw('chart.vl.json', {
      data: { values: [{ a: 1, b: 2 }] },
      mark: 'point',
      encoding: { colour: { field: 'a' } },
    });
    expect(out.svg).toMatch(/^<svg/);
    expect(out.warnings).toContain(
      'chart.vl.json: colour-encoding is dropped as colour is not a valid encoding channel.',
    );
    expect(out.warnings.join('\n')).toMatch(
      /chart\.vl\.json: the Vega-Lite schema does not accept the spec: \$\.encoding has an unknown property "colour"; expected one of: .*color/,
    );
  });

  it('a spec that compiles cleanly never reads the schema: no hint with an extra property', async () => {
    const out = await draw('quiet.json', {
      ...DROPPED_CHANNEL,
      encoding: { x: DROPPED_CHANNEL.encoding.x, y: DROPPED_CHANNEL.encoding.y },
    });
    expect(out.svg).toMatch(/^<svg/);
    expect(out.warnings).toEqual([]);
  });
});

describe('the plots action and cml plot (renderPlots)', () => {
  it('write the image of a spec Vega-Lite compiles with a warning, the warning logged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cml-vl-warn-plots-'));
    writeFileSync(join(dir, 'v4.vl.json'), JSON.stringify(V4_SELECTION));
    const logged: string[] = [];
    const logger = new ConsoleLogger();
    logger.warning = (m: string) => void logged.push(m);
    logger.info = () => undefined;
    const plots = await renderPlots({ targets: ['v4.vl.json'], cwd: dir, outDir: 'out' }, logger);
    expect(plots.map((p) => p.format)).toEqual(['png']);
    expect(readFileSync(plots[0]!.path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(logged.join('\n')).toMatch(
      /v4\.vl\.json: Cannot project a selection on encoding channel "y"/,
    );
  });
});

describe('a spec Vega-Lite cannot compile still fails, naming the file and the problem', () => {
  it('a Vega-Lite v2 box-plot (the mark is boxplot since v3)', async () => {
    const file = 'v2.6.0-box-plot_minmax_1D_horizontal.vl.json';
    await expect(draw(file, old(file))).rejects.toThrow(
      /^v2\.6\.0-box-plot_minmax_1D_horizontal\.vl\.json: invalid Vega-Lite spec: \$\.mark must be one of .*"boxplot".*; got "box-plot"$/,
    );
  });
});

describe('from the bundle, as vega-cli runs them', () => {
  let dist: string;
  let work: string;
  beforeAll(() => {
    dist = copyDist(['cml', 'node_modules', 'fonts']);
    work = mkdtempSync(join(tmpdir(), 'cml-vl-warn-'));
    writeFileSync(join(work, 'w.json'), JSON.stringify(DROPPED_CHANNEL));
    writeFileSync(join(work, 'v4.json'), JSON.stringify(V4_SELECTION));
  });

  it.each([
    ['w.json', /shape dropped as it is incompatible with "bar"/],
    ['v4.json', /Cannot project a selection on encoding channel "y"/],
  ])('vl2png %s exits 0, writes the PNG and prints the warning', async (file, warning) => {
    const run = await runNode([join(dist, 'cml', 'index.js'), 'vl2png', file, 'out.png'], {
      cwd: work,
    });
    expect(run.stderr).toMatch(warning);
    expect(run.stderr).toMatch(/the Vega-Lite schema does not accept the spec/);
    expect(run.stderr).not.toMatch(/invalid Vega-Lite spec/);
    expect(run.code).toBe(0);
    expect(readFileSync(join(work, 'out.png')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
