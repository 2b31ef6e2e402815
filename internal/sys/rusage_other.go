//go:build !unix

package sys

// ProcessCPU is not measured on this platform: it returns zeros.
func ProcessCPU() (user, system float64) { return 0, 0 }
