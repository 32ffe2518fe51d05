// Every ```yaml block in README.md and docs/*.md parses as YAML (the `yaml` library, which
// follows YAML 1.2 as GitHub's and GitLab's parsers do): users paste these examples as they are.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/dist';

interface Block {
  file: string;
  line: number;
  text: string;
}

/** Fenced ```yaml / ```yml blocks, indentation (list items) removed. */
function yamlBlocks(file: string, markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\b/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!);
    }
    blocks.push({ file, line: i + 1, text: body.join('\n') });
    i = j;
  }
  return blocks;
}

const files = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const blocks = files.flatMap((file) => yamlBlocks(file, readFileSync(join(ROOT, file), 'utf8')));

describe('YAML examples in the documentation', () => {
  it('finds the blocks (README and every guide have some)', () => {
    expect(new Set(blocks.map((b) => b.file))).toContain('README.md');
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))('%s parses', (_where, block) => {
    const errors = parseAllDocuments(block.text).flatMap((doc) =>
      'errors' in doc ? doc.errors.map((e) => e.message.split('\n')[0]) : ['not a document'],
    );
    expect(errors).toEqual([]);
  });

  it('reads an invalid block as invalid (flow mapping holding ${{ }})', () => {
    const [block] = yamlBlocks(
      'x.md',
      '- a\n\n  ```yaml\n  with: { token: ${{ secrets.T }} }\n  ```\n',
    );
    expect(block!.text).toBe('with: { token: ${{ secrets.T }} }');
    expect(parseAllDocuments(block!.text).some((d) => 'errors' in d && d.errors.length > 0)).toBe(
      true,
    );
  });
});
