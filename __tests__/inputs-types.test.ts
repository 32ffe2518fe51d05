/**
 * The inputs each entry reads are typed from the declarations (src/inputs/*.ts, `as const`).
 * The type assertions here are checked by `tsc --noEmit -p tsconfig.json` (npm run typecheck,
 * which includes __tests__): a misspelt input name, or an input of another action, is a compile
 * error (@ts-expect-error fails the typecheck if the line ever compiles). The runtime part checks
 * that the parser gives each input the kind of value its type promises.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  readDeclarations,
  readInputs,
  type InputName,
  type Inputs,
  type RawInputs,
} from '../src/inputs';
import type { ActionName, InputDeclaration } from '../src/inputs/types';

const noMask = () => undefined;

describe('Inputs<action> follows the declarations (checked by tsc)', () => {
  it('gives each kind its TypeScript type', () => {
    const report = readInputs('report', noMask, {});
    expectTypeOf(report['watermark-title']).toEqualTypeOf<string>(); // default '{workflow}'
    expectTypeOf(report.section).toEqualTypeOf<string | undefined>(); // no default
    expectTypeOf(report.update).toEqualTypeOf<boolean>();
    expectTypeOf(report.plots).toEqualTypeOf<string[]>();
    expectTypeOf(report['fail-on-error']).toEqualTypeOf<boolean>(); // common.ts
    expectTypeOf(report['allowed-hosts']).toEqualTypeOf<string[]>(); // shared with plots

    expectTypeOf<Inputs<'plots'>['format']>().toEqualTypeOf<'png' | 'svg'>();
    expectTypeOf<Inputs<'plots'>['scale']>().toEqualTypeOf<number>();
    expectTypeOf<Inputs<'plots'>['template']>().toEqualTypeOf<
      | 'linear'
      | 'simple'
      | 'scatter'
      | 'scatter_jitter'
      | 'smooth'
      | 'bar'
      | 'bar_horizontal'
      | 'bar_horizontal_sorted'
      | 'confusion'
      | 'confusion_normalized'
      | undefined
    >();
    // A default of '' means "unset": the parser gives undefined.
    expectTypeOf<Inputs<'plots'>['base-revision']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Inputs<'metrics-diff'>['precision']>().toEqualTypeOf<number>();
    expectTypeOf<Inputs<'runner-provision'>['mode']>().toEqualTypeOf<'start' | 'stop' | 'sweep'>();
    // Required: no undefined.
    expectTypeOf<Inputs<'runner-provision'>['cloud']>().not.toBeUndefined();
    expectTypeOf<Inputs<'setup'>['dvc-extras']>().toEqualTypeOf<string[]>();
  });

  it('refuses a misspelt name, another action’s input and GitLab job plumbing', () => {
    const report = readInputs('report', noMask, {});
    // @ts-expect-error: misspelt input name
    void report['watermark-titel'];
    // @ts-expect-error: an input of the plots action, not of setup
    void ({} as Inputs<'setup'>)['out-dir'];
    // @ts-expect-error: GitLab job plumbing is read by the job script, never by the entry
    void report.stage;
    // @ts-expect-error: the CLI maps its options onto declared names only
    const raw: RawInputs<'runner-provision'> = { 'machine-type': 'm' };
    void raw;
    expectTypeOf<'watermark-title'>().toMatchTypeOf<InputName<'report'>>();
    expectTypeOf<'watermark-titel'>().not.toMatchTypeOf<InputName<'report'>>();
  });
});

/** The rule InputValueOf (src/inputs/types.ts) states, restated to check the parser at run time. */
function alwaysSet(decl: InputDeclaration): boolean {
  return decl.type.kind === 'list' || decl.required === true || Boolean(decl.default);
}

const REQUIRED: Partial<Record<ActionName, NodeJS.ProcessEnv>> = {
  'runner-provision': { INPUT_CLOUD: 'aws' },
};

describe('the parser gives every input the value its type promises', () => {
  for (const action of ['report', 'plots', 'metrics-diff', 'runner-provision', 'setup'] as const) {
    it(`${action}: unset inputs are their default, an empty list, or undefined`, () => {
      const inputs: Record<string, unknown> = readInputs(action, noMask, REQUIRED[action] ?? {});
      const decls = readDeclarations(action);
      expect(Object.keys(inputs).sort()).toEqual(decls.map((d) => d.name).sort());
      for (const decl of decls) {
        const value = inputs[decl.name];
        if (!alwaysSet(decl)) {
          expect(value, decl.name).toBeUndefined();
          continue;
        }
        const expected = {
          string: 'string',
          enum: 'string',
          boolean: 'boolean',
          number: 'number',
          list: 'object',
        }[decl.type.kind];
        expect(typeof value, decl.name).toBe(expected);
        if (decl.type.kind === 'list') expect(Array.isArray(value), decl.name).toBe(true);
      }
    });
  }

  it('reads the real values through the typed object', () => {
    const inputs = readInputs('report', noMask, {
      'INPUT_WATERMARK-TITLE': 'nightly',
      INPUT_UPDATE: 'false',
      INPUT_PLOTS: 'a.vl.json, b.csv',
    });
    expect(inputs['watermark-title']).toBe('nightly');
    expect(inputs.update).toBe(false);
    expect(inputs.plots).toEqual(['a.vl.json', 'b.csv']);
    expect(inputs.target).toBe('auto');
  });
});
