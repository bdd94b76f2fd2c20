"""pytest fixtures for a suite that tests code calling SageMaker through boto3, against
sagemaker-image-mock's server (door 3). Copy this file into your own tests folder.

- `sagemaker_mock` (session): starts `npx sagemaker-image-mock serve --port 0 --quiet` once, reads
  the URL from the first line it prints, and stops it at the end. It runs in a process group of its
  own, and the stop signals the whole group: npx does not pass a signal on to the server it started.
  Set SAGEMAKER_IMAGE_MOCK_CMD to start it another way (this repo runs it from source).
- `mock_api` (function, autouse): resets the store before each test, and gives the control plane:
  `mock_api.seed([...])`, `snapshot()`, `restore(picture)`, `fail_next({...})`, `throttle_next(n)`.
- `sagemaker` (function): a boto3 SageMaker client aimed at the server, offline credentials.
"""
import json
import os
import shlex
import signal
import subprocess
import urllib.error
import urllib.request

import boto3
import pytest

COMMAND = os.environ.get("SAGEMAKER_IMAGE_MOCK_CMD", "npx --no-install sagemaker-image-mock serve")


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


@pytest.fixture(scope="session")
def sagemaker_mock():
    server = subprocess.Popen(
        [*shlex.split(COMMAND), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        first_line = server.stdout.readline()
        if "listening on " not in first_line:
            raise RuntimeError(f"sagemaker-image-mock did not start: {first_line!r} (exit code {server.poll()})")
        yield first_line.rsplit(" ", 1)[1].strip()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


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
