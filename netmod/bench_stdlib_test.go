package netmod_test

// This file is the peer of bench_test.go's echo round trip and bulk
// transfer: the same operations with Go's own net package on both ends (a
// goroutine per connection, the runtime's netpoller: epoll on Linux, an
// I/O completion port on Windows). Run side by side in one process and one
// run, the ratio of nodenet's ns/op to these is the figure that survives
// a slow host, wine included:
//
//	go test -run '^$' -bench 'EchoRoundTrip(Stdlib)?/(OnData/)?64B/conns=1$|Bulk(Stdlib)?/(OnData)?$' ./netmod/
//
// Every benchmark stops by itself after b.N operations, on 127.0.0.1 only.

import (
	"errors"
	"io"
	"net"
	"sync"
	"testing"
)

// stdlibEcho is an echo server on Go's net: one goroutine per connection
// copying what it reads back.
type stdlibEcho struct {
	ln net.Listener
	wg sync.WaitGroup
}

func startStdlibEcho(tb testing.TB) *stdlibEcho {
	tb.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		tb.Skipf("no loopback listener: %v", err)
	}
	e := &stdlibEcho{ln: ln}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.(*net.TCPConn).SetNoDelay(true)
			e.wg.Add(1)
			go func() {
				defer e.wg.Done()
				defer c.Close()
				buf := make([]byte, 64<<10)
				for {
					n, err := c.Read(buf)
					if n > 0 {
						if _, werr := c.Write(buf[:n]); werr != nil {
							return
						}
					}
					if err != nil {
						return
					}
				}
			}()
		}
	}()
	return e
}

func (e *stdlibEcho) stop() {
	e.ln.Close()
	e.wg.Wait()
}

// BenchmarkEchoRoundTripStdlib is BenchmarkEchoRoundTrip's 1-connection
// case on Go's net: one op is one message written and read back whole.
func BenchmarkEchoRoundTripStdlib(b *testing.B) {
	for _, size := range []int{64, 4096} {
		b.Run(sizeName(size)+"/conns=1", func(b *testing.B) {
			e := startStdlibEcho(b)
			defer e.stop()
			c, err := net.Dial("tcp4", e.ln.Addr().String())
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			c.(*net.TCPConn).SetNoDelay(true)
			msg, buf := make([]byte, size), make([]byte, size)
			round := func(n int) {
				for range n {
					if _, err := c.Write(msg); err != nil {
						b.Fatal(err)
					}
					if _, err := io.ReadFull(c, buf); err != nil {
						b.Fatal(err)
					}
				}
			}
			round(10)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			round(b.N)
		})
	}
}

// BenchmarkBulkStdlib is BenchmarkBulk on Go's net: 64 KiB chunks through
// the echo server with up to 1 MiB in flight; one op is one chunk sent
// and echoed back.
func BenchmarkBulkStdlib(b *testing.B) {
	const chunk, window = 64 << 10, 1 << 20
	e := startStdlibEcho(b)
	defer e.stop()
	c, err := net.Dial("tcp4", e.ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	run := func(n int) {
		total := int64(n) * chunk
		var sent, echoed int64
		errc := make(chan error, 1)
		go func() {
			buf := make([]byte, 256<<10)
			var got int64
			for got < total {
				k, err := c.Read(buf)
				got += int64(k)
				mu.Lock()
				echoed = got
				cond.Signal()
				mu.Unlock()
				if err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}()
		msg := make([]byte, chunk)
		for sent < total {
			mu.Lock()
			for sent-echoed+chunk > window {
				cond.Wait()
			}
			mu.Unlock()
			if _, err := c.Write(msg); err != nil {
				b.Fatal(err)
			}
			sent += chunk
		}
		if err := <-errc; err != nil && !errors.Is(err, io.EOF) {
			b.Fatal(err)
		}
	}
	run(64)
	b.SetBytes(chunk)
	b.ReportAllocs()
	b.ResetTimer()
	run(b.N)
}
