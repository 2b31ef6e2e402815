// Package layers_test checks that the module's packages import only the
// layers below them, as DESIGN.md draws them:
//
//	bench/                    benchmarks (of the examples' servers too)
//	cmd/ examples/            entry points, examples
//	script/                   the JavaScript host's public API and its table
//	script/modules/           the module groups (JavaScript and bindings)
//	script/internal/host/     the host's runtime core
//	netmod/                   node:net
//	events/ blocklist/        EventEmitter; BlockList
//	eventloop/                the loop
//	poller/                   readiness
//	internal/ nodeerr/        system calls, Node's errors
//
// and that only internal/ and poller make system calls (import
// golang.org/x/sys). test/ sits above everything, and so does
// internal/testutil, the tests' helpers. Test files are not
// checked. The known violations are listed in exceptions; an exception that
// is no longer needed fails the test too, so the list can only shrink.
package layers_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/nodenet/nodenet"

// ranks gives each top-level group of packages its layer: a package may
// import its own group and the groups of lower layers.
var ranks = map[string]int{
	"internal":  0,
	"nodeerr":   0,
	"poller":    1,
	"eventloop": 2,
	"events":    3,
	"blocklist": 3,
	"netmod":    4,
	// script is three layers: the runtime core, the module groups (which
	// may import one another), and the package that lists them.
	"script/internal/host": 5,
	"script/modules":       6,
	"script":               7,
	"cmd":                  8,
	"examples":             8,
	"bench":                9, // measures the examples' servers
	"test":                 10,
}

// syscallers may import golang.org/x/sys.
var syscallers = map[string]bool{"internal": true, "poller": true}

// exceptions are the imports that break the rules today, each with the
// reason it is still there: "importer -> imported" (module-relative paths,
// or the external import path).
var exceptions = map[string]string{
	// Node's errno names (ECONNREFUSED, ...) come from x/sys/unix's
	// table; internal/sys could name them instead.
	"nodeerr -> golang.org/x/sys/unix": "errno names",
}

type pkg struct {
	ImportPath string
	Imports    []string
	Standard   bool
}

// regrouped are packages that do not belong to their folder's layer:
// internal/testutil is test support (for test files only), ranked with
// test/ so that no package can import it.
var regrouped = map[string]string{"internal/testutil": "test"}

// group is the top-level folder of a module package, or script's
// internal/host or modules, or its regrouped layer ("" for the module root
// or a package outside the module).
func group(path string) string {
	rel, ok := strings.CutPrefix(path, module+"/")
	if !ok {
		return ""
	}
	if g, ok := regrouped[rel]; ok {
		return g
	}
	for _, sub := range []string{"script/internal/host", "script/modules"} {
		if rel == sub || strings.HasPrefix(rel, sub+"/") {
			return sub
		}
	}
	g, _, _ := strings.Cut(rel, "/")
	return g
}

func TestLayers(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-json", module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	used := map[string]bool{}
	var broken []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		from := group(p.ImportPath)
		if from == "" || p.Standard {
			continue
		}
		rank, known := ranks[from]
		if !known {
			broken = append(broken, p.ImportPath+": in no layer (add its folder to ranks)")
			continue
		}
		for _, imp := range p.Imports {
			var bad bool
			var key string
			rel := strings.TrimPrefix(p.ImportPath, module+"/")
			switch to := group(imp); {
			case to != "":
				r, ok := ranks[to]
				bad = to != from && (!ok || r >= rank && !(r == 0 && rank == 0))
				key = from + " -> " + to
			case strings.HasPrefix(imp, "golang.org/x/sys/"):
				bad = !syscallers[from]
				key = from + " -> " + imp
			}
			if !bad {
				continue
			}
			if _, ok := exceptions[key]; ok {
				used[key] = true
				continue
			}
			broken = append(broken, rel+" imports "+imp+" ("+key+")")
		}
	}
	sort.Strings(broken)
	for _, b := range broken {
		t.Errorf("layer violation: %s", b)
	}
	for key, why := range exceptions {
		if !used[key] {
			t.Errorf("exception %q (%s) is no longer needed: remove it", key, why)
		}
	}
}
