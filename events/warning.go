package events

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// WarningMaxListenersExceeded is the Name of the warning reported when an event
// gets more listeners than GetMaxListeners.
const WarningMaxListenersExceeded = "MaxListenersExceededWarning"

// Warning is a process warning, shaped like the Error object Node passes to
// process.on('warning').
type Warning struct {
	// Name is the warning class, e.g. "MaxListenersExceededWarning".
	Name string
	// Code is the warning code; Node sets none for MaxListenersExceededWarning.
	Code string
	// Message is Node's message text.
	Message string
	// Emitter is the emitter concerned: its owner (WithOwner) or the *Emitter.
	Emitter any
	// Type is the event name concerned.
	Type string
	// Count is the number of listeners the event has.
	Count int
}

// Error returns the message, so a *Warning can travel as an error.
func (w *Warning) Error() string { return w.Message }

// String is Node's warning.toString(): "Name: message".
func (w *Warning) String() string { return w.Name + ": " + w.Message }

func (e *Emitter) warnMaxListeners(name string, count, limit int) {
	var class string
	if e.cfg != nil {
		class = e.cfg.className
	}
	if class == "" {
		class = "EventEmitter"
	}
	var owner any = e
	if e.owner != nil {
		owner = e.owner
	}
	w := &Warning{
		Name: WarningMaxListenersExceeded,
		Message: fmt.Sprintf("Possible EventEmitter memory leak detected. %d %s listeners added to [%s]. "+
			"MaxListeners is %d. Use emitter.setMaxListeners() to increase limit", count, displayName(name), class, limit),
		Emitter: owner,
		Type:    name,
		Count:   count,
	}
	var h func(*Warning)
	if e.cfg != nil {
		h = e.cfg.onWarning
	}
	if h == nil {
		h = *defaultWarningHandler.Load()
	}
	h(w)
}

// defaultWarningHandler is the package's warning sink; it prints to stderr.
var defaultWarningHandler atomic.Pointer[func(*Warning)]

func init() { SetDefaultWarningHandler(nil) }

// SetDefaultWarningHandler sets the handler that receives the warnings of the
// emitters that have no WithWarningHandler, and returns the previous one. nil
// restores the initial handler, NewWarningPrinter(os.Stderr). Handlers are called
// on the goroutine of the emitter concerned. Safe for concurrent use.
func SetDefaultWarningHandler(h func(*Warning)) (previous func(*Warning)) {
	if h == nil {
		h = stderrPrinter
	}
	if p := defaultWarningHandler.Swap(&h); p != nil {
		return *p
	}
	return nil
}

// stderrPrinter is created once, so that the --trace-warnings hint is printed
// once per process, however often the default handler is swapped.
var stderrPrinter = NewWarningPrinter(os.Stderr)

// NewWarningPrinter returns a warning handler that writes each warning to w as
// Node prints a warning on stderr:
//
//	(node:PID) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. ...
//	(Use `node --trace-warnings ...` to show where the warning was created)
//
// with the "[CODE] " prefix before the name when the warning has a code, and
// the second line after the first warning this printer writes only, as Node
// prints it once per process. The printer is safe for concurrent use.
func NewWarningPrinter(w io.Writer) func(*Warning) {
	var mu sync.Mutex
	hinted := false
	return func(warning *Warning) {
		mu.Lock()
		defer mu.Unlock()
		_, _ = io.WriteString(w, FormatWarning(warning, os.Getpid(), !hinted))
		hinted = true
	}
}

// FormatWarning returns the text Node prints for warning in a process with the
// given pid, newline-terminated, with the "(Use `node --trace-warnings ...`"
// line when hint is true.
func FormatWarning(warning *Warning, pid int, hint bool) string {
	msg := fmt.Sprintf("(node:%d) ", pid)
	if warning.Code != "" {
		msg += "[" + warning.Code + "] "
	}
	msg += warning.String() + "\n"
	if hint {
		msg += "(Use `node --trace-warnings ...` to show where the warning was created)\n"
	}
	return msg
}
