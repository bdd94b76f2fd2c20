// npm run test:isolation: one server shared by parallel worker processes, each in an account of
// its own (a 12-digit access key id), as pytest-xdist or `go test -p` workers share it (SPEC §15).
// The built server (dist) runs once, as users run it; each worker drives a real SageMakerClient
// against it with a random mix of image calls and account-scoped control calls (reset, snapshot
// and restore, error-next with the SDK retrying, the journal), keeps a model of what its account
// must hold, and checks every answer against it: no item of another account (ARNs carry the
// account), a journal holding its own calls alone, no error it did not expect. At the end the
// whole store is pictured, and each account must hold what its worker's model says. It prints a
// summary and exits 1 on any cross-talk or error. Loopback only; every loop ends at the deadline.
//
//   node bench/parallel-isolation.mjs [--workers 8] [--seconds 60]
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { startBuiltServer } from './built-server.mjs';
import {
  AddTagsCommand, CreateImageCommand, CreateImageVersionCommand, DeleteImageCommand, DescribeImageCommand, ListImagesCommand, ListTagsCommand,
  SageMakerClient, paginateListImages,
} from '@aws-sdk/client-sagemaker';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const SECONDS = Number(option('seconds', '60'));
const WORKERS = Number(option('workers', '8'));
const REGION = 'us-east-1';
const NAMES = Array.from({ length: 12 }, (_, i) => `image-${i}`); // the same names in every account
const TAG_KEYS = ['team', 'stage', 'owner', 'cost', 'run'];

/** One JSON request to the server; resolves { status, body } or rejects after 10 s. */
function request(url, method, pathName, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathName, url), { method, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${pathName}: no answer in 10 s`)));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** Every account an answer names: in ARNs (arn:aws:sagemaker:us-east-1:ACCOUNT:...) and ECR image URIs. */
function accountsIn(value) {
  const text = JSON.stringify(value) ?? '';
  return [...text.matchAll(/arn:aws:[a-z-]*:[a-z0-9-]*:(\d{12}):|\b(\d{12})\.dkr\.ecr\./g)].map((m) => m[1] ?? m[2]);
}

/** JSON with sorted keys: the same input, however its members are ordered. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

if (argv.includes('--worker')) await worker(option('worker'), option('url'), Date.now() + SECONDS * 1000); // from the moment it is loaded
else await main();

// --- the parent: the server, the workers, the summary ---
async function main() {
  const { server, listening } = startBuiltServer();
  const failures = [];
  try {
    const url = await listening;
    const accounts = Array.from({ length: WORKERS }, (_, i) => String(100_000_000_001 + i));
    console.log(`${WORKERS} worker processes for ${SECONDS} s, one server (${url}), accounts ${accounts[0]}..${accounts.at(-1)}`);
    const results = await Promise.all(accounts.map((account) => runWorker(account, url)));

    // The whole store at the end: each account holds exactly what its worker's model says, and no other account has anything.
    const picture = (await request(url, 'GET', '/_mock/snapshot')).body;
    const held = new Map(picture.namespaces.map((n) => [n.accountId, n.images.map((image) => image.ImageName).sort()]));
    for (const [i, result] of results.entries()) {
      const account = accounts[i];
      if (result.failure !== undefined) failures.push(`${account}: ${result.failure}`);
      if (result.images !== undefined && canonical(held.get(account) ?? []) !== canonical(result.images)) {
        failures.push(`${account}: the store holds ${canonical(held.get(account) ?? [])}, its worker's model ${canonical(result.images)}`);
      }
    }
    for (const account of held.keys()) if (!accounts.includes(account)) failures.push(`the store holds account ${account}, no worker's`);

    const rows = results.map((r, i) => ({
      account: accounts[i],
      'SDK calls': r.calls ?? 0,
      'control calls': r.controls ?? 0,
      'resets': r.resets ?? 0,
      'restores': r.restores ?? 0,
      '5xx retried': r.retried ?? 0,
      'journal entries checked': r.journaled ?? 0,
      'expected errors': r.expectedErrors ?? 0,
      'items of other accounts': r.foreign ?? 0,
      'unexpected errors': r.errors ?? 0,
    }));
    console.table(rows);
    const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
    const foreign = sum('items of other accounts');
    const errors = sum('unexpected errors');
    console.log(
      `total: ${sum('SDK calls')} SDK calls (${Math.round(sum('SDK calls') / SECONDS)}/s) and ${sum('control calls')} control calls in ${SECONDS} s; ` +
        `${sum('resets')} scoped resets, ${sum('restores')} scoped snapshot-restores, ${sum('5xx retried')} injected 5xx retried by the SDK; ` +
        `${sum('journal entries checked')} journal entries checked; ` +
        `items of other accounts seen: ${foreign}; unexpected errors: ${errors}`,
    );
    for (const r of results) failures.push(...(r.samples ?? []));
    if (foreign > 0 || errors > 0 || failures.length > 0) {
      for (const failure of failures.slice(0, 20)) console.error(`  ${failure}`);
      process.exitCode = 1;
    } else {
      console.log('no cross-talk, no error');
    }
  } finally {
    server.kill('SIGTERM');
    const stopped = await Promise.race([new Promise((resolve) => server.on('exit', () => resolve(true))), new Promise((resolve) => setTimeout(resolve, 10_000, false))]);
    if (!stopped && server.exitCode === null) server.kill('SIGKILL');
  }
}

