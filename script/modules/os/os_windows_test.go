package os_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/windows"

	"github.com/nodenet/nodenet/eventloop"
	"github.com/nodenet/nodenet/internal/sys"
	"github.com/nodenet/nodenet/script"
)

// These tests run on Windows (under wine in make test-windows): node:os
// gives Windows's values as Node documents them there.

// run runs src under a host with env as the process's environment and
// decodes the JSON it prints.
func run(t *testing.T, env []string, src string, into any) {
	t.Helper()
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer loop.Close()
	var out, errOut bytes.Buffer
	h, err := script.New(loop, script.Options{Stdout: &out, Stderr: &errOut, Env: env})
	require.NoError(t, err)
	defer h.Close()
	code, err := h.RunMainString("[eval]", "const os = require('os');\n"+src)
	require.NoError(t, err)
	require.Equal(t, 0, code, "stderr: %s", errOut.String())
	require.NoError(t, json.Unmarshal(out.Bytes(), into), "stdout: %s", out.String())
}

func TestOSNamesOnWindows(t *testing.T) {
	var got struct {
		EOL, DevNull, Type, Platform, Release, Version, Machine, Hostname string
		LoadAvg                                                           []float64
	}
	run(t, nil, `console.log(JSON.stringify({EOL: os.EOL, DevNull: os.devNull, Type: os.type(),
		Platform: os.platform(), Release: os.release(), Version: os.version(), Machine: os.machine(),
		Hostname: os.hostname(), LoadAvg: os.loadavg()}))`, &got)
	require.Equal(t, "\r\n", got.EOL)
	require.Equal(t, `\\.\nul`, got.DevNull)
	require.Equal(t, "Windows_NT", got.Type)
	require.Equal(t, "win32", got.Platform)
	require.Regexp(t, `^\d+\.\d+\.\d+$`, got.Release)
	require.Equal(t, "x86_64", got.Machine)
	require.NotEmpty(t, got.Hostname)
	require.Equal(t, []float64{0, 0, 0}, got.LoadAvg)
	_, version, _, _, err := sys.Uname()
	require.NoError(t, err)
	require.Equal(t, version, got.Version)
}

