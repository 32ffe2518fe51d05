// Plots from data and dvc.yaml, base-vs-HEAD overlays read from git, the report integration,
// and bad input: every error names the file, field or JSON path, and no image is left behind.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../src/core/logger';
import { readDvcPlots } from '../src/plots/dvc-yaml';
import { embedPlots } from '../src/plots/embed';
import { parseDataFile } from '../src/plots/data-file';
import { PlotRenderer } from '../src/plots/render';
import { renderPlots } from '../src/plots/render-plots';
import { PNG_SIGNATURE } from './plots-helpers';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cml-plots-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });
}

function quietLogger() {
  const warnings: string[] = [];
  const logger = new ConsoleLogger();
  logger.warning = (m: string) => void warnings.push(m);
  logger.info = () => undefined;
  return { logger, warnings };
}

const DVC_YAML = `
plots:
  - logs/loss.csv:
      y: loss
      title: Loss
  - accuracy:
      x: step
      y:
        logs/train.json: acc
        logs/val.yaml: acc
      title: Accuracy
  - roc.png
stages:
  train:
    cmd: python train.py
    wdir: logs
    plots:
      - classes.csv:
          template: confusion
          x: actual
          y: predicted
      - loss.csv
`;

describe('data files', () => {
  it('reads CSV, TSV, JSON and YAML (dvclive-style nesting too) with numbers as numbers', () => {
    expect(parseDataFile('a,b\n1,x\n2.5,y\n', 'd.csv')).toEqual([
      { a: 1, b: 'x' },
      { a: 2.5, b: 'y' },
    ]);
    expect(parseDataFile('a\tb\n1\t2\n', 'd.tsv')).toEqual([{ a: 1, b: 2 }]);
    expect(parseDataFile('{"train": [{"step": 0, "acc": 0.5}]}', 'd.json')).toEqual([
      { step: 0, acc: 0.5 },
    ]);
    expect(parseDataFile('- {step: 0, acc: 0.5}\n', 'd.yaml')).toEqual([{ step: 0, acc: 0.5 }]);
  });

  it('names the file when it holds no records', () => {
    expect(() => parseDataFile('{"acc": 0.9}', 'metrics.json')).toThrow(
      /metrics\.json: expected a list of records/,
    );
    expect(() => parseDataFile('{"acc": ', 'm.json')).toThrow(/m\.json: cannot parse JSON/);
  });
});

