package script

import (
	"testing"
)

// TestLibraryFilesOnce checks that no two module groups give the same file:
// a module id belongs to one group.
func TestLibraryFilesOnce(t *testing.T) {
	files, err := library.Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 90 {
		t.Fatalf("the library has %d files", len(files))
	}
	seen := map[string]string{}
	for _, f := range files {
		if g, dup := seen[f.Path]; dup {
			t.Errorf("%s is in groups %s and %s", f.Path, g, f.Group)
		}
		seen[f.Path] = f.Group
	}
}
