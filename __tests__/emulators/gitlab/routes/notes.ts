// Notes on merge requests and issues: list (sorted, paginated), get, create, update, delete.
import {
  asString,
  HttpError,
  notFound,
  type RouteContext,
  type RouteDefinition,
  type RouteModule,
} from '../router';
import { renderNote } from '../render';
import type { NoteRecord } from '../state';
import type { ParamTable } from '../router';

type Kind = 'MergeRequest' | 'Issue';
const KINDS: { kind: Kind; segment: string; iid: string }[] = [
  { kind: 'MergeRequest', segment: 'merge_requests', iid: 'merge_request_iid' },
  { kind: 'Issue', segment: 'issues', iid: 'issue_iid' },
];

/** GitLab's note body limit. */
export const NOTE_LIMIT = 1_000_000;

function noteable(
  ctx: RouteContext,
  kind: Kind,
  iidParam: string,
): { projectId: number; iid: number } {
  const project = ctx.project();
  const iid = Number(ctx.params[iidParam]);
  const found =
    kind === 'MergeRequest'
      ? ctx.state.findMergeRequest(project.id, iid)
      : ctx.state.findIssue(project.id, iid);
  if (!found)
    throw notFound(kind === 'MergeRequest' ? '404 Merge Request Not Found' : '404 Issue Not Found');
  return { projectId: project.id, iid };
}

function findNote(ctx: RouteContext, kind: Kind, iidParam: string): NoteRecord {
  const { projectId, iid } = noteable(ctx, kind, iidParam);
  const id = Number(ctx.params.note_id);
  const note = ctx.state.notes.find(
    (n) =>
      n.id === id && n.projectId === projectId && n.noteableType === kind && n.noteableIid === iid,
  );
  if (!note) throw notFound('404 Not found');
  return note;
}

function checkBody(body: string | undefined): string {
  if (body === undefined || body === '') throw new HttpError(400, { error: 'body is missing' });
  if (body.length > NOTE_LIMIT) {
    throw new HttpError(400, {
      message: { note: [`is too long (maximum is ${NOTE_LIMIT} characters)`] },
    });
  }
  return body;
}

function routesFor(kind: Kind, segment: string, iidParam: string): RouteDefinition[] {
  const base = `/projects/:id/${segment}/:${iidParam}/notes`;
  const render = (ctx: RouteContext) => (n: NoteRecord) => renderNote(n, ctx.state, ctx.serverUrl);
  const createParams: ParamTable =
    kind === 'MergeRequest'
      ? {
          body: { type: 'string' as const, required: true },
          created_at: 'string' as const,
          internal: 'boolean' as const,
          merge_request_diff_head_sha: 'string' as const,
        }
      : {
          body: { type: 'string' as const, required: true },
          created_at: 'string' as const,
          internal: 'boolean' as const,
          confidential: 'boolean' as const,
        };
  return [
    {
      method: 'GET',
      path: base,
      paginated: true,
      params: {
        sort: { type: 'string', values: ['asc', 'desc'] },
        order_by: { type: 'string', values: ['created_at', 'updated_at'] },
        ...(kind === 'Issue' ? { activity_filter: 'string' as const } : {}),
      },
      handler(ctx) {
        const { projectId, iid } = noteable(ctx, kind, iidParam);
        const sort = asString(ctx.input.sort) ?? 'desc';
        const orderBy = asString(ctx.input.order_by) ?? 'created_at';
        const key = (n: NoteRecord) => (orderBy === 'updated_at' ? n.updatedAt : n.createdAt);
        const notes = ctx.state.notes
          .filter(
            (n) => n.projectId === projectId && n.noteableType === kind && n.noteableIid === iid,
          )
          .sort((a, b) => (key(a) === key(b) ? a.id - b.id : key(a) < key(b) ? -1 : 1));
        if (sort === 'desc') notes.reverse();
        return ctx.paginate(notes, render(ctx));
      },
    },
    {
      method: 'GET',
      path: `${base}/:note_id`,
      handler: (ctx) => ({ body: render(ctx)(findNote(ctx, kind, iidParam)) }),
    },
    {
      method: 'POST',
      path: base,
      params: createParams,
      handler(ctx) {
        const { projectId, iid } = noteable(ctx, kind, iidParam);
        const now = ctx.state.now();
        const note: NoteRecord = {
          id: ctx.state.nextId(),
          projectId,
          noteableType: kind,
          noteableIid: iid,
          body: checkBody(asString(ctx.input.body)),
          author: { id: ctx.token.id, username: ctx.token.username, name: ctx.token.name },
          system: false,
          internal: ctx.input.internal === true || ctx.input.internal === 'true',
          createdAt: now,
          updatedAt: now,
        };
        ctx.state.notes.push(note);
        return { status: 201, body: render(ctx)(note) };
      },
    },
    {
      method: 'PUT',
      path: `${base}/:note_id`,
      params:
        kind === 'MergeRequest'
          ? { body: { type: 'string', required: true } }
          : { body: 'string', confidential: 'boolean' },
      handler(ctx) {
        const note = findNote(ctx, kind, iidParam);
        if (note.author.id !== ctx.token.id) throw new HttpError(403, { message: '403 Forbidden' });
        note.body = checkBody(asString(ctx.input.body));
        note.updatedAt = ctx.state.now();
        return { body: render(ctx)(note) };
      },
    },
    {
      method: 'DELETE',
      path: `${base}/:note_id`,
      handler(ctx) {
        const note = findNote(ctx, kind, iidParam);
        if (note.author.id !== ctx.token.id) throw new HttpError(403, { message: '403 Forbidden' });
        ctx.state.notes.splice(ctx.state.notes.indexOf(note), 1);
        return { status: 204 };
      },
    },
  ];
}

export const noteRoutes: RouteModule = {
  name: 'notes',
  routes: KINDS.flatMap((k) => routesFor(k.kind, k.segment, k.iid)),
};
