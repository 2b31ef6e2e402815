package blocklist

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"
)

// The differential test: a seeded generator writes a corpus of scenarios
// (random rules, random probes, random strings for isIP and SocketAddress),
// the reference Node evaluates it in one process (testdata/diff.js), and Go
// evaluates the same ops the way the JavaScript binding will. Every answer,
// error name, code and message must agree (SyntaxError messages excepted).
//
// Node's answers are committed in testdata/diff.golden.jsonl so the test runs
// without Node; with Node present they are recomputed and must equal the
// golden file. NODENET_UPDATE_GOLDEN=1 (with Node) rewrites it.

const (
	diffSeed      = 20261026
	diffBlockList = 1700 // scenarios on a BlockList
	diffStrings   = 600  // scenarios of 4 isIP/parse probes each
	diffSockAddr  = 300  // scenarios of SocketAddress constructions
	diffBulk      = 60   // scenarios adding and removing many addresses
	goldenPath    = "testdata/diff.golden.jsonl"
)

// ---- corpus -----------------------------------------------------------

// dArg is an address argument: a string, or {"sa": options} for a
// SocketAddress.
type dArg struct {
	Str *string
	SA  *saOpts
}

func (a dArg) MarshalJSON() ([]byte, error) {
	if a.SA != nil {
		return json.Marshal(map[string]*saOpts{"sa": a.SA})
	}
	return json.Marshal(*a.Str)
}

func (a *dArg) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &a.Str)
	}
	var m map[string]*saOpts
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	a.SA = m["sa"]
	return nil
}

type saOpts struct {
	Address   *string `json:"address,omitempty"`
	Family    *string `json:"family,omitempty"`
	Port      *int64  `json:"port,omitempty"`
	FlowLabel *int64  `json:"flowlabel,omitempty"`
}

type dOp struct {
	Op string          `json:"op"`
	A  *dArg           `json:"a,omitempty"`
	B  *dArg           `json:"b,omitempty"`
	F  *string         `json:"f,omitempty"`
	P  *int64          `json:"p,omitempty"`
	S  *string         `json:"s,omitempty"`
	L  []dArg          `json:"l,omitempty"`
	D  json.RawMessage `json:"d,omitempty"`
	O  *saOpts         `json:"o,omitempty"`
}

type dCase struct {
	ID  int   `json:"id"`
	Ops []dOp `json:"ops"`
}

type dErr struct {
	N string `json:"n"`
	C string `json:"c"`
	M string `json:"m"`
}

type dRes struct {
	R json.RawMessage `json:"r,omitempty"`
	E *dErr           `json:"e,omitempty"`
}

type dOut struct {
	ID  int    `json:"id"`
	Res []dRes `json:"res"`
}

