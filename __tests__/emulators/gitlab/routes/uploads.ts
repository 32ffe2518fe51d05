// Markdown uploads (POST /projects/:id/uploads, multipart `file`) and the web routes that serve
// them: /<project path>/uploads/<secret>/<name> and /-/project/<id>/uploads/<secret>/<name>.
import { randomBytes } from 'node:crypto';
import { HttpError, type RouteModule, type RouteResult } from '../router';
import type { GitLabState, UploadRecord } from '../state';

export const uploadRoutes: RouteModule = {
  name: 'uploads',
  routes: [
    {
      method: 'POST',
      path: '/projects/:id/uploads',
      params: { file: { type: 'file', required: true } },
      handler(ctx) {
        const project = ctx.project();
        const file = ctx.files.file;
        if (!file) throw new HttpError(400, { error: 'file is invalid' });
        const filename = file.filename.replace(/[^\w.-]/g, '_') || 'file';
        const upload: UploadRecord = {
          id: ctx.state.nextId(),
          projectId: project.id,
          secret: randomBytes(16).toString('hex'),
          filename,
          bytes: file.bytes,
          contentType: file.contentType || 'application/octet-stream',
        };
        ctx.state.uploads.push(upload);
        const url = `/uploads/${upload.secret}/${filename}`;
        const alt = filename.replace(/\.[^.]*$/, '');
        const image = /\.(png|jpe?g|gif|svg|webp)$/i.test(filename);
        return {
          status: 201,
          body: {
            id: upload.id,
            alt,
            url,
            full_path: `/-/project/${project.id}${url}`,
            markdown: `${image ? '!' : ''}[${alt}](${url})`,
          },
        };
      },
    },
  ],
};

/** Serves an uploaded file by its web path (relative to the instance root), if there is one. */
export function serveUpload(state: GitLabState, webPath: string): RouteResult | undefined {
  const match = /^\/(?:-\/project\/(\d+)|(.+?))\/uploads\/([0-9a-f]{32})\/([^/]+)$/.exec(webPath);
  if (!match) return undefined;
  const [, projectId, projectPath, secret, name] = match;
  const project = projectId
    ? state.projects.find((p) => p.id === Number(projectId))
    : state.projects.find((p) => p.path === decodeURIComponent(projectPath ?? ''));
  const upload = state.uploads.find(
    (u) =>
      u.projectId === project?.id &&
      u.secret === secret &&
      u.filename === decodeURIComponent(name ?? ''),
  );
  if (!upload) return undefined;
  return { status: 200, raw: upload.bytes, headers: { 'content-type': upload.contentType } };
}
