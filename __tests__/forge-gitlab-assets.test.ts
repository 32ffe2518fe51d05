import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitlabAssets } from '../src/forge/gitlab/assets';
import { driverFixture, PROJECT, type DriverFixture } from './emulators/gitlab/driver-fixture';

let f: DriverFixture;
beforeEach(async () => (f = await driverFixture()));
afterEach(async () => {
  expect(f.emulator.violations).toEqual([]);
  await f.emulator.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('GitLab assets driver', () => {
  it('uploads images as project uploads and returns absolute URLs that serve the bytes', async () => {
    const api = gitlabAssets(f.client(), f.context, f.logger);
    const urls = await api.publishAssets([
      { name: 'plots/loss.png', bytes: PNG, contentType: 'image/png' },
      { name: 'plots/again/loss.png', bytes: PNG, contentType: 'image/png' },
      { name: 'confusion.svg', bytes: Buffer.from('<svg/>'), contentType: 'image/svg+xml' },
    ]);
    const loss = urls.get('plots/loss.png')!;
    expect(loss).toMatch(
      new RegExp(`^${f.emulator.serverUrl}/${PROJECT.path}/uploads/[0-9a-f]{32}/loss\\.png$`),
    );
    // Identical bytes and name: one upload, one URL.
    expect(urls.get('plots/again/loss.png')).toBe(loss);
    expect(f.emulator.state.uploads).toHaveLength(2);
    const served = await fetch(loss);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
    const upload = f.emulator.requests.find((r) => r.path === '/projects/42/uploads');
    expect(upload?.method).toBe('POST');
  });

  it('publishes nothing for no files', async () => {
    const api = gitlabAssets(f.client(), f.context, f.logger);
    expect((await api.publishAssets([])).size).toBe(0);
    expect(f.emulator.requests).toHaveLength(0);
  });
});
