// The bundled commands and the plots action, run as users run them: Node 24, from a copy of
// dist/ in a temporary folder with no node_modules above it (only what dist/ carries loads),
// with no system fonts for fontconfig, and on a "platform" without the native binaries.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRunnerFile } from './support/dist';
import {
  copyDist,
  decodePng,
  differingShare,
  FIXTURES,
  inkIn,
  PNG_SIGNATURE,
  runNode,
} from './plots-helpers';

let dist: string;
let work: string;
const cml = (...args: string[]) => [join(dist, 'cml', 'index.js'), ...args];

beforeAll(() => {
  dist = copyDist();
  work = join(dist, '..', 'work');
  mkdirSync(work);
  cpSync(FIXTURES, work, { recursive: true });
  // An empty fontconfig: the machine has no fonts at all as far as libvips knows.
  writeFileSync(
    join(work, 'empty-fonts.conf'),
    '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n',
  );
});

const NO_FONTS = () => ({
  FONTCONFIG_FILE: join(work, 'empty-fonts.conf'),
  HOME: work,
  XDG_CACHE_HOME: join(work, '.cache'),
});

describe('vega-cli compatible commands from the bundle', () => {
  it('vl2png reads a file, loads data relative to the spec, writes a PNG file (-s 2 doubles the size)', async () => {
    const one = await runNode(cml('vl2png', 'bar.vl.json', 'one.png'), {
      cwd: work,
      env: NO_FONTS(),
    });
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const two = await runNode(cml('vl2png', 'bar.vl.json', 'two.png', '-s', '2'), {
      cwd: work,
      env: NO_FONTS(),
    });
    expect(two.code).toBe(0);
    const a = await decodePng(readFileSync(join(work, 'one.png')));
    const b = await decodePng(readFileSync(join(work, 'two.png')));
    expect([b.width, b.height]).toEqual([a.width * 2, a.height * 2]);
  });

  it('reads stdin and writes stdout, with -b as the base folder for data', async () => {
    const spec = readFileSync(join(work, 'bar.vl.json'));
    const run = await runNode(cml('vl2png', '-b', 'data/../'), {
      cwd: work,
      stdin: spec,
      env: NO_FONTS(),
    });
    expect(run.code).toBe(0);
    expect(run.stdout.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const svg = await runNode(cml('vl2svg', '--base', `${work}/`, '-h'), { cwd: '/', stdin: spec });
    expect(svg.code).toBe(0);
    const text = svg.stdout.toString();
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg')).toBe(true);
    expect(text).toContain('>boosted</text>');
    // Without -b, stdin data is read relative to the current folder, which has no data/ here.
    const missing = await runNode(cml('vl2svg'), { cwd: '/', stdin: spec });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/<stdin>: cannot load data "data\/models\.csv"/);
  });

  it('vl2vg compiles to Vega (-p indents), vg2png and vg2svg render Vega', async () => {
    const vg = await runNode(cml('vl2vg', 'bar.vl.json', '-p'), { cwd: work });
    expect(vg.code).toBe(0);
    const compiled = JSON.parse(vg.stdout.toString());
    expect(compiled.$schema).toMatch(/vega\/v\d/);
    expect(compiled.marks[0].type).toBe('rect');
    expect(vg.stdout.toString()).toContain('\n  "');
    const png = await runNode(cml('vg2png', 'bar.vg.json', 'vg.png'), {
      cwd: work,
      env: NO_FONTS(),
    });
    expect(png.code).toBe(0);
    expect(readFileSync(join(work, 'vg.png')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const svg = await runNode(cml('vg2svg', 'bar.vg.json'), { cwd: work });
    expect(svg.stdout.toString()).toContain('>category</text>');
  });

  it('fails on a bad spec with the JSON path, no stack trace, and no output file', async () => {
    writeFileSync(
      join(work, 'bad.vl.json'),
      JSON.stringify({ data: { values: [] }, mark: 'barr' }),
    );
    const run = await runNode(cml('vl2png', 'bad.vl.json', 'bad.png'), { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.vl\.json: invalid Vega-Lite spec: \$\.mark must be one of .*"bar".*got "barr"/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'bad.png'))).toBe(false);
    expect(readdirSync(work).filter((f) => f.includes('.tmp'))).toEqual([]);
    const gone = await runNode(cml('vl2png', 'nope.vl.json'), { cwd: work });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/nope\.vl\.json: cannot read the spec: ENOENT/);
  });
});