/** Forks one worker process; resolves its result, or a failure if it ends without one or runs a minute longer than asked. */
function runWorker(account, url) {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker', account, '--url', url, '--seconds', String(SECONDS)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // The SDK's notice that its later versions need a newer Node, once per worker, is not this run's business.
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    let result;
    const timer = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 60) * 1000);
    child.on('message', (message) => (result = message));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(result ?? { failure: `the worker ended without a result (exit code ${code}, signal ${signal})`, errors: 1 });
    });
  });
}

// --- a worker: one account, a model of it, random calls until the deadline ---
async function worker(account, url, until) {
  const counts = { calls: 0, controls: 0, resets: 0, restores: 0, retried: 0, journaled: 0, expectedErrors: 0, foreign: 0, errors: 0 };
  const samples = [];
  const problem = (kind, text) => {
    counts[kind] += 1;
    if (samples.length < 5) samples.push(`${account}: ${text}`);
  };
  const role = `arn:aws:iam::${account}:role/bench`;
  const arnOf = (name) => `arn:aws:sagemaker:${REGION}:${account}:image/${name}`;
  const client = new SageMakerClient({
    endpoint: url,
    region: REGION,
    credentials: { accessKeyId: account, secretAccessKey: 'secret' },
    requestHandler: { requestTimeout: 10_000 },
  });
  // What this worker sent, as the server's journal records it (operation and input): the journal must hold nothing else.
  const sent = new Set();
  let lastSent;
  client.middlewareStack.add(
    (next) => async (args) => {
      const operation = String(args.request.headers['x-amz-target']).replace('SageMaker.', '');
      const { body: sentBody } = args.request; // a string, or bytes (a Uint8Array that warns when read as a string)
      const body = typeof sentBody === 'string' ? sentBody : Buffer.from(sentBody.buffer, sentBody.byteOffset, sentBody.byteLength).toString('utf8');
      lastSent = `${operation} ${canonical(JSON.parse(body))}`;
      sent.add(lastSent);
      return next(args);
    },
    { step: 'build', name: 'recordSent' },
  );

  /** model: image name -> { versions, tags }; what the account must hold. */
  let model = new Map();
  const copy = (m) => new Map([...m].map(([name, image]) => [name, { versions: image.versions, tags: new Map(image.tags) }]));
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const existing = () => [...model.keys()];
  const absent = () => NAMES.filter((name) => !model.has(name));

  const checkForeign = (what, answer) => {
    const others = accountsIn(answer).filter((other) => other !== account);
    if (others.length > 0) problem('foreign', `${what} named account(s) ${[...new Set(others)].join(', ')}`);
  };
  /** An SDK call that must succeed. */
  const call = async (what, command) => {
    counts.calls += 1;
    try {
      const answer = await client.send(command);
      checkForeign(what, answer);
      return answer;
    } catch (error) {
      problem('errors', `${what}: ${error.name}: ${error.message}`);
      return undefined;
    }
  };
  /** An SDK call that must fail with `code`. */
  const refused = async (what, command, code) => {
    counts.calls += 1;
    try {
      await client.send(command);
      problem('errors', `${what}: succeeded, expected ${code}`);
    } catch (error) {
      checkForeign(`${what}'s error`, error.message);
      if (error.name === code) counts.expectedErrors += 1;
      else problem('errors', `${what}: ${error.name}: ${error.message}, expected ${code}`);
    }
  };
  /** A control call in this account that must answer 200. */
  const control = async (method, route, body) => {
    counts.controls += 1;
    const answer = await request(url, method, `/_mock/${route}${route.includes('?') ? '&' : '?'}account=${account}`, body);
    if (answer.status !== 200) problem('errors', `${method} /_mock/${route}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const listNames = async () => {
    const names = [];
    try {
      for await (const page of paginateListImages({ client, pageSize: 1 + Math.floor(Math.random() * 5) }, {})) {
        counts.calls += 1; // each page is a call
        checkForeign('ListImages', page);
        for (const image of page.Images ?? []) {
          names.push(image.ImageName);
          if (image.ImageArn !== arnOf(image.ImageName)) problem('foreign', `ListImages: ${image.ImageArn}`);
        }
      }
    } catch (error) {
      problem('errors', `ListImages: ${error.name}: ${error.message}`);
    }
    return names.sort();
  };
  const checkList = async (after) => {
    const names = await listNames();
    const expected = existing().sort();
    if (canonical(names) !== canonical(expected)) problem('errors', `ListImages after ${after}: ${canonical(names)}, the model ${canonical(expected)}`);
  };
  const checkJournal = async (query = '') => {
    const { requests } = await control('GET', `requests${query === '' ? '' : `?${query}`}`);
    for (const entry of requests) {
      counts.journaled += 1;
      if (entry.account !== account) problem('foreign', `the journal of ${account} holds a call of ${entry.account}`);
      else if (!sent.has(`${entry.operation} ${canonical(entry.input)}`)) problem('foreign', `the journal holds a call this worker never sent: ${entry.operation} ${canonical(entry.input)}`);
      checkForeign('the journal', entry);
    }
    return requests;
  };

  const steps = [
    [10, async () => {
      const name = pick(absent());
      if (name === undefined) return;
      const tags = Math.random() < 0.5 ? [{ Key: pick(TAG_KEYS), Value: randomUUID().slice(0, 8) }] : undefined;
      const answer = await call('CreateImage', new CreateImageCommand({ ImageName: name, RoleArn: role, ...(tags && { Tags: tags }) }));
      if (answer === undefined) return;
      if (answer.ImageArn !== arnOf(name)) problem('foreign', `CreateImage: ${answer.ImageArn}`);
      model.set(name, { versions: 0, tags: new Map((tags ?? []).map((t) => [t.Key, t.Value])) });
    }],
    [2, async () => {
      const name = pick(existing());
      if (name !== undefined) await refused('CreateImage of an existing name', new CreateImageCommand({ ImageName: name, RoleArn: role }), 'ResourceInUse');
    }],
    [10, async () => {
      const name = pick(NAMES);
      if (!model.has(name)) return refused('DescribeImage of an absent image', new DescribeImageCommand({ ImageName: name }), 'ResourceNotFound');
      const answer = await call('DescribeImage', new DescribeImageCommand({ ImageName: name }));
      if (answer !== undefined && (answer.ImageArn !== arnOf(name) || answer.ImageStatus !== 'CREATED' || answer.RoleArn !== role)) {
        problem('errors', `DescribeImage ${name}: ${answer.ImageArn} ${answer.ImageStatus} ${answer.RoleArn}`);
      }
    }],
    [8, () => checkList('random calls')],
    [8, async () => {
      const name = pick(existing());
      if (name === undefined) return;
      const image = model.get(name);
      const answer = await call('CreateImageVersion', new CreateImageVersionCommand({
        ImageName: name, BaseImage: `${account}.dkr.ecr.${REGION}.amazonaws.com/${name}:${image.versions + 1}`, ClientToken: randomUUID(),
      }));
      if (answer === undefined) return;
      image.versions += 1;
      const want = `arn:aws:sagemaker:${REGION}:${account}:image-version/${name}/${image.versions}`;
      if (answer.ImageVersionArn !== want) problem('errors', `CreateImageVersion: ${answer.ImageVersionArn}, want ${want}`);
    }],
    [6, async () => {
      const name = pick(existing());
      if (name === undefined) return;
      const tag = { Key: pick(TAG_KEYS), Value: randomUUID().slice(0, 8) };
      if ((await call('AddTags', new AddTagsCommand({ ResourceArn: arnOf(name), Tags: [tag] }))) !== undefined) model.get(name).tags.set(tag.Key, tag.Value);
    }],
    [6, async () => {
      const name = pick(existing());
      if (name === undefined) return;
      const answer = await call('ListTags', new ListTagsCommand({ ResourceArn: arnOf(name) }));
      if (answer === undefined) return;
      const got = canonical(Object.fromEntries((answer.Tags ?? []).map((t) => [t.Key, t.Value])));
      const want = canonical(Object.fromEntries(model.get(name).tags));
      if (got !== want) problem('errors', `ListTags ${name}: ${got}, the model ${want}`);
    }],
    [4, async () => {
      const name = pick(existing());
      if (name === undefined) return;
      if ((await call('DeleteImage', new DeleteImageCommand({ ImageName: name }))) !== undefined) model.delete(name);
    }],
    [1, async () => {
      await control('POST', 'reset');
      counts.resets += 1;
      model = new Map();
      await checkList('reset');
      if ((await checkJournal()).length !== 1) problem('errors', 'the journal after a reset holds more than the one ListImages since');
    }],
    [2, async () => {
      const picture = await control('GET', 'snapshot');
      const pictured = copy(model);
      if (picture.namespaces.some((n) => n.accountId !== account)) problem('foreign', `a snapshot of ${account} pictures ${picture.namespaces.map((n) => n.accountId).join(', ')}`);
      for (let i = 0; i < 3; i += 1) await pick(steps.slice(0, 8))[1](); // change something
      await control('POST', 'restore', picture);
      counts.restores += 1;
      model = pictured;
      await checkList('restore');
    }],
    [2, async () => {
      const [code, status] = pick([['InternalFailure', 500], ['ServiceUnavailable', 503]]);
      const operation = pick(['ListImages', 'DescribeImage']);
      await control('POST', 'error-next', { code, operation, count: 1 });
      const name = pick(existing());
      if (operation === 'DescribeImage' && name === undefined) {
        await refused('DescribeImage after an injected error', new DescribeImageCommand({ ImageName: 'absent' }), 'ResourceNotFound');
      } else {
        const answer = operation === 'ListImages' ? await call('ListImages', new ListImagesCommand({})) : await call('DescribeImage', new DescribeImageCommand({ ImageName: name }));
        if (answer !== undefined && answer.$metadata.attempts !== 2) problem('errors', `${operation} after an injected ${status}: ${answer.$metadata.attempts} attempts, not 2`);
      }
      const calls = await checkJournal(`operation=${operation}`);
      const [failed, retried] = calls.slice(-2);
      if (failed?.status !== status || failed?.error?.code !== code || (retried?.status !== 200 && retried?.status !== 400)) {
        problem('errors', `the journal's last two ${operation} calls: ${JSON.stringify(calls.slice(-2))}`);
      } else counts.retried += 1;
    }],
    [3, async () => {
      const calls = await checkJournal();
      const last = calls.at(-1);
      if (lastSent !== undefined && (last === undefined || `${last.operation} ${canonical(last.input)}` !== lastSent)) {
        problem('errors', `the journal's last call is not the last one sent (${lastSent}): ${last === undefined ? 'none' : `${last.operation} ${canonical(last.input)}`}`);
      }
    }],
  ];
  const total = steps.reduce((sum, [weight]) => sum + weight, 0);
  try {
    while (Date.now() < until) {
      let roll = Math.random() * total;
      const step = steps.find(([weight]) => (roll -= weight) < 0) ?? steps[0];
      await step[1]();
    }
    await checkList('the last call');
  } catch (error) {
    problem('errors', `the worker stopped: ${error.stack}`);
  }
  process.send({ ...counts, samples, images: existing().sort() }, () => process.exit(0));
}
