// Package os is the module group of node:os: lib/os.js and its binding,
// the system queries of node_os.cc (libuv's uv_os_* and uv_cpu_info, ...).
package os

import (
	"bufio"
	"embed"
	"net"
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/nodenet/nodenet/nodeerr"
	"github.com/nodenet/nodenet/script/internal/host"
)

// The "os" binding: node_os.cc's system queries (libuv's uv_os_* and
// uv_cpu_info, ...), for lib/os.js.

// Files holds the group's modules (lib/<id>.js).
//
//go:embed lib
var Files embed.FS

// hostEnv looks a variable up in process.env (which scripts may change).
func hostEnv(h *host.Host, key string) string {
	if p, ok := h.Runtime().Get("process").(*goja.Object); ok {
		if env, ok := p.Get("env").(*goja.Object); ok {
			if v := env.Get(key); v != nil && !goja.IsUndefined(v) {
				return v.String()
			}
			return ""
		}
	}
	for _, kv := range h.Options().Env {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

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

// osNatives are the functions of the "os" binding.
type osNatives struct{ h *host.Host }

// Binding builds the os binding of h.
func Binding(h *host.Host) *goja.Object {
	on := &osNatives{h: h}
	o := h.Runtime().NewObject()
	_ = o.Set("getTempDir", on.getTempDir)
	_ = o.Set("getHostname", on.getHostname)
	_ = o.Set("getLoadAvg", on.getLoadAvg)
	_ = o.Set("getUptime", on.getUptime)
	_ = o.Set("getTotalMem", on.getTotalMem)
	_ = o.Set("getFreeMem", on.getFreeMem)
	_ = o.Set("getAvailableParallelism", on.getAvailableParallelism)
	_ = o.Set("getCPUs", on.getCPUs)
	_ = o.Set("getInterfaceAddresses", on.getInterfaceAddresses)
	_ = o.Set("getHomeDirectory", on.getHomeDirectory)
	_ = o.Set("getUserInfo", on.getUserInfo)
	_ = o.Set("getOSInformation", on.getOSInformation)
	_ = o.Set("isBigEndian", false)
	_ = o.Set("getPriority", on.getPriority)
	_ = o.Set("setPriority", on.setPriority)
	_ = o.Set("priorityConstants", namedInts(h.Runtime(), priorityConstants))
	_ = o.Set("dlopenConstants", namedInts(h.Runtime(), dlopenConstants))
	_ = o.Set("errnoConstants", namedInts(h.Runtime(), errnoConstants))
	return o
}

// namedInt is one entry of a table of os.constants.
type namedInt struct {
	name  string
	value int
}

// priorityConstants are os.constants.priority: the nice values
// os.setPriority's named levels stand for.
var priorityConstants = []namedInt{
	{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0},
	{"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20},
}

// namedInts makes a null-prototype object of a table, in its order.
func namedInts(vm *goja.Runtime, table []namedInt) *goja.Object {
	o := vm.NewObject()
	_ = o.SetPrototype(nil)
	for _, e := range table {
		_ = o.Set(e.name, e.value)
	}
	return o
}

// fail fills the ctx object of a failed call as libuv errors do.
func (on *osNatives) fail(ctx goja.Value, syscallName string, err error) goja.Value {
	if obj, ok := ctx.(*goja.Object); ok {
		errno := syscall.EINVAL
		if e, ok := err.(syscall.Errno); ok {
			errno = e
		}
		_ = obj.Set("errno", -int(errno))
		_ = obj.Set("code", nodeerr.ErrnoName(errno))
		_ = obj.Set("message", nodeerr.UVMessage(errno))
		_ = obj.Set("syscall", syscallName)
	}
	return goja.Undefined()
}

func (on *osNatives) getTempDir(goja.FunctionCall) goja.Value {
	h, vm := on.h, on.h.Runtime()
	for _, k := range []string{"TMPDIR", "TMP", "TEMP", "TEMPDIR"} {
		if v := hostEnv(h, k); v != "" {
			if len(v) > 1 && strings.HasSuffix(v, "/") {
				v = v[:len(v)-1]
			}
			return vm.ToValue(v)
		}
	}
	return vm.ToValue("/tmp")
}

func (on *osNatives) getHostname(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	name, err := os.Hostname()
	if err != nil {
		return on.fail(c.Argument(0), "uv_os_gethostname", err)
	}
	return vm.ToValue(name)
}

func (on *osNatives) getLoadAvg(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	arr := c.Argument(0).ToObject(vm)
	f := procFields("/proc/loadavg")
	for i := 0; i < 3 && i < len(f); i++ {
		v, _ := strconv.ParseFloat(f[i], 64)
		_ = arr.Set(strconv.Itoa(i), v)
	}
	return goja.Undefined()
}

func (on *osNatives) getUptime(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	f := procFields("/proc/uptime")
	if len(f) == 0 {
		return on.fail(c.Argument(0), "uv_uptime", syscall.ENOSYS)
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return vm.ToValue(float64(int64(v*100)) / 100)
}

func (on *osNatives) getTotalMem(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	return vm.ToValue(meminfo("MemTotal"))
}

func (on *osNatives) getFreeMem(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	return vm.ToValue(meminfo("MemAvailable"))
}

func (on *osNatives) getAvailableParallelism(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	return vm.ToValue(runtime.NumCPU())
}

func (on *osNatives) getCPUs(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	var models []string
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				models = append(models, strings.TrimSpace(v))
			}
		}
	}
	var out []any
	b, _ := os.ReadFile("/proc/stat")
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
			continue
		}
		t := func(i int) float64 { v, _ := strconv.ParseFloat(f[i], 64); return v * 10 }
		model, speed := "unknown", 0
		if n < len(models) {
			model = models[n]
		}
		// libuv reads the current frequency from cpufreq, else 0.
		if f := procFields("/sys/devices/system/cpu/cpu" + strconv.Itoa(n) + "/cpufreq/scaling_cur_freq"); len(f) > 0 {
			khz, _ := strconv.Atoi(f[0])
			speed = khz / 1000
		}
		out = append(out, model, speed, t(1), t(2), t(3), t(4), t(6))
		n++
	}
	return vm.NewArray(out...)
}

