// The example pipelines in examples/ci/ use only inputs the actions and components declare, and
// name files that exist in examples/: users copy them as they are. (The GitLab one is also run
// end to end by gitlab-data-validate.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT } from './support/dist';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Files the example pipelines point at (targets, schema, rules) must exist. */
const FILE_INPUTS = ['targets', 'schema', 'rules-file', 'data'];

describe('example pipelines (examples/ci/)', () => {
  it('the GitHub workflow passes only declared inputs to the actions it uses', () => {
    const workflow = parse(read('examples/ci/github-data-validate.yml')) as {
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.filter((s) => s.uses?.startsWith('cml-ts/cml/actions/'));
    expect(ours.map((s) => s.uses)).toEqual([
      'cml-ts/cml/actions/data-validate@v1',
      'cml-ts/cml/actions/report@v1',
    ]);
    for (const step of ours) {
      const name = /actions\/([a-z-]+)@/.exec(step.uses!)![1]!;
      const action = parse(read(`actions/${name}/action.yml`)) as { inputs: object };
      for (const [input, value] of Object.entries(step.with ?? {})) {
        expect(Object.keys(action.inputs), `${step.uses}: ${input}`).toContain(input);
        if (FILE_INPUTS.includes(input)) expect(existsSync(join(ROOT, value)), value).toBe(true);
      }
    }
  });

  it('the GitLab pipeline passes only declared inputs to the components it includes', () => {
    const pipeline = parse(read('examples/ci/gitlab-data-validate.yml')) as {
      include: { component: string; inputs: Record<string, string> }[];
    };
    expect(pipeline.include).toHaveLength(2);
    for (const include of pipeline.include) {
      const name = /\/cml\/([a-z-]+)@/.exec(include.component)![1]!;
      const [header] = parseAllDocuments(read(`templates/${name}.yml`));
      const spec = (header!.toJS() as { spec: { inputs: object } }).spec.inputs;
      for (const [input, value] of Object.entries(include.inputs)) {
        expect(Object.keys(spec), `${include.component}: ${input}`).toContain(input);
        if (FILE_INPUTS.includes(input)) expect(existsSync(join(ROOT, value)), value).toBe(true);
      }
    }
  });
});
