// For bench/run.mjs, in a fresh process: milliseconds to require the peers, then the package on top.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const t0 = process.hrtime.bigint();
require('@aws-sdk/client-sagemaker');
require('aws-sdk-client-mock');
const t1 = process.hrtime.bigint();
require('sagemaker-image-mock');
const t2 = process.hrtime.bigint();
console.log(JSON.stringify({ peers: Number(t1 - t0) / 1e6, ours: Number(t2 - t1) / 1e6 }));
