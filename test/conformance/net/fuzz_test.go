package net_test

// Go re-enactments of the fuzz_*.js scenarios: divergences that the
// differential fuzzing of test/fuzzdiff found, minimized.

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/netmod"
)

func TestFuzzPipeSelfReset(t *testing.T) {
	run(t, "fuzz_pipe_self_reset",
		func(loop *eventloop.Loop, tr *trace) {
			var server *netmod.Server
			server = netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: true}, func(s *netmod.Socket) {
				s.OnError(func(e error) { tr.log("server socket: error", codeOf(e)) })
				s.OnClose(func(h bool) {
					tr.log("server socket: close", h, s.BytesRead(), s.BytesWritten())
					server.Close(nil)
				})
				loop.SetTimeout(func() {
					s.End(bytes.Repeat([]byte{'e'}, 609163), nil)
					ok, err := s.WriteString(strings.Repeat("x", 504), "ascii", nil)
					if err != nil {
						t.Error(err)
					}
					tr.log("server socket: write after end", ok)
				}, 20*time.Millisecond)
			})
			listen(t, server, func(port int) {
				c := dial(loop, netmod.SocketOptions{AllowHalfOpen: true}, port, nil)
				got := 0
				c.OnConnect(func() { c.Pipe(c, netmod.PipeOptions{NoEnd: true}) })
				c.OnData(func(d []byte) { got += len(d) })
				c.OnError(func(e error) { tr.log("client: error", codeOf(e), "paused", c.IsPaused()) })
				c.OnClose(func(h bool) {
					tr.log("client: close", h, "data", got, "bytesRead", c.BytesRead(), "written", c.BytesWritten())
				})
			})
		})
}

func TestFuzzPausedReadSize(t *testing.T) {
	run(t, "fuzz_paused_read_size",
		func(loop *eventloop.Loop, tr *trace) {
			var S, C []*netmod.Socket
			var server *netmod.Server
			writeToPaused := func() {
				S[0].Write(bytes.Repeat([]byte("w9."), 574305/3+1)[:574305], nil)
				loop.SetTimeout(func() {
					tr.log("paused client: bytesRead", C[0].BytesRead(), "readableLength", C[0].ReadableLength(), "isPaused", C[0].IsPaused())
					for _, s := range append(C, S...) {
						s.Destroy(nil)
					}
					server.Close(nil)
				}, 50*time.Millisecond)
			}
			start := func() {
				C[0].Pause()
				got := 0
				C[1].OnData(func(d []byte) {
					if got += len(d); got == 30000 {
						tr.log("flowing client: read", got)
						loop.SetTimeout(writeToPaused, 20*time.Millisecond)
					}
				})
				loop.SetTimeout(func() { S[1].Write(bytes.Repeat([]byte("w7."), 30000/3+1)[:30000], nil) }, 20*time.Millisecond)
			}
			server = netmod.CreateServer(loop, netmod.ServerOptions{AllowHalfOpen: true}, func(s *netmod.Socket) {
				if S = append(S, s); len(S) == 2 {
					start()
				}
			})
			listen(t, server, func(port int) {
				for range 2 {
					C = append(C, dial(loop, netmod.SocketOptions{}, port, nil))
				}
			})
		})
}
