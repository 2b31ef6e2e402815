package script

import (
	"io"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/eventloop"
)

var (
	rePrimDestructure = regexp.MustCompile(`(?s)const\s*\{([^}]*)\}\s*=\s*primordials\s*;`)
	rePrimMember      = regexp.MustCompile(`primordials\.(\w+)`)
)

// primordialNames lists every name the library files take from the
// primordials shim.
func primordialNames(t *testing.T) []string {
	seen := map[string]bool{}
	files, err := library.Files()
	require.NoError(t, err)
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".js") {
			continue
		}
		b, err := fs.ReadFile(f.FS, f.Path)
		require.NoError(t, err)
		for _, m := range rePrimDestructure.FindAllStringSubmatch(string(b), -1) {
			for _, part := range strings.Split(m[1], ",") {
				name, _, _ := strings.Cut(strings.TrimSpace(part), ":")
				if name = strings.TrimSpace(name); name != "" {
					seen[name] = true
				}
			}
		}
		for _, m := range rePrimMember.FindAllStringSubmatch(string(b), -1) {
			if m[1] != "js" { // (a comment naming primordials.js)
				seen[m[1]] = true
			}
		}
	}
	require.NoError(t, err)
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestPrimordialsHaveEveryNameTheLibraryUses(t *testing.T) {
	loop, err := eventloop.New()
	require.NoError(t, err)
	defer loop.Close()
	h, err := New(loop, Options{Stdout: io.Discard, Stderr: io.Discard})
	require.NoError(t, err)
	defer h.Close()
	prim := h.h.RequireLib("internal/primordials").ToObject(h.Runtime())
	names := primordialNames(t)
	require.NotEmpty(t, names)
	var missing []string
	for _, n := range names {
		if v := prim.Get(n); v == nil || goja.IsUndefined(v) {
			missing = append(missing, n)
		}
	}
	require.Empty(t, missing, "names the library takes from primordials that it lacks")
}
