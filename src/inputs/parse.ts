import { ConfigurationError } from '../core/errors';
import type { InputDeclaration } from './types';

export type InputValue = string | boolean | number | string[] | undefined;

/**
 * The environment variable a runner sets for an input: INPUT_ + name upper-cased with spaces
 * turned into underscores and hyphens kept (the Actions runner's rule). GitLab templates set
 * the same variables so both platforms share one reader.
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readRawInput(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const value = env[inputVariable(name)];
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Parses one raw value strictly against its declaration; the error always names the input. */
export function parseInput(decl: InputDeclaration, raw: string | undefined): InputValue {
  const value = raw ?? decl.default;
  if (value === undefined || value === '') {
    if (decl.required)
      throw new ConfigurationError(`Input required and not supplied: ${decl.name}`, {
        input: decl.name,
      });
    return decl.type.kind === 'list' ? [] : undefined;
  }
  switch (decl.type.kind) {
    case 'string':
      return value;
    case 'boolean':
      if (value === 'true') return true;
      if (value === 'false') return false;
      throw new ConfigurationError(`Input '${decl.name}' must be true or false, got '${value}'.`, {
        input: decl.name,
      });
    case 'number': {
      const n = Number(value);
      const t = decl.type;
      if (!Number.isFinite(n) || (t.integer && !Number.isInteger(n))) {
        throw new ConfigurationError(
          `Input '${decl.name}' must be ${t.integer ? 'a whole number' : 'a number'}, got '${value}'.`,
          { input: decl.name },
        );
      }
      if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
        throw new ConfigurationError(
          `Input '${decl.name}' must be between ${t.min ?? '-∞'} and ${t.max ?? '∞'}, got ${n}.`,
          { input: decl.name },
        );
      }
      return n;
    }
    case 'list':
      return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'enum':
      if (decl.type.options.includes(value)) return value;
      throw new ConfigurationError(
        `Input '${decl.name}' must be one of ${decl.type.options.join(', ')}, got '${value}'.`,
        { input: decl.name },
      );
  }
}

/**
 * Reads every declared input of one action into a plain object keyed by the real input names,
 * so the rest of the code never touches the environment. Secrets go to `mask` before parsing.
 */
export function readInputs(
  decls: readonly InputDeclaration[],
  mask: (secret: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, InputValue> {
  const result: Record<string, InputValue> = {};
  for (const decl of decls) {
    const raw = readRawInput(decl.name, env);
    if (decl.secret && raw) mask(raw);
    result[decl.name] = parseInput(decl, raw);
  }
  return result;
}
