package netmod

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryEventHasATypedMethod: every event the package emits on a Socket
// or a Server (found in the sources: the events.EmitN calls) has its typed
// registration method, On followed by the event's name, whose listener
// takes the arguments the emit passes.
func TestEveryEventHasATypedMethod(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		files = append(files, f)
	}
	type emit struct {
		server bool
		name   string
		nargs  int
	}
	var found []emit
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			fn := call.Fun
			if ix, ok := fn.(*ast.IndexListExpr); ok {
				fn = ix.X
			} else if ix, ok := fn.(*ast.IndexExpr); ok {
				fn = ix.X
			}
			sel, ok := fn.(*ast.SelectorExpr)
			if !ok || !strings.HasPrefix(sel.Sel.Name, "Emit") || len(sel.Sel.Name) != 5 {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "events" {
				return true
			}
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			name, _ := strconv.Unquote(lit.Value)
			recv := ""
			if u, ok := call.Args[0].(*ast.UnaryExpr); ok {
				if se, ok := u.X.(*ast.SelectorExpr); ok {
					if id, ok := se.X.(*ast.Ident); ok {
						recv = id.Name
					}
				}
			}
			nargs, _ := strconv.Atoi(sel.Sel.Name[4:])
			found = append(found, emit{server: recv == "srv", name: name, nargs: nargs})
			return true
		})
	}
	require.NotEmpty(t, found)
	sock, srv := reflect.TypeFor[*Socket](), reflect.TypeFor[*Server]()
	for _, e := range found {
		typ := sock
		if e.server {
			typ = srv
		}
		method := "On" + strings.ToUpper(e.name[:1]) + e.name[1:]
		m, ok := typ.MethodByName(method)
		if !assert.True(t, ok, "%s has no %s for its %q event", typ, method, e.name) {
			continue
		}
		ft := m.Type.In(1) // after the receiver
		assert.True(t, ft.Kind() == reflect.Func && ft.NumIn() == e.nargs,
			"%s.%s takes %s, the %q event has %d arguments", typ, method, ft, e.name, e.nargs)
	}
}
