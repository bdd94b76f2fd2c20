// A go test suite driving sagemaker-image-mock's server through the AWS SDK for Go and the control
// plane. TestMain starts the server once (`npx sagemaker-image-mock serve --port 0 --quiet`, or
// $SAGEMAKER_IMAGE_MOCK_CMD) in a process group of its own, reads its URL from the first line it
// prints (any other first line fails the run with the server's exit code and what it printed on
// stderr), and signals the group at the end; each test resets the store first. Copy this file's
// helpers into your own suite.
package sagemakermock

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/request"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/sagemaker"
)

var mockURL string

const ready = "sagemaker-image-mock listening on "

func TestMain(m *testing.M) {
	command := os.Getenv("SAGEMAKER_IMAGE_MOCK_CMD")
	if command == "" {
		command = "npx --no-install sagemaker-image-mock serve"
	}
	args := append(strings.Fields(command), "--port", "0", "--quiet")
	server := exec.Command(args[0], args[1:]...)
	// A process group of its own, signalled whole at the end: npx does not pass a signal on to the server.
	server.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// stderr goes to a file: nothing reads it while the tests run, and a full pipe would block the server.
	stderr, err := os.CreateTemp("", "sagemaker-image-mock-*.log")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot start sagemaker-image-mock:", err)
		os.Exit(1)
	}
	os.Remove(stderr.Name()) // the open file lives on, and nothing is left behind
	server.Stderr = stderr
	stdout, err := server.StdoutPipe()
	if err == nil {
		err = server.Start()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot start sagemaker-image-mock:", err)
		os.Exit(1)
	}
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if !strings.HasPrefix(line, ready) {
		fmt.Fprintln(os.Stderr, didNotStart(server, command, line, stderr))
		syscall.Kill(-server.Process.Pid, syscall.SIGKILL)
		os.Exit(1)
	}
	mockURL = strings.TrimSpace(strings.TrimPrefix(line, ready))
	code := m.Run()
	syscall.Kill(-server.Process.Pid, syscall.SIGINT)
	server.Wait()
	os.Exit(code)
}

// didNotStart says why the server did not start: its first line, its exit code and all it printed on stderr.
func didNotStart(server *exec.Cmd, command, line string, stderr *os.File) string {
	exited := make(chan error, 1)
	go func() { exited <- server.Wait() }()
	code := "none, it still runs"
	select {
	case <-exited:
		code = strconv.Itoa(server.ProcessState.ExitCode())
	case <-time.After(10 * time.Second):
	}
	stderr.Seek(0, io.SeekStart)
	printed, _ := io.ReadAll(stderr)
	return fmt.Sprintf("sagemaker-image-mock did not start (%s): first line %q, exit code %s, stderr:\n%s", command, line, code, strings.TrimSpace(string(printed)))
}

// control calls the control plane (/_mock/*); a 4xx fails the test with the server's message.
func control(t *testing.T, method, path string, body interface{}) map[string]interface{} {
	t.Helper()
	var payload []byte
	if body != nil {
		payload, _ = json.Marshal(body)
	}
	req, _ := http.NewRequest(method, mockURL+"/_mock/"+path, bytes.NewReader(payload))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("/_mock/%s: %v", path, err)
	}
	defer resp.Body.Close()
	var answer map[string]interface{}
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		t.Fatalf("/_mock/%s: %v", path, err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("/_mock/%s: %d %v: %v", path, resp.StatusCode, answer["error"], answer["message"])
	}
	return answer
}

// client resets the store and answers a SageMaker client aimed at the server.
func client(t *testing.T) *sagemaker.SageMaker {
	t.Helper()
	control(t, "POST", "reset", nil)
	sess := session.Must(session.NewSession(&aws.Config{
		Endpoint:    aws.String(mockURL),
		Region:      aws.String("us-east-1"),
		Credentials: credentials.NewStaticCredentials("AKIDEXAMPLE", "secret", ""),
	}))
	return sagemaker.New(sess)
}

