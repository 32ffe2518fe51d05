import { ConfigurationError } from '../core/errors';
import type { InputDeclaration } from './types';

// Where the runner puts inputs lives in core (the token lookup reads one too).
export { inputVariable, readRawInput } from '../core/input-env';

export type InputValue = string | boolean | number | string[] | undefined;

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
