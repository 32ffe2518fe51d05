import type { Argv, CommandModule } from 'yargs';
import { reportFailure } from '../core/run-entry';
import { CliLogger } from '../compat/cli-logger';
import { LEGACY_BINARIES } from './legacy-binaries';
import { CLI_VERSION } from '../core/version';
import { aliasLegacyEnvironment } from './legacy-env';
import { applyLogLevel, LOG_OPTION } from './log-level';
import { quietOnClosedPipes } from './pipes';
import { VEGA_COMMAND_NAMES } from '../plots/vega-command-names';

// yargs' CommonJS build, on purpose: its ES module build lays help out with a naive wrap that
// cuts words in half ("env\nironment"); the CommonJS one wraps on word boundaries. `yargs/yargs`
// rather than `yargs`: the latter builds a singleton parser on import, and each parser walks up
// the directories for a package.json (its version guess), a cost every command paid twice.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yargs = require('yargs/yargs') as typeof import('yargs').default;

/**
 * The `cml` command line, compatible with CML's: the same commands, options and defaults, and
 * CML_<COMMAND>_<OPTION> environment variables (yargs' env prefix per command). Legacy binaries
 * (cml-send-comment, ...) arrive here with argv[0] rewritten to their modern command.
 */
export async function runCli(argv: string[]): Promise<number> {
  // Log lines go to stderr so a command's stdout carries only its result (a URL, Markdown).
  quietOnClosedPipes();
  const logger = new CliLogger();
  const args = rewriteLegacy(argv);
  aliasLegacyEnvironment(process.env);
  const commands = await commandsFor(args);
  let failed = false;
  // An unknown-command message names every command; with only some loaded (commandsFor), the
  // names are looked up once parsing has stopped, and the message printed then.
  let unknownCommand: string | undefined;
  const parser: Argv = yargs(args)
    .scriptName('cml')
    .version(CLI_VERSION)
    // As CML's yargs.strict(): an unknown option or a stray argument is an error in every
    // command, not silently ignored (a misspelt --wach would otherwise post once and exit).
    .strictCommands()
    .strict()
    .recommendCommands()
    // CML's global --log (and CML_LOG): every command accepts it and it sets the log level.
    .option('log', LOG_OPTION)
    .middleware((parsed) => applyLogLevel(parsed.log as string | undefined))
    .demandCommand(1, 'Name a command; run cml --help to list them.')
    .help()
    .wrap(100)
    .fail((message, error) => {
      failed = true;
      // yargs' own YError (an option's coerce refusing a value) is a usage mistake, not a bug.
      if (error?.name === 'YError') message = error.message;
      if (error && error.name !== 'YError') reportFailure(logger, error);
      else if (/^Unknown command|^Name a command|^Did you mean/.test(message)) {
        // yargs lists every positional as an unknown command ("commnet, create, x.md"): name
        // the first, which is the one that is wrong.
        unknownCommand = message
          .replace(/^Unknown commands?: ([^,\n]+).*$/s, 'Unknown command: $1')
          .replace(/^Did you mean/, 'Unknown command. Did you mean');
      } else logger.error(`${message}\nRun cml <command> --help for its options.`);
      // Throwing stops yargs: without it the command's handler would still run after a bad option.
      throw new CliUsageError();
    });
  skipHelpRendering(parser);
  for (const command of commands.modules) parser.command(command);
  const reportUnknownCommand = async () => {
    if (unknownCommand === undefined) return;
    const names = (await commands.listed()).map((c) => commandName(c));
    logger.error(`${unknownCommand}\nCommands: ${names.join(', ')}. Run cml --help for details.`);
  };
  try {
    await parser.parseAsync();
  } catch (error) {
    await reportUnknownCommand();
    if (!failed) reportFailure(logger, error);
    return 1;
  }
  await reportUnknownCommand();
  if (failed) return 1;
  // A command's own exit code passes through (`runner launch` ends with 130 or 143 on a signal).
  const code = Number(process.exitCode ?? 0);
  return Number.isInteger(code) && code > 0 ? code : code === 0 ? 0 : 1;
}

class CliUsageError extends Error {}

/** The commands to parse with, and those an unknown-command message names. */
interface CommandSet {
  modules: CommandModule[];
  listed: () => Promise<CommandModule[]>;
}

/**
 * The commands to parse `args` with. `vl2png plot.json` and its siblings (one chart per process,
 * often in a loop) get only their own five: loading every other command and what it imports
 * (forges, clouds, runners) was a fifth of such a call. `cml data …` (issue 14: a small file's
 * diff within 300 ms of a cold start) gets only the data command for the same reason, and loads
 * the others only to name them in an error. The parser is the same, so options, help and errors
 * are too; anything else, or a global option written first, gets every command.
 */
async function commandsFor(args: string[]): Promise<CommandSet> {
  const first = args[0];
  if (first && (VEGA_COMMAND_NAMES as readonly string[]).includes(first)) {
    const modules = (await import('./commands/vega')).vegaCommands as CommandModule[];
    return { modules, listed: async () => modules };
  }
  const all = async () => (await import('./commands')).COMMANDS as CommandModule[];
  if (first === 'data')
    return { modules: [(await import('./commands/data')).dataCommand], listed: all };
  const modules = await all();
  return { modules, listed: async () => modules };
}

/**
 * yargs renders the whole help text of a command after its handler starts, to have it ready in
 * case the handler asks for it (showHelp()); no handler here does and fail() above never prints
 * help, so the rendering (about 10 ms of a small command's cold start) is skipped. Through
 * yargs' internal methods, which its types do not declare: should they change, the text is
 * rendered again, with no other effect.
 */
function skipHelpRendering(parser: Argv): void {
  const internal = parser as unknown as {
    getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  };
  const usage = internal.getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function')
    usage.cacheHelpMessage = () => undefined;
}

function commandName(command: CommandModule): string {
  const c = Array.isArray(command.command) ? command.command[0] : command.command;
  return String(c ?? '').split(' ')[0] ?? '';
}

/** Maps `cml-send-comment …` (argv[1]'s basename or CML_LEGACY_BINARY) onto `cml comment create …`. */
function rewriteLegacy(argv: string[]): string[] {
  const invokedAs = process.env.CML_INVOKED_AS;
  if (invokedAs && LEGACY_BINARIES[invokedAs]) return [...LEGACY_BINARIES[invokedAs], ...argv];
  return argv;
}
