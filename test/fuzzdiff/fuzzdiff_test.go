package fuzzdiff

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/nodenet/nodenet/test/conformance"
	"github.com/nodenet/nodenet/test/oracle"
)

// The environment of TestDiff: how many programs, from which seed, and
// where minimized divergences are written. make fuzz-diff sets them; plain
// go test runs a small fixed-seed batch.
const (
	envN    = "FUZZ_DIFF_N"
	envSeed = "FUZZ_DIFF_SEED"
	envOut  = "FUZZ_DIFF_OUT"
)

func envInt(t *testing.T, name string, def uint64) uint64 {
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, s, err)
	}
	return v
}

// buildNodenet builds the nodenet command into a temporary folder.
func buildNodenet(t *testing.T) string {
	root, err := oracle.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "nodenet")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/nodenet")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/nodenet: %v\n%s", err, out)
	}
	return bin
}

// TestDiff generates programs from FUZZ_DIFF_SEED (default 1) on, runs
// each under Node and nodenet and fails on any confirmed divergence,
// writing it minimized (script, Node's trace, nodenet's trace) under
// FUZZ_DIFF_OUT. It also fails when more than a third of the programs are
// racy under Node itself, or any is invalid: the generator must make
// deterministic programs.
func TestDiff(t *testing.T) { diff(t, false) }

// TestDiffGo is TestDiff for the Go API: each program runs through RunGo
// (netmod on an eventloop.Loop in this process) instead of the nodenet
// command, and its trace is compared with Node's trace of the script.
// make fuzz-diff-go runs it with FUZZ_DIFF_N programs.
func TestDiffGo(t *testing.T) { diff(t, true) }

func diff(t *testing.T, goAPI bool) {
	if testing.Short() {
		t.Skip("runs two processes per program")
	}
	if raceEnabled && os.Getenv(envN) == "" {
		// The race detector's run of every package at once loads the
		// machine so that socket timings, which these programs leave to
		// the kernel, can differ from Node's run moments before; make
		// test runs this package again on its own (make integration).
		t.Skip("run without -race by make integration")
	}
	node := oracle.Require(t)
	n := envInt(t, envN, 10)
	seed := envInt(t, envSeed, 1)
	out := os.Getenv(envOut)
	if out == "" {
		out = filepath.Join(os.TempDir(), "nodenet-fuzzdiff")
	}
	r := &Runner{Node: node, Dir: t.TempDir(), Timeout: 30 * time.Second, Go: goAPI}
	what := "fuzz-diff"
	if goAPI {
		what = "fuzz-diff-go"
	} else {
		r.Nodenet = buildNodenet(t)
	}
	var count [4]int
	start := time.Now()
	for i := uint64(0); i < n; i++ {
		p := Generate(seed + i)
		res, err := r.Check(p)
		if err != nil {
			t.Fatal(err)
		}
		count[res.Outcome]++
		switch res.Outcome {
		case Racy:
			t.Logf("%s: seed %d is racy under Node (dropped)", what, p.Seed)
		case Invalid:
			t.Errorf("%s: seed %d: Node failed (exit %d):\n%s", what, p.Seed, res.Node.Code, res.Node.Stderr)
		case Diverged:
			min, mres, err := r.Minimize(p)
			if err != nil {
				t.Fatal(err)
			}
			if mres.Outcome != Diverged { // gone while minimizing: keep the whole
				min, mres = p, res
			}
			dir := filepath.Join(out, fmt.Sprintf("seed-%d", p.Seed))
			if goAPI {
				dir += "-go"
			}
			write(t, dir, min, mres)
			t.Errorf("%s: seed %d diverges (%d of %d operations kept), written to %s:\n%s\nnodenet stderr:\n%s",
				what, p.Seed, min.Ops(), p.Ops(), dir, conformance.Diff(string(mres.Node.Stdout), string(mres.Nodenet.Stdout)), mres.Nodenet.Stderr)
		}
	}
	msg := fmt.Sprintf("%s: %d programs from seed %d in %v: %d agreed, %d diverged, %d racy under Node (dropped), %d invalid",
		what, n, seed, time.Since(start).Round(time.Second), count[Agreed], count[Diverged], count[Racy], count[Invalid])
	t.Log(msg)
	fmt.Println(msg)
	if count[Racy]*3 > int(n) {
		t.Errorf("%d of %d programs are racy under Node: the generator makes nondeterministic programs", count[Racy], n)
	}
}

func write(t *testing.T, dir string, p *Program, res Result) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"prog.js":        []byte(p.Script()),
		"node.out":       res.Node.Stdout,
		"nodenet.out":    res.Nodenet.Stdout,
		"nodenet.stderr": res.Nodenet.Stderr,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
