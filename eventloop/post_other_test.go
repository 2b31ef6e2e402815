//go:build !linux

package eventloop

// threadID is not available here; the race detector still checks that
// posted functions run on the loop goroutine.
func threadID() int { return 0 }
