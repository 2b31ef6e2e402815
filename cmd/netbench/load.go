package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Workload is one kind of load with its parameters, parsed from
// "kind:key=value,key=value". Counts are fixed, so that every target does
// the same work and the cost per unit compares; every connection also has
// the phase's deadline, so a stuck server ends the phase with an error.
type Workload struct {
	Name  string  `json:"name"`            // the spec as given
	Kind  string  `json:"kind"`            // pingpong, pipeline, bulk, churn, idle, openloop
	Conns int     `json:"conns,omitempty"` // connections (pingpong, pipeline, openloop, idle)
	N     int     `json:"n,omitempty"`     // requests (pingpong, pipeline), connections (churn)
	Depth int     `json:"depth,omitempty"` // requests in flight per connection (pipeline)
	Par   int     `json:"par,omitempty"`   // connections at a time (churn)
	Steps int     `json:"steps,omitempty"` // RSS readings while opening (idle)
	Size  string  `json:"size,omitempty"`  // request size distribution
	Bytes int64   `json:"bytes,omitempty"` // bytes sent (bulk)
	Chunk int     `json:"chunk,omitempty"` // write size (bulk)
	Dir   string  `json:"dir,omitempty"`   // bulk: "both" (echo read back while sending, checked) or "up" (sent, then the reply drained unchecked)
	Rate  float64 `json:"rate,omitempty"`  // requests per second (openloop)
	Dur   string  `json:"dur,omitempty"`   // how long (openloop)
	Close string  `json:"close,omitempty"` // churn: "half" (client half-closes, waits for the server's close) or "client"

	sizes Sizes
	dur   time.Duration
}

// Unit is what the workload's costs are counted per.
func (w *Workload) Unit() string {
	switch w.Kind {
	case "bulk":
		return "GB"
	case "churn", "idle":
		return "conn"
	}
	return "req"
}

// workloadKinds lists the kinds and their defaults, for -h.
const workloadKinds = `workloads (-w, repeatable; "kind" or "kind:key=value,..."):
  pingpong  conns=50 n=50000 size=64      one request in flight per connection
  pipeline  conns=10 depth=16 n=100000 size=64
  bulk      bytes=268435456 chunk=65536 dir=both   dir=up: send, then drain
  churn     n=2000 par=4 close=half       connect, one request, close
  idle      conns=2000 steps=4            RSS per open idle connection (put it first)
  openloop  rate=5000 dur=3s conns=20 size=64   latency from the intended send time
size: N, LO..HI (uniform) or N@W+N@W... (weighted)`

// ParseWorkload parses "kind:key=value,...".
func ParseWorkload(spec string) (*Workload, error) {
	kind, params, _ := strings.Cut(spec, ":")
	w := &Workload{Name: spec, Kind: kind, Size: "64"}
	switch kind {
	case "pingpong":
		w.Conns, w.N = 50, 50000
	case "pipeline":
		w.Conns, w.Depth, w.N = 10, 16, 100000
	case "bulk":
		w.Bytes, w.Chunk, w.Dir, w.Size = 256<<20, 64<<10, "both", ""
	case "churn":
		w.N, w.Par, w.Close = 2000, 4, "half"
	case "idle":
		w.Conns, w.Steps = 2000, 4
	case "openloop":
		w.Rate, w.Dur, w.Conns = 5000, "3s", 20
	default:
		return nil, fmt.Errorf("workload %q: unknown kind %q (pingpong, pipeline, bulk, churn, idle, openloop)", spec, kind)
	}
	bad := func(k, v string) (*Workload, error) {
		return nil, fmt.Errorf("workload %q: bad %s=%s", spec, k, v)
	}
	if params != "" {
		for kv := range strings.SplitSeq(params, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return bad(kv, "")
			}
			num := func(p *int) bool {
				n, err := strconv.Atoi(v)
				if err != nil || n < 1 {
					return false
				}
				*p = n
				return true
			}
			var ok2 bool
			switch k {
			case "conns":
				ok2 = num(&w.Conns)
			case "n":
				ok2 = num(&w.N)
			case "depth":
				ok2 = num(&w.Depth)
			case "par":
				ok2 = num(&w.Par)
			case "steps":
				ok2 = num(&w.Steps)
			case "chunk":
				ok2 = num(&w.Chunk)
			case "size":
				w.Size, ok2 = v, true
			case "bytes":
				n, err := strconv.ParseInt(v, 10, 64)
				w.Bytes, ok2 = n, err == nil && n > 0
			case "rate":
				f, err := strconv.ParseFloat(v, 64)
				w.Rate, ok2 = f, err == nil && f > 0
			case "dur":
				d, err := time.ParseDuration(v)
				w.Dur, ok2 = v, err == nil && d > 0
			case "dir":
				w.Dir, ok2 = v, v == "both" || v == "up"
			case "close":
				w.Close, ok2 = v, v == "half" || v == "client"
			}
			if !ok2 || !w.takes(k) {
				return bad(k, v)
			}
		}
	}
	if w.Size != "" {
		s, err := ParseSizes(w.Size)
		if err != nil {
			return nil, fmt.Errorf("workload %q: %w", spec, err)
		}
		w.sizes = s
	}
	if w.Dur != "" {
		w.dur, _ = time.ParseDuration(w.Dur)
	}
	return w, nil
}