describe('fonts: labels appear on a machine without fonts', () => {
  // With no font, libvips draws missing-glyph boxes (or nothing): ink alone cannot tell, so
  // the labels are compared with the reference image, drawn with the shipped DejaVu Sans.
  const reference = () => decodePng(readFileSync(join(FIXTURES, 'reference-bar.png')));

  it('resvg (default) and the sharp fallback both draw the labels with an empty fontconfig', async () => {
    for (const rasteriser of ['resvg', 'sharp']) {
      const out = `fonts-${rasteriser}.png`;
      const run = await runNode(cml('vl2png', 'bar.vl.json', out), {
        cwd: work,
        env: { ...NO_FONTS(), CML_PLOTS_RASTERISER: rasteriser },
      });
      expect(run.code, run.stderr).toBe(0);
      const img = await decodePng(readFileSync(join(work, out)));
      expect(
        inkIn(img, { x0: 0.2, y0: 0, x1: 0.8, y1: 0.08 }),
        `${rasteriser}: title`,
      ).toBeGreaterThan(20);
      expect(
        inkIn(img, { x0: 0.1, y0: 0.62, x1: 1, y1: 1 }),
        `${rasteriser}: x labels`,
      ).toBeGreaterThan(50);
      expect(
        differingShare(img, await reference()),
        `${rasteriser}: labels differ from the reference`,
      ).toBeLessThan(0.005);
    }
  });

  it('control: sharp given the same SVG without the shipped font does not match (the check above can fail)', async () => {
    const svg = await runNode(cml('vl2svg', 'bar.vl.json'), { cwd: work });
    writeFileSync(join(work, 'control.svg'), svg.stdout);
    const script = `const sharp = require(${JSON.stringify(join(dist, 'node_modules', 'sharp'))});
      sharp(require('fs').readFileSync('control.svg')).png().toFile('control.png').then(() => 0);`;
    const run = await runNode(['-e', script], { cwd: work, env: NO_FONTS() });
    expect(run.code, run.stderr).toBe(0);
    const img = await decodePng(readFileSync(join(work, 'control.png')));
    expect(differingShare(img, await reference())).toBeGreaterThan(0.02);
  });
});

