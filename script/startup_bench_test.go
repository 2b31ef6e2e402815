package script

import (
	"io"
	"testing"

	"github.com/nodenet/nodenet/eventloop"
)

// BenchmarkStartup measures a host's start-up in one process (the built-in
// modules are compiled once per process, as in the CLI after the first):
// New, then a script that requires what its name says.
func BenchmarkStartup(b *testing.B) {
	for _, bc := range []struct{ name, src string }{
		{"empty", "0"},
		{"stream", "require('stream');"},
		{"net+assert+util+stream", "require('net'); require('assert'); require('util'); require('stream');"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				loop, err := eventloop.New()
				if err != nil {
					b.Fatal(err)
				}
				h, err := New(loop, Options{Stdout: io.Discard, Stderr: io.Discard})
				if err != nil {
					b.Fatal(err)
				}
				if code, err := h.RunMainString("[eval]", bc.src); err != nil || code != 0 {
					b.Fatal(code, err)
				}
				h.Close()
				loop.Close()
			}
		})
	}
}
