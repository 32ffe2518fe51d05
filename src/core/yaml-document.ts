import { LineCounter, parseDocument, type Document } from 'yaml';
import { ConfigurationError } from './errors';

/**
 * Parses a YAML file the user wrote, keeping line positions for later messages. A syntax
 * error becomes a ConfigurationError naming the file, line and column.
 */
export function parseYamlDocument(
  text: string,
  file: string,
): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    throw new ConfigurationError(
      `${file}${at ? `:${at.line}:${at.col}` : ''}: invalid YAML: ${problem.message.split('\n')[0]}`,
      { file, line: at?.line },
    );
  }
  return { doc, lineCounter };
}
