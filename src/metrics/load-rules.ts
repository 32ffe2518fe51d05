import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors';
import { checkFileSize, METRICS_LIMITS } from './limits';
import { parseRuleLines, parseRulesFile, type Rule } from './rules';

/** Rules from inline lines (an input or --rule options) and an optional YAML rules file. */
export async function loadRules(options: {
  lines: string[];
  linesOrigin: string;
  file?: string;
  cwd: string;
}): Promise<Rule[]> {
  const rules = options.lines.flatMap((text) => parseRuleLines(text, options.linesOrigin));
  if (options.file) {
    let text: string;
    try {
      const path = join(options.cwd, options.file);
      checkFileSize(options.file, (await stat(path)).size, METRICS_LIMITS.yamlFileBytes);
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      throw new ConfigurationError(
        `Cannot read the rules file ${options.file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
        { file: options.file },
      );
    }
    rules.push(...parseRulesFile(text, options.file));
  }
  return rules;
}
