//go:build !windows

package conformance

// forPlatform returns a golden trace as Node prints it on this system: the
// golden files were recorded on Linux, whose output needs no change here.
func forPlatform(golden []byte) []byte { return golden }
