//go:build linux

// Package pinned is what the benchmark commands share to measure a server
// by its own CPU time: the command re-executes itself pinned to one set of
// CPUs (taskset -c) as the load generator, and starts each server pinned to
// another, reading its first line of output to know it listens.
package pinned

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// ModuleRoot is the root of the nodenet module the command runs in.
func ModuleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run from inside the nodenet module")
	}
	return filepath.Dir(mod), nil
}

// Reexec runs this program again under taskset -c cpus, in dir, with its
// arguments and extra ones, and env=1 in its environment (the child tests
// for it), sharing standard input and output. When the child fails with an
// exit code, Reexec calls cleanup and exits with that code.
func Reexec(env, cpus, dir string, cleanup func(), extra ...string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	args := append([]string{"-c", cpus, self}, os.Args[1:]...)
	cmd := exec.Command("taskset", append(args, extra...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env+"=1")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			cleanup()
			os.Exit(ee.ExitCode())
		}
		return err
	}
	return nil
}

// Server is a server process started by Start.
type Server struct {
	Cmd    *exec.Cmd
	Pid    int           // the server itself: taskset execs it
	Stderr *bytes.Buffer // what it printed on standard error
}

// Start runs bin with args pinned to cpus (taskset -c), killed if this
// program dies, with env added to its environment, and returns it with the
// first line it prints on standard output (the rest is discarded). It
// fails when no line comes within 15 s.
func Start(cpus, bin string, args, env []string) (*Server, string, error) {
	cmd := exec.Command("taskset", append([]string{"-c", cpus, bin}, args...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if len(env) > 0 {
		cmd.Env = append(os.Environ(), env...)
	}
	errb := &bytes.Buffer{}
	cmd.Stderr = errb
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, "", err
	}
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	s := &Server{Cmd: cmd, Pid: cmd.Process.Pid, Stderr: errb}
	line := make(chan string, 1)
	go func() {
		br := bufio.NewReader(out)
		l, _ := br.ReadString('\n')
		line <- l
		_, _ = io.Copy(io.Discard, br)
	}()
	select {
	case l := <-line:
		return s, l, nil
	case <-time.After(15 * time.Second):
		s.Kill()
		return nil, "", fmt.Errorf("%s printed nothing in 15 s: %s", filepath.Base(bin), errb.String())
	}
}

// Kill ends the server and waits for it: SIGINT first, so that a server
// that writes a profile on exit (NODENET_CPUPROFILE) does, then SIGKILL if
// it has not ended within 5 s.
func (s *Server) Kill() {
	_ = s.Cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { _ = s.Cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = s.Cmd.Process.Kill()
		<-done
	}
}
