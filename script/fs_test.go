//go:build linux

package script

import (
	"strings"
	"testing"
)

func TestFSAllowlist(t *testing.T) {
	src := `try { require('fs'); console.log('loaded'); } catch (e) { console.log(e.code); }`
	if out, _ := runScript(t, nil, src); strings.TrimSpace(out) != "ERR_ACCESS_DENIED" {
		t.Errorf("default allowlist: %q", out)
	}
	if out, _ := runScript(t, AllModules, src); strings.TrimSpace(out) != "loaded" {
		t.Errorf("AllModules: %q", out)
	}
	src = `try { require('fs/promises'); console.log('loaded'); } catch (e) { console.log(e.code); }`
	if out, _ := runScript(t, nil, src); strings.TrimSpace(out) != "ERR_ACCESS_DENIED" {
		t.Errorf("fs/promises, default allowlist: %q", out)
	}
}

func TestFSReadWrite(t *testing.T) {
	dir := t.TempDir()
	src := `const fs = require('fs'); const p = ` + "`" + dir + "/f`" + `;
fs.writeFileSync(p, 'abc'); console.log(fs.readFileSync(p, 'utf8'), fs.statSync(p).size);
try { fs.readFileSync(p + 'x'); } catch (e) { console.log(e.code, e.syscall, e.errno); }`
	out, code := runScript(t, AllModules, src)
	if want := "abc 3\nENOENT open -2\n"; out != want || code != 0 {
		t.Errorf("got %q (exit %d), want %q", out, code, want)
	}
}
