import fc from 'fast-check';

const runs = Number(process.env['FC_NUM_RUNS'] ?? '') || undefined;
fc.configureGlobal({ ...(runs === undefined ? {} : { numRuns: runs }), interruptAfterTimeLimit: undefined });
