package events

import (
	"strconv"
	"sync/atomic"

	"github.com/nodenet/nodenet/nodeerr"
)

// DefaultMaxListeners is Node's initial EventEmitter.defaultMaxListeners: the
// number of listeners per event above which a MaxListenersExceededWarning is
// reported, for emitters that did not call SetMaxListeners.
const DefaultMaxListeners = 10

// Package defaults, Node's EventEmitter.defaultMaxListeners and
// EventEmitter.captureRejections. Atomic: loops on several goroutines read them.
var (
	defaultMaxListeners      atomic.Int64
	defaultCaptureRejections atomic.Bool
)

func init() { defaultMaxListeners.Store(DefaultMaxListeners) }

// GetDefaultMaxListeners returns the package default for GetMaxListeners.
// Safe for concurrent use.
func GetDefaultMaxListeners() int { return int(defaultMaxListeners.Load()) }

// SetDefaultMaxListeners changes the package default for GetMaxListeners
// (Node's EventEmitter.defaultMaxListeners = n); it affects every emitter that
// has not called SetMaxListeners, including existing ones. 0 means no limit. It
// panics with a *nodeerr.Error ERR_OUT_OF_RANGE if n is negative. Safe for
// concurrent use.
func SetDefaultMaxListeners(n int) {
	if n < 0 {
		panic(nodeerr.OutOfRange("defaultMaxListeners", ">= 0", strconv.Itoa(n)))
	}
	defaultMaxListeners.Store(int64(n))
}

// GetDefaultCaptureRejections returns the package default captureRejections
// setting (Node's EventEmitter.captureRejections). Safe for concurrent use.
func GetDefaultCaptureRejections() bool { return defaultCaptureRejections.Load() }

// SetDefaultCaptureRejections sets the package default captureRejections
// setting, used by emitters that were not given WithCaptureRejections. Safe for
// concurrent use.
func SetDefaultCaptureRejections(on bool) { defaultCaptureRejections.Store(on) }

// Option configures an Emitter (New, Init).
type Option func(*Emitter)

// WithCaptureRejections records Node's captureRejections option; see
// (*Emitter).CaptureRejections.
func WithCaptureRejections(on bool) Option {
	return func(e *Emitter) { c := e.mut(); c.capture, c.captureSet = on, true }
}

// WithClassName sets the class name that warnings show for the emitter, as Node
// shows the constructor name: "added to [Socket]". The default is "EventEmitter".
func WithClassName(name string) Option {
	return func(e *Emitter) {
		if e.cfg == nil {
			e.cfg = classConfig(name)
			return
		}
		e.mut().className = name
	}
}

// WithOwner sets the value reported as Warning.Emitter, typically the struct
// that embeds the Emitter (a *Socket) or the JavaScript object. The default is
// the *Emitter.
func WithOwner(owner any) Option {
	return func(e *Emitter) { e.owner = owner }
}

// WithWarningHandler sends the emitter's warnings to h instead of the package
// default handler (SetDefaultWarningHandler).
func WithWarningHandler(h func(*Warning)) Option {
	return func(e *Emitter) { e.mut().onWarning = h }
}

// New returns an Emitter configured by opts. The zero Emitter needs no
// constructor; New is for callers that want a pointer or options.
func New(opts ...Option) *Emitter {
	e := &Emitter{}
	e.Init(opts...)
	return e
}

// Init applies opts to e, like Node's EventEmitter.init(opts) does for a
// subclass; listeners already registered are kept. An owner that embeds an
// Emitter calls it once, before use:
//
//	s.Emitter.Init(events.WithClassName("Socket"), events.WithOwner(s))
func (e *Emitter) Init(opts ...Option) {
	for _, o := range opts {
		o(e)
	}
}
