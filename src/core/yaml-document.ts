import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from './errors';

/**
 * How many alias uses a YAML file may expand, as the yaml library counts them for toJS (its
 * default, which stops "billion laughs" documents). Readers that walk nodes themselves resolve
 * aliases by hand and would bypass it, so every document is checked here first.
 */
export const YAML_MAX_ALIAS_COUNT = 100;

/**
 * Parses a YAML file the user wrote, keeping line positions for later messages. A syntax
 * error becomes a ConfigurationError naming the file, line and column; so does a document
 * whose aliases expand beyond the yaml library's limit.
 */
export function parseYamlDocument(
  text: string,
  file: string,
  options: { uniqueKeys?: boolean } = {},
): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // Merge keys (`<<: *base`) as DVC's YAML loader (ruamel) honours them.
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: options.uniqueKeys ?? true,
      merge: true,
    });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file, file);
    throw error;
  }
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    // The parser reports its own stack overflow as a syntax error; say what it means.
    if (problem.message.includes('call stack')) {
      throw tooDeep(at ? `${file}:${at.line}:${at.col}` : file, file);
    }
    throw new ConfigurationError(
      `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${problem.message.split('\n')[0]}`,
      { file, line: at?.line },
    );
  }
  limitAliases(doc, text, file);
  return { doc, lineCounter };
}

/** Lets the yaml library count alias expansion (without aliases there is nothing to count). */
function limitAliases(doc: Document.Parsed, text: string, file: string): void {
  if (!text.includes('*')) return;
  try {
    doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file, file);
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigurationError(
      `${file}: its YAML aliases (*name) expand beyond the yaml library's limit of ` +
        `${YAML_MAX_ALIAS_COUNT} alias uses, which stops documents that blow up in memory ` +
        `("billion laughs"); it was not read (see docs/limits.md).`,
      { file },
    );
  }
}

function tooDeep(where: string, file: string): ConfigurationError {
  return new ConfigurationError(
    `${where}: YAML nested too deeply to read (files are read up to 100 levels; see docs/limits.md).`,
    { file },
  );
}
