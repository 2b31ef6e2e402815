//go:build !windows

package conformance

// Wine reports whether the process runs under wine: never, off Windows.
func Wine() bool { return false }
