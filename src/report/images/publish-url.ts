import type { AssetFile } from '../../forge/types';

/**
 * CML's asset-server protocol (`--publish-url`): POST the file's bytes with its Content-Type
 * and an inline Content-Disposition naming it; the server answers with the URL as plain text.
 * For teams running their own asset server instead of the forge's storage.
 */
export async function publishToUrl(
  endpoint: string,
  files: readonly AssetFile[],
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (const file of files) {
    const filename = file.name.split('/').pop() ?? 'file';
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': `inline; filename="${filename.replace(/"/g, '')}"`,
      },
      body: file.bytes,
    });
    const text = (await response.text()).trim();
    if (!response.ok || !text) {
      throw new Error(
        `The asset server ${endpoint} refused ${file.name}: HTTP ${response.status}${text ? ` ${text.slice(0, 200)}` : ' with an empty answer'}.`,
      );
    }
    urls.set(file.name, text);
  }
  return urls;
}
