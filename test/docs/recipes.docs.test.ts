import { runDocPage } from './run-doc-page';

runDocPage('docs/recipes.md');
