import { runDocPage } from './run-doc-page';

runDocPage('README.md');
