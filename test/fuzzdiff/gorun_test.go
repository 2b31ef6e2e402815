package fuzzdiff

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// TestRunGo runs a few programs through the Go API without the oracle
// (under -race too, where TestDiffGo is skipped): each must finish, print
// its final round and the server's close, and leave no goroutine behind.
func TestRunGo(t *testing.T) {
	defer goleak.VerifyNone(t)
	for seed := uint64(1); seed <= 3; seed++ {
		out := RunGo(Generate(seed), 30*time.Second)
		if out.Code != 0 {
			t.Fatalf("seed %d: exit %d\n%s", seed, out.Code, out.Stderr)
		}
		for _, want := range []string{"m: final\n", "srv: close\n", "m: round 0\n"} {
			if !bytes.Contains(out.Stdout, []byte(want)) {
				t.Errorf("seed %d: no %q in\n%s", seed, want, out.Stdout)
			}
		}
	}
}

// TestGoTrace checks the trace's merging and hashing against values the
// script's prelude printed under Node for the same chunks: bytes merged
// across chunks, and strings with a non-ASCII character.
func TestGoTrace(t *testing.T) {
	var tr goTrace
	tr.data("a.r", []byte("hel"))
	tr.data("a.r", []byte("lo"))
	tr.log("a.r", "end")
	tr.data("b.r", "h\u00e9llo")
	tr.data("c.r", fill(500, "w12."))
	tr.data("c.r", fill(77, "x"))
	tr.data("d.r", strings.Repeat("s1\u00e9", 100))
	got := string(tr.print())
	want := "a.r: data 5 bytes 141\na.r: end\nb.r: data 5 chars 141\nc.r: data 577 bytes 9ab1c8d4\nd.r: data 300 chars 12603a42\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
