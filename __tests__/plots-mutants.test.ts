// Tests written to kill hand-made bugs (mutants) in the plots core that the other plots tests
// let through: each `it` names the mutant it kills, and failed with that mutant applied.
// Mutation pass (issue 11). Before: plots-{budgets,inputs,pipeline,png,sandbox,svg-golden}
// (+ schema-walk, corpus for P1-P9). Mutant | file:line | killed before (by) | after
// P1 dash/shape swapped      | spec-overlay.ts:96   | yes (plots-inputs)       | yes
// P2 xOffset→yOffset         | spec-overlay.ts:103  | yes (plots-inputs)       | yes
// P3 legend order swapped    | spec-overlay.ts:92   | yes (plots-inputs)       | yes
// P4 rows `>`→`>=`           | data-file.ts:24      | no                       | yes (here)
// P5 empty CSV cell → 0      | data-file.ts:39      | no                       | yes (here)
// P6 scale 0 accepted        | limits.ts:32         | yes (plots-budgets)      | yes
// P7 side `>`→`>=`           | limits.ts:66         | no                       | yes (here)
// P8 depth off by one        | limits.ts:89         | no                       | yes (here)
// P9 field check some→every  | render.ts:274        | yes (plots-schema-walk)  | yes
// P10 default y first field  | templates.ts:59      | no                       | yes (here)
// P11 step across revisions  | templates.ts:331     | no                       | yes (here)
// P12 bar step `<=`→`<`      | templates.ts:234     | no                       | yes (here)
// P13 `*.` wildcard dot lost | data-access.ts:95    | no                       | yes (here)
// P14 fe80::/10 half covered | data-access.ts:65    | no                       | yes (here)
// P15 CSV line budget -1     | sandbox-loader.ts:151| no                       | yes: sandbox loader
// P16 SVG data: URI accepted | sandbox-loader.ts:107| no                       | yes: sandbox loader
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../src/plots/data-file';
import { hostAllowed, isMetadataAddress } from '../src/plots/data-access';
import { checkDepth, checkPixelBudget, PLOT_LIMITS } from '../src/plots/limits';
import { sandboxLoader } from '../src/plots/sandbox-loader';
import { REV_FIELD, STEP_FIELD, templateSpec } from '../src/plots/templates';

describe('data files', () => {
  it('exactly the row budget is accepted, one more refused (mutant P4: `>` read as `>=`)', () => {
    // The budget is lowered for the test: a million rows take 20 s to parse on a loaded runner.
    const limits = PLOT_LIMITS as { maxRows: number };
    const saved = limits.maxRows;
    limits.maxRows = 5;
    try {
      const rows = (n: number) => `[${Array<string>(n).fill('{"a":1}').join(',')}]`;
      expect(parseDataFile(rows(5), 'd.json')).toHaveLength(5);
      expect(parseDataFile(`a\n${'1\n'.repeat(5)}`, 'd.csv')).toHaveLength(5);
      expect(() => parseDataFile(rows(6), 'd.json')).toThrow(/d\.json: more than 5 rows/);
      expect(() => parseDataFile(`a\n${'1\n'.repeat(6)}`, 'd.csv')).toThrow(
        /d\.csv: more than 5 rows/,
      );
    } finally {
      limits.maxRows = saved;
    }
  });

  it('an empty CSV cell stays empty, not 0 (mutant P5: empty string cast to a number)', () => {
    expect(parseDataFile('step,loss\n0,\n1, 0.5\n2,  \n', 'l.csv')).toEqual([
      { step: 0, loss: '' },
      { step: 1, loss: 0.5 },
      { step: 2, loss: '' },
    ]);
    expect(parseDataFile('a\tb\n1\t\n', 'l.tsv')).toEqual([{ a: 1, b: '' }]);
  });
});

describe('image budgets at their boundary', () => {
  it('a side of exactly the maximum is drawn, one pixel more is refused (mutant P7: `>` read as `>=`)', () => {
    const max = PLOT_LIMITS.maxSide;
    expect(() => checkPixelBudget('p.json', max, 10, 1, 'png')).not.toThrow();
    expect(() => checkPixelBudget('p.json', 10, max, 1, 'svg')).not.toThrow();
    expect(() => checkPixelBudget('p.json', (max + 1) / 2, 10, 2, 'png')).toThrow(
      /each side may be at most/,
    );
    expect(() => checkPixelBudget('p.json', 10, max + 1, 1, 'svg')).toThrow(
      /p\.json: the image would be 10×32,768 at scale 1 = 10×32,768 pixels; each side may be at most 32,767 pixels/,
    );
  });
});

