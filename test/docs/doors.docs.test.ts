import { runDocPage } from './run-doc-page';

runDocPage('docs/doors.md');
