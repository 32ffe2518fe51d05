// The package version, inlined at build time by the bundler from package.json.
import pkg from '../../package.json';

export const CLI_VERSION: string = pkg.version;
