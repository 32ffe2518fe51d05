// Merge requests: list (filters), get, create and merge (incl. auto-merge when the pipeline succeeds).
import {
  asBool,
  asString,
  HttpError,
  notFound,
  type RouteContext,
  type RouteModule,
} from '../router';
import { renderMergeRequest } from '../render';
import type { MergeRequestRecord } from '../state';

function findMr(ctx: RouteContext): MergeRequestRecord {
  const project = ctx.project();
  const mr = ctx.state.findMergeRequest(project.id, Number(ctx.params.merge_request_iid));
  if (!mr) throw notFound('404 Not found');
  return mr;
}

export const mergeRequestRoutes: RouteModule = {
  name: 'merge-requests',
  routes: [
    {
      method: 'GET',
      path: '/projects/:id/merge_requests',
      paginated: true,
      params: {
        state: { type: 'string', values: ['opened', 'closed', 'locked', 'merged', 'all'] },
        source_branch: 'string',
        target_branch: 'string',
        order_by: {
          type: 'string',
          values: [
            'created_at',
            'updated_at',
            'title',
            'merged_at',
            'label_priority',
            'milestone_due',
            'popularity',
            'priority',
          ],
        },
        sort: { type: 'string', values: ['asc', 'desc'] },
        view: { type: 'string', values: ['simple'] },
        scope: {
          type: 'string',
          values: ['created_by_me', 'assigned_to_me', 'reviews_for_me', 'all'],
        },
        iids: 'array',
        labels: 'string',
        milestone: 'string',
        author_id: 'integer',
        author_username: 'string',
        assignee_id: 'string',
        reviewer_id: 'string',
        reviewer_username: 'string',
        search: 'string',
        in: 'string',
        wip: 'string',
        draft: 'string',
        created_after: 'datetime',
        created_before: 'datetime',
        updated_after: 'datetime',
        updated_before: 'datetime',
        with_labels_details: 'boolean',
        with_merge_status_recheck: 'boolean',
      },
      handler(ctx) {
        const project = ctx.project();
        const state = asString(ctx.input.state) ?? 'all';
        const source = asString(ctx.input.source_branch);
        const target = asString(ctx.input.target_branch);
        const list = ctx.state.mergeRequests
          .filter(
            (m) =>
              m.projectId === project.id &&
              (state === 'all' || m.state === state) &&
              (!source || m.sourceBranch === source) &&
              (!target || m.targetBranch === target),
          )
          .sort((a, b) => (asString(ctx.input.sort) === 'asc' ? a.id - b.id : b.id - a.id));
        return ctx.paginate(list, (m) => renderMergeRequest(m, ctx.state, ctx.serverUrl));
      },
    },
    {
      method: 'GET',
      path: '/projects/:id/merge_requests/:merge_request_iid',
      params: {
        include_diverged_commits_count: 'boolean',
        include_rebase_in_progress: 'boolean',
        render_html: 'boolean',
      },
      handler: (ctx) => ({ body: renderMergeRequest(findMr(ctx), ctx.state, ctx.serverUrl) }),
    },
    {
      method: 'POST',
      path: '/projects/:id/merge_requests',
      params: {
        source_branch: { type: 'string', required: true },
        target_branch: { type: 'string', required: true },
        title: { type: 'string', required: true },
        description: 'string',
        assignee_id: 'integer',
        assignee_ids: 'array',
        reviewer_ids: 'array',
        labels: 'string',
        milestone_id: 'integer',
        remove_source_branch: 'boolean',
        squash: 'boolean',
        allow_collaboration: 'boolean',
        allow_maintainer_to_push: 'boolean',
        target_project_id: 'integer',
        approvals_before_merge: 'integer',
      },
      handler(ctx) {
        const project = ctx.project();
        const source = asString(ctx.input.source_branch)!;
        const target = asString(ctx.input.target_branch)!;
        if (source === target)
          throw new HttpError(400, {
            message: ["You can't use same project/branch for source and target"],
          });
        const existing = ctx.state.mergeRequests.find(
          (m) =>
            m.projectId === project.id &&
            m.sourceBranch === source &&
            m.targetBranch === target &&
            m.state === 'opened',
        );
        if (existing) {
          throw new HttpError(409, {
            message: [
              `Another open merge request already exists for this source branch: !${existing.iid}`,
            ],
          });
        }
        const now = ctx.state.now();
        const mr: MergeRequestRecord = {
          id: ctx.state.nextId(),
          projectId: project.id,
          iid: ctx.state.nextMergeRequestIid(project.id),
          title: asString(ctx.input.title)!,
          description: asString(ctx.input.description) ?? '',
          sourceBranch: source,
          targetBranch: target,
          // The emulator has no repository: the head is whatever a test seeded as the branch tip.
          sha:
            ctx.state.branchHeads.get(`${project.id}:${source}`) ??
            '0000000000000000000000000000000000000000',
          state: 'opened',
          autoMerge: false,
          squash: asBool(ctx.input.squash) ?? false,
          authorId: ctx.token.id,
          createdAt: now,
          updatedAt: now,
        };
        ctx.state.mergeRequests.push(mr);
        return { status: 201, body: renderMergeRequest(mr, ctx.state, ctx.serverUrl) };
      },
    },
    {
      method: 'PUT',
      path: '/projects/:id/merge_requests/:merge_request_iid/merge',
      params: {
        merge_commit_message: 'string',
        squash_commit_message: 'string',
        squash: 'boolean',
        should_remove_source_branch: 'boolean',
        merge_when_pipeline_succeeds: 'boolean',
        auto_merge: 'boolean',
        sha: 'string',
      },
      handler(ctx) {
        const mr = findMr(ctx);
        if (mr.state !== 'opened') throw new HttpError(405, { message: '405 Method Not Allowed' });
        const sha = asString(ctx.input.sha);
        if (sha && sha !== mr.sha)
          throw new HttpError(409, { message: 'SHA does not match HEAD of source branch' });
        const auto =
          asBool(ctx.input.auto_merge) ?? asBool(ctx.input.merge_when_pipeline_succeeds) ?? false;
        if (asBool(ctx.input.squash) !== undefined) mr.squash = asBool(ctx.input.squash)!;
        const running = ctx.state.pipelines.some(
          (p) =>
            p.projectId === mr.projectId &&
            p.sha === mr.sha &&
            ['created', 'pending', 'running'].includes(p.status),
        );
        if (auto && running) mr.autoMerge = true;
        else mr.state = 'merged';
        mr.updatedAt = ctx.state.now();
        return { body: renderMergeRequest(mr, ctx.state, ctx.serverUrl) };
      },
    },
  ],
};
