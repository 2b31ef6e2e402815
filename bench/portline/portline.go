// Package portline finds the port a benchmarked script reports when it
// listens: the first "port N" in what the script writes to its standard
// output.
package portline

import (
	"bytes"
	"regexp"
	"strconv"
	"sync"
)

var rePort = regexp.MustCompile(`port (\d+)`)

// Writer takes a script's standard output (script.Options.Stdout) and
// sends the port of its first "port N" on Port, once. It is safe for
// concurrent writes.
type Writer struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	sent bool
	// Port receives the port, once (buffered: Write never blocks).
	Port chan int
}

// New returns a Writer whose Port is ready to receive.
func New() *Writer { return &Writer{Port: make(chan int, 1)} }

// Write keeps p and looks for the port line in what was written so far.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.sent {
		return len(p), nil
	}
	w.buf.Write(p)
	if m := rePort.FindSubmatch(w.buf.Bytes()); m != nil {
		w.sent = true
		port, _ := strconv.Atoi(string(m[1]))
		w.Port <- port
	}
	return len(p), nil
}
