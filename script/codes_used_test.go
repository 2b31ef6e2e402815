package script

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/nodenet/nodenet/nodeerr"
)

// TestLibCodesInTable checks that every error class the library takes from
// internal/errors' codes (destructured or read as codes.ERR_X) is in
// nodeerr's one table: a missing one would be undefined at the throw.
func TestLibCodesInTable(t *testing.T) {
	destructured := regexp.MustCompile(`codes\s*:\s*\{([^}]*)\}`)
	dotted := regexp.MustCompile(`codes\.(ERR_[A-Z0-9_]+)`)
	name := regexp.MustCompile(`ERR_[A-Z0-9_]+`)
	files, err := library.Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		path := f.Group + ":" + f.Path
		if !strings.HasSuffix(path, ".js") {
			continue
		}
		src, err := fs.ReadFile(f.FS, f.Path)
		if err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, m := range destructured.FindAllSubmatch(src, -1) {
			for _, c := range name.FindAll(m[1], -1) {
				codes = append(codes, string(c))
			}
		}
		for _, m := range dotted.FindAllSubmatch(src, -1) {
			codes = append(codes, string(m[1]))
		}
		for _, c := range codes {
			if _, ok := nodeerr.Lookup(c); !ok {
				t.Errorf("%s uses %s, which nodeerr's code table lacks", path, c)
			}
		}
	}
}
