import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { AssetApi, AssetFile } from '../types';
import type { GitLabClient } from './client';
import { projectRef } from './project';

const CONCURRENCY = 4;

/**
 * Images go to the project's Markdown uploads. GitLab answers with a project-relative URL
 * (`/uploads/<secret>/<name>`), which renders in notes of that project only; we return it
 * absolute (`${CI_SERVER_URL}/<project path>/uploads/<secret>/<name>`), the form GitLab itself
 * expands it to, so the same report also works in the job artifact and anywhere else.
 * Identical files are uploaded once.
 */
export function gitlabAssets(client: GitLabClient, context: RunContext, logger: Logger): AssetApi {
  const project = projectRef(client, context);
  return {
    async publishAssets(files) {
      const urls = new Map<string, string>();
      const byContent = new Map<string, Promise<string>>();
      const webUrl = await project.webUrl();
      const upload = async (file: AssetFile): Promise<string> => {
        const created = await client.ProjectMarkdownUploads.create(project.id, {
          content: new Blob([file.bytes], { type: file.contentType }),
          filename: basename(file.name),
        });
        logger.debug(`uploaded ${file.name} as ${created.url}`);
        return `${webUrl}${String(created.url)}`;
      };
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const key = createHash('sha256')
            .update(file.bytes)
            .update(basename(file.name))
            .digest('hex');
          let url = byContent.get(key);
          if (!url) {
            url = upload(file);
            byContent.set(key, url);
          }
          urls.set(file.name, await url);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
      return urls;
    },
  };
}
