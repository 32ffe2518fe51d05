// Entry of the plots action bundle (dist/plots/index.js); the logic lives in src/plots.
import { runEntry } from '../core/run-entry';
import { runPlotsAction } from '../plots/action';

void runEntry((logger) => runPlotsAction(logger));
