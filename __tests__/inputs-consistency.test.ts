// Every action.yml and every GitLab component's `spec: inputs` must say exactly what the input
// declarations in src/inputs/*.ts say (name, default, description, required; for GitLab also
// type and options), in both directions. Failures name the file, the input and the fix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ALL_INPUTS } from '../src/inputs';
import type { ActionName, InputDeclaration } from '../src/inputs/types';

const ROOT = join(__dirname, '..');
const ACTION_NAMES: readonly ActionName[] = [
  'setup',
  'report',
  'metrics-diff',
  'runner-provision',
  'plots',
  'data-validate',
];

interface Surface {
  file: string;
  action: ActionName | undefined;
  platform: 'github' | 'gitlab';
  inputs: Record<string, Record<string, unknown>>;
}

const squash = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

function actionSurfaces(): Surface[] {
  const files = [join(ROOT, 'action.yml')];
  const actionsDir = join(ROOT, 'actions');
  if (existsSync(actionsDir)) {
    for (const dir of readdirSync(actionsDir).sort()) {
      const file = join(actionsDir, dir, 'action.yml');
      if (existsSync(file)) files.push(file);
    }
  }
  return files
    .filter((f) => existsSync(f))
    .map((file) => {
      const rel = relative(ROOT, file);
      const name = rel === 'action.yml' ? 'setup' : rel.split('/')[1];
      const doc = parse(readFileSync(file, 'utf8')) as { inputs?: Surface['inputs'] } | null;
      return {
        file: rel,
        action: ACTION_NAMES.find((a) => a === name),
        platform: 'github' as const,
        inputs: doc?.inputs ?? {},
      };
    });
}

function templateSurfaces(): Surface[] {
  const dir = join(ROOT, 'templates');
  if (!existsSync(dir)) return [];
  const surfaces: Surface[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const file = entry.endsWith('.yml')
      ? join(dir, entry)
      : existsSync(join(dir, entry, 'template.yml'))
        ? join(dir, entry, 'template.yml')
        : undefined;
    if (!file) continue;
    const name = entry.replace(/\.yml$/, '');
    const [header] = parseAllDocuments(readFileSync(file, 'utf8'));
    const spec = (header?.toJS() as { spec?: { inputs?: Surface['inputs'] } } | null)?.spec;
    surfaces.push({
      file: relative(ROOT, file),
      action: ACTION_NAMES.find((a) => a === name),
      platform: 'gitlab',
      inputs: spec?.inputs ?? {},
    });
  }
  return surfaces;
}

const offeredOn = (d: InputDeclaration, platform: 'github' | 'gitlab') =>
  !d.platforms || d.platforms.includes(platform);

/** What the surface should say about one declaration; '' when it agrees. */
function compare(surface: Surface, decl: InputDeclaration, yml: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const where = `${surface.file}: input '${decl.name}'`;
  const source = `src/inputs (${decl.actions.join(', ')})`;
  if (squash(yml.description) !== squash(decl.description)) {
    problems.push(
      `${where}: description differs from ${source}.\n    declared: ${squash(decl.description)}\n    file:     ${squash(yml.description)}`,
    );
  }
  if (surface.platform === 'github') {
    const fileDefault = yml.default === undefined ? undefined : String(yml.default);
    if (fileDefault !== decl.default) {
      problems.push(
        `${where}: default is ${JSON.stringify(fileDefault)}, declared ${JSON.stringify(decl.default)}.`,
      );
    }
    if (Boolean(yml.required) !== Boolean(decl.required)) {
      problems.push(
        `${where}: required is ${Boolean(yml.required)}, declared ${Boolean(decl.required)}.`,
      );
    }
    return problems;
  }
  // GitLab: an input without a default is required, so optional inputs need default ''.
  const expectedDefault = decl.default ?? (decl.required ? undefined : '');
  const t = decl.type;
  const fileType = String(yml.type ?? 'string');
  const allowedTypes =
    t.kind === 'list'
      ? ['array', 'string']
      : t.kind === 'enum'
        ? ['string']
        : [t.kind === 'number' ? 'number' : t.kind === 'boolean' ? 'boolean' : 'string'];
  if (!allowedTypes.includes(fileType)) {
    problems.push(
      `${where}: type is ${fileType}, expected ${allowedTypes.join(' or ')} (${t.kind}).`,
    );
  }
  let fileDefault: string | undefined;
  if (yml.default === undefined) fileDefault = undefined;
  else if (Array.isArray(yml.default)) fileDefault = yml.default.map(String).join(',');
  else fileDefault = String(yml.default);
  const normalisedExpected =
    t.kind === 'list' && expectedDefault !== undefined
      ? expectedDefault
          .split(/[\n,]/)
          .map((s) => s.trim())
          .filter(Boolean)
          .join(',')
      : expectedDefault;
  if (fileDefault !== normalisedExpected) {
    problems.push(
      `${where}: default is ${JSON.stringify(fileDefault)}, expected ${JSON.stringify(normalisedExpected)}${decl.default === undefined && !decl.required ? " (optional inputs need default: '' on GitLab)" : ''}.`,
    );
  }
  const options = (yml.options as unknown[] | undefined)?.map(String);
  // GitLab rejects a default outside the options, so an optional enum with default '' lists ''.
  const emptyDefault = t.kind === 'enum' && decl.default === undefined && !decl.required;
  const declared = t.kind === 'enum' ? [...(emptyDefault ? [''] : []), ...t.options] : undefined;
  if (JSON.stringify(options) !== JSON.stringify(declared)) {
    problems.push(
      `${where}: options are ${JSON.stringify(options)}, declared ${JSON.stringify(declared)}.`,
    );
  }
  return problems;
}

