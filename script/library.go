package script

import (
	"github.com/nodenet/nodenet/script/internal/host"
	"github.com/nodenet/nodenet/script/modules/assert"
	"github.com/nodenet/nodenet/script/modules/buffer"
	"github.com/nodenet/nodenet/script/modules/console"
	"github.com/nodenet/nodenet/script/modules/dns"
	"github.com/nodenet/nodenet/script/modules/errors"
	"github.com/nodenet/nodenet/script/modules/events"
	"github.com/nodenet/nodenet/script/modules/fs"
	"github.com/nodenet/nodenet/script/modules/net"
	"github.com/nodenet/nodenet/script/modules/os"
	"github.com/nodenet/nodenet/script/modules/path"
	perfhooks "github.com/nodenet/nodenet/script/modules/perf_hooks"
	"github.com/nodenet/nodenet/script/modules/process"
	"github.com/nodenet/nodenet/script/modules/readline"
	"github.com/nodenet/nodenet/script/modules/stream"
	"github.com/nodenet/nodenet/script/modules/test"
	"github.com/nodenet/nodenet/script/modules/url"
	"github.com/nodenet/nodenet/script/modules/util"
	"github.com/nodenet/nodenet/script/modules/worker"
)

// library is the one table of the built-in modules: every module group,
// with its JavaScript files and the Go bindings it registers by name.
var library = host.NewLibrary(
	// the host's own bindings: errstack prints uncaught errors with V8's
	// code frames and stacks, callsite lists the calls leading to a
	// library function; both read stacks as the host shows them.
	host.Group{Name: "host", Bindings: map[string]host.Binding{
		"errstack": host.ErrStack,
		"callsite": host.CallSite,
	}},
	// process: the start-up script, process, ticks, timers and
	// immediates, and Node's process-wide internals; the core binding is
	// their Go half.
	host.Group{Name: "process", Files: process.Files, Bindings: map[string]host.Binding{
		"core": process.Core,
	}},
	// dns: node:dns and dns/promises; cares_wrap resolves names off the
	// loop.
	host.Group{Name: "dns", Files: dns.Files, Bindings: map[string]host.Binding{
		"cares_wrap": dns.CaresWrap,
	}},
	// os: node:os; its binding makes the system queries (the calls are in
	// internal/sys).
	host.Group{Name: "os", Files: os.Files, Bindings: map[string]host.Binding{
		"os": os.Binding,
	}},
	// url: node:url and node:querystring; the url binding is the WHATWG
	// URL parser.
	host.Group{Name: "url", Files: url.Files, Bindings: map[string]host.Binding{
		"url": url.Binding,
	}},
	// events: node:events, EventTarget, AbortController and webidl; the events
	// binding is emit's fast path.
	host.Group{Name: "events", Files: events.Files, Bindings: map[string]host.Binding{
		"events": events.Binding,
	}},
	// errors: internal/errors (Node's error classes) and
	// internal/validators; the errors binding is nodeerr's table.
	host.Group{Name: "errors", Files: errors.Files, Bindings: map[string]host.Binding{
		"errors": errors.Binding,
	}},
	// assert: node:assert and assert/strict; the assert binding diffs
	// lines and finds the text of a failed call.
	host.Group{Name: "assert", Files: assert.Files, Bindings: map[string]host.Binding{
		"assert": assert.Binding,
	}},
	// util: node:util, util/types and MIMEType; inspect does util.inspect's
	// per-value work, jstypes what only goja knows of a value, uv is
	// libuv's error table and startup_env the environment at start.
	host.Group{Name: "util", Files: util.Files, Bindings: map[string]host.Binding{
		"inspect":     util.Inspect,
		"jstypes":     util.Types,
		"startup_env": util.StartupEnv,
		"uv":          util.UV,
	}},
	// buffer: node:buffer, node:string_decoder, TextEncoder and
	// TextDecoder; their bindings are the codecs and search in Go.
	host.Group{Name: "buffer", Files: buffer.Files, Bindings: map[string]host.Binding{
		"buffer":           buffer.Binding,
		"string_decoder":   buffer.StringDecoder,
		"encoding_binding": buffer.EncodingBinding,
	}},
	// fs: node:fs and fs/promises; the fs binding makes the file system
	// calls (in internal/sys).
	host.Group{Name: "fs", Files: fs.Files, Bindings: map[string]host.Binding{
		"fs": fs.Binding,
	}},
	// net: node:net and net/promises, BlockList and SocketAddress; the net
	// binding is Socket, Server and BoundSocket over netmod, block_list
	// package blocklist.
	host.Group{Name: "net", Files: net.Files, Bindings: map[string]host.Binding{
		"net":        net.Binding,
		"block_list": net.BlockList,
	}},
	// worker: node:worker_threads, MessageChannel and structured clone;
	// worker runs a Worker as a second host on its own loop, domexception
	// gives DOMException's legacy codes from nodeerr.
	host.Group{Name: "worker", Files: worker.Files, Bindings: map[string]host.Binding{
		"worker":       worker.Binding,
		"domexception": worker.DOMException,
	}},
	// stream: node:stream and the stream classes; the stream binding
	// checks a chunk (is it a Buffer, how long) in one call.
	host.Group{Name: "stream", Files: stream.Files, Bindings: map[string]host.Binding{
		"stream": stream.Binding,
	}},
	// perf_hooks: node:perf_hooks; the perf binding is the histograms and
	// the event loop delay sampler.
	host.Group{Name: "perf_hooks", Files: perfhooks.Files, Bindings: map[string]host.Binding{
		"perf": perfhooks.Binding,
	}},
	// path: node:path; its binding holds the posix and win32 algorithms.
	host.Group{Name: "path", Files: path.Files, Bindings: map[string]host.Binding{
		"path": path.Binding,
	}},
	// console, test: JavaScript only.
	host.Group{Name: "console", Files: console.Files},
	// readline: node:readline and readline/promises; the readline binding
	// cuts an input's bytes into lines.
	host.Group{Name: "readline", Files: readline.Files, Bindings: map[string]host.Binding{
		"readline": readline.Binding,
	}},
	host.Group{Name: "test", Files: test.Files},
)
