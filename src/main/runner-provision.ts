// Entry of the runner-provision action bundle (dist/runner-provision/index.js).
import { runEntry } from '../core/run-entry';
import { runRunnerProvision } from '../runners/action';

void runEntry((logger) => runRunnerProvision(logger));
