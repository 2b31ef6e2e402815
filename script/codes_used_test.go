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
	err := fs.WalkDir(libFS, "lib", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") {
			return err
		}
		src, err := fs.ReadFile(libFS, path)
		if err != nil {
			return err
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
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