// takes says whether the kind has parameter k.
func (w *Workload) takes(k string) bool {
	ks := map[string]string{
		"pingpong": "conns n size",
		"pipeline": "conns depth n size",
		"bulk":     "bytes chunk dir",
		"churn":    "n par close size",
		"idle":     "conns steps size",
		"openloop": "rate dur conns size",
	}[w.Kind]
	return strings.Contains(" "+ks+" ", " "+k+" ")
}

// units is how many units the workload does.
func (w *Workload) units() float64 {
	switch w.Kind {
	case "bulk":
		return float64(w.Bytes) / 1e9
	case "churn":
		return float64(w.N)
	case "idle":
		return float64(w.Conns)
	case "openloop":
		return float64(w.requests())
	}
	return float64(w.N)
}

func (w *Workload) requests() int { return max(int(w.Rate*w.dur.Seconds()), 1) }

// Endpoint is where the load goes: "tcp" and host:port, or "unix" and a
// path.
type Endpoint struct {
	Network, Address string
}

// Outcome is what one run of a workload measured on the generator side.
type Outcome struct {
	Hist    *Histogram // request latencies (connect to reply for churn)
	RSS     []RSSPoint // idle: the server's RSS as connections opened
	Behind  time.Duration
	Elapsed time.Duration
}

// RSSPoint is the server's resident set size with Conns connections open.
type RSSPoint struct {
	Conns int   `json:"conns"`
	Bytes int64 `json:"bytes"`
}

// driver runs workloads against an endpoint until deadline.
type driver struct {
	ep       Endpoint
	proto    Protocol
	deadline time.Time
	rss      func() (int64, error) // the server's RSS, nil when unknown
	seed     atomic.Uint64
}

func (d *driver) dial() (net.Conn, error) {
	c, err := net.DialTimeout(d.ep.Network, d.ep.Address, 10*time.Second)
	if err != nil {
		return nil, err
	}
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetNoDelay(true)
	}
	_ = c.SetDeadline(d.deadline)
	return c, nil
}

// conn is a client connection with its reader.
type conn struct {
	net.Conn
	r   *bufio.Reader
	buf []byte
	rnd *rand.Rand
}

func (d *driver) open() (*conn, error) {
	c, err := d.dial()
	if err != nil {
		return nil, err
	}
	s := d.seed.Add(1)
	return &conn{Conn: c, r: bufio.NewReaderSize(c, 64<<10), rnd: rand.New(rand.NewPCG(s, 7))}, nil
}

func (d *driver) openN(n int) ([]*conn, error) {
	cs := make([]*conn, 0, n)
	for range n {
		c, err := d.open()
		if err != nil {
			closeAll(cs)
			return nil, err
		}
		cs = append(cs, c)
	}
	return cs, nil
}

func closeAll(cs []*conn) {
	for _, c := range cs {
		c.Close()
	}
}

// roundTrip sends one request of a size drawn from sizes and checks the
// reply.
func (d *driver) roundTrip(c *conn, sizes Sizes) error {
	req := d.proto.Request(sizes.Pick(c.rnd), c.rnd.Uint64())
	if _, err := c.Write(req); err != nil {
		return err
	}
	var err error
	if c.buf, err = d.proto.ReadReply(c.r, req, c.buf); err != nil {
		return err
	}
	return d.proto.Check(req, c.buf)
}

// Run runs w once.
func (d *driver) Run(w *Workload) (*Outcome, error) {
	o := &Outcome{Hist: &Histogram{}}
	start := time.Now()
	var err error
	switch w.Kind {
	case "pingpong":
		err = d.pingPong(w, o)
	case "pipeline":
		err = d.pipeline(w, o)
	case "bulk":
		err = d.bulk(w)
	case "churn":
		err = d.churn(w, o)
	case "idle":
		err = d.idle(w, o)
	case "openloop":
		err = d.openLoop(w, o)
	}
	o.Elapsed = time.Since(start)
	return o, err
}

