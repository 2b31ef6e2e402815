package netmod

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/nodenet/nodenet/eventloop"
)

// emfileChildEnv makes the test binary run the child side of
// TestServerEMFILEExhaustion.
const emfileChildEnv = "NODENET_EMFILE_CHILD"

// A server in a process that has run out of descriptors (RLIMIT_NOFILE
// lowered in a child process, then every descriptor taken): clients keep
// connecting for a while; the server neither dies nor spins (the child's
// CPU time stays a small part of the wall time, and its loop turns about
// once per client), emits no 'error', and rejects each pending client
// cleanly (the client sees the connection end). Once descriptors are freed
// it accepts and echoes again.
func TestServerEMFILEExhaustion(t *testing.T) {
	if os.Getenv(emfileChildEnv) == "1" {
		emfileChild()
		return
	}
	if testing.Short() {
		t.Skip("runs a child process for about a second")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServerEMFILEExhaustion$", "-test.count=1")
	cmd.Env = append(os.Environ(), emfileChildEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	exited := false
	defer func() {
		if !exited {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		if t.Failed() {
			t.Logf("child stderr:\n%s", stderr.String())
		}
	}()
	lines := make(chan string, 16)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	// expect returns the fields of the child's next line starting with tag.
	expect := func(tag string) []string {
		t.Helper()
		deadline := time.After(20 * time.Second)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					require.FailNow(t, "child ended", "waiting for %q", tag)
				}
				if f := strings.Fields(l); len(f) > 0 && f[0] == tag {
					return f[1:]
				}
			case <-deadline:
				require.FailNow(t, "child did not answer", "waiting for %q", tag)
			}
		}
	}
	send := func(cmd string) {
		_, err := io.WriteString(stdin, cmd+"\n")
		require.NoError(t, err)
	}

	ready := expect("ready")
	addr := net.JoinHostPort("127.0.0.1", ready[0])
	t.Logf("child exhausted its descriptors (limit %s, %s taken)", ready[2], ready[1])

	// Clients for a bounded time (1 s, at most 2000 of them, 4 at a time,
	// paced): each must see its connection end, neither echoed nor left
	// hanging.
	var rejected, hung, other int
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := time.Now().Add(time.Second)
	for range 4 {
		wg.Go(func() {
			for i := 0; i < 500 && time.Now().Before(stop); i++ {
				outcome := emfileClient(addr)
				mu.Lock()
				switch outcome {
				case "rejected":
					rejected++
				case "hung":
					hung++
				default:
					other++
					t.Logf("client: %s", outcome)
				}
				mu.Unlock()
				time.Sleep(2 * time.Millisecond)
			}
		})
	}
	wg.Wait()

	send("free")
	st := expect("exhausted")
	stats := map[string]int64{}
	for _, kv := range st {
		k, v, _ := strings.Cut(kv, "=")
		n, err := strconv.ParseInt(v, 10, 64)
		require.NoError(t, err, kv)
		stats[k] = n
	}
	t.Logf("while exhausted: %d clients rejected, %d hung, %d other; child CPU %d µs in %d µs of wall time (%.1f%%), %d loop iterations, %d 'error' events, %d rejected by the server",
		rejected, hung, other, stats["cpu_us"], stats["wall_us"], 100*float64(stats["cpu_us"])/float64(stats["wall_us"]),
		stats["iterations"], stats["errors"], stats["rejected"])
	assert.Positive(t, rejected, "clients were driven at the server")
	assert.Zero(t, hung, "no client was left waiting")
	assert.Zero(t, other)
	assert.Zero(t, stats["errors"], "no 'error' while the reserve descriptor gets past EMFILE (as Node)")
	assert.Equal(t, int64(rejected), stats["rejected"], "every client was accepted and closed by the server")
	assert.Less(t, stats["cpu_us"], stats["wall_us"]/5, "the loop sleeps while descriptors are exhausted (< 20%% CPU)")
	assert.Less(t, stats["iterations"], int64(10*rejected+1000), "about one loop iteration per client, not a spin")

	expect("freed")
	for i := range 5 {
		msg := "ping " + strconv.Itoa(i)
		got, err := emfileEcho(addr, msg)
		require.NoError(t, err)
		assert.Equal(t, msg, got, "accepting and echoing resumed once descriptors were freed")
	}
	send("quit")
	final := expect("done")
	assert.Equal(t, []string{"errors=0", "served=5"}, final)
	require.NoError(t, stdin.Close())
	exited = true
	require.NoError(t, cmd.Wait())
}

