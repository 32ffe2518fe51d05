// Entry of the setup action (root action.yml): dist/setup/index.js, so the action root is ../..
import { join } from 'node:path';
import { runEntry } from '../core/run-entry';
import { runSetup } from '../setup/run-setup';

void runEntry(async (logger) => {
  await runSetup({ logger, actionRoot: join(__dirname, '..', '..') });
});
