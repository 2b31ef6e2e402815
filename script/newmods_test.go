package script

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
)

// runClosed runs src under a host with every module, closes the host and
// then the loop, and returns the output and the loop's Close error (what
// the script left open).
func runClosed(t *testing.T, src string) (string, error) {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	h, err := New(loop, Options{Stdout: &out, Stderr: &errOut, Modules: AllModules})
	require.NoError(t, err)
	code, err := h.RunMainString("[eval]", src)
	require.NoError(t, err)
	require.Equal(t, 0, code, errOut.String())
	h.Close()
	return out.String(), loop.Close()
}

// A started MessagePort keeps the loop alive only while ref'd and open;
// an event loop delay monitor's timer never does; what a script leaves
// enabled or unclosed is released when its host closes.
func TestPortsAndMonitorsLeaveNothingOpen(t *testing.T) {
	out, err := runClosed(t, `
		const { port1, port2 } = new MessageChannel();
		port2.on('message', (m) => console.log('got', m));
		port1.postMessage('one');
		setImmediate(() => port2.unref());
		const h = require('perf_hooks').monitorEventLoopDelay({ resolution: 1 });
		h.enable();
		const bc = new BroadcastChannel('c');
		bc.unref();
		console.log('end of script');
	`)
	require.NoError(t, err)
	require.Equal(t, "end of script\ngot one\n", out)

	out, err = runClosed(t, `
		const { port1, port2 } = new MessageChannel();
		port2.on('message', (m) => { console.log('got', m); port2.close(); });
		port1.on('close', () => console.log('port1 close'));
		port2.on('close', () => console.log('port2 close'));
		port1.postMessage(1);
	`)
	require.NoError(t, err)
	// port1 never started: the loop ends before it hears (as in Node)
	require.Equal(t, "got 1\nport2 close\n", out)
}

// readline's Interface over a stream that ends cleans up its listeners.
func TestReadlineReleasesItsInput(t *testing.T) {
	out, err := runClosed(t, `
		const { PassThrough } = require('stream');
		const input = new PassThrough();
		const rl = require('readline').createInterface({ input });
		rl.on('line', (l) => console.log('line', l));
		rl.on('close', () => console.log('close', input.listenerCount('data'), input.listenerCount('end')));
		input.end('a\r\nb');
	`)
	require.NoError(t, err)
	require.Equal(t, "line a\nline b\nclose 0 0\n", out)
}
