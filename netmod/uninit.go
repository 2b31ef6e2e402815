package netmod

import (
	"strings"
	"unsafe"
)

// uninitBytes returns a new slice of n bytes whose contents are not
// cleared: memory that reads are about to fill. Whoever uses it must hand
// out only the bytes a read filled.
//
// Clearing a read buffer is a pass over memory that is not yet in the
// caches, right before the kernel writes all of it; without it the
// kernel's copy is the first touch. Go offers uncleared memory only inside
// its own builders: a strings.Builder grows into it and owns it alone. The
// builder here is dropped at once, so the slice over its storage is the
// only reference to that memory, and nothing reads it as a string. Were a
// Go release to clear the builder's memory, this would still return n
// bytes, only no faster than make.
func uninitBytes(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(0) // the storage's address is String's
	return unsafe.Slice(unsafe.StringData(b.String()), n)
}
