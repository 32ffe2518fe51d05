// Tests written to kill hand-made bugs (mutants) in the runners core that the other runner
// tests let through: each `it` names the mutant it kills, and failed with that mutant applied.
// Mutation pass (issue 11). Before: runner-{clouds,config,forge,jit,versions}, clouds-gpu
// (+ runner-lifecycle for naming/poll/stop, runner-startup-script for render-startup).
// Mutant | file:line | killed before (by) | after
// R1 single exact name numbered | naming.ts:26        | yes (runner-config)     | yes
// R3 lifetime 0 expires now     | naming.ts:88        | yes (runner-lifecycle)  | yes
// R5 max-lifetime 300 refused   | config.ts:188       | yes (runner-jit)        | yes
// R6 gcp public-ip auto → none  | config.ts:181       | yes (clouds-gpu)        | yes
// R11 patch ignored in compare  | versions.ts:123     | yes (clouds-gpu; verify)| yes
// R13 shellQuote escape dropped | render-startup.ts:32| yes (startup-script)    | yes
// R15 tesla → K80               | sizes.ts:95         | yes (runner-clouds)     | yes
// R17 gpu count 0 accepted      | sizes.ts:212        | no                      | yes (here)
// R4 poll, R8/R9 stop, R7/R10/R12/R14/R16/R18: not run (time; lifecycle tests take minutes)
import { describe, expect, it } from 'vitest';
import { resolveSize } from '../src/clouds/sizes';

describe('GPU counts', () => {
  it('a Compute Engine accelerator count of 0 is refused (mutant R17: `< 1` read as `< 0`)', () => {
    expect(() => resolveSize('gcp', ['n1-standard-4'], 'nvidia-tesla-t4:0')).toThrow(
      /GPU 'nvidia-tesla-t4:0': expected <type> or <type>:<count>/,
    );
    expect(resolveSize('gcp', ['n1-standard-4'], 'nvidia-tesla-t4:1').gpu).toEqual({
      type: 'nvidia-tesla-t4',
      count: 1,
    });
  });
});
