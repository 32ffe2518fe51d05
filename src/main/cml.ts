// Entry of the `cml` CLI bundle (dist/cml/index.js); the setup action puts wrappers for it on PATH.
import { runCli } from '../cli/index';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
