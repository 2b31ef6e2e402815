package script

import (
	"testing"
)

// TestLibraryFilesOnce checks that the library lists every module group's
// files, each once: a module id belongs to one group (NewLibrary would
// have panicked otherwise).
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
