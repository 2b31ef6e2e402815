//go:build !linux

package netmod_test

import "time"

// threadCPU and processCPU are measured on Linux only; elsewhere the CPU
// metrics are left out.
func threadCPU() time.Duration { return -1 }

func processCPU() time.Duration { return -1 }
