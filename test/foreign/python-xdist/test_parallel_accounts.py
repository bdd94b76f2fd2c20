"""Run with `pytest -n 4`: four workers share one server, each in its own account."""
import time

import botocore.exceptions
import pytest

NAMES = ["alpha", "beta", "gamma", "delta", "epsilon"]


def images(sagemaker):
    pages = sagemaker.get_paginator("list_images").paginate(SortBy="IMAGE_NAME", SortOrder="ASCENDING", PaginationConfig={"PageSize": 2})
    return [image for page in pages for image in page["Images"]]


@pytest.mark.parametrize("run", range(16))
def test_a_worker_sees_its_own_images_alone(sagemaker, account, run):
    # Every worker creates the same names at the same time, and resets its account before each
    # test: only accounts of their own let each CreateImage succeed and each list stay whole.
    role = f"arn:aws:iam::{account}:role/r"
    created = []
    for name in NAMES:
        sagemaker.create_image(ImageName=name, RoleArn=role, Tags=[{"Key": "run", "Value": str(run)}])
        created.append(name)
        listed = images(sagemaker)
        assert [image["ImageName"] for image in listed] == sorted(created)
        assert [image["ImageArn"] for image in listed] == [f"arn:aws:sagemaker:us-east-1:{account}:image/{name}" for name in sorted(created)]
        time.sleep(0.05)  # meanwhile the other workers reset their accounts and create the same names
    arn = f"arn:aws:sagemaker:us-east-1:{account}:image/alpha"
    assert sagemaker.list_tags(ResourceArn=arn)["Tags"] == [{"Key": "run", "Value": str(run)}]


def test_the_journal_holds_the_workers_calls_alone(sagemaker, mock_api, account):
    role = f"arn:aws:iam::{account}:role/r"
    sagemaker.create_image(ImageName="journaled", RoleArn=role)
    sagemaker.list_images()
    with pytest.raises(botocore.exceptions.ClientError):
        sagemaker.describe_image(ImageName="ghost")

    calls = mock_api.requests()
    assert [(call["operation"], call["account"], call["status"]) for call in calls] == [
        ("CreateImage", account, 200), ("ListImages", account, 200), ("DescribeImage", account, 400)]
    [created] = mock_api.requests(operation="CreateImage")
    assert created["input"] == {"ImageName": "journaled", "RoleArn": role}
    assert created["output"] == {"ImageArn": f"arn:aws:sagemaker:us-east-1:{account}:image/journaled"}
    [missing] = mock_api.requests(code="ResourceNotFound")
    assert missing["error"] == {"code": "ResourceNotFound",
                                "message": f"Image with ARN arn:aws:sagemaker:us-east-1:{account}:image/ghost does not exist"}


def test_an_injected_500_is_retried_by_botocore(sagemaker, mock_api):
    mock_api.seed([{"ImageName": "kept"}])
    mock_api.error_next({"code": "InternalFailure", "operation": "ListImages", "count": 1})
    assert [image["ImageName"] for image in sagemaker.list_images()["Images"]] == ["kept"]
    assert [(call["status"], call.get("error", {}).get("code")) for call in mock_api.requests(operation="ListImages")] == [
        (500, "InternalFailure"), (200, None)]


def test_a_reset_of_one_account_leaves_the_others(sagemaker, mock_api, account):
    other = f"2{account[1:]}"  # a second account of this worker's, that no other worker uses
    mock_api.seed([{"ImageName": "mine"}])
    mock_api.call("POST", "seed", [{"ImageName": "theirs"}], account=other)
    mock_api.call("POST", "reset", account=other)
    assert [image["ImageArn"] for image in images(sagemaker)] == [f"arn:aws:sagemaker:us-east-1:{account}:image/mine"]

    mock_api.call("POST", "seed", [{"ImageName": "theirs"}], account=other)
    mock_api.reset()
    assert images(sagemaker) == []
    [namespace] = mock_api.call("GET", "snapshot", account=other)["namespaces"]
    assert (namespace["accountId"], [image["ImageName"] for image in namespace["images"]]) == (other, ["theirs"])
    mock_api.call("POST", "reset", account=other)


def test_a_snapshot_of_the_account_comes_back_into_it(sagemaker, mock_api, account):
    mock_api.seed([{"ImageName": "kept", "Versions": [{"BaseImage": f"{account}.dkr.ecr.us-east-1.amazonaws.com/kept:1"}]}])
    picture = mock_api.snapshot()
    assert {namespace["accountId"] for namespace in picture["namespaces"]} == {account}
    mock_api.reset()
    assert images(sagemaker) == []
    mock_api.restore(picture)
    assert sagemaker.describe_image_version(ImageName="kept", Version=1)["ImageVersionArn"] == \
        f"arn:aws:sagemaker:us-east-1:{account}:image-version/kept/1"
