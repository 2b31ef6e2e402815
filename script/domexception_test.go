package script

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodenet/nodenet/nodeerr"
)

// The JavaScript DOMException takes its legacy codes from nodeerr's table:
// each constant (on the class and its prototype) and each name's code
// agree with it.
func TestDOMExceptionCodesFromGo(t *testing.T) {
	var src, want strings.Builder
	src.WriteString("const log = (k, n) => console.log(k, DOMException[k], DOMException.prototype[k], new DOMException('', n).code);\n")
	for _, c := range nodeerr.DOMExceptionLegacyCodes {
		fmt.Fprintf(&src, "log(%q, %q);\n", c.Constant, c.Name)
		fmt.Fprintf(&want, "%s %d %d %d\n", c.Constant, c.Code, c.Code, nodeerr.DOMExceptionCode(c.Name))
	}
	out, code := runScript(t, nil, src.String())
	require.Equal(t, 0, code)
	require.Equal(t, want.String(), out)
}
