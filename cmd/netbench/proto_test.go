package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
)

func reader(s string) *bufio.Reader { return bufio.NewReaderSize(strings.NewReader(s), 16) }

func TestEchoProtocol(t *testing.T) {
	p, err := ParseProtocol("echo", "")
	if err != nil {
		t.Fatal(err)
	}
	req := p.Request(5, 0)
	if string(req) != "abcde" {
		t.Fatalf("request %q, want abcde", req)
	}
	reply, err := p.ReadReply(reader("abcdeXYZ"), req, nil)
	if err != nil || string(reply) != "abcde" {
		t.Fatalf("reply %q %v, want the 5 bytes sent", reply, err)
	}
	if err := p.Check(req, reply); err != nil {
		t.Fatal(err)
	}
	err = p.Check(req, []byte("abcdf"))
	if err == nil || err.Error() != `unexpected reply "abcdf", want "abcde"` {
		t.Fatalf("Check of a wrong echo: %v", err)
	}
	if _, err := p.ReadReply(reader("abc"), req, nil); err == nil || err.Error() != "unexpected EOF" {
		t.Fatalf("short echo: %v, want unexpected EOF", err)
	}
}

func TestLineProtocol(t *testing.T) {
	p, _ := ParseProtocol("line", "")
	req := p.Request(4, 1)
	if string(req) != "bcd\n" {
		t.Fatalf("request %q, want \"bcd\\n\"", req)
	}
	// A reply longer than the reader's buffer is read whole.
	long := strings.Repeat("x", 40) + "\n"
	reply, err := p.ReadReply(reader(long+"next\n"), req, nil)
	if err != nil || string(reply) != long {
		t.Fatalf("reply %q %v, want the 41-byte line", reply, err)
	}
	if err := p.Check(req, []byte("bcd\n")); err != nil {
		t.Fatal(err)
	}
	if err := p.Check(req, []byte("bce\n")); err == nil {
		t.Fatal("a different line passed the echo check")
	}
	ok, _ := ParseProtocol("line", "=OK")
	if err := ok.Check(req, []byte("OK\n")); err != nil {
		t.Fatal(err)
	}
	if err := ok.Check(req, []byte("NO\n")); err == nil || err.Error() != `unexpected reply "NO\n", want "OK\n"` {
		t.Fatalf("=OK check of NO: %v", err)
	}
	anyp, _ := ParseProtocol("line", "any")
	if err := anyp.Check(req, []byte("whatever\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := p.ReadReply(reader("no newline"), req, nil); err == nil || err.Error() != "EOF" {
		t.Fatalf("unterminated line: %v, want EOF", err)
	}
}

func TestLengthPrefixedProtocol(t *testing.T) {
	p, _ := ParseProtocol("lp", "")
	req := p.Request(3, 2)
	if !bytes.Equal(req, []byte{0, 0, 0, 3, 'c', 'd', 'e'}) {
		t.Fatalf("request % x", req)
	}
	reply, err := p.ReadReply(reader(string(req)+"rest"), req, nil)
	if err != nil || !bytes.Equal(reply, req) {
		t.Fatalf("reply % x %v, want the frame sent", reply, err)
	}
	if err := p.Check(req, reply); err != nil {
		t.Fatal(err)
	}
	huge := binary.BigEndian.AppendUint32(nil, maxReply+1)
	if _, err := p.ReadReply(reader(string(huge)), req, nil); err == nil || err.Error() != "reply frame of 16777217 bytes, over the 16777216-byte limit" {
		t.Fatalf("oversized frame: %v", err)
	}
	hello, _ := ParseProtocol("lp", "=hello")
	if err := hello.Check(req, append([]byte{0, 0, 0, 5}, "hello"...)); err != nil {
		t.Fatal(err)
	}
	if err := hello.Check(req, append([]byte{0, 0, 0, 4}, "hell"...)); err == nil {
		t.Fatal("a shorter frame passed the =hello check")
	}
}

func TestParseProtocolErrors(t *testing.T) {
	for _, c := range []struct{ kind, expect, err string }{
		{"http", "", `unknown protocol "http" (echo, line or lp)`},
		{"line", "maybe", `unknown -expect "maybe" (echo, any or =TEXT)`},
		{"echo", "=x", "the echo protocol expects the request back: -expect goes with line or lp"},
	} {
		if _, err := ParseProtocol(c.kind, c.expect); err == nil || err.Error() != c.err {
			t.Errorf("ParseProtocol(%q, %q) = %v, want %s", c.kind, c.expect, err, c.err)
		}
	}
}

func TestSizes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	fixed, _ := ParseSizes("64")
	uni, _ := ParseSizes("16..32")
	w, err := ParseSizes("10@3+1000@1")
	if err != nil {
		t.Fatal(err)
	}
	if fixed.Mean() != 64 || uni.Mean() != 24 || w.Mean() != (30+1000)/4.0 {
		t.Fatalf("means %v %v %v", fixed.Mean(), uni.Mean(), w.Mean())
	}
	seen := map[int]int{}
	for range 10000 {
		if s := fixed.Pick(r); s != 64 {
			t.Fatalf("fixed size picked %d", s)
		}
		s := uni.Pick(r)
		if s < 16 || s > 32 {
			t.Fatalf("uniform 16..32 picked %d", s)
		}
		seen[s]++
		seen[-w.Pick(r)]++
	}
	if len(seen) != 17+2 {
		t.Fatalf("picked %d distinct sizes, want 17 uniform and 2 weighted: %v", len(seen), seen)
	}
	// 10 has weight 3 of 4: within 3 % of 7500 out of 10000.
	if n := seen[-10]; n < 7275 || n > 7725 || seen[-10]+seen[-1000] != 10000 {
		t.Fatalf("weighted picks %d of 10 and %d of 1000", seen[-10], seen[-1000])
	}
	for _, bad := range []string{"", "0", "-3", "5..4", "a..b", "10@0", "10@x", "10@1+", "16777217"} {
		if _, err := ParseSizes(bad); err == nil {
			t.Errorf("ParseSizes(%q) accepted", bad)
		}
	}
}
