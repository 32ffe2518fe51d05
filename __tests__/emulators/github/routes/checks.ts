/** Check runs: create, update, get, list for a ref. GitHub's limits: 50 annotations per request, 65,535-character summary/text. */
import { HttpError, type CheckRun, type RouteContext, type RouteModule } from '../types';
import { bodyOf, param, intParam, repoOf, validationFailed } from './helpers';

const TEXT_LIMIT = 65535;
const ANNOTATIONS_PER_REQUEST = 50;

interface CheckInput {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  started_at?: string;
  completed_at?: string;
  output?: {
    title?: string;
    summary?: string;
    text?: string;
    annotations?: unknown[];
    images?: unknown[];
  };
  actions?: unknown[];
}

function apply(ctx: RouteContext, run: CheckRun, input: CheckInput): void {
  const output = input.output;
  if (output) {
    for (const field of ['summary', 'text'] as const) {
      if ((output[field]?.length ?? 0) > TEXT_LIMIT) {
        throw validationFailed(
          'CheckRun',
          `output.${field}`,
          'custom',
          `Only ${TEXT_LIMIT} characters are allowed; ${output[field]?.length} were supplied.`,
        );
      }
    }
    if ((output.annotations?.length ?? 0) > ANNOTATIONS_PER_REQUEST) {
      throw validationFailed(
        'CheckRun',
        'output.annotations',
        'custom',
        `Only ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request`,
      );
    }
    // Annotations accumulate across updates, as on GitHub.
    run.output = {
      title: output.title ?? run.output?.title,
      summary: output.summary ?? run.output?.summary,
      text: output.text ?? run.output?.text,
      annotations: [...(run.output?.annotations ?? []), ...(output.annotations ?? [])],
      images: output.images ?? run.output?.images,
    };
  }
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  if (input.actions !== undefined) run.actions = input.actions;
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = 'completed';
    run.completedAt = input.completed_at ?? ctx.state.now();
  } else if (input.status !== undefined) {
    run.status = input.status;
    if (input.status === 'completed' && !run.conclusion) {
      throw validationFailed(
        'CheckRun',
        'conclusion',
        'missing_field',
        'conclusion is required when status is completed',
      );
    }
  }
}

function render(ctx: RouteContext, run: CheckRun) {
  const repo = repoOf(ctx);
  return {
    id: run.id,
    node_id: Buffer.from(`08:CheckRun${run.id}`).toString('base64'),
    name: run.name,
    head_sha: run.headSha,
    status: run.status,
    conclusion: run.conclusion,
    external_id: run.externalId ?? null,
    details_url: run.detailsUrl ?? null,
    started_at: run.startedAt ?? null,
    completed_at: run.completedAt ?? null,
    url: `${ctx.baseUrl}/repos/${repo.fullName}/check-runs/${run.id}`,
    html_url: `${ctx.webUrl}/${repo.fullName}/runs/${run.id}`,
    output: {
      title: run.output?.title ?? null,
      summary: run.output?.summary ?? null,
      text: run.output?.text ?? null,
      annotations_count: run.output?.annotations.length ?? 0,
      annotations_url: `${ctx.baseUrl}/repos/${repo.fullName}/check-runs/${run.id}/annotations`,
    },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  };
}

function runOf(ctx: RouteContext): CheckRun {
  const id = intParam(ctx, 'check_run_id');
  const run = repoOf(ctx).checkRuns.find((r) => r.id === id);
  if (!run) throw new HttpError(404, 'Not Found');
  return run;
}

export const checksRoutes: RouteModule = {
  name: 'checks',
  routes: [
    {
      method: 'POST',
      path: '/repos/{owner}/{repo}/check-runs',
      handler: (ctx) => {
        const input = bodyOf(ctx) as CheckInput;
        const run: CheckRun = {
          id: ctx.state.nextId(),
          name: String(input.name),
          headSha: String(input.head_sha),
          status: input.status ?? 'queued',
          conclusion: null,
        };
        apply(ctx, run, input);
        repoOf(ctx).checkRuns.push(run);
        return { status: 201, body: render(ctx, run) };
      },
    },
    {
      method: 'PATCH',
      path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      handler: (ctx) => {
        const run = runOf(ctx);
        apply(ctx, run, bodyOf(ctx) as CheckInput);
        return { status: 200, body: render(ctx, run) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      handler: (ctx) => ({ status: 200, body: render(ctx, runOf(ctx)) }),
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      handler: (ctx) => {
        const repo = repoOf(ctx);
        const sha = repo.git.refs.get(`heads/${param(ctx, 'ref')}`) ?? param(ctx, 'ref');
        const items = repo.checkRuns.filter(
          (r) => r.headSha === sha && (!ctx.query.check_name || r.name === ctx.query.check_name),
        );
        const page = ctx.paginate(items, (r) => render(ctx, r));
        return { ...page, body: { total_count: items.length, check_runs: page.body } };
      },
    },
  ],
};
