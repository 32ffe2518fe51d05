// Entry of the report action and GitLab component (dist/report/index.js).
import { runEntry } from '../core/run-entry';
import { runReportAction } from '../report/action';
void runEntry((logger) => runReportAction(logger));