func encodeCorpus(t testing.TB, cases []dCase) []byte {
	var buf bytes.Buffer
	for _, c := range cases {
		line, err := json.Marshal(c)
		require.NoError(t, err)
		buf.Write(line)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// ---- Go side ----------------------------------------------------------

// jsFamily applies a JavaScript default parameter: family = 'ipv4'.
func jsFamily(f *string) string {
	if f == nil {
		return "ipv4"
	}
	return *f
}

// newSA is new SocketAddress(options) as the binding will implement it.
func newSA(o *saOpts) (*SocketAddress, error) {
	raw := "ipv4"
	if o.Family != nil {
		raw = *o.Family
	}
	fam, err := ParseFamily(raw)
	if err != nil {
		return nil, err
	}
	address := DefaultAddress(raw)
	if o.Address != nil {
		address = *o.Address
	}
	var port, flow int64
	if o.Port != nil {
		port = *o.Port
	}
	if o.FlowLabel != nil {
		flow = *o.FlowLabel
	}
	return NewSocketAddress(SocketAddressOptions{Address: address, Family: fam, Port: int(port), FlowLabel: uint32(flow)})
}

// resolved is an argument after the harness built its SocketAddress.
type resolved struct {
	str string
	sa  *SocketAddress
}

func resolve(a *dArg) (resolved, error) {
	if a.SA != nil {
		sa, err := newSA(a.SA)
		return resolved{sa: sa}, err
	}
	return resolved{str: *a.Str}, nil
}

// toSA converts a string argument with the method's family, as Node's
// BlockList methods do.
func (r resolved) toSA(family string) (*SocketAddress, error) {
	if r.sa != nil {
		return r.sa, nil
	}
	fam, err := ParseFamily(family)
	if err != nil {
		return nil, err
	}
	return NewSocketAddress(SocketAddressOptions{Address: r.str, Family: fam})
}

func goRun(b *BlockList, op dOp) (any, error) {
	var args []resolved
	for _, a := range []*dArg{op.A, op.B} {
		if a == nil {
			continue
		}
		r, err := resolve(a)
		if err != nil {
			return nil, err
		}
		args = append(args, r)
	}
	var list []resolved
	for i := range op.L {
		r, err := resolve(&op.L[i])
		if err != nil {
			return nil, err
		}
		list = append(list, r)
	}
	fam := jsFamily(op.F)
	var p int
	if op.P != nil {
		p = int(*op.P)
	}
	switch op.Op {
	case "addAddress", "removeAddress":
		if args[0].sa == nil {
			f, err := ParseFamily(fam)
			if err != nil {
				return nil, err
			}
			if op.Op == "addAddress" {
				return nil, b.AddAddress(args[0].str, f)
			}
			return nil, b.RemoveAddress(args[0].str, f)
		}
		if op.Op == "addAddress" {
			return nil, b.AddSocketAddress(args[0].sa)
		}
		return nil, b.RemoveSocketAddress(args[0].sa)
	case "addAddresses":
		allStrings := true
		strs := make([]string, len(list))
		for i, r := range list {
			allStrings = allStrings && r.sa == nil
			strs[i] = r.str
		}
		if allStrings && len(list) > 0 {
			f, err := ParseFamily(fam)
			if err != nil {
				return nil, err
			}
			return nil, b.AddAddresses(strs, f)
		}
		sas := make([]*SocketAddress, len(list))
		for i, r := range list {
			sa, err := r.toSA(fam)
			if err != nil {
				return nil, err
			}
			sas[i] = sa
		}
		return nil, b.AddSocketAddresses(sas)
	case "addRange", "removeRange":
		if args[0].sa == nil && args[1].sa == nil {
			f, err := ParseFamily(fam)
			if err != nil {
				return nil, err
			}
			if op.Op == "addRange" {
				return nil, b.AddRange(args[0].str, args[1].str, f)
			}
			return nil, b.RemoveRange(args[0].str, args[1].str, f)
		}
		s, err := args[0].toSA(fam)
		if err != nil {
			return nil, err
		}
		e, err := args[1].toSA(fam)
		if err != nil {
			return nil, err
		}
		if op.Op == "addRange" {
			return nil, b.AddSocketRange(s, e)
		}
		return nil, b.RemoveSocketRange(s, e)
	case "addSubnet", "removeSubnet":
		if args[0].sa == nil {
			f, err := ParseFamily(fam)
			if err != nil {
				return nil, err
			}
			if op.Op == "addSubnet" {
				return nil, b.AddSubnet(args[0].str, p, f)
			}
			return nil, b.RemoveSubnet(args[0].str, p, f)
		}
		if op.Op == "addSubnet" {
			return nil, b.AddSocketSubnet(args[0].sa, p)
		}
		return nil, b.RemoveSocketSubnet(args[0].sa, p)
	case "addCIDR":
		return nil, b.AddCIDR(*op.S)
	case "removeCIDR":
		return nil, b.RemoveCIDR(*op.S)
	case "addCIDRs":
		strs := make([]string, len(list))
		for i, r := range list {
			strs[i] = r.str
		}
		return nil, b.AddCIDRs(strs)
	case "clear":
		b.Clear()
		return nil, nil
	case "check":
		if args[0].sa != nil {
			return b.CheckSocketAddress(args[0].sa), nil
		}
		return b.Check(args[0].str, LooseFamily(fam)), nil
	case "rules":
		return b.Rules(), nil
	case "size":
		return b.Size(), nil
	case "toJSON":
		j, err := b.MarshalJSON()
		return string(j), err
	case "fromJSON":
		if len(op.D) > 0 && op.D[0] == '"' {
			var s string
			if err := json.Unmarshal(op.D, &s); err != nil {
				return nil, err
			}
			return nil, b.FromJSONString(s)
		}
		var arr []string
		if err := json.Unmarshal(op.D, &arr); err != nil {
			return nil, err
		}
		return nil, b.FromJSON(arr)
	case "isIP":
		return []any{IsIP(*op.S), IsIPv4(*op.S), IsIPv6(*op.S)}, nil
	case "parse":
		sa, ok := ParseSocketAddress(*op.S)
		if !ok {
			return nil, nil
		}
		return sa, nil
	case "sa":
		sa, err := newSA(op.O)
		if err != nil {
			return nil, err
		}
		return map[string]any{"json": sa, "inspect": sa.String()}, nil
	}
	return nil, fmt.Errorf("unknown op %q", op.Op)
}

func goEval(t testing.TB, cases []dCase) []dOut {
	out := make([]dOut, len(cases))
	for i, c := range cases {
		b := New()
		res := make([]dRes, len(c.Ops))
		for j, op := range c.Ops {
			v, err := goRun(b, op)
			if err != nil {
				var ne *Error
				if !errors.As(err, &ne) {
					t.Fatalf("case %d op %d: non-Node error %v", c.ID, j, err)
				}
				res[j] = dRes{E: &dErr{N: ne.Name, C: ne.Code, M: ne.Message}}
				continue
			}
			raw, err := marshalNoEscape(v)
			require.NoError(t, err)
			res[j] = dRes{R: raw}
		}
		out[i] = dOut{ID: c.ID, Res: res}
	}
	return out
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// ---- comparison -------------------------------------------------------

// canonical re-encodes a result so that formatting differences (key order,
// escapes) vanish; SyntaxError messages are dropped.
func canonical(t testing.TB, r dRes) string {
	if r.E != nil {
		e := *r.E
		if e.N == "SyntaxError" {
			e.M = ""
		}
		return fmt.Sprintf("error %s [%s]: %s", e.N, e.C, e.M)
	}
	var v any
	require.NoError(t, json.Unmarshal(r.R, &v))
	b, err := marshalNoEscape(v)
	require.NoError(t, err)
	return string(b)
}

func readResults(t testing.TB, data []byte) []dOut {
	var out []dOut
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var o dOut
		require.NoError(t, json.Unmarshal(sc.Bytes(), &o))
		out = append(out, o)
	}
	require.NoError(t, sc.Err())
	return out
}

// usesZone reports whether a case involves an IPv6 zone, whose meaning
// (if_nametoindex) is the host's: such cases are compared on Linux only.
func usesZone(c dCase) bool {
	b, _ := json.Marshal(c)
	return bytes.Contains(b, []byte("%"))
}

func compareResults(t *testing.T, what string, cases []dCase, want, got []dOut) {
	t.Helper()
	require.Len(t, got, len(want), what)
	failures := 0
	for i := range want {
		if runtime.GOOS != "linux" && usesZone(cases[i]) {
			continue
		}
		require.Equal(t, want[i].ID, got[i].ID)
		require.Len(t, got[i].Res, len(want[i].Res), "%s: case %d", what, want[i].ID)
		for j := range want[i].Res {
			w, g := canonical(t, want[i].Res[j]), canonical(t, got[i].Res[j])
			if w != g {
				failures++
				if failures <= 10 {
					ops, _ := json.Marshal(cases[i].Ops[:j+1])
					t.Errorf("%s: case %d op %d differs\n  ops:  %s\n  node: %s\n  go:   %s", what, want[i].ID, j, ops, w, g)
				}
			}
		}
	}
	if failures > 10 {
		t.Errorf("%s: %d differing answers in all", what, failures)
	}
}

type goldenHeader struct {
	Seed   uint64 `json:"seed"`
	Cases  int    `json:"cases"`
	Ops    int    `json:"ops"`
	Corpus string `json:"corpusSHA256"`
	Node   string `json:"node"`
}

func TestDifferential(t *testing.T) {
	cases := genCorpus(diffSeed)
	corpus := encodeCorpus(t, cases)
	sum := sha256.Sum256(corpus)
	ops := 0
	for _, c := range cases {
		ops += len(c.Ops)
	}
	header := goldenHeader{Seed: diffSeed, Cases: len(cases), Ops: ops, Corpus: hex.EncodeToString(sum[:]), Node: "v26.10.0"}
	require.GreaterOrEqual(t, len(cases), 2000)
	t.Logf("differential corpus: %d cases, %d ops", len(cases), ops)

	goOut := goEval(t, cases)

	var golden []dOut
	if data, err := os.ReadFile(goldenPath); err == nil {
		first, rest, _ := bytes.Cut(data, []byte("\n"))
		var h goldenHeader
		require.NoError(t, json.Unmarshal(first, &h))
		if h == header {
			golden = readResults(t, rest)
		} else if os.Getenv("NODENET_UPDATE_GOLDEN") != "1" {
			t.Fatalf("%s was recorded for another corpus (%+v, now %+v): rerun with NODENET_UPDATE_GOLDEN=1 and the oracle", goldenPath, h, header)
		}
	} else if os.Getenv("NODENET_UPDATE_GOLDEN") != "1" {
		t.Fatalf("%s missing: run with NODENET_UPDATE_GOLDEN=1 and the oracle", goldenPath)
	}

	if node := oracleNode(t); node != "" {
		dir := t.TempDir()
		corpusFile := filepath.Join(dir, "corpus.jsonl")
		require.NoError(t, os.WriteFile(corpusFile, corpus, 0o644))
		cmd := exec.Command(node, "testdata/diff.js", corpusFile)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		raw, err := cmd.Output()
		require.NoError(t, err, "diff.js: %s", stderr.String())
		nodeOut := readResults(t, raw)
		if os.Getenv("NODENET_UPDATE_GOLDEN") == "1" {
			hb, _ := json.Marshal(header)
			require.NoError(t, os.WriteFile(goldenPath, append(append(hb, '\n'), raw...), 0o644))
			golden = nodeOut
		} else {
			compareResults(t, "node vs golden", cases, golden, nodeOut)
		}
		compareResults(t, "go vs node", cases, nodeOut, goOut)
	}
	require.NotNil(t, golden, "no golden answers")
	compareResults(t, "go vs golden", cases, golden, goOut)
}
