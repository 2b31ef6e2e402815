//go:build !linux && !darwin && !freebsd && !netbsd && !openbsd && !dragonfly && !windows

// This file exists so that the package, and everything that imports it,
// still builds on platforms without a backend (Windows, Solaris, wasm...):
// New reports ErrUnsupported and every method fails the same way.

package poller

import "time"

// Poller is a placeholder on platforms without a readiness backend; New
// never returns one.
type Poller struct{}

// New returns ErrUnsupported on this platform.
func New() (*Poller, error) { return nil, ErrUnsupported }

// Add returns ErrUnsupported.
func (p *Poller) Add(fd int, in Interest, token uint64) error { return ErrUnsupported }

// Modify returns ErrUnsupported.
func (p *Poller) Modify(fd int, in Interest, token uint64) error { return ErrUnsupported }

// Remove returns ErrUnsupported.
func (p *Poller) Remove(fd int) error { return ErrUnsupported }

// Wait returns ErrUnsupported.
func (p *Poller) Wait(events []Event, timeout time.Duration) (int, error) {
	return 0, ErrUnsupported
}

// SetBlockThread does nothing.
func (p *Poller) SetBlockThread(block bool) {}

// Wake returns ErrUnsupported.
func (p *Poller) Wake() error { return ErrUnsupported }

// Close returns ErrUnsupported.
func (p *Poller) Close() error { return ErrUnsupported }
