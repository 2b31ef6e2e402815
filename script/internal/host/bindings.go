package host

import "github.com/dop251/goja"

// bindingBuilder is the table of the Go halves of built-in modules: what
// binding(name) hands to the code in lib/, by name, or nil. Each builds its
// object once per host, on first use (Host.binding). This is the one place
// a binding is registered; a name missing here is looked up as a binding
// written in JavaScript (lib/internal/bindings/<name>.js).
//
// It is a switch rather than a package-level map because the builders reach
// binding() again (through requireLib), which a map variable's initializer
// may not: Go reports an initialization cycle.
func bindingBuilder(name string) func(h *Host) *goja.Object {
	switch name {
	// callsite: where a library function was called from, for assert's
	// "The expression evaluated to a falsy value" messages (natives_util.go).
	case "callsite":
		return (*Host).callsiteBinding
	// errstack: code frames above uncaught errors and goja stacks in V8's
	// layout, for the uncaught-exception printer (errors.go).
	case "errstack":
		return (*Host).errstackBinding

	}
	return nil
}
