//go:build !linux

package main

// Outside Linux netbench drives servers and measures latency and
// throughput, but reads no process accounting: the CPU and RSS figures
// need Linux's /proc.

import (
	"errors"
	"os/exec"
	"time"
)

var errNoProc = errors.New("process accounting needs Linux (/proc)")

func procCPU(int) (time.Duration, error) { return 0, errNoProc }
func procRSS(int) (int64, error)         { return 0, errNoProc }
func selfCPU() time.Duration             { return 0 }
func machineBusy() time.Duration         { return 0 }
func loadAvg() [3]float64                { return [3]float64{} }
func cpuModel() string                   { return "" }
func kernel() string                     { return "" }
func setDeathSignal(*exec.Cmd)           {}
func pinSelf(string) error               { return errors.New("pinning needs Linux (taskset)") }
func raiseFileLimit()                    {}
