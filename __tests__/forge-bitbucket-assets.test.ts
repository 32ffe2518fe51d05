import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '../src/core/errors';
import { ALICE, driverFixture, type DriverFixture } from './emulators/bitbucket/driver-fixture';

// Images go to the repository's Downloads (POST /downloads, multipart `files`): see docs/bitbucket.md.
let f: DriverFixture;
beforeEach(async () => {
  f = await driverFixture();
});
afterEach(async () => {
  await f.emulator.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('Bitbucket assets driver', () => {
  it('uploads each distinct image once and links its Downloads URL', async () => {
    const urls = await f.forge().publishAssets([
      { name: 'plots/loss.png', bytes: PNG, contentType: 'image/png' },
      { name: 'again/loss.png', bytes: PNG, contentType: 'image/png' },
      { name: 'cm.svg', bytes: Buffer.from('<svg/>'), contentType: 'image/svg+xml' },
    ]);
    expect(f.repo.downloads.size).toBe(2);
    const posts = f.emulator.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.path).toBe('/2.0/repositories/ml-team/model/downloads');
    const loss = urls.get('plots/loss.png')!;
    expect(urls.get('again/loss.png')).toBe(loss);
    expect(loss).toMatch(
      new RegExp(`^${f.emulator.serverUrl}/ml-team/model/downloads/cml-[0-9a-f]{16}-loss\\.png$`),
    );
    // The repository is private: the link serves the bytes to its readers only.
    expect((await fetch(loss)).status).toBe(401);
    const read = await fetch(loss, { headers: { authorization: 'Bearer ATCTT3xFfGN0-bot-token' } });
    expect(Buffer.from(await read.arrayBuffer())).toEqual(PNG);
    expect(read.headers.get('content-type')).toBe('image/png');
  });

  it('names repository:write when the token may not upload', async () => {
    f.emulator.addAccessToken('pr-only', ALICE, ['pullrequest']);
    const error = await f
      .forge('pr-only')
      .publishAssets([{ name: 'a.png', bytes: PNG, contentType: 'image/png' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/upload a\.png to the repository's Downloads/);
    expect((error as PermissionError).hint).toMatch(/repository:write/);
  });
});
