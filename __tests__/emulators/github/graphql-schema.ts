/**
 * GraphQL queries checked against GitHub's published schema (@octokit/graphql-schema, the
 * schema GitHub publishes for api.github.com), with graphql-js's validation rules: an unknown
 * field, a wrong argument or variable type, a syntax error is a violation, as it is an error
 * on GitHub. Loaded on the first GraphQL request (the schema is a few MB of JSON).
 */
import { parse, validate, buildClientSchema, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let schema: GraphQLSchema | undefined;

function githubSchema(): GraphQLSchema {
  if (!schema) {
    // The package exports only its ES entry (which also needs graphql-tag); its schema.json is
    // read directly, from the repository's node_modules.
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
    const file = join(root, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    schema = buildClientSchema(JSON.parse(readFileSync(file, 'utf8')));
  }
  return schema;
}

/** The problems GitHub would report for this query (empty when it is valid). */
export function graphqlProblems(query: string): string[] {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return [`syntax: ${(error as Error).message}`];
  }
  return validate(githubSchema(), document).map((e) => e.message);
}
