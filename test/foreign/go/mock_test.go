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
