// The spec explainer (issue 11): a spec that makes Vega-Lite warn is checked against Vega-Lite's
// JSON schema, which ajv compiled as a whole first (0.6–3.5 s per process). The interpreting
// validator (src/plots/schema-walk.ts) must give ajv's verdict on real specs, valid and broken,
// and explaining must cost no more than rendering a chart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlotRenderer } from '../src/plots/render';
import { schemaValidator } from '../src/plots/schema-walk';
import { explainAgainst } from '../src/plots/spec-check';
import { FIXTURES } from './plots-helpers';
import { ROOT } from './support/dist';

const CORPUS = join(FIXTURES, 'vega-lite-examples');
const specs = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.vl.json'))
  .map((f) => ({ name: f, spec: JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) }));

/** Hand-made faults of the kinds users make, applied to real specs. */
const MUTATIONS: Array<[string, (s: Record<string, unknown>) => void]> = [
  ['mark typo', (s) => typeof s.mark === 'string' && (s.mark = `${s.mark}z`)],
  ['unknown top-level property', (s) => (s.colour = 'red')],
  ['width as text', (s) => (s.width = 'wide')],
  ['negative height', (s) => (s.height = { step: -1 })],
  ['layer not a list', (s) => s.layer && (s.layer = 3)],
  [
    'encoding type typo',
    (s) => {
      const x = (s.encoding as Record<string, Record<string, unknown>> | undefined)?.x;
      if (x && 'type' in x) x.type = 'quant';
    },
  ],
  [
    'unknown channel',
    (s) => s.encoding && ((s.encoding as Record<string, unknown>).colour = { field: 'a' }),
  ],
  ['data as a list', (s) => (s.data = [1, 2])],
];

type Verdict = (spec: unknown) => boolean;

function compare(oracle: Verdict, ours: Verdict, cases: Array<{ name: string; spec: unknown }>) {
  const disagreements = cases
    .filter(({ spec }) => oracle(spec) !== ours(spec))
    .map(({ name, spec }) => `${name}: ajv ${oracle(spec)}, ours ${ours(spec)}`);
  expect(disagreements).toEqual([]);
}

function mutants(base: Array<{ name: string; spec: unknown }>) {
  return base.flatMap(({ name, spec }) =>
    MUTATIONS.map(([what, mutate]) => {
      const copy = structuredClone(spec) as Record<string, unknown>;
      mutate(copy);
      return { name: `${name} (${what})`, spec: copy };
    }),
  );
}

describe('schema-walk gives ajv’s verdicts', () => {
  let vlSchema: object;
  let vegaSchema: object;
  beforeAll(async () => {
    vlSchema = (await import('vega-lite/vega-lite-schema.json')).default as object;
    vegaSchema = (await import('vega/vega-schema.json')).default as object;
  });
  const ajv = (schema: object): Verdict => {
    // ajv as the test oracle only: compiling the schema is exactly the cost the product avoids.
    const v = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    return (spec) => v(spec);
  };

  it('on the Vega-Lite example corpus and hand-broken copies of it', () => {
    const cases = [...specs, ...mutants(specs)];
    const oracle = ajv(vlSchema);
    expect(cases.filter((c) => !oracle(c.spec)).length).toBeGreaterThan(specs.length);
    compare(oracle, schemaValidator(vlSchema as never), cases);
  }, 60_000);

  it('on Vega specs compiled from the corpus and hand-broken copies of them', async () => {
    const vl = await import('vega-lite');
    const compiled = specs.slice(0, 60).map(({ name, spec }) => ({
      name: name.replace('.vl.', '.vg.'),
      spec: vl.compile(spec).spec as unknown,
    }));
    const broken = compiled.flatMap(({ name, spec }) => {
      const a = structuredClone(spec) as Record<string, unknown>;
      a.autosize = 'shrink';
      const b = structuredClone(spec) as Record<string, unknown>;
      (b.marks as Array<Record<string, unknown>>)[0]!.from = 7;
      const c = structuredClone(spec) as Record<string, unknown>;
      c.padding = 'lots';
      return [a, b, c].map((s, i) => ({ name: `${name} (fault ${i})`, spec: s }));
    });
    const oracle = ajv(vegaSchema);
    compare(oracle, schemaValidator(vegaSchema as never), [...compiled, ...broken]);
  }, 60_000);
});

describe('explaining a spec that makes Vega-Lite warn (issue 11)', () => {
  const values = Array.from({ length: 1000 }, (_, x) => ({ x, y: Math.sin(x / 40) }));
  const chart = {
    data: { values },
    mark: 'line',
    encoding: {
      x: { field: 'x', type: 'quantitative' },
      y: { field: 'y', type: 'quantitative' },
    },
  };
  // Vega-Lite warns 'FieldDef does not work with "band" scale' and draws a linear scale.
  const warning = {
    ...chart,
    encoding: { ...chart.encoding, x: { ...chart.encoding.x, scale: { type: 'band' } } },
  };

  it('costs no more than rendering a 1,000-point chart, and the warning still reaches the log', async () => {
    const warnings: string[] = [];
    const renderer = await PlotRenderer.create((m) => warnings.push(m));
    const source = (spec: unknown) => ({ spec, kind: 'vega-lite' as const, name: 'c.vl.json' });
    const renderPng = async (spec: unknown) => renderer.toPng(await renderer.toSvg(source(spec)));
    await renderPng(chart);
    const renders: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await renderPng(chart);
      renders.push(performance.now() - start);
    }
    const render = renders.sort((a, b) => a - b)[1]!;
    // What a new process pays to explain: the bundle holds the schema as JSON text (ncc emits
    // JSON.parse('…')), so parse it, build the validator and explain, from nothing.
    const text = readFileSync(
      join(ROOT, 'node_modules/vega-lite/build/vega-lite-schema.json'),
      'utf8',
    );
    const start = performance.now();
    const validate = schemaValidator(JSON.parse(text));
    expect(explainAgainst(validate, warning)).toBeUndefined();
    const explain = performance.now() - start;
    // The old path, for the record: ajv compiling the whole schema first.
    const ajvStart = performance.now();
    new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false }).compile(
      JSON.parse(text),
    );
    const ajvCompile = performance.now() - ajvStart;
    console.log(
      `explaining a warning: ${Math.round(explain)} ms (schema parsed, validator built, spec checked); ` +
        `one 1,000-point render to PNG: ${Math.round(render)} ms; ajv compiling the schema (old path): ${Math.round(ajvCompile)} ms`,
    );
    expect(explain).toBeLessThanOrEqual(render);
    await renderer.toSvg(source(warning));
    expect(warnings).toEqual([expect.stringMatching(/c\.vl\.json: .*"band" scale/)]);
  }, 60_000);
});
