// The per-chart guards rewritten for speed (issue 11, "Speed") still refuse what they refused:
// checkDepth walks objects only and skips a spec it already checked, checkSequences pushes
// objects only; and the hidden labels dropped before rasterising change no pixel.
import { describe, expect, it } from 'vitest';
import { checkDepth, checkSequences, PLOT_LIMITS } from '../src/plots/limits';
import { loadRasteriser, PngUnavailable } from '../src/plots/rasterise';
import { PlotRenderer, withoutHiddenText } from '../src/plots/render';

/** An object nested `n` levels deep, alternating arrays and objects, built without recursion. */
function nested(n: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < n; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe('checkDepth', () => {
  it('accepts the limit and refuses one level more, through arrays and objects', () => {
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth), 'a.json')).not.toThrow();
    expect(() => checkDepth(nested(PLOT_LIMITS.maxDepth + 1), 'b.json')).toThrow(
      /^b\.json: nested more than 200 levels deep/,
    );
  });

  it('finds the deep branch beside 1,000 flat rows (the rows are not where it stops)', () => {
    const rows = Array.from({ length: 1000 }, (_, x) => ({ x, y: x / 2, s: 'a' }));
    const spec = { data: { values: rows }, encoding: { x: nested(PLOT_LIMITS.maxDepth) } };
    expect(() => checkDepth(spec, 'deep.vl.json')).toThrow(/^deep\.vl\.json: nested more/);
    expect(() => checkDepth({ data: { values: rows } }, 'flat.vl.json')).not.toThrow();
  });

  it('a spec refused once is refused again (only specs that passed are remembered)', () => {
    const spec = { a: nested(PLOT_LIMITS.maxDepth + 5) };
    expect(() => checkDepth(spec, 's.json')).toThrow(/nested more/);
    expect(() => checkDepth(spec, 's.json')).toThrow(/nested more/);
  });

  it('a new spec is walked even when an earlier one was the same shape', () => {
    checkDepth({ a: [1] }, 'ok.json');
    expect(() => checkDepth({ a: nested(PLOT_LIMITS.maxDepth + 1) }, 'new.json')).toThrow();
  });

  it('shared references (YAML aliases) are walked once: 2^24 paths finish at once', () => {
    let node: unknown = { leaf: 1 };
    for (let i = 0; i < 24; i++) node = { l: node, r: node };
    const started = Date.now();
    expect(() => checkDepth(node, 'alias.yaml')).not.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a cycle ends the walk (no endless loop)', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => checkDepth(a, 'cycle.json')).not.toThrow();
  });

  it('counts own values only, as Object.values does (not inherited properties)', () => {
    const proto = { deep: nested(PLOT_LIMITS.maxDepth + 5) };
    const spec = Object.create(proto) as Record<string, unknown>;
    spec.mark = 'bar';
    expect(() => checkDepth(spec, 'proto.json')).not.toThrow();
  });
});

describe('checkSequences', () => {
  const seq = (start: number, stop: number, step?: number) => ({
    type: 'sequence',
    start,
    stop,
    ...(step === undefined ? {} : { step }),
  });

  it('refuses a sequence over the row budget wherever it sits, arrays included', () => {
    const spec = { data: [{ name: 'a', transform: [{ type: 'filter' }, seq(0, 1e9)] }] };
    expect(() => checkSequences(spec, 'v.vg.json')).toThrow(
      /^v\.vg\.json: a sequence from 0 to 1000000000 by 1 makes more than 1,000,000 rows/,
    );
  });

  it('refuses step 0 and accepts the budget exactly', () => {
    expect(() => checkSequences({ t: [seq(0, 10, 0)] }, 'z.json')).toThrow(/by 0 makes more/);
    expect(() => checkSequences([seq(0, PLOT_LIMITS.maxRows)], 'ok.json')).not.toThrow();
    expect(() => checkSequences([seq(0, PLOT_LIMITS.maxRows + 1)], 'no.json')).toThrow();
  });

  it('leaves primitives and null alone', () => {
    expect(() => checkSequences(null, 'n')).not.toThrow();
    expect(() => checkSequences({ a: null, b: [1, 'x', null] }, 'n')).not.toThrow();
  });
});

describe('withoutHiddenText', () => {
  const svg = (body: string, head = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">${head}<rect width="200" height="60" fill="white"/>${body}</svg>`;

  it('drops text Vega hid (opacity="0") and keeps the rest', () => {
    const out = withoutHiddenText(
      svg(
        '<text transform="translate(5,20)" opacity="0">100</text>' +
          '<text transform="translate(5,40)" opacity="1">200</text>' +
          '<text transform="translate(5,50)" fill-opacity="0">fill</text>',
      ),
    );
    expect(out).not.toContain('>100<');
    expect(out).toContain('>200<');
    expect(out).toContain('>fill<');
  });

  it('keeps hidden text that CSS, a style attribute or a child element could change', () => {
    for (const kept of [
      svg('<text opacity="0">a</text>', '<style>text { opacity: 1 }</style>'),
      svg('<text opacity="0" style="opacity:1">b</text>'),
      svg('<text opacity="0"><tspan>c</tspan></text>'),
      svg('<textPath opacity="0">d</textPath>'),
    ]) {
      expect(withoutHiddenText(kept)).toBe(kept);
    }
  });

  it('returns the same string when nothing is hidden', () => {
    const plain = svg('<text opacity="1">x</text>');
    expect(withoutHiddenText(plain)).toBe(plain);
  });

  it('a Vega chart with overlapping labels rasterises to the same PNG without them', async () => {
    const renderer = await PlotRenderer.create();
    const spec = {
      data: { values: Array.from({ length: 50 }, (_, x) => ({ x: x * 1000, y: x })) },
      mark: 'point',
      width: 120,
      encoding: {
        x: { field: 'x', type: 'quantitative', axis: { labelOverlap: true, tickCount: 40 } },
        y: { field: 'y', type: 'quantitative' },
      },
    };
    const drawn = await renderer.toSvg({ spec, kind: 'vega-lite', name: 'overlap.vl.json' });
    const stripped = withoutHiddenText(drawn);
    const count = (s: string) => (s.match(/<text\b/g) ?? []).length;
    expect(count(stripped)).toBeLessThan(count(drawn));
    const rasteriser = await loadRasteriser();
    if (rasteriser instanceof PngUnavailable) throw new Error(rasteriser.reason);
    const [a, b] = await Promise.all([rasteriser.toPng(drawn), rasteriser.toPng(stripped)]);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