// split gives worker i of k its share of n.
func split(n, k, i int) int {
	s := n / k
	if i < n%k {
		s++
	}
	return s
}

// each runs f for every connection in its own goroutine and joins the
// errors; the first error closes every connection, so the others stop.
func each(cs []*conn, f func(i int, c *conn, h *Histogram) error, into *Histogram) error {
	var wg sync.WaitGroup
	errs := make([]error, len(cs))
	hs := make([]Histogram, len(cs))
	var once sync.Once
	for i, c := range cs {
		wg.Go(func() {
			if errs[i] = f(i, c, &hs[i]); errs[i] != nil {
				once.Do(func() { closeAll(cs) })
			}
		})
	}
	wg.Wait()
	for i := range hs {
		into.Merge(&hs[i])
	}
	return firstErr(errs)
}

// firstErr returns the first error that is not a consequence of closing
// the connections after another error.
func firstErr(errs []error) error {
	var closed error
	for _, e := range errs {
		if e == nil {
			continue
		}
		if errors.Is(e, net.ErrClosed) {
			closed = e
			continue
		}
		return e
	}
	return closed
}

func (d *driver) pingPong(w *Workload, o *Outcome) error {
	cs, err := d.openN(w.Conns)
	if err != nil {
		return err
	}
	defer closeAll(cs)
	return each(cs, func(i int, c *conn, h *Histogram) error {
		for range split(w.N, len(cs), i) {
			t := time.Now()
			if err := d.roundTrip(c, w.sizes); err != nil {
				return err
			}
			h.Record(time.Since(t))
		}
		return nil
	}, o.Hist)
}

// sent is a request in flight and when it was meant to go.
type sent struct {
	req []byte
	at  time.Time
}

// pipelined sends n requests over c, keeping at most depth in flight
// unanswered, each at the time when(i) returns (now for a closed loop),
// and records each latency from that time. A writer goroutine sends while
// the caller's goroutine reads and checks the replies in order.
func (d *driver) pipelined(c *conn, n, depth int, sizes Sizes, when func(i int) time.Time, h *Histogram, behind *time.Duration) error {
	q := make(chan sent, depth)
	var werr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(q)
		rnd := rand.New(rand.NewPCG(c.rnd.Uint64(), 3))
		for i := range n {
			req := d.proto.Request(sizes.Pick(rnd), rnd.Uint64())
			at := time.Now()
			if when != nil {
				at = when(i)
				if wait := time.Until(at); wait > 0 {
					time.Sleep(wait)
				} else if -wait > *behind {
					*behind = -wait
				}
			}
			q <- sent{req, at}
			if _, werr = c.Write(req); werr != nil {
				return
			}
		}
	}()
	var rerr error
	for s := range q {
		if c.buf, rerr = d.proto.ReadReply(c.r, s.req, c.buf); rerr == nil {
			rerr = d.proto.Check(s.req, c.buf)
		}
		if rerr != nil {
			c.Close() // stops the writer
			for range q {
			}
			break
		}
		h.Record(time.Since(s.at))
	}
	<-done
	if rerr != nil {
		return rerr
	}
	return werr
}

func (d *driver) pipeline(w *Workload, o *Outcome) error {
	cs, err := d.openN(w.Conns)
	if err != nil {
		return err
	}
	defer closeAll(cs)
	var behind time.Duration
	return each(cs, func(i int, c *conn, h *Histogram) error {
		return d.pipelined(c, split(w.N, len(cs), i), w.Depth, w.sizes, nil, h, &behind)
	}, o.Hist)
}

// openLoop sends requests at a fixed total rate spread over the
// connections, each at its scheduled time whether or not earlier replies
// came back, and measures each latency from the scheduled time: a server
// that stalls is charged for every request that should have gone out
// meanwhile (no coordinated omission). Behind is how late the generator
// itself was at worst.
func (d *driver) openLoop(w *Workload, o *Outcome) error {
	cs, err := d.openN(w.Conns)
	if err != nil {
		return err
	}
	defer closeAll(cs)
	total := w.requests()
	interval := time.Duration(float64(time.Second) / w.Rate)
	t0 := time.Now().Add(10 * time.Millisecond)
	behind := make([]time.Duration, len(cs))
	err = each(cs, func(k int, c *conn, h *Histogram) error {
		n := split(total, len(cs), k)
		when := func(i int) time.Time { return t0.Add(time.Duration(k+i*len(cs)) * interval) }
		return d.pipelined(c, n, n+1, w.sizes, when, h, &behind[k])
	}, o.Hist)
	for _, b := range behind {
		o.Behind = max(o.Behind, b)
	}
	return err
}

