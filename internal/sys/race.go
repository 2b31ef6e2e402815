//go:build race

// This file exists so that the race detector sees what the kernel does in
// the system calls this package makes itself (writev_syscall.go): the bytes
// it reads from the caller's buffers, and the happens-before edge from a
// write to the read that returns its data, as x/sys/unix records for the
// calls it wraps.

package sys

import (
	"runtime"
	"unsafe"
)

const raceEnabled = true

var ioSync int64

func raceReleaseMerge() { runtime.RaceReleaseMerge(unsafe.Pointer(&ioSync)) }

func raceAcquire() { runtime.RaceAcquire(unsafe.Pointer(&ioSync)) }

func raceReadRange(p []byte) { runtime.RaceReadRange(unsafe.Pointer(unsafe.SliceData(p)), len(p)) }

func raceWriteRange(p []byte) { runtime.RaceWriteRange(unsafe.Pointer(unsafe.SliceData(p)), len(p)) }
