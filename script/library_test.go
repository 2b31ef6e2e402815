package script

import (
	"io"
	"io/fs"
	"reflect"
	"regexp"
	"sort"
	"strings"
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

// TestOptionsReachTheHost checks that New hands every field of Options to
// the host: a field added to Options and not to host.Options (or not
// copied) fails here.
func TestOptionsReachTheHost(t *testing.T) {
	var opts Options
	ov := reflect.ValueOf(&opts).Elem()
	for i := range ov.NumField() {
		f := ov.Field(i)
		switch f.Kind() {
		case reflect.Func:
			continue // OnUncaught: checked below
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
			if e := f.Index(0); e.Kind() == reflect.String {
				e.SetString("x")
			}
		case reflect.String:
			f.SetString("x")
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int64:
			f.SetInt(7)
		case reflect.Interface:
			f.Set(reflect.ValueOf(io.Discard))
		default:
			t.Fatalf("Options.%s: a %s this test does not fill", ov.Type().Field(i).Name, f.Kind())
		}
	}
	var got *Error
	opts.OnUncaught = func(e *Error) { got = e }
	ho := opts.host()
	hv := reflect.ValueOf(ho)
	for i := range ov.NumField() {
		name := ov.Type().Field(i).Name
		hf := hv.FieldByName(name)
		if !hf.IsValid() {
			t.Errorf("host.Options has no %s", name)
			continue
		}
		if ov.Field(i).Kind() == reflect.Func {
			continue
		}
		if !reflect.DeepEqual(ov.Field(i).Interface(), hf.Interface()) {
			t.Errorf("Options.%s: the host gets %v, not %v", name, hf.Interface(), ov.Field(i).Interface())
		}
	}
	ho.OnUncaught(&host.Error{Code: "E", Message: "m"})
	if got == nil || got.Code != "E" || got.Message != "m" {
		t.Errorf("OnUncaught got %+v", got)
	}
	if ho.Library != library {
		t.Error("the host does not get the library")
	}
}

// unboundNames are bindings the library asks for on paths no script of
// ours reaches yet (Node's code kept for its shape): ICU's transcoding
// (buffer.transcode, TextDecoder for legacy encodings without
// internal/encoding's own tables) and Blob URLs. The list can only
// shrink: a name here that the table gains fails the test.
var unboundNames = map[string]bool{"icu": true, "blob": true}

// TestEveryBindingAskedForIsInTheTable checks the one table against the
// library: every binding('x') or internalBinding('x') of a module's code is
// registered by a group or written in JavaScript.
func TestEveryBindingAskedForIsInTheTable(t *testing.T) {
	files, err := library.Files()
	if err != nil {
		t.Fatal(err)
	}
	call := regexp.MustCompile(`(?m)^[^/]*?\b(?:internalBinding|binding)\('([a-z_]+)'\)`)
	asked := map[string][]string{}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".js") {
			continue
		}
		src, err := fs.ReadFile(f.FS, f.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			asked[string(m[1])] = append(asked[string(m[1])], f.Group+":"+f.Path)
		}
	}
	if len(asked) < 20 {
		t.Fatalf("found %d binding names: the pattern no longer matches the library", len(asked))
	}
	var names []string
	for name := range asked {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		has := library.HasBinding(name)
		switch {
		case has && unboundNames[name]:
			t.Errorf("binding %q is in the table now: remove it from unboundNames", name)
		case !has && !unboundNames[name]:
			t.Errorf("binding %q (asked for by %v) is in no group's table", name, asked[name])
		}
	}
}