// bulk streams w.Bytes through one connection. dir=both reads the echo
// back while sending and checks it; dir=up sends everything, half-closes,
// and drains whatever comes back until the server closes.
func (d *driver) bulk(w *Workload) error {
	c, err := d.dial()
	if err != nil {
		return err
	}
	defer c.Close()
	if w.Dir == "both" && d.proto.Kind != "echo" {
		return errors.New("bulk dir=both needs the echo protocol (dir=up sends to any server)")
	}
	out := make([]byte, w.Chunk)
	fill(out, 0)
	var werr error
	var wg sync.WaitGroup
	wg.Go(func() {
		for sent := int64(0); sent < w.Bytes; sent += int64(w.Chunk) {
			if _, werr = c.Write(out[:min(int64(w.Chunk), w.Bytes-sent)]); werr != nil {
				return
			}
		}
		if w.Dir == "up" {
			werr = c.(interface{ CloseWrite() error }).CloseWrite()
		}
	})
	in := make([]byte, w.Chunk)
	var rerr error
	if w.Dir == "up" {
		_, rerr = io.CopyBuffer(io.Discard, struct{ io.Reader }{c}, in)
	} else {
		for got := int64(0); got < w.Bytes; got += int64(w.Chunk) {
			n := min(int64(w.Chunk), w.Bytes-got)
			if _, rerr = io.ReadFull(c, in[:n]); rerr != nil {
				break
			}
			if string(in[:n]) != string(out[:n]) {
				rerr = fmt.Errorf("bulk: the echo differs from the bytes sent, at byte %d", got)
				break
			}
		}
	}
	if rerr != nil {
		c.Close() // unblocks the writer
	}
	wg.Wait()
	return errors.Join(rerr, werr)
}

// churn opens w.N connections, w.Par at a time: each sends one request,
// checks the reply and closes (close=half: half-closes and waits for the
// server to close). The latency is from connect to the reply.
func (d *driver) churn(w *Workload, o *Outcome) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, w.Par)
	hs := make([]Histogram, w.Par)
	for p := range w.Par {
		wg.Go(func() {
			for next.Add(1) <= int64(w.N) {
				if errs[p] = d.churnOne(w, &hs[p]); errs[p] != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	for i := range hs {
		o.Hist.Merge(&hs[i])
	}
	return firstErr(errs)
}

func (d *driver) churnOne(w *Workload, h *Histogram) error {
	t := time.Now()
	c, err := d.open()
	if err != nil {
		return err
	}
	defer c.Close()
	if err := d.roundTrip(c, w.sizes); err != nil {
		return err
	}
	h.Record(time.Since(t))
	if w.Close == "client" {
		return nil
	}
	if err := c.Conn.(interface{ CloseWrite() error }).CloseWrite(); err != nil {
		return err
	}
	if n, err := c.r.Read(c.buf[:cap(c.buf)]); err != io.EOF {
		return fmt.Errorf("churn: %d bytes after the reply, %v (want the server's close)", n, err)
	}
	return nil
}

// idle opens w.Conns connections that each make one round trip and stay
// open, reading the server's RSS before and at w.Steps points on the way.
func (d *driver) idle(w *Workload, o *Outcome) error {
	read := func(n int) error {
		if d.rss == nil {
			return nil
		}
		b, err := d.rss()
		o.RSS = append(o.RSS, RSSPoint{n, b})
		return err
	}
	if err := read(0); err != nil {
		return err
	}
	var cs []*conn
	defer func() { closeAll(cs) }()
	marks := map[int]bool{}
	for s := 1; s <= w.Steps; s++ {
		marks[w.Conns*s/w.Steps] = true
	}
	for i := 1; i <= w.Conns; i++ {
		t := time.Now()
		c, err := d.open()
		if err != nil {
			return err
		}
		cs = append(cs, c)
		if err := d.roundTrip(c, w.sizes); err != nil {
			return err
		}
		o.Hist.Record(time.Since(t))
		if marks[i] {
			if err := read(i); err != nil {
				return err
			}
		}
	}
	sort.Slice(o.RSS, func(i, j int) bool { return o.RSS[i].Conns < o.RSS[j].Conns })
	return nil
}
