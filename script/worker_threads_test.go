package script_test

import (
	"bytes"
	"os"
	"testing"
)

// TestWorkerThreadsScenarios runs the worker_threads scenario and the net
// scenarios that use a worker (a listener blocked in Atomics.wait) under
// the host, so that -race sees the worker goroutines.
func TestWorkerThreadsScenarios(t *testing.T) {
	for _, name := range []string{
		"../test/conformance/js/worker_threads_basic",
		"../test/conformance/net/autoselect_destroy",
		"../test/conformance/net/bound_connect",
	} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(name + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := runScript(t, name+".js", &out, &errOut)
			if code != 0 || !bytes.Equal(out.Bytes(), want) {
				t.Errorf("exit code %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", code, out.Bytes(), want, errOut.Bytes())
			}
		})
	}
}
