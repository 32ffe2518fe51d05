/**
 * A minimal GraphQL endpoint. Every query is first validated against GitHub's published schema
 * (graphql-schema.ts); an invalid one is a violation and answers GraphQL errors, as GitHub does.
 * Then: `viewer { login }` and the `enablePullRequestAutoMerge` mutation
 * (pullRequestId and mergeMethod from variables or inline arguments). Anything else answers a
 * GraphQL error and is recorded as a violation by the caller's assertions on the response.
 */
import type { RouteContext, RouteModule, IssueState } from '../types';
import { graphqlProblems } from '../graphql-schema';

interface GraphqlBody {
  query?: unknown;
  variables?: Record<string, unknown>;
}

function argument(query: string, variables: Record<string, unknown>, name: string): unknown {
  // An argument `name: value`, not a variable declaration `$name: Type`.
  const m = new RegExp(`(?<![$\\w])${name}\\s*:\\s*(\\$\\w+|"[^"]*"|\\w+)`).exec(query);
  if (!m) return undefined;
  const raw = m[1] ?? '';
  if (raw.startsWith('$')) return variables[raw.slice(1)];
  if (raw.startsWith('"')) return raw.slice(1, -1);
  return raw;
}

function findPull(ctx: RouteContext, nodeId: string): IssueState | undefined {
  for (const repo of ctx.state.repos.values()) {
    for (const issue of repo.issues.values())
      if (issue.pull && issue.nodeId === nodeId) return issue;
  }
  return undefined;
}

const errorResult = (type: string, message: string) => ({
  status: 200,
  body: { data: null, errors: [{ type, message, locations: [] }] },
});

export const graphqlRoutes: RouteModule = {
  name: 'graphql',
  routes: [
    {
      method: 'POST',
      path: '/graphql',
      handler: (ctx) => {
        const { query, variables = {} } = (ctx.body ?? {}) as GraphqlBody;
        if (typeof query !== 'string') {
          ctx.violation('the body has no query string');
          return {
            status: 400,
            body: { message: 'A query attribute must be specified and must be a string.' },
          };
        }
        const problems = graphqlProblems(query);
        if (problems.length > 0) {
          ctx.violation(`the query is not valid against GitHub's schema: ${problems.join('; ')}`);
          return {
            status: 200,
            body: {
              errors: problems.map((message) => ({ message, locations: [] })),
            },
          };
        }
        if (/enablePullRequestAutoMerge/.test(query)) {
          if (ctx.identity.readOnly) {
            return errorResult('FORBIDDEN', 'Resource not accessible by integration');
          }
          const id = argument(query, variables, 'pullRequestId');
          const method = String(argument(query, variables, 'mergeMethod') ?? 'MERGE');
          if (!['MERGE', 'SQUASH', 'REBASE'].includes(method)) {
            return errorResult(
              'INVALID',
              `Argument 'mergeMethod' has an invalid value (${method}).`,
            );
          }
          const pull = typeof id === 'string' ? findPull(ctx, id) : undefined;
          if (!pull?.pull) {
            return errorResult(
              'NOT_FOUND',
              `Could not resolve to a node with the global id of '${String(id)}'.`,
            );
          }
          if (pull.state !== 'open') {
            return errorResult(
              'UNPROCESSABLE',
              'Pull request is not in the correct state to enable auto-merge',
            );
          }
          pull.pull.autoMerge = {
            mergeMethod: method as 'MERGE' | 'SQUASH' | 'REBASE',
            enabledBy: { login: ctx.identity.login, id: ctx.identity.id, type: ctx.identity.type },
          };
          return {
            status: 200,
            body: {
              data: {
                enablePullRequestAutoMerge: {
                  pullRequest: {
                    id: pull.nodeId,
                    number: pull.number,
                    autoMergeRequest: { mergeMethod: method },
                  },
                },
              },
            },
          };
        }
        if (/\bviewer\b/.test(query)) {
          return {
            status: 200,
            body: { data: { viewer: { login: ctx.identity.login, databaseId: ctx.identity.id } } },
          };
        }
        ctx.violation(`the emulator does not answer this query: ${query.slice(0, 200)}`);
        return errorResult(
          'UNSUPPORTED',
          'The emulator answers only viewer and enablePullRequestAutoMerge',
        );
      },
    },
  ],
};
