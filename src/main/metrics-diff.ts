// Entry of the metrics-diff action bundle (dist/metrics-diff/index.js); the logic lives in src/metrics.
import { runEntry } from '../core/run-entry';
import { runMetricsDiffAction } from '../metrics/action';

void runEntry((logger) => runMetricsDiffAction(logger));
