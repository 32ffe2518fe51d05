import type { LocalImages } from './image-files';
import { rewriteTargets } from './find-images';

export { collectLocalImages } from './image-files';
export { contentTypeOf } from '../../core/media-types';
export type { LocalImages } from './image-files';
export { copyAssets } from './local-copy';
export { publishToUrl } from './publish-url';

/** Rewrites every local image reference to the URL its file was published at. */
export function rewriteImages(
  markdown: string,
  images: LocalImages,
  urls: Map<string, string>,
): string {
  return rewriteTargets(markdown, images.refs, (ref) => {
    const name = images.fileOfRef.get(ref);
    return name === undefined ? undefined : urls.get(name);
  });
}
