"""A server started with store options: a lifecycle of minutes finished by moving a manual clock."""
import boto3
import pytest
from conftest import MockApi, serve


@pytest.fixture
def slow_server():
    with serve("--clock", "manual=2024-01-01T00:00:00Z", "--lifecycle", "creating=300000,deleting=60000",
               "--name-contains", "case-insensitive") as url:
        yield url, MockApi(url), boto3.client("sagemaker", endpoint_url=url, region_name="us-east-1",
                                              aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret")


def test_a_waiter_finishes_in_no_real_time_when_the_test_moves_the_clock(slow_server):
    _, api, sagemaker = slow_server
    sagemaker.create_image(ImageName="slow", RoleArn="arn:aws:iam::123456789012:role/r")
    assert sagemaker.describe_image(ImageName="slow")["ImageStatus"] == "CREATING"
    assert api.clock(advance=300_000) == "2024-01-01T00:05:00.000Z"
    sagemaker.get_waiter("image_created").wait(ImageName="slow", WaiterConfig={"Delay": 1, "MaxAttempts": 1})
    assert [call["output"]["ImageStatus"] for call in api.requests(operation="DescribeImage")] == ["CREATING", "CREATED"]
    assert [image["ImageName"] for image in sagemaker.list_images(NameContains="SLOW")["Images"]] == ["slow"]  # --name-contains
