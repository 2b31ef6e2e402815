//go:build !unix

package script

// processCPU is not measured on this platform.
func processCPU() (user, system float64) { return 0, 0 }
