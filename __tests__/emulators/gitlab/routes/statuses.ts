// Commit statuses: POST /projects/:id/statuses/:sha and the list of a commit's statuses.
import { asInt, asString, HttpError, type RouteModule } from '../router';
import type { StatusRecord } from '../state';

const STATES = ['pending', 'running', 'success', 'failed', 'canceled', 'skipped'];

function render(s: StatusRecord) {
  return {
    id: s.id,
    sha: s.sha,
    ref: s.ref,
    status: s.state,
    name: s.name,
    target_url: s.targetUrl,
    description: s.description,
    coverage: s.coverage,
    pipeline_id: s.pipelineId,
    allow_failure: false,
    created_at: s.createdAt,
    started_at: null,
    finished_at: s.state === 'pending' || s.state === 'running' ? null : s.createdAt,
  };
}

export const statusRoutes: RouteModule = {
  name: 'statuses',
  routes: [
    {
      method: 'POST',
      path: '/projects/:id/statuses/:sha',
      params: {
        state: { type: 'string', required: true, values: STATES },
        ref: 'string',
        name: 'string',
        context: 'string',
        target_url: 'string',
        description: 'string',
        coverage: 'string',
        pipeline_id: 'integer',
      },
      handler(ctx) {
        const project = ctx.project();
        const sha = ctx.params.sha!;
        if (!/^[0-9a-f]{7,64}$/.test(sha))
          throw new HttpError(404, { message: '404 Commit Not Found' });
        const description = asString(ctx.input.description) ?? null;
        if (description && description.length > 255) {
          throw new HttpError(400, {
            message: { description: ['is too long (maximum is 255 characters)'] },
          });
        }
        const status: StatusRecord = {
          id: ctx.state.nextId(),
          projectId: project.id,
          sha,
          ref: asString(ctx.input.ref) ?? null,
          state: asString(ctx.input.state)!,
          name: asString(ctx.input.name) ?? asString(ctx.input.context) ?? 'default',
          description,
          targetUrl: asString(ctx.input.target_url) ?? null,
          pipelineId: asInt(ctx.input.pipeline_id) ?? null,
          coverage: ctx.input.coverage === undefined ? null : Number(ctx.input.coverage),
          authorId: ctx.token.id,
          createdAt: ctx.state.now(),
        };
        ctx.state.statuses.push(status);
        return { status: 201, body: render(status) };
      },
    },
    {
      method: 'GET',
      path: '/projects/:id/repository/commits/:sha/statuses',
      paginated: true,
      params: {
        ref: 'string',
        stage: 'string',
        name: 'string',
        pipeline_id: 'integer',
        order_by: 'string',
        sort: 'string',
        all: 'boolean',
      },
      handler(ctx) {
        const project = ctx.project();
        const name = asString(ctx.input.name);
        const list = ctx.state.statuses.filter(
          (s) =>
            s.projectId === project.id && s.sha === ctx.params.sha && (!name || s.name === name),
        );
        return ctx.paginate(list, render);
      },
    },
  ],
};
