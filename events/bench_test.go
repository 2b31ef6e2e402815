package events_test

import (
	"testing"

	"github.com/nodenet/nodenet/events"
)

var sink int

func BenchmarkEmit1OneTypedListener(b *testing.B) {
	var e events.Emitter
	e.On("data", func(p []byte) { sink += len(p) })
	e.On("end", func() {})
	e.On("close", func(bool) {})
	buf := make([]byte, 64)
	b.ReportAllocs()
	for b.Loop() {
		events.Emit1(&e, "data", buf)
	}
}

func BenchmarkEmit1FiveTypedListeners(b *testing.B) {
	var e events.Emitter
	for range 5 {
		e.On("data", func(p []byte) { sink += len(p) })
	}
	buf := make([]byte, 64)
	b.ReportAllocs()
	for b.Loop() {
		events.Emit1(&e, "data", buf)
	}
}

func BenchmarkEmit0(b *testing.B) {
	var e events.Emitter
	e.On("drain", func() { sink++ })
	b.ReportAllocs()
	for b.Loop() {
		events.Emit0(&e, "drain")
	}
}

func BenchmarkEmit2(b *testing.B) {
	var e events.Emitter
	e.On("lookup", func(err error, addr string) { sink += len(addr) })
	b.ReportAllocs()
	for b.Loop() {
		events.Emit2[error](&e, "lookup", nil, "127.0.0.1")
	}
}

func BenchmarkEmitDynamicOneListener(b *testing.B) {
	var e events.Emitter
	e.On("data", events.Listener(func(args ...any) { sink += len(args) }))
	buf := make([]byte, 64)
	b.ReportAllocs()
	for b.Loop() {
		e.Emit("data", buf)
	}
}

func BenchmarkEmit1NoListener(b *testing.B) {
	var e events.Emitter
	e.On("end", func() {})
	buf := make([]byte, 64)
	b.ReportAllocs()
	for b.Loop() {
		events.Emit1(&e, "data", buf)
	}
}

func BenchmarkOnOffPair(b *testing.B) {
	var e events.Emitter
	e.On("data", func([]byte) {})
	f := func([]byte) {}
	b.ReportAllocs()
	for b.Loop() {
		e.On("data", f)
		e.Off("data", f)
	}
}
