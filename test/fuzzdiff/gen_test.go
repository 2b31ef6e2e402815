package fuzzdiff

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestPrint writes the program of FUZZ_DIFF_PRINT (a seed) to standard output.
func TestPrint(t *testing.T) {
	s := os.Getenv("FUZZ_DIFF_PRINT")
	if s == "" {
		t.Skip("FUZZ_DIFF_PRINT=seed prints that program")
	}
	seed, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(Generate(seed).Script())
}

// TestNoResetWhileEnding: no round both ends a socket and resets it (Node
// never closes a socket reset while its shutdown is in flight), as seed
// 1160 did before the generator learnt it.
func TestNoResetWhileEnding(t *testing.T) {
	for seed := uint64(1); seed <= 2000; seed++ {
		p := Generate(seed)
		for i, items := range p.Rounds {
			ending, reset := map[string]bool{}, map[string]bool{}
			for j := range items {
				for it := &items[j]; it != nil; it = it.Inner {
					switch o := it.Op; {
					case o == nil:
					case o.Kind == "end":
						ending[o.Target] = true
					case o.Kind == "pipe" && o.Flag:
						ending[o.Str] = true
					case o.Kind == "destroy" && o.N%4 == 2:
						reset[o.Target] = true
					}
				}
			}
			for s := range reset {
				if ending[s] {
					t.Fatalf("seed %d round %d ends and resets %s", seed, i, s)
				}
			}
		}
	}
}

// TestSettleBeforeDrops: a program that may drop connections lets them
// settle before round 0 (seed 1182), the Go twin as well.
func TestSettleBeforeDrops(t *testing.T) {
	for _, seed := range []uint64{1182, 1} {
		p := Generate(seed)
		want := p.MaxConnections >= 0
		if got := strings.Contains(p.Script(), "settle(() => round(0))"); got != want {
			t.Errorf("seed %d (maxConnections %d): settles before round 0: %t", seed, p.MaxConnections, got)
		}
	}
}

// TestNoTimerRacingEnd: no round has a timeout of 2 ms or less on a socket
// the round ends, or on its peer (seeds 1147, 2045, 2131 through the Go API).
func TestNoTimerRacingEnd(t *testing.T) {
	for seed := uint64(1); seed <= 2200; seed++ {
		p := Generate(seed)
		for i, items := range p.Rounds {
			ending := endingSockets(items)
			for j := range items {
				it := &items[j]
				if it.Sched != "timeout" || it.Delay > 2 {
					continue
				}
				walkOps(it, func(o *Op) {
					for _, n := range []string{o.Target, o.Str} {
						if n != "" && n != "srv" && (ending[n] || ending[peer(n)]) {
							t.Fatalf("seed %d round %d: a %d ms timeout on %s, which the round ends", seed, i, it.Delay, n)
						}
					}
				})
			}
		}
	}
}
