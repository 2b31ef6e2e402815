package buffer

import (
	"encoding/binary"
	"strconv"
	"strings"
	"testing"
)

// TestFixedRowsMatchNames checks each row against its method's name: read
// or write, size, kind and byte order are all spelled in it.
func TestFixedRowsMatchNames(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range fixedRows {
		if seen[r.name] {
			t.Errorf("%s: twice", r.name)
		}
		seen[r.name] = true
		rest, isWrite := strings.CutPrefix(r.name, "write")
		if !isWrite {
			rest, _ = strings.CutPrefix(r.name, "read")
		}
		if isWrite != (r.op == opWrite) {
			t.Errorf("%s: op %v", r.name, r.op)
		}
		le := strings.HasSuffix(rest, "LE")
		rest = strings.TrimSuffix(strings.TrimSuffix(rest, "LE"), "BE")
		if r.size != 1 && le != r.le {
			t.Errorf("%s: le %v", r.name, r.le)
		}
		var kind valueKind
		var size int
		switch {
		case rest == "Float":
			kind, size = kFloat, 4
		case rest == "Double":
			kind, size = kDouble, 8
		case rest == "BigUInt64":
			kind, size = kBigUint, 8
		case rest == "BigInt64":
			kind, size = kBigInt, 8
		case rest == "UInt" || rest == "Int":
			kind, size = kInt, varWidth
		default:
			digits := strings.TrimLeft(rest, "UInt")
			n, err := strconv.Atoi(digits)
			if err != nil {
				t.Errorf("%s: unexpected name", r.name)
				continue
			}
			kind, size = kInt, n/8
		}
		if strings.HasPrefix(rest, "UInt") {
			kind = kUint
		}
		if kind != r.kind || size != r.size {
			t.Errorf("%s: kind %d size %d, want %d %d", r.name, r.kind, r.size, kind, size)
		}
	}
	if len(fixedRows) != 44 {
		t.Errorf("%d rows, want 44", len(fixedRows))
	}
}

// TestGetPutUint checks the byte orders of every width against
// encoding/binary's.
func TestGetPutUint(t *testing.T) {
	const x = 0x0102030405060708
	for n := 1; n <= 8; n++ {
		for _, le := range []bool{false, true} {
			var full [8]byte
			var p []byte
			if le {
				binary.LittleEndian.PutUint64(full[:], x)
				p = full[:n]
			} else {
				binary.BigEndian.PutUint64(full[:], x)
				p = full[8-n:]
			}
			want := uint64(x)
			if n < 8 {
				want &= 1<<(8*n) - 1
			}
			if got := getUint(p, le); got != want {
				t.Errorf("getUint(n=%d, le=%v) = %#x, want %#x", n, le, got, want)
			}
			q := make([]byte, n)
			putUint(q, x, le)
			if string(q) != string(p) {
				t.Errorf("putUint(n=%d, le=%v) = %x, want %x", n, le, q, p)
			}
		}
	}
}

func TestIntRange(t *testing.T) {
	for _, c := range []struct {
		n      int
		signed bool
		lo, hi float64
	}{
		{1, false, 0, 255}, {1, true, -128, 127}, {2, true, -32768, 32767},
		{4, false, 0, 4294967295}, {4, true, -2147483648, 2147483647},
		{6, false, 0, 1<<48 - 1}, {6, true, -(1 << 47), 1<<47 - 1},
	} {
		if lo, hi := intRange(c.n, c.signed); lo != c.lo || hi != c.hi {
			t.Errorf("intRange(%d, %v) = %v, %v; want %v, %v", c.n, c.signed, lo, hi, c.lo, c.hi)
		}
	}
	if got := signed(0xff, 1); got != -1 {
		t.Errorf("signed(0xff, 1) = %d", got)
	}
	if got := signed(0x800000000000, 6); got != -(1 << 47) {
		t.Errorf("signed(0x800000000000, 6) = %d", got)
	}
}
