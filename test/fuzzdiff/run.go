package fuzzdiff

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Outcome classifies one program's run.
type Outcome int

// The outcomes of Check.
const (
	Agreed   Outcome = iota // nodenet printed what Node printed
	Racy                    // two runs of Node printed different traces: dropped
	Invalid                 // Node itself failed (exit code or stderr): a generator bug
	Diverged                // Node is stable and nodenet prints something else, twice
)

// String names the outcome.
func (o Outcome) String() string {
	return [...]string{"agreed", "racy", "invalid", "diverged"}[o]
}

// Runner runs scripts under the two implementations.
type Runner struct {
	Node    string // the oracle's binary
	Nodenet string // the nodenet command's binary
	// Go runs each program through RunGo (netmod's Go API in this
	// process) instead of the nodenet command on its script.
	Go      bool
	Dir     string // where scripts are written
	Timeout time.Duration
}

// Output is what one run printed.
type Output struct {
	Stdout, Stderr []byte
	Code           int
}

func (o Output) same(p Output) bool {
	return bytes.Equal(o.Stdout, p.Stdout) && o.Code == p.Code
}

// Exec runs bin on script.
func (r *Runner) Exec(bin, script string) (Output, error) {
	ctx, cancel := context.WithTimeout(context.Background(), r.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, script)
	cmd.Dir = filepath.Dir(script)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	res := Output{Stdout: out.Bytes(), Stderr: errb.Bytes()}
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		res.Code = -1
		res.Stderr = append(res.Stderr, fmt.Sprintf("\n[killed after %v]\n", r.Timeout)...)
	case errors.As(err, &ee):
		res.Code = ee.ExitCode()
	case err != nil:
		return res, err
	}
	return res, nil
}

// Result is the outcome of Check with both traces.
type Result struct {
	Outcome Outcome
	Node    Output
	Nodenet Output
}

// Check runs p under Node (twice) and nodenet and classifies the result.
// A mismatch is confirmed by a second run of nodenet and more runs of Node
// (confirmRuns) before it counts as a divergence.
func (r *Runner) Check(p *Program) (Result, error) {
	path := filepath.Join(r.Dir, fmt.Sprintf("prog-%d.js", p.Seed))
	if err := os.WriteFile(path, []byte(p.Script()), 0o644); err != nil {
		return Result{}, err
	}
	defer os.Remove(path)
	var res Result
	var err error
	if res.Node, err = r.Exec(r.Node, path); err != nil {
		return res, err
	}
	if res.Node.Code != 0 || len(res.Node.Stderr) != 0 {
		res.Outcome = Invalid
		return res, nil
	}
	again, err := r.Exec(r.Node, path)
	if err != nil {
		return res, err
	}
	if !again.same(res.Node) {
		res.Outcome = Racy
		return res, nil
	}
	if res.Nodenet, err = r.impl(p, path); err != nil {
		return res, err
	}
	if res.Nodenet.same(res.Node) {
		return res, nil
	}
	// Confirm: nodenet again, and Node a third time.
	if res.Nodenet, err = r.impl(p, path); err != nil {
		return res, err
	}
	if res.Nodenet.same(res.Node) {
		res.Outcome = Racy
		return res, nil
	}
	// Node again, several times: a program under which Node itself prints
	// another trace, or nodenet's, leaves the order to timing (a socket's
	// end racing a timer), and is racy, not a divergence.
	for range confirmRuns {
		if again, err = r.Exec(r.Node, path); err != nil {
			return res, err
		}
		if !again.same(res.Node) || again.same(res.Nodenet) {
			res.Outcome = Racy
			return res, nil
		}
	}
	res.Outcome = Diverged
	return res, nil
}

// impl runs p under the implementation being checked: the nodenet command
// on its script, or the Go API (RunGo).
func (r *Runner) impl(p *Program, path string) (Output, error) {
	if r.Go {
		return RunGo(p, r.Timeout), nil
	}
	return r.Exec(r.Nodenet, path)
}

// confirmRuns is how many more times Node runs a program before a
// mismatch counts as a divergence.
const confirmRuns = 6

// Minimize drops rounds, then items, then nested callbacks from a program
// that diverges, keeping each removal after which it still diverges.
func (r *Runner) Minimize(p *Program) (*Program, Result, error) {
	best := clone(p)
	res, err := r.Check(best)
	if err != nil || res.Outcome != Diverged {
		return best, res, err
	}
	try := func(q *Program) (bool, error) {
		rr, err := r.Check(q)
		if err != nil {
			return false, err
		}
		if rr.Outcome == Diverged {
			best, res = q, rr
			return true, nil
		}
		return false, nil
	}
	for i := len(best.Rounds) - 1; i >= 0 && len(best.Rounds) > 1; i-- {
		q := clone(best)
		q.Rounds = append(q.Rounds[:i], q.Rounds[i+1:]...)
		if _, err := try(q); err != nil {
			return best, res, err
		}
	}
	for i := len(best.Rounds) - 1; i >= 0; i-- {
		for j := len(best.Rounds[i]) - 1; j >= 0; j-- {
			q := clone(best)
			q.Rounds[i] = append(q.Rounds[i][:j], q.Rounds[i][j+1:]...)
			if _, err := try(q); err != nil {
				return best, res, err
			}
		}
	}
	for i := range best.Rounds {
		for j := range best.Rounds[i] {
			it := best.Rounds[i][j]
			var cands []Item
			if it.Inner != nil {
				c := it
				c.Inner = nil
				cands = append(cands, c)
			}
			if it.Sched != "" && it.Op != nil {
				c := it
				c.Sched, c.Inner = "", nil
				cands = append(cands, c)
			}
			for _, c := range cands {
				q := clone(best)
				q.Rounds[i][j] = c
				ok, err := try(q)
				if err != nil {
					return best, res, err
				}
				if ok {
					break
				}
			}
		}
	}
	for best.Clients > 1 {
		q := clone(best)
		q.Clients--
		q.ClientHalfOpen = q.ClientHalfOpen[:q.Clients]
		if !usesOnly(q) {
			break
		}
		ok, err := try(q)
		if err != nil {
			return best, res, err
		}
		if !ok {
			break
		}
	}
	return best, res, nil
}

// usesOnly reports whether every socket q's operations name exists.
func usesOnly(q *Program) bool {
	ok := func(name string) bool {
		if name == "srv" || name == "" {
			return true
		}
		var n int
		fmt.Sscanf(name[1:], "%d", &n)
		return n < q.Clients
	}
	var walk func(it *Item) bool
	walk = func(it *Item) bool {
		if it == nil {
			return true
		}
		if it.Op != nil && (!ok(it.Op.Target) || it.Op.Kind == "pipe" && !ok(it.Op.Str)) {
			return false
		}
		return walk(it.Inner)
	}
	for _, items := range q.Rounds {
		for i := range items {
			if !walk(&items[i]) {
				return false
			}
		}
	}
	return true
}

func clone(p *Program) *Program {
	q := *p
	q.ClientHalfOpen = append([]bool(nil), p.ClientHalfOpen...)
	q.Rounds = make([][]Item, len(p.Rounds))
	for i, items := range p.Rounds {
		q.Rounds[i] = append([]Item(nil), items...)
	}
	return &q
}
