// Entry of the data-validate action bundle (dist/data-validate/index.js); the logic lives in src/data.
import { runEntry } from '../core/run-entry';
import { runDataValidateAction } from '../data/action';

void runEntry((logger) => runDataValidateAction(logger));
