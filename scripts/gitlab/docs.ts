// The tables of docs/gitlab.md: each component's inputs and each include's variables, between
// `<!-- BEGIN GENERATED: inputs:<action> -->` / `<!-- END GENERATED -->` markers. The prose
// around them is written by hand and kept as it is.
import type { ActionName, InputDeclaration } from '../../src/inputs/types';
import { entryInputs, jobInputs, jobVariable, specInput } from './render';

const BLOCK =
  /<!-- BEGIN GENERATED: (inputs|variables):([a-z-]+) -->[\s\S]*?<!-- END GENERATED -->/g;

export function renderDocs(markdown: string): string {
  return markdown.replace(BLOCK, (_all, kind: string, action: string) => {
    const table =
      kind === 'inputs' ? inputsTable(action as ActionName) : variablesTable(action as ActionName);
    return `<!-- BEGIN GENERATED: ${kind}:${action} -->\n${table}\n<!-- END GENERATED -->`;
  });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function typeOf(d: InputDeclaration): string {
  const spec = specInput(d);
  const options = spec.options as string[] | undefined;
  if (options)
    return options
      .filter(Boolean)
      .map((o) => `\`${o}\``)
      .join(' / ');
  if (spec.type) return String(spec.type);
  return d.type.kind === 'list' ? 'string (list: one per line or comma-separated)' : 'string';
}

function defaultOf(d: InputDeclaration): string {
  if (d.required) return '**required**';
  return d.default ? `\`${d.default}\`` : '';
}

function inputsTable(action: ActionName): string {
  const rows = [...jobInputs(action), ...entryInputs(action)].map(
    (d) =>
      `| \`${d.name}\` | ${cell(typeOf(d))} | ${cell(defaultOf(d))} | ${cell(d.description)} |`,
  );
  return ['| Input | Type | Default | Description |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

function variablesTable(action: ActionName): string {
  const plumbing = jobInputs(action);
  const version = plumbing.find((d) => d.name === 'cml-version');
  const path = plumbing.find((d) => d.name === 'cml-path');
  const rows = [
    `| \`CML_VERSION\` | \`${version?.default ?? ''}\` | ${cell(version?.description ?? '')} |`,
    `| \`CML_PATH\` | | ${cell(path?.description ?? '')} |`,
    ...entryInputs(action).map(
      (d) => `| \`${jobVariable(d.name)}\` | ${cell(defaultOf(d))} | ${cell(d.description)} |`,
    ),
  ];
  return ['| Variable | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}
