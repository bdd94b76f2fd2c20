"""pytest fixtures for a suite that tests code calling SageMaker through boto3, against
sagemaker-image-mock's server (door 3). Copy this file into your own tests folder.

- `serve(*flags)`: starts `npx sagemaker-image-mock serve --port 0 --quiet` with the store options
  given as flags (`--clock manual`, `--lifecycle ...`), yields its URL, and stops it.
- `sagemaker_mock` (session): starts a server with `serve()` once, reads
  the URL from the first line it prints (any other first line fails the run with the server's exit
  code and what it printed on stderr), and stops it at the end. It runs in a process group of its
  own, and the stop signals the whole group: npx does not pass a signal on to the server it started.
  Should pytest itself be killed, the server stops by itself: it never outlives the process that ran npx.
  Set SAGEMAKER_IMAGE_MOCK_CMD to start it another way (this repo runs it from source).
- `mock_api` (function, autouse): resets the store before each test, and gives the control plane:
  `mock_api.seed([...])`, `snapshot()`, `restore(picture)`, `fail_next({...})`, `throttle_next(n)`,
  `error_next({...})`, `stub({...}, ...)`, `requests(operation=..., code=...)` (the journal), `clock(advance=ms)`.
- `sagemaker` (function): a boto3 SageMaker client aimed at the server, offline credentials.
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

class MockApi:
    """The server's control plane, /_mock/*: JSON in, JSON out; a 4xx raises with its message."""

    def __init__(self, url):
        self.url = url

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}/_mock/{path}", data=data, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
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

    def fail_next(self, injection):
        return self.call("POST", "fail-next", injection)

    def throttle_next(self, calls=1):
        return self.call("POST", "throttle-next", {"calls": calls})

    def error_next(self, injection):
        return self.call("POST", "error-next", injection)

    def stub(self, *stubs):
        return self.call("POST", "stubs", list(stubs))

    def requests(self, **filters):
        query = urllib.parse.urlencode(filters)
        return self.call("GET", f"requests?{query}")["requests"]

    def clock(self, **move):
        return self.call("POST", "clock", move)["now"]


COMMAND = os.environ.get("SAGEMAKER_IMAGE_MOCK_CMD", "npx --no-install sagemaker-image-mock serve")
READY = "sagemaker-image-mock listening on "
HERE = os.path.dirname(os.path.abspath(__file__))


@contextlib.contextmanager
def serve(*flags):
    """Starts a server (with the store options given as flags), yields its URL, and stops it."""
    with tempfile.TemporaryFile() as stderr:  # a file, not a pipe: a full pipe would block the server
        server = subprocess.Popen([*shlex.split(COMMAND), "--port", "0", "--quiet", *flags], cwd=HERE,  # npx finds the package from here up
                                  stdout=subprocess.PIPE, stderr=stderr, text=True, start_new_session=True)
        try:
            first_line = server.stdout.readline()
            if not first_line.startswith(READY):
                with contextlib.suppress(subprocess.TimeoutExpired):
                    server.wait(timeout=10)
                stderr.seek(0)
                raise RuntimeError(f"sagemaker-image-mock did not start ({COMMAND}): first line {first_line!r}, "
                                   f"exit code {server.returncode}, stderr:\n{stderr.read().decode(errors='replace')}")
            yield first_line[len(READY):].strip()
        finally:  # the whole process group: npx passes no signal on to the server
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


@pytest.fixture(scope="session")
def sagemaker_mock():
    with serve() as url:
        yield url


@pytest.fixture(autouse=True)
def mock_api(sagemaker_mock):
    api = MockApi(sagemaker_mock)
    api.reset()
    return api


@pytest.fixture
def sagemaker(sagemaker_mock):
    return boto3.client(
        "sagemaker",
        endpoint_url=sagemaker_mock,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
    )
