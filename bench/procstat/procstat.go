// Package procstat reads a process's CPU time the way the benchmark
// commands account for servers: utime+stime of every thread, from
// /proc/PID/stat (Linux).
package procstat

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// CPU returns the user plus system CPU time of process pid.
func CPU(pid int) (time.Duration, error) {
	u, s, err := UserSys(pid)
	return u + s, err
}

// UserSys returns the user and the system CPU time of process pid.
func UserSys(pid int) (user, sys time.Duration, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, 0, err
	}
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, 0, fmt.Errorf("short /proc/%d/stat", pid)
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, 0, err
	}
	const clkTck = 100 // USER_HZ on every Linux architecture Go supports
	return time.Duration(ut) * time.Second / clkTck, time.Duration(st) * time.Second / clkTck, nil
}
