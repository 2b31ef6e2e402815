package script

import (
	"testing"

	"github.com/nodenet/nodenet/script/internal/host"
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

// TestVersionsAreTheHosts checks that the versions script documents are
// the ones the host gives process.version and process.versions.
func TestVersionsAreTheHosts(t *testing.T) {
	if NodeVersion != host.NodeVersion || Version != host.Version {
		t.Errorf("script says %s and %s, the host %s and %s", NodeVersion, Version, host.NodeVersion, host.Version)
	}
}
