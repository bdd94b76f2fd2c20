"""pytest fixtures for a suite that runs in parallel (pytest-xdist, `pytest -n 4`) against ONE
sagemaker-image-mock server (door 3). Copy this file into your own tests folder.

- The server: `pytest_configure` starts it once per run, in the process that runs pytest (xdist's
  controller, before it starts the workers), on a free port, and `pytest_unconfigure` stops it
  after the last worker is done. The workers inherit its URL in SAGEMAKER_IMAGE_MOCK_URL. Set that
  variable yourself to use a server you started; set SAGEMAKER_IMAGE_MOCK_CMD to start it another way.
  Put this file in the top folder of the tests (the one pytest is given, or the rootdir): the
  controller reads no other, since the workers collect the tests.
- `sagemaker_mock` (session): the server's URL.
- `account` (session): the worker's own account, 12 digits from xdist's worker id (gw0 ->
  100000000000, gw3 -> 100000000003; without xdist, as gw0). Its boto3 client signs with it as the
  access key id, so the worker's images, ARNs and NextTokens are its own.
- `mock_api` (function, autouse): resets the worker's account alone before each test (the other
  workers' images stay), and gives the control plane in that account: `seed([...])`,
  `snapshot()`, `restore(picture)`, `error_next({...})`, `requests(operation=..., code=...)`.
- `sagemaker` (function): a boto3 SageMaker client aimed at the server, in the worker's account.
"""
import contextlib
import json
import os
import shlex
import signal
import subprocess
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import boto3
import pytest

COMMAND = os.environ.get("SAGEMAKER_IMAGE_MOCK_CMD", "npx --no-install sagemaker-image-mock serve")
READY = "sagemaker-image-mock listening on "
HERE = os.path.dirname(os.path.abspath(__file__))
URL = "SAGEMAKER_IMAGE_MOCK_URL"
SERVER = pytest.StashKey[subprocess.Popen]()


def pytest_configure(config):
    if hasattr(config, "workerinput") or URL in os.environ:
        return  # an xdist worker, or a server started before pytest: the URL is in the environment
    stderr = tempfile.TemporaryFile()  # a file, not a pipe: a full pipe would block the server
    server = subprocess.Popen([*shlex.split(COMMAND), "--port", "0", "--quiet"], cwd=HERE,  # npx finds the package from here up
                              stdout=subprocess.PIPE, stderr=stderr, text=True, start_new_session=True)
    first_line = server.stdout.readline()
    if not first_line.startswith(READY):
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)
        stderr.seek(0)
        raise pytest.UsageError(f"sagemaker-image-mock did not start ({COMMAND}): first line {first_line!r}, "
                                f"exit code {server.returncode}, stderr:\n{stderr.read().decode(errors='replace')}")
    stderr.close()  # the server writes on in its own copy; nothing reads it from now on
    config.stash[SERVER] = server
    os.environ[URL] = first_line[len(READY):].strip()  # xdist's workers, started after this, inherit it


def pytest_unconfigure(config):
    server = config.stash.get(SERVER, None)
    if server is not None:  # the whole process group: npx passes no signal on to the server
        os.environ.pop(URL, None)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        server.stdout.close()


@pytest.fixture(scope="session")
def account():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return str(100_000_000_000 + int(worker.removeprefix("gw")))


class MockApi:
    """The server's control plane, /_mock/*, in one account: JSON in, JSON out; a 4xx raises with its message."""

    def __init__(self, url, account):
        self.url = url
        self.account = account

    def call(self, method, path, body=None, **query):
        data = None if body is None else json.dumps(body).encode()
        address = f"{self.url}/_mock/{path}?{urllib.parse.urlencode({'account': self.account, **query})}"
        try:
            with urllib.request.urlopen(urllib.request.Request(address, data=data, method=method), timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            problem = json.load(error)
            raise AssertionError(f"/_mock/{path}: {error.code} {problem['error']}: {problem['message']}") from None

    def reset(self):
        return self.call("POST", "reset")

    def seed(self, seeds):
        return self.call("POST", "seed", seeds)

    def snapshot(self):
        return self.call("GET", "snapshot")

    def restore(self, picture):
        return self.call("POST", "restore", picture)

    def error_next(self, error):
        return self.call("POST", "error-next", error)

    def requests(self, **filters):
        return self.call("GET", "requests", **filters)["requests"]


@pytest.fixture(scope="session")
def sagemaker_mock():
    if URL not in os.environ:  # xdist's controller never read this file, so it started no server
        pytest.fail(f"{URL} is not set: put this conftest.py in the top folder of the tests, which pytest reads before it starts the workers")
    return os.environ[URL]


@pytest.fixture(autouse=True)
def mock_api(sagemaker_mock, account):
    api = MockApi(sagemaker_mock, account)
    api.reset()
    return api


@pytest.fixture
def sagemaker(sagemaker_mock, account):
    return boto3.client("sagemaker", endpoint_url=sagemaker_mock, region_name="us-east-1",
                        aws_access_key_id=account, aws_secret_access_key="secret")
