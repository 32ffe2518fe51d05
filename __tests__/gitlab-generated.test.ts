// templates/ and gitlab/ are generated from src/inputs: they must be committed up to date, and
// must say what the declarations say.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { generateGitLabFiles, ROOT } from '../scripts/generate-gitlab';
import {
  COMPONENTS,
  entryInputs,
  jobInputs,
  jobVariable,
  typedInput,
} from '../scripts/gitlab/render';
import pkg from '../package.json';
import { startGitLabEmulator } from './emulators/gitlab';
import {
  createGitLabFixture,
  removeGitLabFixtures,
  runGitLabCiLocal,
} from './support/gitlab-ci-local';

const GLOBAL_KEYWORDS = [
  'stages',
  'default',
  'workflow',
  'variables',
  'include',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
];

describe('generated GitLab files', () => {
  it('are committed exactly as the generator writes them (npm run generate:gitlab)', async () => {
    const files = await generateGitLabFiles();
    expect([...files.keys()].sort()).toEqual(
      expect.arrayContaining(
        COMPONENTS.flatMap((c) => [
          `templates/${c.action}.yml`,
          `gitlab/${c.action}.gitlab-ci.yml`,
        ]),
      ),
    );
    for (const [path, content] of files) {
      const target = join(ROOT, path);
      expect(existsSync(target), `${path} is missing: run npm run generate:gitlab`).toBe(true);
      expect(readFileSync(target, 'utf8'), `${path} is stale: run npm run generate:gitlab`).toBe(
        content,
      );
    }
  });

  for (const { action } of COMPONENTS) {
    it(`templates/${action}.yml declares every input once, with the declared defaults, and no global keywords`, () => {
      const docs = parseAllDocuments(readFileSync(join(ROOT, `templates/${action}.yml`), 'utf8'));
      expect(docs).toHaveLength(2);
      const spec = docs[0]!.toJS() as {
        spec: { inputs: Record<string, { default?: unknown; description: string }> };
      };
      const jobs = docs[1]!.toJS() as Record<string, Record<string, unknown>>;
      const declared = [...jobInputs(action), ...entryInputs(action)];
      expect(Object.keys(spec.spec.inputs)).toEqual(declared.map((d) => d.name));
      for (const d of declared) {
        const input = spec.spec.inputs[d.name]!;
        expect(input.description).toBe(d.description);
        if (d.required) expect(input).not.toHaveProperty('default');
        else expect(String(input.default)).toBe(d.default ?? '');
      }
      expect(spec.spec.inputs['cml-version']!.default).toBe(pkg.version);
      expect(Object.keys(jobs)).toEqual(['$[[ inputs.job-name ]]']);
      for (const keyword of GLOBAL_KEYWORDS) expect(Object.keys(jobs)).not.toContain(keyword);
      const job = jobs['$[[ inputs.job-name ]]']!;
      const text = JSON.stringify(job);
      const used = [...text.matchAll(/\$\[\[ inputs\.([a-z-]+) \]\]/g)].map((m) => m[1]);
      for (const name of used) expect(declared.map((d) => d.name)).toContain(name);
      // Every input reaches the entry: strings as job variables, booleans and numbers (whose
      // type GitLab would keep in a variable) written into the env(1) line of the script.
      const script = (job.script as string[]).join('\n');
      for (const d of entryInputs(action)) {
        const variable = (job.variables as Record<string, string>)[jobVariable(d.name)];
        if (typedInput(d)) {
          expect(variable).toBeUndefined();
          const entryName = `INPUT_${d.name.toUpperCase()}`;
          expect(script).toContain(`"${entryName}=$[[ inputs.${d.name} ]]"`);
        } else {
          expect(variable).toBe(`$[[ inputs.${d.name} ]]`);
        }
      }
      expect(text).toContain(`$CML_DIST/${action}/index.js`);
    });

    it(`gitlab/${action}.gitlab-ci.yml defines only the hidden job .cml-${action}`, () => {
      const docs = parseAllDocuments(
        readFileSync(join(ROOT, `gitlab/${action}.gitlab-ci.yml`), 'utf8'),
      );
      expect(docs).toHaveLength(1);
      const jobs = docs[0]!.toJS() as Record<string, { variables: Record<string, string> }>;
      expect(Object.keys(jobs)).toEqual([`.cml-${action}`]);
      const variables = jobs[`.cml-${action}`]!.variables;
      expect(variables.CML_VERSION).toBe(pkg.version);
      for (const d of entryInputs(action))
        expect(variables[jobVariable(d.name)]).toBe(d.default ?? '');
    });
  }
});

describe("the project's own .gitlab-ci.yml", () => {
  it('passes GitLab schema validation and has the tag-only publish and release jobs', async () => {
    const fixture = createGitLabFixture({
      projectPath: 'cml-ts/cml',
      files: { '.gitlab-ci.yml': readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8') },
    });
    const emulator = await startGitLabEmulator();
    try {
      const onTag = await runGitLabCiLocal(fixture, {
        emulator,
        projectId: 1,
        pipeline: { kind: 'branch' },
        variables: { CI_COMMIT_TAG: pkg.version },
        list: true,
      });
      expect(onTag.code, onTag.output).toBe(0);
      expect(onTag.output).toMatch(/json schema validated/);
      expect(onTag.output).toMatch(/^publish-npm\s/m);
      expect(onTag.output).toMatch(/^release\s/m);
      const onBranch = await runGitLabCiLocal(fixture, {
        emulator,
        projectId: 1,
        pipeline: { kind: 'branch' },
        list: true,
      });
      expect(onBranch.output).toMatch(/^check-gitlab-files\s/m);
      expect(onBranch.output).not.toMatch(/^publish-npm\s/m);
    } finally {
      await emulator.close();
      removeGitLabFixtures();
    }
  });
});
