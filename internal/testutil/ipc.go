package testutil

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
)

var ipcSeq atomic.Int64

// IPCPath returns a fresh path to listen on and connect to as IPC (Node's
// common.PIPE): on Windows, where Node's IPC is named pipes only, a pipe
// name unique to the process and the call (\\.\pipe\nodenet-test-<pid>-<n>-
// name); elsewhere, name in a new short temporary directory (sun_path is
// small, and t.TempDir can be long on macOS), removed with what is in it
// at the end of the test.
func IPCPath(t testing.TB, name string) string {
	t.Helper()
	n := strconv.FormatInt(ipcSeq.Add(1), 10)
	if runtime.GOOS == "windows" {
		return `\\.\pipe\nodenet-test-` + strconv.Itoa(os.Getpid()) + "-" + n + "-" + name
	}
	dir, err := os.MkdirTemp("", "nn-ipc-")
	if err != nil {
		t.Fatalf("IPCPath: %v", err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	return filepath.Join(dir, name)
}
