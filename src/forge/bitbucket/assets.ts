import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { RunContext } from '../../core/context';
import type { Logger } from '../../core/logger';
import type { AssetApi, AssetFile } from '../types';
import type { BitbucketClient } from './client';
import { refusals } from './errors';
import { repoPath, repoWebUrl } from './repo';

const CONCURRENCY = 4;

/**
 * Images go to the repository's Downloads (POST /downloads, multipart `files`), readable by
 * whoever can read the repository and by nobody else, with no commit in the history (why not a
 * cml-assets branch: docs/bitbucket.md). A download with an existing name is replaced, so each
 * file is named after its content (`cml-<sha256 prefix>-<name>`): identical images are stored
 * once and a report never points at a file that a later run overwrote.
 */
export function bitbucketAssets(
  client: BitbucketClient,
  context: RunContext,
  logger: Logger,
): AssetApi {
  return {
    async publishAssets(files) {
      const urls = new Map<string, string>();
      const byName = new Map<string, Promise<string>>();
      const upload = async (file: AssetFile, name: string): Promise<string> => {
        const form = new FormData();
        form.append('files', new Blob([file.bytes], { type: file.contentType }), name);
        await refusals(
          {
            action: `upload ${file.name} to the repository's Downloads`,
            scope: 'repository:write',
            notFound: `repository ${context.repository}`,
          },
          () => client.request('POST', `${repoPath(context)}/downloads`, { form }),
        );
        const url = `${repoWebUrl(context)}/downloads/${encodeURIComponent(name)}`;
        logger.debug(`uploaded ${file.name} as ${url}`);
        return url;
      };
      const queue = [...files];
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const hash = createHash('sha256').update(file.bytes).digest('hex').slice(0, 16);
          const name = `cml-${hash}-${basename(file.name).replace(/[^\w.-]+/g, '_')}`;
          let url = byName.get(name);
          if (!url) {
            url = upload(file, name);
            byName.set(name, url);
          }
          urls.set(file.name, await url);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
      return urls;
    },
  };
}
