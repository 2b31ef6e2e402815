//go:build linux

// Package scriptecho benchmarks the scripted echo server of echocmp's
// nodenet-js-data (bench/node/echo.js with a 'data' listener) inside one
// process, for CPU and allocation profiles of the script host per message
// and per connection, and of nodenet-js-transform (the same script
// through a stream.Transform) per message and in bulk:
//
//	go test ./bench/scriptecho -bench . -benchmem -cpuprofile cpu.out
//	go test ./bench/scriptecho -bench PingPong -memprofile mem.out -memprofilerate 1
//
// The clients are raw blocking sockets (system calls, no Go heap), so the
// allocations reported are the server's (BulkTransform's writer is a
// goroutine of its own).
package scriptecho

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/nodenet/nodenet/bench/portline"
	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/script"
	"go.uber.org/goleak"
)

// server is echo.js (mode "data", "pipe" or "transform") running under
// the script host on its own loop.
type server struct {
	loop *eventloop.Loop
	h    *script.Host
	port int
	done chan error
}

func startServer(tb testing.TB, mode string) *server {
	tb.Helper()
	loop, err := eventloop.New()
	if err != nil {
		tb.Fatal(err)
	}
	file, err := filepath.Abs(filepath.Join("..", "node", "echo.js"))
	if err != nil {
		tb.Fatal(err)
	}
	argv := []string{"nodenet", file, "0"}
	if mode != "pipe" {
		argv = append(argv, mode)
	}
	out := portline.New()
	h, err := script.New(loop, script.Options{Stdout: out, Stderr: os.Stderr, Argv: argv, Dir: filepath.Dir(file)})
	if err != nil {
		tb.Fatal(err)
	}
	s := &server{loop: loop, h: h, done: make(chan error, 1)}
	go func() {
		_, err := h.RunMain(file)
		s.done <- err
	}()
	select {
	case s.port = <-out.Port:
	case err := <-s.done:
		tb.Fatalf("script ended: %v", err)
	}
	return s
}

// stop ends the script (as process.exit) and waits for RunMain.
func (s *server) stop(tb testing.TB) {
	_ = s.loop.Post(func() { s.h.Exit(0) })
	if err := <-s.done; err != nil {
		tb.Error(err)
	}
	s.h.Close()
	_ = s.loop.Close()
}

// dial opens a blocking client socket to the server.
func (s *server) dial() (int, error) {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	_ = syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	if err := syscall.Connect(fd, &syscall.SockaddrInet4{Port: s.port, Addr: [4]byte{127, 0, 0, 1}}); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	return fd, nil
}

