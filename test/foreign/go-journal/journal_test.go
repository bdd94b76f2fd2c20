// A go test suite that shares one sagemaker-image-mock server between parallel tests (t.Parallel),
// each in an account of its own, and asserts on what the server received: the request journal
// (GET /_mock/requests), an injected 500 that the AWS SDK for Go retries, and a lifecycle finished
// by moving the server's manual clock instead of waiting. TestMain starts the server once with
// `--clock manual=... --lifecycle creating=60000,deleting=30000` (or uses SAGEMAKER_IMAGE_MOCK_URL,
// a server started before go test, shared by every package of `go test -p N ./...`).
package sagemakerjournal

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

var mockURL = os.Getenv("SAGEMAKER_IMAGE_MOCK_URL")

const ready = "sagemaker-image-mock listening on "

// iso is how the server writes a time: milliseconds and Z.
const iso = "2006-01-02T15:04:05.000Z"

func TestMain(m *testing.M) {
	if mockURL != "" {
		os.Exit(m.Run()) // a server started before go test
	}
	command := os.Getenv("SAGEMAKER_IMAGE_MOCK_CMD")
	if command == "" {
		command = "npx --no-install sagemaker-image-mock serve"
	}
	args := append(strings.Fields(command), "--port", "0", "--quiet",
		"--clock", "manual=2024-01-01T00:00:00Z", "--lifecycle", "creating=60000,deleting=30000")
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

// control calls the control plane (/_mock/*) in one account; a 4xx fails the test with the server's message.
func control(t *testing.T, method, path, account string, body interface{}, answer interface{}) {
	t.Helper()
	var payload []byte
	if body != nil {
		payload, _ = json.Marshal(body)
	}
	separator := "?"
	if strings.Contains(path, "?") {
		separator = "&"
	}
	req, _ := http.NewRequest(method, mockURL+"/_mock/"+path+separator+"account="+account, bytes.NewReader(payload))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("/_mock/%s: %v", path, err)
	}
	defer resp.Body.Close()
	text, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("/_mock/%s: %d %s", path, resp.StatusCode, text)
	}
	if answer != nil {
		if err := json.Unmarshal(text, answer); err != nil {
			t.Fatalf("/_mock/%s: %v", path, err)
		}
	}
}

// client resets the account and answers a SageMaker client aimed at the server that signs with it:
// a 12-digit access key id is the account the server acts in.
func client(t *testing.T, account string) *sagemaker.SageMaker {
	t.Helper()
	control(t, "POST", "reset", account, nil, nil)
	sess := session.Must(session.NewSession(&aws.Config{
		Endpoint:    aws.String(mockURL),
		Region:      aws.String("us-east-1"),
		Credentials: credentials.NewStaticCredentials(account, "secret", ""),
	}))
	return sagemaker.New(sess)
}

// journalEntry is one call in GET /_mock/requests.
type journalEntry struct {
	Time      string                 `json:"time"`
	Operation string                 `json:"operation"`
	Account   string                 `json:"account"`
	Input     map[string]interface{} `json:"input"`
	Status    int                    `json:"status"`
	Error     *struct{ Code string } `json:"error"`
}

func journal(t *testing.T, account, query string) []journalEntry {
	t.Helper()
	var answer struct{ Requests []journalEntry }
	control(t, "GET", "requests?"+query, account, nil, &answer)
	return answer.Requests
}

func TestAnInjected500IsRetriedAndTheJournalShowsBothCalls(t *testing.T) {
	t.Parallel()
	const account = "200000000001"
	sm := client(t, account)
	control(t, "POST", "seed", account, []map[string]string{{"ImageName": "kept"}}, nil)
	control(t, "POST", "error-next", account, map[string]interface{}{"code": "InternalFailure", "operation": "ListImages", "count": 1}, nil)

	req, out := sm.ListImagesRequest(&sagemaker.ListImagesInput{})
	if err := req.Send(); err != nil || len(out.Images) != 1 || *out.Images[0].ImageArn != "arn:aws:sagemaker:us-east-1:"+account+":image/kept" {
		t.Fatalf("ListImages: %v %v", out, err)
	}
	if req.RetryCount != 1 {
		t.Fatalf("the SDK retried %d times, not once", req.RetryCount)
	}
	var got []string
	for _, call := range journal(t, account, "operation=ListImages") {
		code := ""
		if call.Error != nil {
			code = call.Error.Code
		}
		got = append(got, fmt.Sprintf("%s %s %d %s", call.Operation, call.Account, call.Status, code))
	}
	if want := "ListImages 200000000001 500 InternalFailure,ListImages 200000000001 200 "; strings.Join(got, ",") != want {
		t.Fatalf("journal: %q, want %q", strings.Join(got, ","), want)
	}
}

func TestTheManualClockFinishesALifecycleWithoutWaiting(t *testing.T) {
	t.Parallel()
	const account = "200000000002"
	started := time.Now()
	sm := client(t, account)
	var clock struct{ Now string }
	control(t, "POST", "clock", account, nil, &clock) // no body: reads the clock
	now, _ := time.Parse(time.RFC3339, clock.Now)

	if _, err := sm.CreateImage(&sagemaker.CreateImageInput{ImageName: aws.String("slow"), RoleArn: aws.String("arn:aws:iam::" + account + ":role/r")}); err != nil {
		t.Fatal(err)
	}
	described, err := sm.DescribeImage(&sagemaker.DescribeImageInput{ImageName: aws.String("slow")})
	if err != nil || *described.ImageStatus != "CREATING" {
		t.Fatalf("DescribeImage: %v %v", described, err)
	}
	control(t, "POST", "clock", account, map[string]int{"advance": 60000}, &clock)
	if want := now.Add(time.Minute).UTC().Format(iso); clock.Now != want {
		t.Fatalf("clock: %s, want %s", clock.Now, want)
	}
	// The waiter's first poll finds CREATED: the store finishes what is due at its next call.
	if err := sm.WaitUntilImageCreatedWithContext(aws.BackgroundContext(), &sagemaker.DescribeImageInput{ImageName: aws.String("slow")}, request.WithWaiterMaxAttempts(1)); err != nil {
		t.Fatal(err)
	}

	if _, err := sm.DeleteImage(&sagemaker.DeleteImageInput{ImageName: aws.String("slow")}); err != nil {
		t.Fatal(err)
	}
	described, err = sm.DescribeImage(&sagemaker.DescribeImageInput{ImageName: aws.String("slow")})
	if err != nil || *described.ImageStatus != "DELETING" {
		t.Fatalf("DescribeImage after DeleteImage: %v %v", described, err)
	}
	control(t, "POST", "clock", account, map[string]int{"advance": 30000}, nil)
	_, err = sm.DescribeImage(&sagemaker.DescribeImageInput{ImageName: aws.String("slow")})
	if aerr, ok := err.(awserr.Error); !ok || aerr.Code() != "ResourceNotFound" {
		t.Fatalf("DescribeImage after the deletion: %v", err)
	}

	created := journal(t, account, "operation=CreateImage")
	if len(created) != 1 || created[0].Time != now.UTC().Format(iso) || created[0].Input["ImageName"] != "slow" {
		t.Fatalf("journal: %+v", created)
	}
	if took := time.Since(started); took > 20*time.Second {
		t.Fatalf("took %s: a 90-second lifecycle should take no real time", took)
	}
}
