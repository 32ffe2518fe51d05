// Writes templates/<name>.yml, gitlab/<name>.gitlab-ci.yml and the generated tables of
// README.md and docs/gitlab.md from the input declarations. `--check` writes nothing and exits 1 when a
// committed file differs. Run: npm run generate:gitlab
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { COMPONENTS, renderComponent, renderInclude } from './gitlab/render';
import { renderDocs } from './gitlab/docs';

export const ROOT = resolve(__dirname, '..');

/** Every generated file, path relative to the repository root → content. */
export async function generateGitLabFiles(root = ROOT): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const yamlOptions = { ...(await resolveConfig(join(root, 'templates/x.yml'))), parser: 'yaml' };
  for (const config of COMPONENTS) {
    files.set(`templates/${config.action}.yml`, await format(renderComponent(config), yamlOptions));
    files.set(
      `gitlab/${config.action}.gitlab-ci.yml`,
      await format(renderInclude(config), yamlOptions),
    );
  }
  // The README holds each component's section (the catalog shows it); docs/gitlab.md the includes'.
  for (const doc of ['README.md', 'docs/gitlab.md']) {
    const path = join(root, doc);
    if (existsSync(path)) files.set(doc, renderDocs(readFileSync(path, 'utf8')));
  }
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [path, content] of await generateGitLabFiles()) {
    const target = join(ROOT, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  if (check && stale.length) {
    console.error(`Out of date (run npm run generate:gitlab): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(stale.length ? `wrote ${stale.join(', ')}` : 'GitLab files are up to date');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main();