func names(t *testing.T, sm *sagemaker.SageMaker) []string {
	t.Helper()
	var found []string
	input := &sagemaker.ListImagesInput{SortBy: aws.String("IMAGE_NAME"), SortOrder: aws.String("ASCENDING"), MaxResults: aws.Int64(2)}
	err := sm.ListImagesPages(input, func(page *sagemaker.ListImagesOutput, last bool) bool {
		for _, image := range page.Images {
			found = append(found, *image.ImageName)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestSeededImagesAreListedThroughThePaginator(t *testing.T) {
	sm := client(t)
	control(t, "POST", "seed", []map[string]string{{"ImageName": "c"}, {"ImageName": "a"}, {"ImageName": "b"}, {"ImageName": "d"}, {"ImageName": "e"}})
	if got := strings.Join(names(t, sm), ","); got != "a,b,c,d,e" {
		t.Fatalf("names: %s", got)
	}
}

func TestAnErrorPathIsTheServiceError(t *testing.T) {
	sm := client(t)
	_, err := sm.DescribeImage(&sagemaker.DescribeImageInput{ImageName: aws.String("ghost")})
	aerr, ok := err.(awserr.Error)
	if !ok || aerr.Code() != "ResourceNotFound" || aerr.Message() != "Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist" {
		t.Fatalf("error: %v", err)
	}
}

func TestFailNextMakesTheWaiterFail(t *testing.T) {
	sm := client(t)
	control(t, "POST", "fail-next", map[string]string{"operation": "CreateImage", "ImageName": "doomed", "FailureReason": "no capacity"})
	if _, err := sm.CreateImage(&sagemaker.CreateImageInput{ImageName: aws.String("doomed"), RoleArn: aws.String("arn:aws:iam::123456789012:role/r")}); err != nil {
		t.Fatal(err)
	}
	err := sm.WaitUntilImageCreatedWithContext(aws.BackgroundContext(), &sagemaker.DescribeImageInput{ImageName: aws.String("doomed")}, request.WithWaiterMaxAttempts(2))
	if err == nil {
		t.Fatal("the waiter succeeded on CREATE_FAILED")
	}
	out, _ := sm.DescribeImage(&sagemaker.DescribeImageInput{ImageName: aws.String("doomed")})
	if *out.FailureReason != "no capacity" {
		t.Fatalf("FailureReason: %s", *out.FailureReason)
	}
}

func TestSnapshotAndRestore(t *testing.T) {
	sm := client(t)
	control(t, "POST", "seed", []map[string]interface{}{{"ImageName": "kept", "Versions": []map[string]interface{}{{"BaseImage": "repo/kept:1", "Aliases": []string{"stable"}}}}})
	picture := control(t, "GET", "snapshot", nil)
	control(t, "POST", "reset", nil)
	control(t, "POST", "restore", picture)
	// (Debian's SDK for Go predates aliases: Version it is.)
	out, err := sm.DescribeImageVersion(&sagemaker.DescribeImageVersionInput{ImageName: aws.String("kept"), Version: aws.Int64(1)})
	if err != nil || *out.BaseImage != "repo/kept:1" {
		t.Fatalf("version: %v %v", out, err)
	}
}

func TestThrottlingIsRetriedByTheSDK(t *testing.T) {
	sm := client(t)
	control(t, "POST", "seed", []map[string]string{{"ImageName": "a"}})
	control(t, "POST", "throttle-next", map[string]int{"calls": 2})
	if got := strings.Join(names(t, sm), ","); got != "a" {
		t.Fatalf("names: %s", got)
	}
}

// studioError asserts that err is the service error code with the message text.
func studioError(t *testing.T, err error, code, message string) {
	t.Helper()
	aerr, ok := err.(awserr.Error)
	if !ok || aerr.Code() != code || aerr.Message() != message {
		t.Fatalf("error: want %s: %s, got %v", code, message, err)
	}
}

// newStudioDomain creates an IAM domain (this SDK still requires VpcId and SubnetIds) and answers its
// output and its id. This SDK predates DomainId in CreateDomain's output (botocore, 2025-03): the id is
// the last segment of DomainArn, as clients of its time took it.
func newStudioDomain(t *testing.T, sm *sagemaker.SageMaker) (*sagemaker.CreateDomainOutput, string) {
	t.Helper()
	created, err := sm.CreateDomain(&sagemaker.CreateDomainInput{
		DomainName:          aws.String("go-domain"),
		AuthMode:            aws.String("IAM"),
		DefaultUserSettings: &sagemaker.UserSettings{ExecutionRole: aws.String("arn:aws:iam::123456789012:role/r")},
		VpcId:               aws.String("vpc-0123456789abcdef0"),
		SubnetIds:           []*string{aws.String("subnet-0123456789abcdef0")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return created, (*created.DomainArn)[strings.LastIndex(*created.DomainArn, "/")+1:]
}

// Behaviour §14: describe the domain, append to CustomImages, send the settings back; detach with [].
func TestPublishACustomImageToStudio(t *testing.T) {
	sm := client(t)
	role := "arn:aws:iam::123456789012:role/r"
	if _, err := sm.CreateImage(&sagemaker.CreateImageInput{ImageName: aws.String("go-image"), RoleArn: aws.String(role)}); err != nil {
		t.Fatal(err)
	}
	if _, err := sm.CreateImageVersion(&sagemaker.CreateImageVersionInput{ImageName: aws.String("go-image"), BaseImage: aws.String("123456789012.dkr.ecr.us-east-1.amazonaws.com/go-image:1")}); err != nil {
		t.Fatal(err)
	}
	configArn := "arn:aws:sagemaker:us-east-1:123456789012:app-image-config/go-config"
	for _, name := range []string{"go-config", "go-config-2", "go-config-3"} {
		config, err := sm.CreateAppImageConfig(&sagemaker.CreateAppImageConfigInput{
			AppImageConfigName: aws.String(name),
			KernelGatewayImageConfig: &sagemaker.KernelGatewayImageConfig{
				KernelSpecs:      []*sagemaker.KernelSpec{{Name: aws.String("python3"), DisplayName: aws.String("Python 3 (" + name + ")")}},
				FileSystemConfig: &sagemaker.FileSystemConfig{MountPath: aws.String("/home/sagemaker-user"), DefaultUid: aws.Int64(1000), DefaultGid: aws.Int64(100)},
			},
		})
		if err != nil || (name == "go-config" && *config.AppImageConfigArn != configArn) {
			t.Fatalf("CreateAppImageConfig %s: %v %v", name, config, err)
		}
	}
	config, err := sm.DescribeAppImageConfig(&sagemaker.DescribeAppImageConfigInput{AppImageConfigName: aws.String("go-config")})
	if err != nil || *config.AppImageConfigArn != configArn || *config.KernelGatewayImageConfig.KernelSpecs[0].DisplayName != "Python 3 (go-config)" ||
		*config.KernelGatewayImageConfig.FileSystemConfig.DefaultGid != 100 || config.CreationTime == nil || config.LastModifiedTime == nil {
		t.Fatalf("DescribeAppImageConfig: %v %v", config, err)
	}

	created, id := newStudioDomain(t, sm)
	if !regexp.MustCompile(`^d-[a-z0-9]{12}$`).MatchString(id) || *created.DomainArn != "arn:aws:sagemaker:us-east-1:123456789012:domain/"+id ||
		*created.Url != "https://"+id+".studio.us-east-1.sagemaker.aws" {
		t.Fatalf("CreateDomain: %v", created)
	}
	described, err := sm.DescribeDomain(&sagemaker.DescribeDomainInput{DomainId: aws.String(id)})
	if err != nil || *described.DomainId != id || *described.DomainName != "go-domain" || *described.AuthMode != "IAM" || *described.Status != "InService" ||
		*described.VpcId != "vpc-0123456789abcdef0" || len(described.SubnetIds) != 1 || *described.DefaultUserSettings.ExecutionRole != role {
		t.Fatalf("DescribeDomain: %v %v", described, err)
	}
	settings := described.DefaultUserSettings
	if settings.KernelGatewayAppSettings == nil {
		settings.KernelGatewayAppSettings = &sagemaker.KernelGatewayAppSettings{}
	}
	settings.KernelGatewayAppSettings.CustomImages = append(settings.KernelGatewayAppSettings.CustomImages,
		&sagemaker.CustomImage{ImageName: aws.String("go-image"), AppImageConfigName: aws.String("go-config")})
	updated, err := sm.UpdateDomain(&sagemaker.UpdateDomainInput{DomainId: aws.String(id), DefaultUserSettings: settings})
	if err != nil || *updated.DomainArn != *created.DomainArn {
		t.Fatalf("UpdateDomain: %v %v", updated, err)
	}
	attached, err := sm.DescribeDomain(&sagemaker.DescribeDomainInput{DomainId: aws.String(id)})
	if err != nil || *attached.DefaultUserSettings.ExecutionRole != role || attached.DefaultUserSettings.KernelGatewayAppSettings == nil ||
		len(attached.DefaultUserSettings.KernelGatewayAppSettings.CustomImages) != 1 ||
		*attached.DefaultUserSettings.KernelGatewayAppSettings.CustomImages[0].ImageName != "go-image" ||
		*attached.DefaultUserSettings.KernelGatewayAppSettings.CustomImages[0].AppImageConfigName != "go-config" {
		t.Fatalf("DescribeDomain after attaching: %v %v", attached, err)
	}

	var pages [][]string
	err = sm.ListAppImageConfigsPages(&sagemaker.ListAppImageConfigsInput{SortBy: aws.String("Name"), SortOrder: aws.String("Ascending"), MaxResults: aws.Int64(2)},
		func(page *sagemaker.ListAppImageConfigsOutput, last bool) bool {
			var found []string
			for _, config := range page.AppImageConfigs {
				found = append(found, *config.AppImageConfigName)
			}
			pages = append(pages, found)
			return true
		})
	if got := fmt.Sprint(pages); err != nil || got != "[[go-config go-config-2] [go-config-3]]" {
		t.Fatalf("ListAppImageConfigsPages: %s %v", got, err)
	}
	var domains []string
	err = sm.ListDomainsPages(&sagemaker.ListDomainsInput{}, func(page *sagemaker.ListDomainsOutput, last bool) bool {
		for _, domain := range page.Domains {
			domains = append(domains, *domain.DomainId+" "+*domain.DomainName+" "+*domain.Status+" "+*domain.Url)
		}
		return true
	})
	if got := strings.Join(domains, ","); err != nil || got != id+" go-domain InService "+*created.Url {
		t.Fatalf("ListDomainsPages: %s %v", got, err)
	}

	detach := &sagemaker.UserSettings{KernelGatewayAppSettings: &sagemaker.KernelGatewayAppSettings{CustomImages: []*sagemaker.CustomImage{}}}
	if _, err := sm.UpdateDomain(&sagemaker.UpdateDomainInput{DomainId: aws.String(id), DefaultUserSettings: detach}); err != nil {
		t.Fatal(err)
	}
	detached, err := sm.DescribeDomain(&sagemaker.DescribeDomainInput{DomainId: aws.String(id)})
	if err != nil || *detached.DefaultUserSettings.ExecutionRole != role || detached.DefaultUserSettings.KernelGatewayAppSettings == nil ||
		len(detached.DefaultUserSettings.KernelGatewayAppSettings.CustomImages) != 0 {
		t.Fatalf("DescribeDomain after detaching: %v %v", detached, err)
	}
	if _, err := sm.DeleteAppImageConfig(&sagemaker.DeleteAppImageConfigInput{AppImageConfigName: aws.String("go-config")}); err != nil {
		t.Fatal(err)
	}
	_, err = sm.DescribeAppImageConfig(&sagemaker.DescribeAppImageConfigInput{AppImageConfigName: aws.String("go-config")})
	studioError(t, err, "ResourceNotFound", "AppImageConfig "+configArn+" does not exist.")
	if _, err := sm.DeleteDomain(&sagemaker.DeleteDomainInput{DomainId: aws.String(id)}); err != nil {
		t.Fatal(err)
	}
	left, err := sm.ListDomains(&sagemaker.ListDomainsInput{})
	if err != nil || len(left.Domains) != 0 {
		t.Fatalf("ListDomains after DeleteDomain: %v %v", left, err)
	}
}

func TestACustomImageNamingAnAbsentAppImageConfigIsRefused(t *testing.T) {
	sm := client(t)
	if _, err := sm.CreateImage(&sagemaker.CreateImageInput{ImageName: aws.String("go-image"), RoleArn: aws.String("arn:aws:iam::123456789012:role/r")}); err != nil {
		t.Fatal(err)
	}
	_, id := newStudioDomain(t, sm)
	_, err := sm.UpdateDomain(&sagemaker.UpdateDomainInput{DomainId: aws.String(id), DefaultUserSettings: &sagemaker.UserSettings{
		KernelGatewayAppSettings: &sagemaker.KernelGatewayAppSettings{CustomImages: []*sagemaker.CustomImage{{ImageName: aws.String("go-image"), AppImageConfigName: aws.String("ghost-config")}}},
	}})
	studioError(t, err, "ValidationException", "1 validation error detected: Value 'ghost-config' at 'defaultUserSettings.kernelGatewayAppSettings.customImages.1.member.appImageConfigName' failed to satisfy constraint: AppImageConfig ghost-config does not exist in this account and region")
	described, err := sm.DescribeDomain(&sagemaker.DescribeDomainInput{DomainId: aws.String(id)})
	if err != nil || described.DefaultUserSettings.KernelGatewayAppSettings != nil {
		t.Fatalf("DescribeDomain after the refused update: %v %v", described, err)
	}
}
