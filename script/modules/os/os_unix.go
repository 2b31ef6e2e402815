//go:build !windows

package os

import (
	"bufio"
	"os"
	"os/user"
	"strconv"
	"strings"
	"syscall"
)

// procFields returns the whitespace-separated fields of a /proc file.
func procFields(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return strings.Fields(string(b))
}

// meminfo returns a /proc/meminfo value in bytes.
func meminfo(key string) float64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, rest, ok := strings.Cut(sc.Text(), ":")
		if ok && k == key {
			fs := strings.Fields(rest)
			if len(fs) > 0 {
				n, _ := strconv.ParseFloat(fs[0], 64)
				return n * 1024
			}
		}
	}
	return 0
}

// tempDir is os.tmpdir(): TMPDIR, TMP, TEMP or TEMPDIR without a
// trailing slash, else /tmp.
func tempDir(env func(string) string) string {
	for _, k := range []string{"TMPDIR", "TMP", "TEMP", "TEMPDIR"} {
		if v := env(k); v != "" {
			if len(v) > 1 && strings.HasSuffix(v, "/") {
				v = v[:len(v)-1]
			}
			return v
		}
	}
	return "/tmp"
}

// loadAvg is the 1, 5 and 15 minute load averages.
func loadAvg() [3]float64 {
	var a [3]float64
	f := procFields("/proc/loadavg")
	for i := 0; i < 3 && i < len(f); i++ {
		a[i], _ = strconv.ParseFloat(f[i], 64)
	}
	return a
}

// uptime is the system's uptime in seconds, to the hundredth.
func uptime() (float64, error) {
	f := procFields("/proc/uptime")
	if len(f) == 0 {
		return 0, syscall.ENOSYS
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return float64(int64(v*100)) / 100, nil
}

// memTotal is the physical memory in bytes.
func memTotal() float64 { return meminfo("MemTotal") }

// memFree is the memory available to new work, in bytes.
func memFree() float64 { return meminfo("MemAvailable") }

// cpuList lists the processors from /proc/cpuinfo and /proc/stat.
func cpuList() []cpu {
	var models []string
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if ok && strings.TrimSpace(k) == "model name" {
				models = append(models, strings.TrimSpace(v))
			}
		}
	}
	var out []cpu
	b, _ := os.ReadFile("/proc/stat")
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		n := len(out)
		t := func(i int) float64 { v, _ := strconv.ParseFloat(f[i], 64); return v * 10 }
		c := cpu{model: "unknown", user: t(1), nice: t(2), sys: t(3), idle: t(4), irq: t(6)}
		if n < len(models) {
			c.model = models[n]
		}
		// The current frequency comes from cpufreq, else it is 0.
		if f := procFields("/sys/devices/system/cpu/cpu" + strconv.Itoa(n) + "/cpufreq/scaling_cur_freq"); len(f) > 0 {
			khz, _ := strconv.Atoi(f[0])
			c.speed = khz / 1000
		}
		out = append(out, c)
	}
	return out
}

// homeDir is os.homedir(): HOME, else the user's entry.
func homeDir(env func(string) string) (string, error) {
	if home := env("HOME"); home != "" {
		return home, nil
	}
	u, err := user.Current()
	if err != nil {
		return "", err
	}
	return u.HomeDir, nil
}

// userEntry is the current user's entry, its shell from /etc/passwd.
func userEntry() (passwd, error) {
	u, err := user.Current()
	if err != nil {
		return passwd{}, err
	}
	p := passwd{username: u.Username, homedir: u.HomeDir}
	p.uid, _ = strconv.Atoi(u.Uid)
	p.gid, _ = strconv.Atoi(u.Gid)
	if b, err := os.ReadFile("/etc/passwd"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, ":")
			if len(f) >= 7 && f[0] == u.Username {
				p.shell, p.hasShell = f[6], true
			}
		}
	}
	return p, nil
}

// signalConstants are os.constants.signals as Linux numbers them (the
// other Unix systems share the table for now).
var signalConstants = []namedInt{
	{"SIGHUP", 1},
	{"SIGINT", 2},
	{"SIGQUIT", 3},
	{"SIGILL", 4},
	{"SIGTRAP", 5},
	{"SIGABRT", 6},
	{"SIGIOT", 6},
	{"SIGBUS", 7},
	{"SIGFPE", 8},
	{"SIGKILL", 9},
	{"SIGUSR1", 10},
	{"SIGSEGV", 11},
	{"SIGUSR2", 12},
	{"SIGPIPE", 13},
	{"SIGALRM", 14},
	{"SIGTERM", 15},
	{"SIGCHLD", 17},
	{"SIGSTKFLT", 16},
	{"SIGCONT", 18},
	{"SIGSTOP", 19},
	{"SIGTSTP", 20},
	{"SIGTTIN", 21},
	{"SIGTTOU", 22},
	{"SIGURG", 23},
	{"SIGXCPU", 24},
	{"SIGXFSZ", 25},
	{"SIGVTALRM", 26},
	{"SIGPROF", 27},
	{"SIGWINCH", 28},
	{"SIGIO", 29},
	{"SIGPOLL", 29},
	{"SIGPWR", 30},
	{"SIGSYS", 31},
}
