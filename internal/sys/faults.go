// This file exists for tests of the packages above sys (netmod first): it
// lets them make a named operation fail with a chosen errno, so that paths
// such as EMFILE at accept or ECONNRESET at read can be tested on real
// sockets. It is not for production use. While no fault is injected it
// costs one atomic load per wrapped call.

package sys

import (
	"sync"
	"sync/atomic"
	"syscall"
)

type faultOp uint8

// The operations InjectFault knows, by the names it takes.
const (
	opSocket faultOp = iota
	opAccept
	opBind
	opListen
	opConnect
	opRead
	opWrite
	opWritev
	opShutdown
	opClose
	numFaultOps
)

var faultOpNames = [numFaultOps]string{
	opSocket:   "socket",
	opAccept:   "accept",
	opBind:     "bind",
	opListen:   "listen",
	opConnect:  "connect",
	opRead:     "read",
	opWrite:    "write",
	opWritev:   "writev",
	opShutdown: "shutdown",
	opClose:    "close",
}

type fault struct {
	id    uint64 // 0: no fault
	errno syscall.Errno
	left  int  // calls still to fail; < 0: until restored
	skip  int  // calls still to let through before failing
	seen  *int // calls seen by this injection
}

var faults struct {
	on     atomic.Bool // some fault is armed; checked before taking mu
	mu     sync.Mutex
	nextID uint64
	byOp   [numFaultOps]fault
}

// InjectFault makes the next count calls of the operation op fail with
// errno, without making the system call; a count of 0 or less makes every
// call fail until restore is called. It exists for tests only.
//
// The names are "socket", "accept", "bind", "listen", "connect", "read",
// "write", "writev", "shutdown" and "close"; any other name, or an errno
// of 0, panics. A failed
// "close" still closes the descriptor, as close(2) does on Linux even when
// it reports an error. A second injection for the same operation replaces
// the first.
//
// InjectFault is safe to call from any goroutine; restore is idempotent and
// undoes only this injection.
func InjectFault(op string, errno syscall.Errno, count int) (restore func()) {
	restore, _ = InjectFaultAt(op, errno, 0, count)
	return restore
}

// InjectFaultAt is InjectFault after skip calls of op that go through: the
// calls skip+1 to skip+count fail (every call after the skipped ones when
// count <= 0). calls reports how many calls of op the injection has seen
// so far, the skipped and the failed ones, until it is restored or used up.
// A test can count an operation's calls in a scenario with a skip larger
// than any, then fail the first, a middle or the last of them.
func InjectFaultAt(op string, errno syscall.Errno, skip, count int) (restore func(), calls func() int) {
	o := lookupFaultOp(op)
	if errno == 0 {
		panic("sys.InjectFault: errno 0")
	}
	if count <= 0 {
		count = -1
	}
	faults.mu.Lock()
	defer faults.mu.Unlock()
	faults.nextID++
	id := faults.nextID
	seen := new(int)
	faults.byOp[o] = fault{id: id, errno: errno, left: count, skip: max(skip, 0), seen: seen}
	faults.on.Store(true)
	calls = func() int {
		faults.mu.Lock()
		defer faults.mu.Unlock()
		return *seen
	}
	return func() {
		faults.mu.Lock()
		defer faults.mu.Unlock()
		if faults.byOp[o].id == id {
			faults.byOp[o] = fault{}
			faults.on.Store(anyFault())
		}
	}, calls
}

func lookupFaultOp(op string) faultOp {
	for i, name := range faultOpNames {
		if name == op {
			return faultOp(i)
		}
	}
	panic("sys.InjectFault: unknown operation " + op)
}

// faultFor returns the errno that the call of op must fail with, or 0.
func faultFor(op faultOp) syscall.Errno {
	if !faults.on.Load() {
		return 0
	}
	return takeFault(op)
}

func takeFault(op faultOp) syscall.Errno {
	faults.mu.Lock()
	defer faults.mu.Unlock()
	f := &faults.byOp[op]
	if f.id == 0 {
		return 0
	}
	*f.seen++
	if f.skip > 0 {
		f.skip--
		return 0
	}
	errno := f.errno
	if f.left > 0 {
		f.left--
		if f.left == 0 {
			*f = fault{}
			faults.on.Store(anyFault())
		}
	}
	return errno
}

// anyFault reports whether a fault is armed; faults.mu must be held.
func anyFault() bool {
	for i := range faults.byOp {
		if faults.byOp[i].id != 0 {
			return true
		}
	}
	return false
}