export function inputProblems(surfaces: Surface[]): string[] {
  const problems: string[] = [];
  for (const surface of surfaces) {
    if (!surface.action) {
      problems.push(
        `${surface.file}: no declarations for this action; expected one of ${ACTION_NAMES.join(', ')} (add it to ActionName in src/inputs/types.ts).`,
      );
      continue;
    }
    const decls = ALL_INPUTS.filter(
      (d) => d.actions.includes(surface.action!) && offeredOn(d, surface.platform),
    );
    for (const name of Object.keys(surface.inputs)) {
      if (!decls.some((d) => d.name === name)) {
        problems.push(
          `${surface.file}: input '${name}' has no declaration in src/inputs/*.ts for action '${surface.action}'${surface.platform === 'gitlab' ? " (GitLab-only inputs: declare them with platforms: ['gitlab'])" : ''}.`,
        );
      }
    }
    for (const decl of decls) {
      const yml = surface.inputs[decl.name];
      if (!yml) {
        problems.push(
          `${surface.file}: missing input '${decl.name}' declared in src/inputs for '${surface.action}'${decl.platforms ? '' : ` (if it does not belong on ${surface.platform}, declare platforms)`}.`,
        );
        continue;
      }
      problems.push(...compare(surface, decl, yml));
    }
  }
  return problems;
}

describe('input declarations agree with action.yml files and GitLab components', () => {
  const surfaces = [...actionSurfaces(), ...templateSurfaces()];

  it('finds the root setup action', () => {
    expect(surfaces.map((s) => s.file)).toContain('action.yml');
  });

  it('every declared action has an action.yml or a GitLab component', () => {
    const missing: string[] = [];
    for (const action of ACTION_NAMES) {
      const declared = ALL_INPUTS.some((d) => d.actions.includes(action));
      if (declared && !surfaces.some((s) => s.action === action)) {
        missing.push(
          `'${action}' has input declarations but no actions/${action}/action.yml or templates/${action}.yml`,
        );
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  for (const surface of surfaces) {
    it(`${surface.file} matches src/inputs`, () => {
      const problems = inputProblems([surface]);
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }

  it('reports a drifted description, a missing input and an undeclared one (the check itself)', () => {
    const decl = ALL_INPUTS.find((d) => d.actions.includes('setup'))!;
    const problems = inputProblems([
      {
        file: 'fake/action.yml',
        action: 'setup',
        platform: 'github',
        inputs: {
          [decl.name]: { description: 'something else', default: decl.default },
          'not-declared': { description: 'x' },
        },
      },
    ]);
    expect(problems.join('\n')).toMatch(/input '.+': description differs/);
    expect(problems.join('\n')).toMatch(/'not-declared' has no declaration/);
    expect(problems.join('\n')).toMatch(/missing input/);
  });

  it("on GitLab, an optional input without a default must say default: ''", () => {
    const optional = ALL_INPUTS.find(
      (d) => d.actions.includes('setup') && d.default === undefined && !d.required,
    )!;
    const problems = inputProblems([
      {
        file: 'fake/template.yml',
        action: 'setup',
        platform: 'gitlab',
        inputs: { [optional.name]: { description: optional.description } },
      },
    ]);
    expect(problems.join('\n')).toContain("optional inputs need default: ''");
  });
});