func (on *osNatives) getInterfaceAddresses(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	ifs, err := net.Interfaces()
	if err != nil {
		return on.fail(c.Argument(0), "uv_interface_addresses", err)
	}
	var out []any
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, _ := ifc.Addrs()
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			family, scope := "IPv6", -1
			if ip4 := ipn.IP.To4(); ip4 != nil {
				family = "IPv4"
				ipn = &net.IPNet{IP: ip4, Mask: ipn.Mask[len(ipn.Mask)-4:]}
			} else {
				scope = 0
				if ipn.IP.IsLinkLocalUnicast() {
					scope = ifc.Index
				}
			}
			out = append(out, ifc.Name, ipn.IP.String(), net.IP(ipn.Mask).String(), family, mac,
				ifc.Flags&net.FlagLoopback != 0, scope)
		}
	}
	return vm.NewArray(out...)
}

func (on *osNatives) getHomeDirectory(c goja.FunctionCall) goja.Value {
	h, vm := on.h, on.h.Runtime()
	if home := hostEnv(h, "HOME"); home != "" {
		return vm.ToValue(home)
	}
	u, err := user.Current()
	if err != nil {
		return on.fail(c.Argument(0), "uv_os_homedir", err)
	}
	return vm.ToValue(u.HomeDir)
}

func (on *osNatives) getUserInfo(c goja.FunctionCall) goja.Value {
	h, vm := on.h, on.h.Runtime()
	u, err := user.Current()
	if err != nil {
		return on.fail(c.Argument(1), "uv_os_get_passwd", err)
	}
	r := vm.NewObject()
	_ = r.SetPrototype(nil)
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	_ = r.Set("uid", uid)
	_ = r.Set("gid", gid)
	_ = r.Set("username", u.Username)
	_ = r.Set("homedir", u.HomeDir)
	shell := goja.Value(goja.Null())
	if b, err := os.ReadFile("/etc/passwd"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, ":")
			if len(f) >= 7 && f[0] == u.Username {
				shell = vm.ToValue(f[6])
			}
		}
	}
	_ = r.Set("shell", shell)
	if opts, ok := c.Argument(0).(*goja.Object); ok && opts.Get("encoding") != nil && opts.Get("encoding").String() == "buffer" {
		for _, k := range []string{"username", "homedir", "shell"} {
			if v := r.Get(k); goja.IsString(v) {
				_ = r.Set(k, h.NewBuffer([]byte(v.String())))
			}
		}
	}
	return r
}

func (on *osNatives) getOSInformation(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	sysname, version, release, machine, ok := osUname()
	if !ok {
		return vm.NewArray("Linux", "", "", host.Arch())
	}
	return vm.NewArray(sysname, version, release, machine)
}

func (on *osNatives) getPriority(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	p, err := osGetPriority(int(c.Argument(0).ToInteger()))
	if err != nil {
		return on.fail(c.Argument(1), "uv_os_getpriority", err)
	}
	return vm.ToValue(p)
}

func (on *osNatives) setPriority(c goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	err := osSetPriority(int(c.Argument(0).ToInteger()), int(c.Argument(1).ToInteger()))
	if err != nil {
		on.fail(c.Argument(2), "uv_os_setpriority", err)
		return vm.ToValue(-1)
	}
	return vm.ToValue(0)
}