describe('nesting budget', () => {
  it('exactly the maximum depth is read, one level more refused (mutant P8: off by one)', () => {
    const nested = (levels: number) => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth), 's.json')).not.toThrow();
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth + 1), 's.json')).toThrow(
      /s\.json: nested more than 200 levels deep/,
    );
  });
});

describe('DVC templates', () => {
  it('y defaults to the last field besides x, as DVC (mutant P10: the first)', () => {
    const spec = templateSpec([{ step: 0, acc: 0.5, loss: 1.2 }], {}, 'm.json') as {
      encoding: { x: { field: string }; y: { field: string } };
    };
    expect(spec.encoding.x.field).toBe('step');
    expect(spec.encoding.y.field).toBe('loss');
  });

  it('the implicit step counts rows per revision, each from 0 (mutant P11: across revisions)', () => {
    const rows: Record<string, unknown>[] = [
      { [REV_FIELD]: 'main', loss: 3 },
      { [REV_FIELD]: 'main', loss: 2 },
      { [REV_FIELD]: 'workspace', loss: 2.5 },
      { [REV_FIELD]: 'workspace', loss: 1.5 },
    ];
    templateSpec(rows, {}, 'loss.csv');
    expect(rows.map((r) => [r[REV_FIELD], r[STEP_FIELD]])).toEqual([
      ['main', 0],
      ['main', 1],
      ['workspace', 0],
      ['workspace', 1],
    ]);
  });
});

describe('bars and hosts at their boundary', () => {
  it('up to 10 bars get the wide step (mutant P12: `<=` read as `<`)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ name: `n${i}`, v: i }));
    const spec = templateSpec(rows, { template: 'bar', x: 'name', y: 'v' }, 'b.json');
    expect(spec.width).toEqual({ step: 40 });
    const more = [...rows, { name: 'n10', v: 10 }];
    expect(templateSpec(more, { template: 'bar', x: 'name', y: 'v' }, 'b.json').width).toEqual({
      step: 24,
    });
  });

  it('`*.example.com` allows subdomains only, not look-alikes (mutant P13: the dot dropped)', () => {
    const allowed = ['*.example.com'];
    expect(hostAllowed(new URL('https://data.example.com/x.csv'), allowed)).toBe(true);
    expect(hostAllowed(new URL('https://evilexample.com/x.csv'), allowed)).toBe(false);
  });

  it('all of fe80::/10 is link-local (mutant P14: only fe80–fe9f)', () => {
    for (const h of ['fe80::1', 'fe9f::1', 'fea0::1', 'febf::1', '[feb0::1]']) {
      expect(isMetadataAddress(h), h).toBe(true);
    }
    expect(isMetadataAddress('fec0::1')).toBe(false);
  });
});

describe('the sandbox loader at its edges', () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cml-plots-mutants-')));
  const noLinks = { sanitize: async (uri: string) => ({ href: uri }) };
  const loader = () =>
    sandboxLoader(
      `${dir}/`,
      { roots: [dir], allowedHosts: [], allowHint: '--allow-host' },
      'p.json',
      noLinks,
    );

  it('a CSV file of exactly the row budget loads, one row more is refused (mutant P15: budget - 1)', async () => {
    const limits = PLOT_LIMITS as { maxRows: number };
    const saved = limits.maxRows;
    limits.maxRows = 5;
    try {
      writeFileSync(join(dir, 'five.csv'), `a\n${'1\n'.repeat(5)}`);
      writeFileSync(join(dir, 'six.csv'), `a\n${'1\n'.repeat(6)}`);
      await expect(loader().load('five.csv')).resolves.toContain('a\n1');
      await expect(loader().load('six.csv')).rejects.toThrow(/six\.csv" has more than 5 rows/);
    } finally {
      limits.maxRows = saved;
    }
  });

  it('an image mark may show a raster data: URI, never an SVG one (mutant P16: SVG accepted)', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    await expect(loader().sanitize(png)).resolves.toEqual({ href: png });
    // An SVG image could itself point at files or hosts the rasteriser would open.
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>').toString('base64')}`;
    await expect(loader().sanitize(svg)).rejects.toThrow(/PNG, JPEG, GIF or WebP only/);
    await expect(loader().sanitize('data:image/svg+xml,<svg/>')).rejects.toThrow(/PNG, JPEG/);
  });
});