describe('cml plot and the plots action from the bundle', () => {
  it('cml plot renders data files with a template and prints Markdown', async () => {
    const run = await runNode(
      cml(
        'plot',
        'train.csv',
        'classes.tsv',
        '-t',
        'linear',
        '-x',
        'epoch',
        '-y',
        'loss,acc',
        '--title',
        'Training',
        '-o',
        'out',
        '--md',
      ),
      { cwd: work, env: NO_FONTS() },
    );
    // classes.tsv has no epoch field: train.csv is still drawn and printed, then the command
    // fails naming classes.tsv (issue 11).
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Could not draw 1 of 2 plots \(the other 1 was written\): classes\.tsv: x field "epoch" is not in the data; fields there: actual, predicted/,
    );
    expect(run.stdout.toString()).toBe('![Training](out/train.png)\n');
    expect(existsSync(join(work, 'out/classes.png'))).toBe(false);
    rmSync(join(work, 'out'), { recursive: true });
    const ok = await runNode(
      cml('plot', '-x', 'epoch', '-y', 'loss', '-y', 'acc', 'train.csv', '-o', 'out', '--md'),
      {
        cwd: work,
        env: NO_FONTS(),
      },
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout.toString()).toBe('![train.csv](out/train.png)\n');
    expect(readFileSync(join(work, 'out/train.png')).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('the plots action renders dvc.yaml plots and sets the paths and markdown outputs', async () => {
    writeFileSync(
      join(work, 'dvc.yaml'),
      'plots:\n  - train.csv:\n      x: epoch\n      y: acc\n      title: Accuracy\n  - bar.vl.json\n',
    );
    const output = join(work, 'github-output');
    writeFileSync(output, '');
    const run = await runNode([join(dist, 'plots', 'index.js')], {
      cwd: work,
      env: {
        ...NO_FONTS(),
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
        'INPUT_OUT-DIR': 'charts',
        INPUT_SCALE: '2',
      },
    });
    expect(run.code, run.stdout.toString() + run.stderr).toBe(0);
    const outputs = parseRunnerFile(readFileSync(output, 'utf8'));
    expect(outputs.paths).toBe('charts/train.png\ncharts/bar.png');
    expect(outputs.markdown).toBe(
      '![Accuracy](charts/train.png)\n\n![Accuracy by model](charts/bar.png)',
    );
    const img = await decodePng(readFileSync(join(work, 'charts/bar.png')));
    const reference = await decodePng(readFileSync(join(FIXTURES, 'reference-bar.png')));
    expect(img.width).toBe(reference.width * 2);
    rmSync(join(work, 'dvc.yaml'));
  });

  it('the action writes and outputs every plot it can, then fails naming the one it could not draw', async () => {
    writeFileSync(
      join(work, 'broken.vl.json'),
      JSON.stringify({ data: { values: [] }, mark: 'barr' }),
    );
    const output = join(work, 'github-output-partial');
    writeFileSync(output, '');
    const run = await runNode([join(dist, 'plots', 'index.js')], {
      cwd: work,
      env: {
        ...NO_FONTS(),
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: output,
        INPUT_PLOTS: 'broken.vl.json\nbar.vl.json',
        'INPUT_OUT-DIR': 'partial',
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.toString()).toMatch(
      /::error::Could not draw 1 of 2 plots \(the other 1 was written\): broken\.vl\.json: invalid Vega-Lite spec/,
    );
    expect(parseRunnerFile(readFileSync(output, 'utf8')).paths).toBe('partial/bar.png');
    expect(readdirSync(join(work, 'partial'))).toEqual(['bar.png']);
  });

  it('the action rejects a bad input by name', async () => {
    const run = await runNode([join(dist, 'plots', 'index.js')], {
      cwd: work,
      env: { GITHUB_ACTIONS: 'true', INPUT_PLOTS: 'train.csv', INPUT_FORMAT: 'jpeg' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.toString()).toMatch(/Input 'format' must be one of png, svg, got 'jpeg'/);
  });
});

describe('a platform without the native binaries', () => {
  it('still writes SVG and says why PNG is unavailable', async () => {
    const bare = copyDist(['cml', 'fonts']);
    const run = await runNode([join(bare, 'cml', 'index.js'), 'plot', 'train.csv', '-o', 'bare'], {
      cwd: work,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /Plots written as SVG: PNG is unavailable here: no prebuilt rasteriser for linux-x64 \(resvg: .*; sharp: .*\)/,
    );
    expect(readFileSync(join(work, 'bare/train.svg'), 'utf8')).toMatch(/^<svg/);
    const png = await runNode([join(bare, 'cml', 'index.js'), 'vl2png', 'bar.vl.json', 'x.png'], {
      cwd: work,
    });
    expect(png.code).toBe(1);
    expect(png.stderr).toMatch(
      /Cannot make PNG: no prebuilt rasteriser .* vl2svg still works here/,
    );
  });
});

describe('vendored natives (dist/node_modules)', () => {
  const nm = () => join(dist, 'node_modules');
  const machine = (file: string) => {
    const bytes = readFileSync(join(nm(), file));
    expect(bytes.subarray(0, 4).toString('latin1'), file).toBe('\x7fELF');
    return bytes.readUInt16LE(18) === 62
      ? 'x64'
      : bytes.readUInt16LE(18) === 183
        ? 'arm64'
        : 'other';
  };

  it('holds resvg for linux-x64 and linux-arm64, and the sharp fallback for linux-x64', () => {
    expect(machine('@resvg/resvg-js-linux-x64-gnu/resvgjs.linux-x64-gnu.node')).toBe('x64');
    expect(machine('@resvg/resvg-js-linux-arm64-gnu/resvgjs.linux-arm64-gnu.node')).toBe('arm64');
    expect(machine('@img/sharp-linux-x64/lib/sharp-linux-x64.node')).toBe('x64');
    expect(machine('@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.17.3')).toBe('x64');
  });

  it('keeps only run-time files: no docs, headers, type declarations or source maps', () => {
    const files = readdirSync(nm(), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
    const extra = files.filter((f) => /(\.d\.ts|\.map|\.h|README[^/]*|\.cc)$/i.test(f));
    expect(extra).toEqual([]);
  });
});

describe('vega-cli locale options', () => {
  it('-f applies a number format locale', async () => {
    writeFileSync(
      join(work, 'de.json'),
      JSON.stringify({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'] }),
    );
    const run = await runNode(cml('vl2svg', 'bar.vl.json', '-f', 'de.json'), { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.toString()).toContain('>0,8</text>');
  });
});

describe('hostile specs from the bundle (issue 9)', () => {
  it('vl2png -s abc is refused by name, with no stack trace and no output', async () => {
    const run = await runNode(cml('vl2png', 'bar.vl.json', 'abc.png', '-s', 'abc'), { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/-s\/--scale must be a number greater than 0 .*; got "abc"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(work, 'abc.png'))).toBe(false);
    const plot = await runNode(cml('plot', 'train.csv', '-s', 'abc'), { cwd: work });
    expect(plot.code).toBe(1);
    expect(plot.stderr).toMatch(/-s\/--scale must be a number .*; got "abc"/);
  });

  it('vl2svg does not draw /etc/passwd into the SVG', async () => {
    const spec = {
      data: { url: 'file:///etc/passwd', format: { type: 'dsv', delimiter: ':' } },
      mark: 'text',
      encoding: { text: { field: 'root', type: 'nominal' } },
    };
    const run = await runNode(cml('vl2svg'), { cwd: work, stdin: JSON.stringify(spec) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/<stdin>: refused to load "file:\/\/\/etc\/passwd"/);
    expect(run.stdout.toString()).toBe('');
  });

  it('the plots action fetches only from hosts its allowed-hosts input names', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('model,accuracy\nremote,0.5\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      writeFileSync(
        join(work, 'remote.vl.json'),
        JSON.stringify({
          data: { url: `http://127.0.0.1:${port}/data.csv` },
          mark: 'bar',
          encoding: {
            x: { field: 'model', type: 'nominal' },
            y: { field: 'accuracy', type: 'quantitative' },
          },
        }),
      );
      const env = { ...NO_FONTS(), INPUT_PLOTS: 'remote.vl.json', INPUT_FORMAT: 'svg' };
      const refused = await runNode([join(dist, 'plots', 'index.js')], { cwd: work, env });
      expect(refused.code).toBe(1);
      expect(refused.stdout.toString() + refused.stderr).toMatch(
        /remote\.vl\.json: refused to load "http:\/\/127\.0\.0\.1:\d+\/data\.csv": host .* is not allowed; .* unless the allowed-hosts input names the host/,
      );
      expect(requests).toEqual([]);
      const allowed = await runNode([join(dist, 'plots', 'index.js')], {
        cwd: work,
        env: { ...env, 'INPUT_ALLOWED-HOSTS': `127.0.0.1:${port}` },
      });
      expect(allowed.code, allowed.stdout.toString() + allowed.stderr).toBe(0);
      expect(requests).toEqual(['/data.csv']);
      expect(readFileSync(join(work, 'plots/remote.svg'), 'utf8')).toContain('>remote</text>');
    } finally {
      server.close();
    }
  });
});
