import { runDocPage } from './run-doc-page';

runDocPage('docs/toolkit.md');