describe('dvc.yaml plots', () => {
  it('reads the top-level forms (path, path with properties, id with y per file) and per-stage plots in their wdir', () => {
    const dir = project({ 'dvc.yaml': DVC_YAML });
    const plots = readDvcPlots(dir)!;
    expect(plots.map((p) => p.id)).toEqual([
      'logs/loss.csv',
      'accuracy',
      'roc.png',
      'logs/classes.csv',
      'logs/loss.csv',
    ]);
    expect(plots[0]).toMatchObject({
      sources: [{ file: 'logs/loss.csv', y: ['loss'] }],
      props: { title: 'Loss' },
    });
    expect(plots[1]).toMatchObject({
      sources: [
        { file: 'logs/train.json', x: 'step', y: ['acc'] },
        { file: 'logs/val.yaml', x: 'step', y: ['acc'] },
      ],
      props: { title: 'Accuracy', x: 'step' },
    });
    expect(plots[2]).toMatchObject({ image: true });
    expect(plots[3]).toMatchObject({
      props: { template: 'confusion', x: 'actual', y: 'predicted' },
    });
  });

  it('renders every dvc.yaml plot when none is named, in one call', async () => {
    const dir = project({
      'dvc.yaml': DVC_YAML,
      'logs/loss.csv': 'step,loss\n0,1\n1,0.5\n',
      'logs/train.json': '[{"step": 0, "acc": 0.5}, {"step": 1, "acc": 0.7}]',
      'logs/val.yaml': '- {step: 0, acc: 0.4}\n- {step: 1, acc: 0.6}\n',
      'logs/classes.csv': 'actual,predicted\na,a\na,b\nb,b\n',
      'roc.png': readFileSync(join(__dirname, 'fixtures/plots/reference-bar.png')).toString(
        'latin1',
      ),
    });
    writeFileSync(
      join(dir, 'roc.png'),
      readFileSync(join(__dirname, 'fixtures/plots/reference-bar.png')),
    );
    const { logger } = quietLogger();
    const plots = await renderPlots({ targets: [], cwd: dir, outDir: 'out' }, logger);
    expect(plots.map((p) => p.path.slice(dir.length + 1))).toEqual([
      'out/logs_loss.png',
      'out/accuracy.png',
      'out/roc.png',
      'out/logs_classes.png',
      'out/logs_loss-2.png',
    ]);
    for (const p of plots) expect(readFileSync(p.path).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('names a plot id that dvc.yaml does not have, and lists the ones it has', async () => {
    const dir = project({ 'dvc.yaml': DVC_YAML });
    await expect(
      renderPlots({ targets: ['precision'], cwd: dir, outDir: 'out' }, quietLogger().logger),
    ).rejects.toThrow(
      /precision: no such file, and dvc\.yaml has no plot with that id \(plots: logs\/loss\.csv, accuracy/,
    );
  });
});

describe('base-vs-HEAD overlay', () => {
  it('draws the base revision (read from git) and HEAD in one chart, coloured by revision', async () => {
    const dir = project({ 'logs/loss.csv': 'step,loss\n0,1.0\n1,0.8\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(dir, 'logs/loss.csv'), 'step,loss\n0,0.9\n1,0.5\n2,0.3\n');
    const { logger } = quietLogger();
    const [plot] = await renderPlots(
      {
        targets: ['loss.csv'],
        cwd: join(dir, 'logs'),
        outDir: 'out',
        format: 'svg',
        baseRevision: base,
      },
      logger,
    );
    const svg = readFileSync(plot!.path, 'utf8');
    const legend = [...svg.matchAll(/role-legend-label[\s\S]*?<text[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(legend).toEqual([base.slice(0, 7), 'HEAD']);
    // Two lines, one per revision, in two colours.
    const strokes = new Set(
      [
        ...svg.matchAll(
          /aria-roledescription="line mark" d="M[^"]*L[^"]*" stroke="(#[0-9a-f]{6})"/g,
        ),
      ].map((m) => m[1]),
    );
    expect(strokes.size).toBe(2);
  });

  it('warns and draws HEAD alone when the file is new since the base', async () => {
    const dir = project({ 'README.md': 'x' });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'loss.csv'), 'step,loss\n0,1\n');
    const { logger, warnings } = quietLogger();
    await renderPlots(
      { targets: ['loss.csv'], cwd: dir, outDir: 'out', baseRevision: 'HEAD' },
      logger,
    );
    expect(warnings.join('\n')).toMatch(/loss\.csv does not exist at HEAD/);
  });
});

describe('series names of multi-file dvc.yaml plots', () => {
  const legend = async (yaml: string) => {
    const dir = project({
      'dvc.yaml': yaml,
      'evaluation/train_metrics.csv': 'epoch,acc,loss\n0,0.5,0.9\n1,0.7,0.6\n',
      'evaluation/test_metrics.csv': 'epoch,acc,loss\n0,0.4,1.0\n1,0.6,0.7\n',
    });
    const [plot] = await renderPlots(
      { targets: [], cwd: dir, outDir: 'out', format: 'svg' },
      quietLogger().logger,
    );
    const svg = readFileSync(plot!.path, 'utf8');
    return [...svg.matchAll(/role-legend-label[\s\S]*?<text[^>]*>([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
  };

  it('names series by file when every file draws the same field, in full (no … cut)', async () => {
    expect(
      await legend(
        'plots:\n  - Accuracy:\n      x: epoch\n      y:\n        evaluation/train_metrics.csv: acc\n        evaluation/test_metrics.csv: acc\n',
      ),
    ).toEqual(['evaluation/test_metrics.csv', 'evaluation/train_metrics.csv']);
  });

  it('names series by file and field when they differ', async () => {
    expect(
      await legend(
        'plots:\n  - Mixed:\n      x: epoch\n      y:\n        evaluation/train_metrics.csv: [acc, loss]\n        evaluation/test_metrics.csv: acc\n',
      ),
    ).toEqual([
      'evaluation/test_metrics.csv: acc',
      'evaluation/train_metrics.csv: acc',
      'evaluation/train_metrics.csv: loss',
    ]);
  });
});

describe('base-vs-HEAD overlay of spec files', () => {
  const legendOf = (svg: string) =>
    [...svg.matchAll(/role-legend-label[\s\S]*?<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  const lineStrokes = (svg: string) =>
    new Set(
      [
        ...svg.matchAll(
          /aria-roledescription="line mark" d="M[^"]*L[^"]*" stroke="(#[0-9a-f]{6})"/g,
        ),
      ].map((m) => m[1]),
    );
  const lineSpec = (data: unknown) =>
    JSON.stringify({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data,
      mark: 'line',
      encoding: {
        x: { field: 'step', type: 'quantitative' },
        y: { field: 'loss', type: 'quantitative' },
      },
    });

  it("reads the spec's data file at the base and draws both revisions, coloured by revision", async () => {
    const dir = project({
      'plots/loss.vl.json': lineSpec({ url: 'data/loss.csv' }),
      'plots/data/loss.csv': 'step,loss\n0,1.0\n1,0.8\n',
    });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'plots/data/loss.csv'), 'step,loss\n0,0.9\n1,0.5\n2,0.3\n');
    const { logger, warnings } = quietLogger();
    const [plot] = await renderPlots(
      {
        targets: ['plots/loss.vl.json'],
        cwd: dir,
        outDir: 'out',
        format: 'svg',
        baseRevision: 'main',
      },
      logger,
    );
    const svg = readFileSync(plot!.path, 'utf8');
    expect(warnings).toEqual([]);
    expect(legendOf(svg)).toEqual(['main', 'HEAD']);
    expect(lineStrokes(svg).size).toBe(2);
  });

  it('takes inline values from the spec at the base; a spec that colours already gets dashes', async () => {
    const coloured = (values: unknown[]) => {
      const spec = JSON.parse(lineSpec({ values })) as { encoding: Record<string, unknown> };
      spec.encoding.color = { field: 'split', type: 'nominal' };
      return JSON.stringify(spec);
    };
    const dir = project({
      'loss.vl.json': coloured([
        { step: 0, loss: 1, split: 'train' },
        { step: 1, loss: 0.8, split: 'train' },
      ]),
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(
      join(dir, 'loss.vl.json'),
      coloured([
        { step: 0, loss: 0.9, split: 'train' },
        { step: 1, loss: 0.4, split: 'train' },
      ]),
    );
    const { logger, warnings } = quietLogger();
    const [plot] = await renderPlots(
      { targets: ['loss.vl.json'], cwd: dir, outDir: 'out', format: 'svg', baseRevision: 'HEAD' },
      logger,
    );
    const svg = readFileSync(plot!.path, 'utf8');
    expect(warnings).toEqual([]);
    // Base and working tree: one colour (the spec's own), two lines, the base one dashed.
    expect(legendOf(svg)).toEqual(['train', 'HEAD', 'workspace']);
    expect(svg.match(/aria-roledescription="line mark"/g)).toHaveLength(2);
    expect(svg).toMatch(/aria-roledescription="line mark"[^>]*stroke-dasharray/);
  });

  it('puts the bars of both revisions side by side instead of stacking them', async () => {
    const dir = project({
      'plots/bar.vl.json': readFileSync(join(__dirname, 'fixtures/plots/bar.vl.json'), 'utf8'),
      'plots/data/models.csv': 'model,accuracy\na,0.5\nb,0.6\n',
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    writeFileSync(join(dir, 'plots/data/models.csv'), 'model,accuracy\na,0.7\nb,0.65\n');
    const [plot] = await renderPlots(
      {
        targets: ['plots/bar.vl.json'],
        cwd: dir,
        outDir: 'out',
        format: 'svg',
        baseRevision: 'HEAD',
      },
      quietLogger().logger,
    );
    const svg = readFileSync(plot!.path, 'utf8');
    const bars = [...svg.matchAll(/aria-roledescription="bar"[^>]*d="M([\d.]+),([\d.]+)/g)];
    expect(bars).toHaveLength(4);
    // Four bars at four x positions, each starting at the axis (0): none sits on another.
    expect(new Set(bars.map((b) => b[1])).size).toBe(4);
  });

  it('says why a spec cannot be overlaid and draws it for HEAD alone', async () => {
    const dir = project({
      'a.vg.json': readFileSync(join(__dirname, 'fixtures/plots/bar.vl.json'), 'utf8'),
    });
    writeFileSync(
      join(dir, 'layered.vl.json'),
      JSON.stringify({
        data: { values: [{ a: 1, b: 2 }] },
        layer: [{ mark: 'point', encoding: { x: { field: 'a' }, y: { field: 'b' } } }],
      }),
    );
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    const { logger, warnings } = quietLogger();
    await renderPlots(
      {
        targets: ['layered.vl.json'],
        cwd: dir,
        outDir: 'out',
        format: 'svg',
        baseRevision: 'HEAD',
      },
      logger,
    );
    expect(warnings.join('\n')).toMatch(
      /layered\.vl\.json: no base overlay \(the spec has several views.*\); drawn for workspace only/,
    );
  });
});

describe('report integration', () => {
  it('embedPlots renders specs and data files in one call and returns Markdown linking the PNGs', async () => {
    const dir = project({
      'plots/bar.vl.json': readFileSync(join(__dirname, 'fixtures/plots/bar.vl.json'), 'utf8'),
      'plots/data/models.csv': readFileSync(
        join(__dirname, 'fixtures/plots/data/models.csv'),
        'utf8',
      ),
      'train.csv': 'epoch,loss\n0,1\n1,0.5\n',
    });
    const markdown = await embedPlots(
      { plots: ['plots/bar.vl.json', 'train.csv'], outDir: '.cml/plots', cwd: dir },
      quietLogger().logger,
    );
    expect(markdown).toBe(
      '![Accuracy by model](.cml/plots/plots_bar.png)\n\n![train.csv](.cml/plots/train.png)',
    );
    for (const name of ['plots_bar.png', 'train.png']) {
      expect(readFileSync(join(dir, '.cml/plots', name)).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    }
  });
});

describe('bad input', () => {
  const renderer = () => PlotRenderer.create();
  const vl = (spec: unknown) => ({ spec, kind: 'vega-lite' as const, name: 'chart.vl.json' });
  const data = { values: [{ a: 1, b: 2 }] };

  // Only specs Vega-Lite cannot compile: one it compiles with a warning (an unknown channel such
  // as `colour`, dropped) is drawn, the schema's complaint a hint (plots-compile-warnings.test.ts).
  it.each([
    [
      { data, mark: 'pointz' },
      /chart\.vl\.json: invalid Vega-Lite spec: \$\.mark must be one of .*"point".*; got "pointz"/,
    ],
    [
      { data, mark: 'point', encoding: { x: { field: 'a', type: 'quant' } } },
      /\$\.encoding\.x\.type must be one of "quantitative", "ordinal", "temporal", "nominal"/,
    ],
    [{ data, encoding: {} }, /\$ is missing the required property "mark"/],
    [{ data, mark: 'bar', layer: 3 }, /\$\.layer must be array; got 3/],
    [[1, 2], /\$ must be a JSON object/],
  ])('names the JSON path and what Vega-Lite expected (%#)', async (spec, message) => {
    await expect((await renderer()).toSvg(vl(spec))).rejects.toThrow(message);
  });

  it('names a Vega spec error', async () => {
    const r = await renderer();
    await expect(
      r.toSvg({ spec: { marks: [{ type: 'bogus' }] }, kind: 'vega', name: 'x.vg.json' }),
    ).rejects.toThrow(/x\.vg\.json: invalid Vega spec: \$\.marks\[0\]/);
  });

  it('names a missing data file and a missing field', async () => {
    const r = await renderer();
    await expect(
      r.toSvg(
        { ...vl({ data: { url: 'nope.csv' }, mark: 'point' }), baseURL: '/tmp/' },
        { access: { roots: ['/tmp'], allowedHosts: [], allowHint: '--allow-host' } },
      ),
    ).rejects.toThrow(/chart\.vl\.json: cannot load data "nope\.csv": ENOENT/);
    await expect(
      r.toSvg(vl({ data, mark: 'point', encoding: { x: { field: 'c', type: 'quantitative' } } })),
    ).rejects.toThrow(
      /field "c" \(at \$\.encoding\.x\.field\) is not in the data; fields there: a, b/,
    );
  });

  it('writes every plot it can, then fails naming each one that could not be drawn (issue 11)', async () => {
    const dir = project({
      'good.csv': 'step,loss\n0,1\n',
      'bad.csv': 'step,accuracy\n0,1\n',
      'out/bad.png': 'previous image',
    });
    await expect(
      renderPlots(
        {
          targets: ['good.csv', 'bad.csv', 'missing.csv'],
          cwd: dir,
          outDir: 'out',
          options: { y: 'loss' },
        },
        quietLogger().logger,
      ),
    ).rejects.toThrow(
      /^Could not draw 2 of 3 plots \(the other 1 was written\): bad\.csv: y field "loss" is not in the data; fields there: step, accuracy; missing\.csv: no such file/,
    );
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['bad.png', 'good.png']);
    expect(readFileSync(join(dir, 'out/good.png')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // A plot that fails leaves its older image as it was, and no half-written file.
    expect(readFileSync(join(dir, 'out/bad.png'), 'utf8')).toBe('previous image');
    await expect(
      renderPlots({ targets: ['missing.csv'], cwd: dir, outDir: 'out2' }, quietLogger().logger),
    ).rejects.toThrow(/^missing\.csv: no such file/);
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('names an unknown template and a data file missing for a dvc.yaml plot', async () => {
    const dir = project({ 'a.csv': 'x,y\n1,2\n', 'dvc.yaml': 'plots:\n  - gone.csv\n' });
    await expect(
      renderPlots(
        { targets: ['a.csv'], cwd: dir, outDir: 'o', options: { template: 'pie' } },
        quietLogger().logger,
      ),
    ).rejects.toThrow(/a\.csv: unknown plot template "pie"; expected one of linear, simple/);
    await expect(
      renderPlots({ targets: [], cwd: dir, outDir: 'o' }, quietLogger().logger),
    ).rejects.toThrow(/gone\.csv: data file of plot "gone\.csv" does not exist/);
  });
});

describe('vega-cli options', () => {
  it('-c names the config file and says it must be JSON (vega-cli also takes .js)', async () => {
    const dir = project({
      'bar.vl.json': readFileSync(join(__dirname, 'fixtures/plots/bar.vl.json'), 'utf8'),
      'config.js': 'module.exports = { background: "#eee" };\n',
    });
    const { runVegaCommand } = await import('../src/plots/vega-cli');
    const run = (config: string) =>
      runVegaCommand(
        'vl2svg',
        { input: join(dir, 'bar.vl.json'), output: join(dir, 'out.svg'), config },
        quietLogger().logger,
      );
    await expect(run(join(dir, 'config.js'))).rejects.toThrow(
      /config\.js: the Vega config must be a JSON file \(JavaScript files are not supported\)/,
    );
    await expect(run(join(dir, 'missing.json'))).rejects.toThrow(
      /missing\.json: cannot read the Vega config: ENOENT/,
    );
    expect(existsSync(join(dir, 'out.svg'))).toBe(false);
  });
});
