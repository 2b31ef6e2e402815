package eventloop

import "github.com/nodenet/nodenet/poller"

// The readiness types of package poller, named here so that the layers
// above the loop (netmod and the handlers of Watch) need not import poller:
// the loop is their only way to the poller.

// Event is one readiness report for a watched descriptor (poller.Event).
type Event = poller.Event

// Interest is the set of readiness kinds a descriptor is watched for
// (poller.Interest).
type Interest = poller.Interest

const (
	// Read asks for readable (and peer-closed) events (poller.Read).
	Read = poller.Read
	// Write asks for writable events (poller.Write).
	Write = poller.Write
)
