// Pipelines: retry (the forge's "rerun"), and get, so a test can see the effect.
import { HttpError, notFound, type RouteContext, type RouteModule } from '../router';
import type { PipelineRecord } from '../state';

function find(ctx: RouteContext): PipelineRecord {
  const project = ctx.project();
  const pipeline = ctx.state.pipelines.find(
    (p) => p.projectId === project.id && p.id === Number(ctx.params.pipeline_id),
  );
  if (!pipeline) throw notFound('404 Not found');
  return pipeline;
}

function render(p: PipelineRecord, ctx: RouteContext) {
  const project = ctx.project();
  return {
    id: p.id,
    iid: p.iid,
    project_id: p.projectId,
    sha: p.sha,
    ref: p.ref,
    status: p.status,
    source: 'push',
    created_at: p.createdAt,
    updated_at: p.createdAt,
    web_url: `${ctx.serverUrl}/${project.path}/-/pipelines/${p.id}`,
  };
}

export const pipelineRoutes: RouteModule = {
  name: 'pipelines',
  routes: [
    {
      method: 'GET',
      path: '/projects/:id/pipelines/:pipeline_id',
      handler: (ctx) => ({ body: render(find(ctx), ctx) }),
    },
    {
      method: 'POST',
      path: '/projects/:id/pipelines/:pipeline_id/retry',
      handler(ctx) {
        const pipeline = find(ctx);
        // GitLab retries failed or canceled jobs; a pipeline with none has nothing to retry.
        if (!['failed', 'canceled'].includes(pipeline.status)) {
          throw new HttpError(403, { message: '403 Forbidden' });
        }
        pipeline.status = 'pending';
        pipeline.retries++;
        return { status: 201, body: render(pipeline, ctx) };
      },
    },
  ],
};
