"""A pytest suite driving sagemaker-image-mock's server through boto3 and the control plane."""
import botocore.exceptions
import pytest


def names(sagemaker):
    pages = sagemaker.get_paginator("list_images").paginate(SortBy="IMAGE_NAME", SortOrder="ASCENDING", PaginationConfig={"PageSize": 2})
    return [image["ImageName"] for page in pages for image in page["Images"]]


def test_seeded_images_are_listed_through_the_paginator(sagemaker, mock_api):
    assert mock_api.seed([{"ImageName": name} for name in ["c", "a", "b", "d", "e"]]) == {"seeded": 5}
    assert names(sagemaker) == ["a", "b", "c", "d", "e"]


def test_each_test_starts_from_an_empty_store(sagemaker):
    assert names(sagemaker) == []


def test_an_error_path_is_the_service_error(sagemaker):
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        sagemaker.describe_image(ImageName="ghost")
    error = raised.value.response["Error"]
    assert error["Code"] == "ResourceNotFound"
    assert error["Message"] == "Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist"


def test_a_bad_seed_is_refused_and_stores_nothing(sagemaker, mock_api):
    with pytest.raises(AssertionError, match=r"400 InvalidSeed: Invalid seed #2: ImageName"):
        mock_api.seed([{"ImageName": "ok"}, {"ImageName": "bad name"}])
    assert names(sagemaker) == []


def test_fail_next_makes_the_waiter_fail(sagemaker, mock_api):
    mock_api.fail_next({"operation": "CreateImage", "ImageName": "doomed", "FailureReason": "no capacity"})
    sagemaker.create_image(ImageName="doomed", RoleArn="arn:aws:iam::123456789012:role/r")
    with pytest.raises(botocore.exceptions.WaiterError):
        sagemaker.get_waiter("image_created").wait(ImageName="doomed", WaiterConfig={"Delay": 1, "MaxAttempts": 2})
    assert sagemaker.describe_image(ImageName="doomed")["FailureReason"] == "no capacity"


def test_snapshot_and_restore(sagemaker, mock_api):
    mock_api.seed([{"ImageName": "kept", "Versions": [{"BaseImage": "repo/kept:1", "Aliases": ["stable"]}]}])
    picture = mock_api.snapshot()
    mock_api.reset()
    assert names(sagemaker) == []
    mock_api.restore(picture)
    assert sagemaker.describe_image_version(ImageName="kept", Alias="stable")["Version"] == 1


def test_throttling_is_retried_by_botocore(sagemaker, mock_api):
    mock_api.seed([{"ImageName": "a"}])
    mock_api.throttle_next(2)
    assert names(sagemaker) == ["a"]


def test_a_custom_image_published_to_studio_survives_a_snapshot(sagemaker, mock_api):
    mock_api.seed([{"ImageName": "py-image", "Versions": [{"BaseImage": "repo/py-image:1"}]}])
    sagemaker.create_app_image_config(AppImageConfigName="py-config", KernelGatewayImageConfig={"KernelSpecs": [{"Name": "python3"}]})
    domain_id = sagemaker.create_domain(DomainName="py-domain", AuthMode="IAM",
                                        DefaultUserSettings={"ExecutionRole": "arn:aws:iam::123456789012:role/r"})["DomainId"]
    settings = sagemaker.describe_domain(DomainId=domain_id)["DefaultUserSettings"]
    settings.setdefault("KernelGatewayAppSettings", {}).setdefault("CustomImages", []).append(
        {"ImageName": "py-image", "ImageVersionNumber": 1, "AppImageConfigName": "py-config"})
    sagemaker.update_domain(DomainId=domain_id, DefaultUserSettings=settings)

    picture = mock_api.snapshot()
    mock_api.reset()
    assert sagemaker.list_domains()["Domains"] == []
    mock_api.restore(picture)
    assert sagemaker.describe_domain(DomainId=domain_id)["DefaultUserSettings"] == settings
    assert [c["AppImageConfigName"] for page in sagemaker.get_paginator("list_app_image_configs").paginate() for c in page["AppImageConfigs"]] == ["py-config"]

    with pytest.raises(botocore.exceptions.ClientError) as raised:
        sagemaker.update_domain(DomainId=domain_id, DefaultUserSettings={
            "KernelGatewayAppSettings": {"CustomImages": [{"ImageName": "py-image", "ImageVersionNumber": 2, "AppImageConfigName": "py-config"}]}})
    assert raised.value.response["Error"] == {
        "Code": "ValidationException",
        "Message": "1 validation error detected: Value '2' at 'defaultUserSettings.kernelGatewayAppSettings.customImages.1.member.imageVersionNumber' "
                   "failed to satisfy constraint: Version 2 of image py-image does not exist in this account and region"}
    assert sagemaker.describe_domain(DomainId=domain_id)["DefaultUserSettings"] == settings
    sagemaker.update_domain(DomainId=domain_id, DefaultUserSettings={"KernelGatewayAppSettings": {"CustomImages": []}})
    sagemaker.delete_app_image_config(AppImageConfigName="py-config")
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        sagemaker.describe_app_image_config(AppImageConfigName="py-config")
    assert raised.value.response["Error"] == {
        "Code": "ResourceNotFound", "Message": "AppImageConfig arn:aws:sagemaker:us-east-1:123456789012:app-image-config/py-config does not exist."}
    sagemaker.delete_domain(DomainId=domain_id)
    assert sagemaker.list_domains()["Domains"] == []


def test_an_operation_the_mock_does_not_implement_answers_as_stubbed(sagemaker, mock_api):
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        sagemaker.create_user_profile(DomainId="d-1", UserProfileName="ana")
    assert raised.value.response["Error"]["Code"] == "UnknownOperationException"
    arn = "arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana"
    assert mock_api.stub({"operation": "CreateUserProfile", "output": {"UserProfileArn": arn}},
                         {"operation": "DeleteUserProfile", "error": {"code": "ResourceNotFound", "message": "no ana"}}) == {"stubbed": 2}
    assert sagemaker.create_user_profile(DomainId="d-1", UserProfileName="ana")["UserProfileArn"] == arn
    with pytest.raises(botocore.exceptions.ClientError) as raised:
        sagemaker.delete_user_profile(DomainId="d-1", UserProfileName="ana")
    assert raised.value.response["Error"] == {"Code": "ResourceNotFound", "Message": "no ana"}


def test_the_journal_shows_what_the_code_sent_and_an_injected_500_retried(sagemaker, mock_api):
    mock_api.error_next({"code": "InternalFailure", "operation": "ListImages", "count": 1})
    assert names(sagemaker) == []
    sagemaker.create_image(ImageName="img", RoleArn="arn:aws:iam::123456789012:role/r", DisplayName="Image")
    listed = mock_api.requests(operation="ListImages")
    assert [call["status"] for call in listed] == [500, 200]
    assert listed[0]["error"]["code"] == "InternalFailure"
    [created] = mock_api.requests(operation="CreateImage")
    assert created["input"] == {"ImageName": "img", "RoleArn": "arn:aws:iam::123456789012:role/r", "DisplayName": "Image"}
    assert created["account"] == "123456789012" and created["region"] == "us-east-1"
