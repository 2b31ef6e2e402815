package script

import (
	"embed"

	"github.com/nodenet/nodenet/script/internal/host"
)

//go:embed lib
var libFS embed.FS

// library is the one table of the built-in modules: every module group,
// with its JavaScript files and the Go bindings it registers by name.
var library = host.NewLibrary(
	host.Group{Name: "lib", Files: libFS},
)