// emfileClient connects, sends a byte and reports how the connection ended:
// "rejected" (end of stream or reset), "hung" (nothing within 3 s) or what
// else happened.
func emfileClient(addr string) string {
	c, err := net.DialTimeout("tcp", addr, 3*time.Second)
	if err != nil {
		return "dial: " + err.Error()
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(3 * time.Second))
	n, err := c.Read(make([]byte, 16))
	var ne net.Error
	switch {
	case n > 0:
		return "got data"
	case errors.Is(err, io.EOF), errors.Is(err, syscall.ECONNRESET):
		return "rejected"
	case errors.As(err, &ne) && ne.Timeout():
		return "hung"
	}
	return fmt.Sprintf("read: %v", err)
}

// emfileEcho sends msg, half-closes and returns what came back.
func emfileEcho(addr, msg string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, 3*time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, msg); err != nil {
		return "", err
	}
	_ = c.(*net.TCPConn).CloseWrite()
	b, err := io.ReadAll(c)
	return string(b), err
}

// emfileChild is the child process: an echo server on a loop whose
// process has no descriptor left. It takes commands on standard input
// ("free", "quit") and answers on standard output.
func emfileChild() {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	// A low limit: what is open now, plus room for the loop and the server.
	open, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		fail(err)
	}
	var rl unix.Rlimit
	if err := unix.Getrlimit(unix.RLIMIT_NOFILE, &rl); err != nil {
		fail(err)
	}
	rl.Cur = uint64(len(open) + 16)
	if err := unix.Setrlimit(unix.RLIMIT_NOFILE, &rl); err != nil {
		fail(err)
	}
	loop, err := eventloop.New()
	if err != nil {
		fail(err)
	}
	errs, served := 0, 0
	srv := CreateServer(loop, ServerOptions{}, func(s *Socket) {
		served++
		s.OnData(func(b []byte) { s.Write(b, nil) })
		s.OnEnd(func() { s.End(nil, nil) })
	})
	srv.On("error", func(err error) {
		errs++
		fmt.Fprintln(os.Stderr, "child: server error:", err)
	})
	var hoard []int
	var ru0 unix.Rusage
	var t0 time.Time
	var it0 uint64
	err = srv.Listen(ListenOptions{Host: "127.0.0.1"}, func() {
		for {
			fd, err := unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0)
			if err != nil {
				if err != unix.EMFILE {
					fail(err)
				}
				break
			}
			hoard = append(hoard, fd)
		}
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru0)
		t0, it0 = time.Now(), loop.CurrentStats().Iterations
		fmt.Printf("ready %d %d %d\n", srvTPort(srv), len(hoard), rl.Cur)
	})
	if err != nil {
		fail(err)
	}
	cmds := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			cmds <- sc.Text()
		}
		close(cmds)
	}()
	// The commands reach the loop through Post; a ref'd timer is not
	// needed: the listening server keeps it alive until "quit".
	go func() {
		for c := range cmds {
			switch c {
			case "free":
				_ = loop.Post(func() {
					var ru1 unix.Rusage
					_ = unix.Getrusage(unix.RUSAGE_SELF, &ru1)
					cpu := tvUS(ru1.Utime) + tvUS(ru1.Stime) - tvUS(ru0.Utime) - tvUS(ru0.Stime)
					fmt.Printf("exhausted cpu_us=%d wall_us=%d iterations=%d errors=%d rejected=%d\n",
						cpu, time.Since(t0).Microseconds(), loop.CurrentStats().Iterations-it0, errs, srv.RejectedConnections())
					for _, fd := range hoard {
						_ = unix.Close(fd)
					}
					hoard = nil
					fmt.Println("freed")
				})
			case "quit":
				_ = loop.Post(func() { srv.Close(nil) })
			}
		}
	}()
	if err := loop.Run(); err != nil {
		fail(err)
	}
	if err := loop.Close(); err != nil {
		fail(err)
	}
	fmt.Printf("done errors=%d served=%d\n", errs, served)
}

func tvUS(tv unix.Timeval) int64 { return int64(tv.Sec)*1e6 + int64(tv.Usec) }
