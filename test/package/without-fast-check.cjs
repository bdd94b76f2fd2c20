// Run by scripts/check-pack.js: the main entry, ./jest and ./server never load fast-check, an
// optional peer dependency that only ./arbitraries needs.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'fast-check' || request.startsWith('fast-check/')) throw new Error(`fast-check was required (${request})`);
  return resolve.call(this, request, ...rest);
};
require('sagemaker-image-mock');
require('sagemaker-image-mock/jest');
require('sagemaker-image-mock/server');
let refused = false;
try {
  require('sagemaker-image-mock/arbitraries');
} catch (error) {
  refused = /fast-check was required/.test(error.message);
}
if (!refused) throw new Error('./arbitraries did not need fast-check: the check above proves nothing');
console.log('the main entry, ./jest and ./server load without fast-check');
