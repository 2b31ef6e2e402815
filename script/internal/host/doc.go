// Package host is the runtime core of package script: a Host's state on
// its loop, the CommonJS loader over a Library (the union of the module
// groups' embedded files and bindings), the compile cache shared by the
// hosts of a library, error display in V8's layout, and unhandled
// rejections. It exports what the module groups' bindings need (the
// runtime, the loop, RequireLib, NewBuffer, Node-style errors, ...) and
// what package script wraps as its public API.
//
// host imports no module group: package script lists them in its one
// table and hands the Library to New through Options.
package host