func readFull(fd int, b []byte) error {
	for got := 0; got < len(b); {
		n, err := syscall.Read(fd, b[got:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return fmt.Errorf("EOF after %d of %d bytes", got, len(b))
		}
		got += n
	}
	return nil
}

var msg = bytes.Repeat([]byte("abcdefgh"), 8) // 64 B, as echocmp sends

// pingPong sends n messages over conns connections: one message on each,
// then the echo of each, round after round.
func pingPong(s *server, fds []int, n int) error {
	in := make([]byte, len(msg))
	for done := 0; done < n; {
		k := min(len(fds), n-done)
		for _, fd := range fds[:k] {
			if _, err := syscall.Write(fd, msg); err != nil {
				return err
			}
		}
		for _, fd := range fds[:k] {
			if err := readFull(fd, in); err != nil {
				return err
			}
		}
		done += k
	}
	return nil
}

func benchPingPong(b *testing.B, mode string, conns int) {
	s := startServer(b, mode)
	defer s.stop(b)
	fds := make([]int, conns)
	for i := range fds {
		fd, err := s.dial()
		if err != nil {
			b.Fatal(err)
		}
		fds[i] = fd
		defer syscall.Close(fd)
	}
	if err := pingPong(s, fds, 2000); err != nil { // warm-up
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if err := pingPong(s, fds, b.N); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPingPong is echocmp's ping-pong phase: 64-byte messages over
// 50 connections, one in flight on each (ns and allocations per message).
func BenchmarkPingPong(b *testing.B) { benchPingPong(b, "data", 50) }

// BenchmarkPingPong1 is the same over one connection.
func BenchmarkPingPong1(b *testing.B) { benchPingPong(b, "data", 1) }

// churnOne is echocmp's churn: connect, echo one byte, half-close, read
// the server's close.
func churnOne(s *server, buf []byte) error {
	fd, err := s.dial()
	if err != nil {
		return err
	}
	defer syscall.Close(fd)
	if _, err := syscall.Write(fd, msg[:1]); err != nil {
		return err
	}
	if err := readFull(fd, buf[:1]); err != nil {
		return err
	}
	if err := syscall.Shutdown(fd, syscall.SHUT_WR); err != nil {
		return err
	}
	n, err := syscall.Read(fd, buf)
	if err != nil || n != 0 {
		return fmt.Errorf("churn: %d bytes after the echo, %v (want the server's close)", n, err)
	}
	return nil
}

// BenchmarkChurn is echocmp's churn phase, one connection at a time (ns
// and allocations per connection).
func BenchmarkChurn(b *testing.B) {
	s := startServer(b, "data")
	defer s.stop(b)
	buf := make([]byte, 16)
	for range 200 { // warm-up
		if err := churnOne(s, buf); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := churnOne(s, buf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEcho checks what the benchmarks drive: the script echoes every
// message on every connection, and closes a connection the client
// half-closed.
func TestEcho(t *testing.T) {
	defer goleak.VerifyNone(t)
	s := startServer(t, "data")
	defer s.stop(t)
	fds := make([]int, 5)
	for i := range fds {
		fd, err := s.dial()
		if err != nil {
			t.Fatal(err)
		}
		fds[i] = fd
		defer syscall.Close(fd)
	}
	in := make([]byte, len(msg))
	for range 20 {
		for _, fd := range fds {
			if _, err := syscall.Write(fd, msg); err != nil {
				t.Fatal(err)
			}
		}
		for _, fd := range fds {
			if err := readFull(fd, in); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(in, msg) {
				t.Fatalf("echoed %q, want %q", in, msg)
			}
		}
	}
	buf := make([]byte, 16)
	for range 10 {
		if err := churnOne(s, buf); err != nil {
			t.Fatal(err)
		}
	}
}

// bulk streams n chunks of 64 KiB over one connection from a writing
// goroutine and reads the echo back here.
func bulk(fd, n int) error {
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 4096)
	werr := make(chan error, 1)
	go func() {
		for range n {
			// A signal (the CPU profiler's) can cut a write short.
			for b := chunk; len(b) > 0; {
				k, err := syscall.Write(fd, b)
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					werr <- err
					return
				}
				b = b[k:]
			}
		}
		werr <- nil
	}()
	in := make([]byte, len(chunk))
	for range n {
		if err := readFull(fd, in); err != nil {
			return err
		}
	}
	return <-werr
}

// BenchmarkBulkTransform is echocmp's bulk phase through a
// stream.Transform (echo.js transform, nodenet-js-transform): 64 KiB
// writes over one connection (ns and allocations per 64 KiB echoed).
func BenchmarkBulkTransform(b *testing.B) {
	s := startServer(b, "transform")
	defer s.stop(b)
	fd, err := s.dial()
	if err != nil {
		b.Fatal(err)
	}
	defer syscall.Close(fd)
	if err := bulk(fd, 64); err != nil { // warm-up
		b.Fatal(err)
	}
	b.SetBytes(64 << 10)
	b.ReportAllocs()
	b.ResetTimer()
	if err := bulk(fd, b.N); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPingPongTransform is BenchmarkPingPong through echo.js's
// stream.Transform (nodenet-js-transform): the stream classes' cost per
// chunk.
func BenchmarkPingPongTransform(b *testing.B) { benchPingPong(b, "transform", 50) }
