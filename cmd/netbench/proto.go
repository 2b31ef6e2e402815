package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Protocol frames requests and replies and checks each reply against its
// request, so that servers other than echoes can be measured.
//
//   - "echo": the request is raw bytes and the reply is the same bytes;
//   - "line": the request is a line ending in '\n' (the size counts the
//     newline), the reply a line;
//   - "lp": the request is a 4-byte big-endian length then the payload
//     (the size counts the payload), the reply a frame of the same shape.
//
// Expect says what a line or lp reply must hold: "echo" (the request's
// payload, the default), "any" (anything well framed) or "=TEXT" (exactly
// TEXT). An echo reply is always the request.
type Protocol struct {
	Kind   string
	Expect string
}

// maxReply bounds a line or frame reply, so that a broken server cannot
// make the generator allocate without limit.
const maxReply = 16 << 20

// ParseProtocol checks kind and expect.
func ParseProtocol(kind, expect string) (Protocol, error) {
	switch kind {
	case "echo", "line", "lp":
	default:
		return Protocol{}, fmt.Errorf("unknown protocol %q (echo, line or lp)", kind)
	}
	if expect == "" {
		expect = "echo"
	}
	if expect != "echo" && expect != "any" && !strings.HasPrefix(expect, "=") {
		return Protocol{}, fmt.Errorf("unknown -expect %q (echo, any or =TEXT)", expect)
	}
	if kind == "echo" && expect != "echo" {
		return Protocol{}, errors.New("the echo protocol expects the request back: -expect goes with line or lp")
	}
	return Protocol{Kind: kind, Expect: expect}, nil
}

// Request returns a request of size bytes on the wire (line: size-1
// letters and '\n'; lp: the header and size bytes of payload) filled from
// seed, so that every request differs from the previous one.
func (p Protocol) Request(size int, seed uint64) []byte {
	var b []byte
	switch p.Kind {
	case "lp":
		b = make([]byte, 4+size)
		binary.BigEndian.PutUint32(b, uint32(size))
		fill(b[4:], seed)
	case "line":
		size = max(size, 1)
		b = make([]byte, size)
		fill(b[:size-1], seed)
		b[size-1] = '\n'
	default:
		b = make([]byte, max(size, 1))
		fill(b, seed)
	}
	return b
}

// fill writes letters that depend on seed.
func fill(b []byte, seed uint64) {
	for i := range b {
		b[i] = 'a' + byte((seed+uint64(i))%26)
	}
}

// ReadReply reads the reply to req from r into buf (grown as needed) and
// returns it, framing included.
func (p Protocol) ReadReply(r *bufio.Reader, req []byte, buf []byte) ([]byte, error) {
	switch p.Kind {
	case "line":
		buf = buf[:0]
		for {
			chunk, err := r.ReadSlice('\n')
			buf = append(buf, chunk...)
			if err == nil {
				return buf, nil
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				return buf, err
			}
			if len(buf) > maxReply {
				return buf, fmt.Errorf("reply line longer than %d bytes", maxReply)
			}
		}
	case "lp":
		var h [4]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return nil, err
		}
		n := binary.BigEndian.Uint32(h[:])
		if n > maxReply {
			return nil, fmt.Errorf("reply frame of %d bytes, over the %d-byte limit", n, maxReply)
		}
		buf = append(append(buf[:0], h[:]...), make([]byte, n)...)
		_, err := io.ReadFull(r, buf[4:])
		return buf, err
	default:
		if cap(buf) < len(req) {
			buf = make([]byte, len(req))
		}
		buf = buf[:len(req)]
		_, err := io.ReadFull(r, buf)
		return buf, err
	}
}

// Check reports how reply fails to answer req, or nil.
func (p Protocol) Check(req, reply []byte) error {
	var want []byte
	switch {
	case p.Kind == "echo":
		want = req
	case p.Expect == "any":
		return nil
	case p.Expect == "echo":
		want = req
	case p.Kind == "line":
		want = []byte(p.Expect[1:] + "\n")
	default: // lp with =TEXT
		want = binary.BigEndian.AppendUint32(nil, uint32(len(p.Expect)-1))
		want = append(want, p.Expect[1:]...)
	}
	if !bytes.Equal(reply, want) {
		return fmt.Errorf("unexpected reply %s, want %s", quote(reply), quote(want))
	}
	return nil
}

// quote shows at most 40 bytes of b.
func quote(b []byte) string {
	if len(b) > 40 {
		return strconv.Quote(string(b[:40])) + "… (" + strconv.Itoa(len(b)) + " bytes)"
	}
	return strconv.Quote(string(b))
}

// Sizes is a distribution of request sizes: one size ("64"), a uniform
// range ("16..4096") or weighted sizes ("64@9+1024@1").
type Sizes struct {
	spec    string
	lo, hi  int       // uniform range (lo == hi: fixed)
	sizes   []int     // weighted choice
	cumul   []float64 // cumulative weights, the last is 1
	meanSiz float64
}

// ParseSizes parses a size distribution.
func ParseSizes(spec string) (Sizes, error) {
	s := Sizes{spec: spec}
	bad := func(why string) (Sizes, error) {
		return Sizes{}, fmt.Errorf("size %q: %s (N, LO..HI or N@W+N@W...)", spec, why)
	}
	switch {
	case strings.Contains(spec, "@"):
		var total float64
		for part := range strings.SplitSeq(spec, "+") {
			ns, ws, ok := strings.Cut(part, "@")
			n, err1 := strconv.Atoi(ns)
			w, err2 := strconv.ParseFloat(ws, 64)
			if !ok || err1 != nil || err2 != nil || n < 1 || !(w > 0) {
				return bad("bad weighted size " + strconv.Quote(part))
			}
			s.sizes = append(s.sizes, n)
			total += w
			s.cumul = append(s.cumul, total)
			s.meanSiz += float64(n) * w
		}
		for i := range s.cumul {
			s.cumul[i] /= total
		}
		s.meanSiz /= total
	case strings.Contains(spec, ".."):
		a, b, _ := strings.Cut(spec, "..")
		lo, err1 := strconv.Atoi(a)
		hi, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || lo < 1 || hi < lo {
			return bad("bad range")
		}
		s.lo, s.hi = lo, hi
		s.meanSiz = float64(lo+hi) / 2
	default:
		n, err := strconv.Atoi(spec)
		if err != nil || n < 1 {
			return bad("not a positive size")
		}
		s.lo, s.hi = n, n
		s.meanSiz = float64(n)
	}
	if s.max() > maxReply {
		return bad("over the 16 MiB limit")
	}
	return s, nil
}

func (s Sizes) max() int {
	if len(s.sizes) > 0 {
		return maxOf(s.sizes)
	}
	return s.hi
}

func maxOf(xs []int) int {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// Pick draws a size.
func (s Sizes) Pick(r *rand.Rand) int {
	if len(s.sizes) > 0 {
		u := r.Float64()
		for i, c := range s.cumul {
			if u < c {
				return s.sizes[i]
			}
		}
		return s.sizes[len(s.sizes)-1]
	}
	if s.lo == s.hi {
		return s.lo
	}
	return s.lo + r.IntN(s.hi-s.lo+1)
}

// Mean is the mean size.
func (s Sizes) Mean() float64 { return s.meanSiz }

// String is the spec the distribution was parsed from.
func (s Sizes) String() string { return s.spec }
