import type { CommandModule } from 'yargs';

/** `cml demo`: the README's first command; builds the example project's report locally. */
export const demoCommand: CommandModule = {
  command: 'demo',
  describe: 'Write the example project report locally (no forge, no cloud)',
  handler: async () => {
    const { runDemo } = await import('../../demo/run-demo');
    await runDemo();
  },
};
