// Package os is the module group of node:os: lib/os.js and its binding,
// the system queries of node_os.cc (libuv's uv_os_* and uv_cpu_info, ...).
package os

import (
	"embed"
	"net"
	"os"
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
	_ = o.Set("signalConstants", namedInts(h.Runtime(), signalConstants))
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
		_ = obj.Set("errno", nodeerr.Errno("", errno, "", 0).ErrnoValue())
		_ = obj.Set("code", nodeerr.ErrnoName(errno))
		_ = obj.Set("message", nodeerr.UVMessage(errno))
		_ = obj.Set("syscall", syscallName)
	}
	return goja.Undefined()
}

func (on *osNatives) getTempDir(goja.FunctionCall) goja.Value {
	h := on.h
	return h.Runtime().ToValue(tempDir(func(k string) string { return hostEnv(h, k) }))
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
	for i, v := range loadAvg() {
		_ = arr.Set(strconv.Itoa(i), v)
	}
	return goja.Undefined()
}

func (on *osNatives) getUptime(c goja.FunctionCall) goja.Value {
	v, err := uptime()
	if err != nil {
		return on.fail(c.Argument(0), "uv_uptime", err)
	}
	return on.h.Runtime().ToValue(v)
}

func (on *osNatives) getTotalMem(goja.FunctionCall) goja.Value {
	return on.h.Runtime().ToValue(memTotal())
}

func (on *osNatives) getFreeMem(goja.FunctionCall) goja.Value {
	return on.h.Runtime().ToValue(memFree())
}

func (on *osNatives) getAvailableParallelism(goja.FunctionCall) goja.Value {
	vm := on.h.Runtime()
	return vm.ToValue(runtime.NumCPU())
}

func (on *osNatives) getCPUs(goja.FunctionCall) goja.Value {
	var out []any
	for _, c := range cpuList() {
		out = append(out, c.model, c.speed, c.user, c.nice, c.sys, c.idle, c.irq)
	}
	return on.h.Runtime().NewArray(out...)
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
	h := on.h
	home, err := homeDir(func(k string) string { return hostEnv(h, k) })
	if err != nil {
		return on.fail(c.Argument(0), "uv_os_homedir", err)
	}
	return h.Runtime().ToValue(home)
}

func (on *osNatives) getUserInfo(c goja.FunctionCall) goja.Value {
	h, vm := on.h, on.h.Runtime()
	u, err := userEntry()
	if err != nil {
		return on.fail(c.Argument(1), "uv_os_get_passwd", err)
	}
	r := vm.NewObject()
	_ = r.SetPrototype(nil)
	_ = r.Set("uid", u.uid)
	_ = r.Set("gid", u.gid)
	_ = r.Set("username", u.username)
	_ = r.Set("homedir", u.homedir)
	shell := goja.Value(goja.Null())
	if u.hasShell {
		shell = vm.ToValue(u.shell)
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

// cpu is one logical processor as os.cpus() gives it: times in ms.
type cpu struct {
	model                      string
	speed                      int
	user, nice, sys, idle, irq float64
}

// passwd is the current user's entry as os.userInfo() gives it.
type passwd struct {
	uid, gid          int
	username, homedir string
	shell             string
	hasShell          bool
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
