// Rewrites a built bundle file so it holds ASCII only: every other character becomes a \uXXXX
// escape (the same value in strings, regular expressions, identifiers and comments). Node reads a
// source file with any non-ASCII byte as a two-byte string, twice the memory and slower to decode
// and scan; Vega's 1.5 MB chunk is non-ASCII only for a few quotes and symbols, mostly in
// comments. The raw text of tagged templates (String.raw`…`) is the one place where an escape
// would change a value, so those are left as written. acorn (ESLint's parser) finds them; when
// it cannot parse a file, the file is left alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';

/** Returns true when the file was rewritten. */
export function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(source)) return false;
  let ast;
  try {
    ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true });
  } catch {
    return false;
  }
  const keep = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') keep.push([node.quasi.start, node.quasi.end]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  keep.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of [...keep, [source.length, source.length]]) {
    if (start < at) continue;
    out += escape(source.slice(at, start)) + source.slice(start, end);
    at = end;
  }
  writeFileSync(file, out);
  return true;
}

function escape(text) {
  // Code units, so a character outside the BMP becomes its surrogate pair, which JavaScript
  // reads back as the same character (in /u regular expressions too).
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