func TestOSUserInfoOnWindows(t *testing.T) {
	var got struct {
		UID, GID           int
		Shell              *string
		Username, Homedir  string
		Keys               []string
		BufUser, BufHome   bool
		HomeEnv, HomeNoEnv string
	}
	run(t, []string{"USERPROFILE=C:\\Users\\someone"}, `const u = os.userInfo();
		const b = os.userInfo({encoding: 'buffer'});
		const homeEnv = os.homedir();
		delete process.env.USERPROFILE;
		console.log(JSON.stringify({UID: u.uid, GID: u.gid, Shell: u.shell, Username: u.username,
			Homedir: u.homedir, Keys: Object.keys(u), BufUser: Buffer.isBuffer(b.username),
			BufHome: Buffer.isBuffer(b.homedir), HomeEnv: homeEnv, HomeNoEnv: os.homedir()}))`, &got)
	require.Equal(t, -1, got.UID)
	require.Equal(t, -1, got.GID)
	require.Nil(t, got.Shell)
	require.Equal(t, []string{"uid", "gid", "username", "homedir", "shell"}, got.Keys)
	name, err := sys.UserName()
	require.NoError(t, err)
	require.Equal(t, name, got.Username)
	require.NotContains(t, got.Username, `\`)
	profile, err := sys.UserProfileDir()
	require.NoError(t, err)
	require.Equal(t, profile, got.Homedir)
	require.True(t, got.BufUser)
	require.True(t, got.BufHome)
	require.Equal(t, `C:\Users\someone`, got.HomeEnv)
	require.Equal(t, profile, got.HomeNoEnv)
}

func TestOSTmpdirOnWindows(t *testing.T) {
	var got []string
	run(t, []string{`TEMP=C:\t\`, `TMP=D:\tmp`, `SystemRoot=C:\Windows`}, `const r = [os.tmpdir()];
		process.env.TEMP = 'C:\\'; r.push(os.tmpdir());
		delete process.env.TEMP; r.push(os.tmpdir());
		delete process.env.TMP; r.push(os.tmpdir());
		delete process.env.SystemRoot; process.env.windir = 'E:\\Win\\'; r.push(os.tmpdir());
		delete process.env.windir; r.push(os.tmpdir());
		process.env.TMP = '\\'; r.push(os.tmpdir());
		console.log(JSON.stringify(r))`, &got)
	require.Equal(t, []string{`C:\t`, `C:\`, `D:\tmp`, `C:\Windows\temp`, `E:\Win\\temp`, `undefined\temp`, `\`}, got)
}

func TestOSConstantsOnWindows(t *testing.T) {
	var got struct {
		Signals, Priority, Dlopen map[string]int
		Errno                     map[string]int
		SignalOrder               []string
		Frozen                    bool
	}
	run(t, nil, `const c = os.constants;
		console.log(JSON.stringify({Signals: c.signals, Priority: c.priority, Dlopen: c.dlopen,
			Errno: c.errno, SignalOrder: Object.keys(c.signals), Frozen: Object.isFrozen(c.signals)}))`, &got)
	require.Equal(t, []string{"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGABRT", "SIGFPE", "SIGKILL",
		"SIGSEGV", "SIGTERM", "SIGBREAK", "SIGWINCH"}, got.SignalOrder)
	require.Equal(t, map[string]int{"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGABRT": 22,
		"SIGFPE": 8, "SIGKILL": 9, "SIGSEGV": 11, "SIGTERM": 15, "SIGBREAK": 21, "SIGWINCH": 28}, got.Signals)
	require.True(t, got.Frozen)
	require.Equal(t, map[string]int{"PRIORITY_LOW": 19, "PRIORITY_BELOW_NORMAL": 10, "PRIORITY_NORMAL": 0,
		"PRIORITY_ABOVE_NORMAL": -7, "PRIORITY_HIGH": -14, "PRIORITY_HIGHEST": -20}, got.Priority)
	require.Empty(t, got.Dlopen)

	// The C runtime's numbers (its POSIX supplement from 100 up); names
	// it lacks are absent.
	for name, want := range map[string]int{"EPERM": 1, "ENOENT": 2, "EINVAL": 22, "EMFILE": 24,
		"EPIPE": 32, "EILSEQ": 42, "EADDRINUSE": 100, "ECONNREFUSED": 107, "ECONNRESET": 108,
		"ENOTSUP": 129, "EOPNOTSUPP": 130, "ETIMEDOUT": 138, "EWOULDBLOCK": 140} {
		require.Equal(t, want, got.Errno[name], name)
	}
	for _, name := range []string{"EDQUOT", "EMULTIHOP", "ESTALE"} {
		require.NotContains(t, got.Errno, name)
	}
	// Winsock's numbers, as x/sys/windows names them.
	for name, want := range map[string]windows.Errno{"WSAEINTR": windows.WSAEINTR,
		"WSAEACCES": windows.WSAEACCES, "WSAEWOULDBLOCK": windows.WSAEWOULDBLOCK,
		"WSAEADDRINUSE": windows.WSAEADDRINUSE, "WSAECONNRESET": windows.WSAECONNRESET,
		"WSAECONNREFUSED": windows.WSAECONNREFUSED, "WSAEHOSTUNREACH": windows.WSAEHOSTUNREACH,
		"WSAEDISCON": windows.WSAEDISCON, "WSAENOMORE": windows.WSAENOMORE,
		"WSAECANCELLED": windows.WSAECANCELLED, "WSASYSCALLFAILURE": windows.WSASYSCALLFAILURE,
		"WSAEREFUSED": windows.WSAEREFUSED} {
		require.Equal(t, int(want), got.Errno[name], name)
	}
	require.Len(t, got.Errno, 76+58)
}

func TestOSPriorityOnWindows(t *testing.T) {
	var got struct {
		Start, Below, Low, Idle, Above, Back int
		NoSuch, Range                        struct{ Code, Message, Syscall string }
		NoSuchErrno                          int
	}
	run(t, nil, `const r = {Start: os.getPriority()};
		os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL); r.Below = os.getPriority(0);
		os.setPriority(0, 18); r.Low = os.getPriority(process.pid);
		os.setPriority(process.pid, 19); r.Idle = os.getPriority();
		os.setPriority(-1); r.Above = os.getPriority();
		os.setPriority(0); r.Back = os.getPriority();
		try { os.getPriority(0x7ffffff0) } catch (e) {
			r.NoSuch = {Code: e.code, Message: e.message, Syscall: e.info.syscall}; r.NoSuchErrno = e.info.errno }
		try { os.setPriority(0, 20) } catch (e) { r.Range = {Code: e.code, Message: e.message} }
		console.log(JSON.stringify(r))`, &got)
	require.Equal(t, 0, got.Start)
	require.Equal(t, 10, got.Below)
	require.Equal(t, 10, got.Low) // 10..18 is the below-normal class
	require.Equal(t, 19, got.Idle)
	require.Equal(t, -7, got.Above) // -7..-1 is the above-normal class
	require.Equal(t, 0, got.Back)
	require.Equal(t, "ERR_SYSTEM_ERROR", got.NoSuch.Code)
	require.Equal(t, "A system error occurred: uv_os_getpriority returned ESRCH (no such process)", got.NoSuch.Message)
	require.Equal(t, "uv_os_getpriority", got.NoSuch.Syscall)
	require.Equal(t, -4040, got.NoSuchErrno)
	require.Equal(t, "ERR_OUT_OF_RANGE", got.Range.Code)
	require.Equal(t, `The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20`, got.Range.Message)
}

func TestOSResourcesOnWindows(t *testing.T) {
	var got struct {
		Total, Free, Uptime, Parallelism float64
		CPUs                             []struct {
			Model string
			Speed float64
			Times map[string]float64
		}
		Interfaces map[string][]map[string]any
	}
	run(t, nil, `console.log(JSON.stringify({Total: os.totalmem(), Free: os.freemem(), Uptime: os.uptime(),
		Parallelism: os.availableParallelism(), CPUs: os.cpus(), Interfaces: os.networkInterfaces()}))`, &got)
	require.Greater(t, got.Total, 0.0)
	require.Greater(t, got.Free, 0.0)
	require.LessOrEqual(t, got.Free, got.Total)
	require.Greater(t, got.Uptime, 0.0)
	require.Equal(t, float64(int64(got.Uptime)), got.Uptime)
	require.NotEmpty(t, got.CPUs)
	require.GreaterOrEqual(t, got.Parallelism, 1.0)
	for _, c := range got.CPUs {
		require.NotEmpty(t, c.Model)
		require.Len(t, c.Times, 5)
		require.Equal(t, 0.0, c.Times["nice"])
		for _, k := range []string{"user", "sys", "idle", "irq"} {
			require.GreaterOrEqual(t, c.Times[k], 0.0, k)
		}
	}
	for name, entries := range got.Interfaces {
		for _, e := range entries {
			require.Contains(t, []any{"IPv4", "IPv6"}, e["family"], name)
			require.True(t, strings.Count(e["mac"].(string), ":") == 5, name)
			for _, k := range []string{"address", "netmask", "internal", "cidr"} {
				require.Contains(t, e, k, name)
			}
		}
	}
}
