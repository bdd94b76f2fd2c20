import fc from 'fast-check';

// `npm test` runs fast-check's default 100 runs a property; `npm run test:deep` sets FC_NUM_RUNS.
const runs = Number(process.env['FC_NUM_RUNS'] ?? '');
if (Number.isInteger(runs) && runs > 0) fc.configureGlobal({ numRuns: runs });
