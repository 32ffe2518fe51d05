// Entry of the `cml` CLI bundle (dist/cml/index.js); the setup action puts wrappers for it on PATH.
// This file stays tiny on purpose: the compile cache is switched on first, then the CLI is
// loaded with import(), which the bundler puts in a chunk of its own, so the CLI and yargs are
// cached too (a static import would be compiled with this file, before the cache is on).
import { enableCompileCache } from '../core/compile-cache';

enableCompileCache();
void import('../cli/index').then(async ({ runCli }) => {
  process.exitCode = await runCli(process.argv.slice(2));
});
