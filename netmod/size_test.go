package netmod

import (
	"testing"
	"unsafe"

	"github.com/nodenet/nodenet/events"
)

// TestSocketSize guards the memory of an idle connection: a Socket's own
// fields (all but its Emitter) must stay within 392 bytes, so that with a
// 56-byte Emitter a Socket takes Go's 448-byte size class. Cold state
// belongs in socketExtra (or connectState), allocated by the sockets that
// use it.
func TestSocketSize(t *testing.T) {
	const limit = 392
	size := unsafe.Sizeof(Socket{})
	own := size - unsafe.Sizeof(events.Emitter{})
	t.Logf("Socket: %d B, %d B without its Emitter (limit %d)", size, own, limit)
	if own > limit {
		t.Errorf("Socket's own fields take %d B, more than %d B", own, limit)
	}
}
